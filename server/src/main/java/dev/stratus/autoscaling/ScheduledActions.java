package dev.stratus.autoscaling;

import dev.stratus.autoscaling.AutoScalingRepository.Kind;
import dev.stratus.autoscaling.api.ScheduledUpdateGroupAction;
import dev.stratus.platform.Arn;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;

/**
 * Scheduled actions: each has one durable timer at its next run — its StartTime, or the next time
 * its Recurrence fires (in its TimeZone) between StartTime and EndTime. When due, the group's
 * min, max and desired capacity become the action's (unless ScheduledActions is suspended) and
 * the group settles; a one-time action is then deleted, as AWS deletes it, and a recurring one
 * waits for its next run. {@code Time} and {@code StartTime} describe the next run.
 */
final class ScheduledActions {
    static final String TIMER = "autoscaling.scheduled-action";
    static final int MAX_PER_GROUP = 125;
    private static final Logger LOG = Logger.getLogger(ScheduledActions.class.getName());

    /** An action as PutScheduledUpdateGroupAction or one entry of the batch gives it. */
    record Request(String name, Instant startTime, Instant endTime, String recurrence, Integer minSize, Integer maxSize, Integer desiredCapacity,
                   String timeZone) {
    }

    private final Clock clock;
    private final Timers timers;
    private final AutoScalingRepository repo;
    private final Groups groups;
    private final Scaler scaler;
    private final Activities activities;

    ScheduledActions(Clock clock, Timers timers, AutoScalingRepository repo, Groups groups, Scaler scaler, Activities activities) {
        this.clock = clock;
        this.timers = timers;
        this.repo = repo;
        this.groups = groups;
        this.scaler = scaler;
        this.activities = activities;
        timers.on(TIMER, this::fire);
    }

    void put(Tx tx, Group g, Request r) throws SQLException {
        if (r.minSize() == null && r.maxSize() == null && r.desiredCapacity() == null) {
            throw new AwsException("ValidationError", "At least one of MinSize, MaxSize or DesiredCapacity must be specified.");
        }
        ZoneId zone = Recurrence.zone(r.timeZone())
                .orElseThrow(() -> new AwsException("ValidationError", "Invalid value for TimeZone: " + r.timeZone()));
        long now = clock.millis();
        if (r.startTime() != null && r.endTime() != null && !r.endTime().isAfter(r.startTime())) {
            throw new AwsException("ValidationError", "Given end time " + r.endTime() + " is before the start time " + r.startTime() + ".");
        }
        if (r.endTime() != null && r.endTime().toEpochMilli() <= now) {
            throw new AwsException("ValidationError", "Given end time " + r.endTime() + " is in the past.");
        }
        long next;
        if (r.recurrence() != null) {
            Recurrence recurrence = Recurrence.parse(r.recurrence(), zone)
                    .orElseThrow(() -> new AwsException("ValidationError", "Given recurrence string \"" + r.recurrence() + "\" is not a valid cron expression."));
            next = recurrence.nextAfter(Math.max(now, r.startTime() == null ? now : r.startTime().toEpochMilli() - 1));
        } else {
            if (r.startTime() == null) {
                throw new AwsException("ValidationError", "Either StartTime or Recurrence must be specified.");
            }
            if (r.startTime().toEpochMilli() < now) {
                throw new AwsException("ValidationError", "Given start time is in the past.");
            }
            next = r.startTime().toEpochMilli();
        }
        ScheduledUpdateGroupAction old = repo.get(tx, Kind.SCHEDULED_ACTION, g.account, g.region, g.name, r.name(), ScheduledUpdateGroupAction.class);
        if (old == null && list(tx, g.account, g.region, g.name).size() >= MAX_PER_GROUP) {
            throw new AwsException("LimitExceededFault", "Unable to add scheduled action " + r.name() + ": the limit of " + MAX_PER_GROUP
                    + " scheduled actions per Auto Scaling group is reached.");
        }
        String arn = old != null ? old.scheduledActionARN() : Arn.of("autoscaling", g.region, g.account, "scheduledUpdateGroupAction:" + Ids.uuid()
                + ":autoScalingGroupName/" + g.name + ":scheduledActionName/" + r.name()).toString();
        ScheduledUpdateGroupAction a = new ScheduledUpdateGroupAction(g.name, r.name(), arn, next < 0 ? null : Instant.ofEpochMilli(next),
                next < 0 ? null : Instant.ofEpochMilli(next), r.endTime(), r.recurrence(), r.minSize(), r.maxSize(), r.desiredCapacity(),
                r.recurrence() == null ? null : r.timeZone());
        repo.put(tx, Kind.SCHEDULED_ACTION, g.account, g.region, g.name, r.name(), 0, a);
        schedule(tx, g, a, next);
    }

    List<ScheduledUpdateGroupAction> list(Tx tx, String account, String region, String group) throws SQLException {
        return repo.list(tx, Kind.SCHEDULED_ACTION, account, region, group, ScheduledUpdateGroupAction.class);
    }

    void delete(Tx tx, Group g, String name) throws SQLException {
        if (repo.get(tx, Kind.SCHEDULED_ACTION, g.account, g.region, g.name, name, ScheduledUpdateGroupAction.class) == null) {
            throw notFound(name);
        }
        repo.delete(tx, Kind.SCHEDULED_ACTION, g.account, g.region, g.name, name);
        timers.cancel(tx, TIMER, key(g, name) + "@");
    }

    static AwsException notFound(String name) {
        return new AwsException("ValidationError", "Scheduled Update Group Action name not found - Could not find scheduled update group action named: " + name);
    }

    private void schedule(Tx tx, Group g, ScheduledUpdateGroupAction a, long next) throws SQLException {
        timers.cancel(tx, TIMER, key(g, a.scheduledActionName()) + "@");
        if (next >= 0 && (a.endTime() == null || next <= a.endTime().toEpochMilli())) {
            timers.schedule(tx, TIMER, next, key(g, a.scheduledActionName()) + "@" + next);
            tx.afterCommit(timers::wake);
        }
    }

    private void fire(Tx tx, String payload) throws SQLException {
        int at = payload.lastIndexOf('@');
        String[] k = payload.substring(0, at).split("\\|", 4);
        long due = Long.parseLong(payload.substring(at + 1));
        Group g = groups.find(tx, k[0], k[1], k[2]);
        ScheduledUpdateGroupAction a = g == null ? null : repo.get(tx, Kind.SCHEDULED_ACTION, k[0], k[1], k[2], k[3], ScheduledUpdateGroupAction.class);
        if (a == null || a.startTime() == null || a.startTime().toEpochMilli() != due) {
            return;
        }
        if (!g.suspended("ScheduledActions") && !g.deleting()) {
            apply(tx, g, a);
        }
        if (a.recurrence() == null) {
            repo.delete(tx, Kind.SCHEDULED_ACTION, g.account, g.region, g.name, a.scheduledActionName());
            return;
        }
        long next = Recurrence.parse(a.recurrence(), Recurrence.zone(a.timeZone()).orElseThrow()).orElseThrow().nextAfter(Math.max(due, clock.millis()));
        ScheduledUpdateGroupAction moved = new ScheduledUpdateGroupAction(a.autoScalingGroupName(), a.scheduledActionName(), a.scheduledActionARN(),
                next < 0 ? null : Instant.ofEpochMilli(next), next < 0 ? null : Instant.ofEpochMilli(next), a.endTime(), a.recurrence(), a.minSize(),
                a.maxSize(), a.desiredCapacity(), a.timeZone());
        repo.put(tx, Kind.SCHEDULED_ACTION, g.account, g.region, g.name, a.scheduledActionName(), 0, moved);
        schedule(tx, g, moved, next);
    }

    private void apply(Tx tx, Group g, ScheduledUpdateGroupAction a) throws SQLException {
        int min = a.minSize() != null ? a.minSize() : g.minSize;
        int max = a.maxSize() != null ? a.maxSize() : g.maxSize;
        int desired = a.desiredCapacity() != null ? a.desiredCapacity() : Math.min(Math.max(g.desiredCapacity, min), max);
        int from = g.desiredCapacity;
        try {
            Groups.sizes(g, min, max, desired);
        } catch (AwsException refused) {
            LOG.info("Scheduled action " + a.scheduledActionName() + " of " + g.name + " was not applied: " + refused.getMessage());
            return;
        }
        groups.save(tx, g);
        scaler.settle(tx, g, activities.at() + " a scheduled action update of AutoScalingGroup constraints to min: " + min + ", max: " + max + ", desired: "
                + desired + " changing the desired capacity from " + from + " to " + desired + ".");
    }

    private static String key(Group g, String name) {
        return g.account + "|" + g.region + "|" + g.name + "|" + name;
    }
}
