package dev.stratus.scheduler;

import dev.stratus.platform.Arn;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.jobs.Outcome;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.scheduler.Invocations.Invocation;
import dev.stratus.scheduler.SchedulerRepository.Schedule;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.ScheduleExpression;
import dev.stratus.time.Timers;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiPredicate;

/**
 * When schedules fire: each enabled schedule has one chain of durable timers. A timer carries the
 * time its fire was due ({@code key@millis}); it is itself due then, or at a random point of the
 * flexible time window after it. A fire owes a job that invokes the target as a session of the
 * target's role (the job runs outside the timer's transaction, where IAM can be asked whether
 * {@code scheduler.amazonaws.com} may assume it), and schedules the next fire. A schedule with no
 * fire left (a one-time schedule that fired, a recurring one past its EndDate) deletes itself when
 * its ActionAfterCompletion is DELETE.
 */
final class Firing {
    static final String TIMER = "scheduler.fire";
    static final String INVOKE = "scheduler.invoke";
    /** Who assumes a target's role, as its trust policy must name it. */
    static final Principal SCHEDULER = Principal.service("scheduler.amazonaws.com");

    private final Clock clock;
    private final Timers timers;
    private final Jobs jobs;
    private final SchedulerRepository repo;
    private final BiPredicate<String, Principal> trusts;

    /** {@code trusts}: whether a role (by ARN) lets a service principal assume it. */
    Firing(Clock clock, Timers timers, Jobs jobs, SchedulerRepository repo, BiPredicate<String, Principal> trusts) {
        this.clock = clock;
        this.timers = timers;
        this.jobs = jobs;
        this.repo = repo;
        this.trusts = trusts;
        timers.on(TIMER, this::fire);
        jobs.handle(INVOKE, this::invoke);
    }

    static ScheduleExpression expression(Schedule s) {
        return ScheduleExpression.parse(s.expression(), ZoneId.of(s.timezone() == null ? "UTC" : s.timezone())).orElseThrow();
    }

    /**
     * Starts the schedule's chain afresh (after it is created or updated): its first fire from now,
     * none when it is disabled or has no fire left. A rate without a StartDate fires at once, as
     * AWS's starts invoking as soon as it is created.
     */
    void start(Tx tx, Schedule s) throws SQLException {
        stop(tx, s);
        if (!s.enabled()) {
            return;
        }
        long now = clock.millis();
        ScheduleExpression e = expression(s);
        long first;
        if (e.oneTime()) {
            first = e.nextAfter(now - 1);
        } else if (e.rate() && s.startDate() == null) {
            first = now;
        } else if (e.rate()) {
            first = s.startDate() >= now ? s.startDate() : e.nextAfter(s.startDate(), now);
        } else {
            first = e.nextAfter(Math.max(now, s.startDate() == null ? now : s.startDate() - 1));
        }
        chain(tx, s, first);
    }

    /** The schedule's chain ends, inside the caller's transaction. */
    void stop(Tx tx, Schedule s) throws SQLException {
        timers.cancel(tx, TIMER, key(s) + "@");
    }

    /** Timers were scheduled: the timer thread looks again once the caller's transaction has committed. */
    void wake() {
        timers.wake();
    }

    /** Schedules the fire due at {@code due}, unless there is none ({@code -1}) or it falls after the EndDate (which a one-time schedule ignores, as AWS's does). */
    private boolean chain(Tx tx, Schedule s, long due) throws SQLException {
        if (due < 0 || s.endDate() != null && due > s.endDate() && !expression(s).oneTime()) {
            return false;
        }
        long window = s.flexibleTimeWindow() != null && "FLEXIBLE".equals(s.flexibleTimeWindow().mode())
                ? s.flexibleTimeWindow().maximumWindowInMinutes() * 60_000L : 0;
        long at = window == 0 ? due : due + ThreadLocalRandom.current().nextLong(window);
        timers.schedule(tx, TIMER, at, key(s) + "@" + due);
        return true;
    }

    private void fire(Tx tx, String payload) throws SQLException {
        int at = payload.lastIndexOf('@');
        long due = Long.parseLong(payload.substring(at + 1));
        String[] k = payload.substring(0, at).split("\\|", 4);
        Schedule s = repo.schedule(tx, k[0], k[1], k[2], k[3]);
        if (s == null || !s.enabled()) {
            return;
        }
        Invocation inv = new Invocation(s.arn(), s.account(), s.region(), s.target(), due, executionId());
        jobs.owe(tx, new Jobs.Owed(INVOKE, Json.string(inv), null, null));
        if (!chain(tx, s, expression(s).nextAfter(due, clock.millis())) && "DELETE".equals(s.actionAfterCompletion())) {
            repo.delete(tx, s);
        }
    }

    /**
     * Invokes a target as its role. When the role does not let {@code scheduler.amazonaws.com}
     * assume it, nothing can be done as it, not even dead-lettering (which AWS does as the role):
     * the invocation is dropped. When a universal target's Input is not its request, the invocation
     * fails at once and its dead-letter queue (if any) is owed the Input.
     */
    private Outcome invoke(Jobs.Job job) {
        Invocation inv = Json.parse(job.spec(), Invocation.class);
        if (!trusts.test(inv.target().roleArn(), SCHEDULER)) {
            return new Outcome.Failed("AccessDeniedException", "EventBridge Scheduler cannot assume the role " + inv.target().roleArn() + ".",
                    List.of());
        }
        Principal session = session(inv);
        try {
            return new Outcome.Done(List.of(Jobs.Owed.delivery(Invocations.delivery(inv, session))));
        } catch (AwsException invalid) {
            String dlq = inv.target().deadLetterConfig() == null ? null : inv.target().deadLetterConfig().arn();
            if (dlq == null) {
                return new Outcome.Failed(invalid.code(), invalid.getMessage(), List.of());
            }
            Map<String, Delivery.Attribute> attributes = Map.of("SCHEDULE_ARN", Delivery.Attribute.string(inv.scheduleArn()), "TARGET_ARN",
                    Delivery.Attribute.string(inv.target().arn()), "ERROR_CODE", Delivery.Attribute.string(invalid.code()), "ERROR_MESSAGE",
                    Delivery.Attribute.string(invalid.getMessage()));
            String input = Invocations.withContext(inv.target().input() == null ? "{}" : inv.target().input(), inv);
            return new Outcome.Failed(invalid.code(), invalid.getMessage(),
                    List.of(Jobs.Owed.delivery(Delivery.once(session, inv.scheduleArn(), dlq, input, attributes, null))));
        }
    }

    /**
     * The session of the target's role that makes the delivery, as IAM names one
     * ({@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}): its policies are the role's.
     */
    static Principal session(Invocation inv) {
        Arn role = Arn.parse(inv.target().roleArn()).orElseThrow();
        String name = role.resource().substring(role.resource().lastIndexOf('/') + 1);
        return new Principal(Principal.Type.ASSUMED_ROLE, new Arn(role.partition(), "sts", "", role.account(), "assumed-role/" + name + "/"
                + inv.executionId()).toString(), role.account());
    }

    /** An id as AWS gives each invocation, 16 hexadecimal digits. */
    private static String executionId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    private static String key(Schedule s) {
        return s.account() + "|" + s.region() + "|" + s.group() + "|" + s.name();
    }
}
