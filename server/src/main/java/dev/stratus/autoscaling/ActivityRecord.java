package dev.stratus.autoscaling;

import dev.stratus.autoscaling.api.Activity;
import java.time.Instant;

/** A scaling activity as it is stored, with the instance it concerns (for its notifications); {@link #toApi()} is how Describe shows it. */
final class ActivityRecord {
    static final String IN_PROGRESS = "InProgress";
    static final String SUCCESSFUL = "Successful";
    static final String FAILED = "Failed";
    static final String CANCELLED = "Cancelled";
    static final String MID_LIFECYCLE_ACTION = "MidLifecycleAction";

    public String activityId;
    public String account;
    public String region;
    public String groupName;
    public String groupArn;
    public String description;
    public String cause;
    public long startMillis;
    /** Newest first in Describe: the start time, then the order of starts within its millisecond. */
    public long sortKey;
    public Long endMillis;
    public String statusCode;
    public String statusMessage;
    public int progress;
    public String details;
    public String instanceId;
    public String subnetId;
    public String zone;

    boolean done() {
        return endMillis != null;
    }

    Activity toApi() {
        return new Activity(activityId, groupName, description, cause, Instant.ofEpochMilli(startMillis),
                endMillis == null ? null : Instant.ofEpochMilli(endMillis), statusCode, statusMessage, progress, details, null, groupArn);
    }
}
