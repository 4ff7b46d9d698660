package dev.stratus.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.events.EventsRepository.Rule;
import dev.stratus.events.api.Target;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.protocol.Ids;
import dev.stratus.protocol.Json;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.ScheduleExpression;
import dev.stratus.time.Timers;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Scheduled rules: each enabled rule with a ScheduleExpression (cron or rate, in UTC) has one chain
 * of durable timers, and each fire owes its targets AWS's "Scheduled Event".
 */
final class Schedules {
    static final String TIMER = "events.schedule";

    private final Clock clock;
    private final Timers timers;
    private final Jobs jobs;
    private final EventsRepository repo;
    private final EventsMetrics metrics;

    Schedules(Clock clock, Timers timers, Jobs jobs, EventsRepository repo, EventsMetrics metrics) {
        this.clock = clock;
        this.metrics = metrics;
        this.timers = timers;
        this.jobs = jobs;
        this.repo = repo;
        timers.on(TIMER, this::fire);
    }

    /**
     * Restarts a rule's timer chain: none when it has no schedule or is disabled, else one at its
     * next fire time. A chain's timer carries the time it is due ({@code key@millis}), from which a
     * rate counts the next, so that the schedule does not drift by how late each fire ran.
     */
    void schedule(Tx tx, Rule r, ScheduleExpression schedule) throws SQLException {
        timers.cancel(tx, TIMER, scheduleKey(r) + "@");
        if (schedule != null && r.state().startsWith("ENABLED")) {
            long next = schedule.nextAfter(clock.millis());
            if (next >= 0) {
                timers.schedule(tx, TIMER, next, scheduleKey(r) + "@" + next);
            }
        }
    }

    /**
     * A scheduled rule is due: its targets are owed AWS's "Scheduled Event", stamped with the time it
     * was due, and the next fire is scheduled. Fires missed while Stratus was down come as one fire
     * at start, then the schedule goes on from there.
     */
    private void fire(Tx tx, String payload) throws SQLException {
        int at = payload.lastIndexOf('@');
        String key = payload.substring(0, at);
        long due = Long.parseLong(payload.substring(at + 1));
        String[] k = key.split("\\|", 4);
        Rule r = repo.rule(tx, k[0], k[1], k[2], k[3]);
        if (r == null || r.schedule() == null || !r.state().startsWith("ENABLED")) {
            return;
        }
        long now = clock.millis();
        ObjectNode ev = Envelope.of(Ids.uuid(), "Scheduled Event", "aws.events", r.account(), r.region(), Instant.ofEpochMilli(due), List.of(r.arn()),
                Json.MAPPER.createObjectNode());
        for (Target t : repo.targets(tx, r)) {
            jobs.owe(tx, Routing.delivery(t, r, TargetInput.of(t, ev, r.arn(), r.name(), now)));
        }
        metrics.scheduled(tx, r);
        ScheduleExpression s = ScheduleExpression.parse(r.schedule()).orElse(null);
        if (s != null) {
            long next = s.nextAfter(due, now);
            if (next >= 0) {
                timers.schedule(tx, TIMER, next, key + "@" + next);
            }
        }
    }

    /** Timers were scheduled: the timer thread looks again once the caller's transaction has committed. */
    void wake() {
        timers.wake();
    }

    /** The rule's chain ends (the rule is deleted), inside the caller's transaction. */
    void stop(Tx tx, Rule r) throws SQLException {
        timers.cancel(tx, TIMER, scheduleKey(r) + "@");
    }

    private static String scheduleKey(Rule r) {
        return r.account() + "|" + r.region() + "|" + r.bus() + "|" + r.name();
    }
}
