package dev.stratus.autoscaling;

import dev.stratus.autoscaling.AutoScalingRepository.Kind;
import dev.stratus.protocol.Ids;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scaling activities: each launch, termination, detach or standby move of an instance is one,
 * started InProgress with AWS's description and cause, and finished Successful, Failed or
 * Cancelled. Causes are written as AWS writes them: sentences that each begin "At <time>", joined
 * by two spaces.
 */
final class Activities {
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final AutoScalingRepository repo;
    /** Orders activities started in the same millisecond as they were started. */
    private final AtomicInteger sequence = new AtomicInteger();

    Activities(Clock clock, AutoScalingRepository repo) {
        this.clock = clock;
        this.repo = repo;
    }

    /** Starts an activity of the group about {@code m} (null when it concerns no instance). */
    ActivityRecord start(Tx tx, Group g, String description, String cause, Member m) throws SQLException {
        ActivityRecord a = new ActivityRecord();
        a.activityId = Ids.uuid();
        a.account = g.account;
        a.region = g.region;
        a.groupName = g.name;
        a.groupArn = g.arn;
        a.description = description;
        a.cause = cause;
        a.startMillis = clock.millis();
        a.sortKey = a.startMillis * 1000 + Math.floorMod(sequence.getAndIncrement(), 1000);
        a.statusCode = ActivityRecord.IN_PROGRESS;
        a.progress = 0;
        if (m != null) {
            a.instanceId = m.instanceId;
            a.subnetId = m.subnetId;
            a.zone = m.zone;
            a.details = "{\"Subnet ID\":\"" + nullToEmpty(m.subnetId) + "\",\"Availability Zone\":\"" + nullToEmpty(m.zone) + "\"}";
        } else {
            a.details = "{}";
        }
        save(tx, a);
        return a;
    }

    void progress(Tx tx, ActivityRecord a, String statusCode, int progress) throws SQLException {
        a.statusCode = statusCode;
        a.progress = progress;
        save(tx, a);
    }

    void finish(Tx tx, ActivityRecord a, String statusCode, String message) throws SQLException {
        a.statusCode = statusCode;
        a.statusMessage = message;
        a.progress = 100;
        a.endMillis = clock.millis();
        save(tx, a);
    }

    ActivityRecord get(Tx tx, String activityId) throws SQLException {
        return activityId == null ? null : repo.named(tx, Kind.ACTIVITY, activityId, ActivityRecord.class);
    }

    private void save(Tx tx, ActivityRecord a) throws SQLException {
        repo.put(tx, Kind.ACTIVITY, a.account, a.region, a.groupName, a.activityId, a.sortKey, a);
    }

    /** "At 2026-12-06T05:42:46Z", as a cause's sentences begin. */
    String at() {
        return "At " + Instant.ofEpochMilli(clock.millis()).truncatedTo(ChronoUnit.SECONDS);
    }

    /** A time as notifications and events write it, with milliseconds. */
    static String stamp(long millis) {
        return MILLIS.format(Instant.ofEpochMilli(millis));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
