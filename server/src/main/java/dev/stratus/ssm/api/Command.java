// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Command(
        @JsonProperty("CommandId") String commandId,
        @JsonProperty("DocumentName") String documentName,
        @JsonProperty("DocumentVersion") String documentVersion,
        @JsonProperty("Comment") String comment,
        @JsonProperty("ExpiresAfter") java.time.Instant expiresAfter,
        @JsonProperty("Parameters") java.util.Map<String, java.util.List<String>> parameters,
        @JsonProperty("InstanceIds") java.util.List<String> instanceIds,
        @JsonProperty("Targets") java.util.List<Target> targets,
        @JsonProperty("RequestedDateTime") java.time.Instant requestedDateTime,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusDetails") String statusDetails,
        @JsonProperty("OutputS3Region") String outputS3Region,
        @JsonProperty("OutputS3BucketName") String outputS3BucketName,
        @JsonProperty("OutputS3KeyPrefix") String outputS3KeyPrefix,
        @JsonProperty("MaxConcurrency") String maxConcurrency,
        @JsonProperty("MaxErrors") String maxErrors,
        @JsonProperty("TargetCount") Integer targetCount,
        @JsonProperty("CompletedCount") Integer completedCount,
        @JsonProperty("ErrorCount") Integer errorCount,
        @JsonProperty("DeliveryTimedOutCount") Integer deliveryTimedOutCount,
        @JsonProperty("ServiceRole") String serviceRole,
        @JsonProperty("NotificationConfig") NotificationConfig notificationConfig,
        @JsonProperty("CloudWatchOutputConfig") CloudWatchOutputConfig cloudWatchOutputConfig,
        @JsonProperty("TimeoutSeconds") Integer timeoutSeconds,
        @JsonProperty("AlarmConfiguration") AlarmConfiguration alarmConfiguration,
        @JsonProperty("TriggeredAlarms") java.util.List<AlarmStateInformation> triggeredAlarms) {
}
