package dev.stratus.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.Queues;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.scheduler.api.CreateScheduleGroupInput;
import dev.stratus.scheduler.api.CreateScheduleInput;
import dev.stratus.scheduler.api.DeadLetterConfig;
import dev.stratus.scheduler.api.DeleteScheduleGroupInput;
import dev.stratus.scheduler.api.EventBridgeParameters;
import dev.stratus.scheduler.api.FlexibleTimeWindow;
import dev.stratus.scheduler.api.GetScheduleGroupInput;
import dev.stratus.scheduler.api.GetScheduleInput;
import dev.stratus.scheduler.api.ListScheduleGroupsInput;
import dev.stratus.scheduler.api.ListSchedulesInput;
import dev.stratus.scheduler.api.ListSchedulesOutput;
import dev.stratus.scheduler.api.ListTagsForResourceInput;
import dev.stratus.scheduler.api.RetryPolicy;
import dev.stratus.scheduler.api.SqsParameters;
import dev.stratus.scheduler.api.Tag;
import dev.stratus.scheduler.api.TagResourceInput;
import dev.stratus.scheduler.api.Target;
import dev.stratus.scheduler.api.UpdateScheduleInput;
import dev.stratus.sqs.SqsService;
import dev.stratus.sqs.api.CreateQueueRequest;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Schedules driven by a clock the test moves, delivering to SQS queues; and what the operations refuse. */
class SchedulerServiceTest {
    static final String ACCOUNT = "000000000000";
    static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:ticks";
    static final String DLQ = "arn:aws:sqs:us-east-1:000000000000:dlq";
    static final String ROLE = "arn:aws:iam::000000000000:role/scheduler";
    static final FlexibleTimeWindow OFF = new FlexibleTimeWindow(null, "OFF");

    final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T12:00:00Z").toEpochMilli());
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final Jobs jobs = new Jobs(store, clock);
    final SqsService sqs = new SqsService(store, clock, timers, jobs, new dev.stratus.platform.port.RecordedMetrics());
    final AtomicBoolean trusted = new AtomicBoolean(true);
    final SchedulerService scheduler = new SchedulerService(store, clock, timers, jobs, (role, service) -> trusted.get());
    final RequestContext ctx = new RequestContext("r", "scheduler", "op", "us-east-1", ACCOUNT, "test", "localhost:4566",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", ACCOUNT));

    @BeforeEach
    void start() {
        timers.start();
        jobs.start();
        sqs.createQueue(ctx, new CreateQueueRequest("ticks", null, null));
        sqs.createQueue(ctx, new CreateQueueRequest("dlq", null, null));
    }

    @AfterEach
    void close() {
        jobs.close();
        timers.close();
        store.close();
    }

    static Target target(String arn, String input) {
        return new Target(arn, null, null, null, input, null, null, ROLE, null, null);
    }

    CreateScheduleInput schedule(String name, String expression, String zone, Target target) {
        return new CreateScheduleInput(null, null, null, null, OFF, null, null, name, expression, zone, null, null, target);
    }

    /** Moves the clock to {@code iso}, waits until nothing is due or owed, and answers the bodies that reached {@code queue}. */
    List<String> at(String iso, String queue) throws Exception {
        clock.advance(Instant.parse(iso).toEpochMilli() - clock.millis());
        timers.wake();
        jobs.wake();
        long until = System.nanoTime() + 10_000_000_000L;
        while (busy() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertTrue(!busy(), "timers and deliveries drained within 10 s");
        List<String> out = new ArrayList<>();
        for (List<Queues.ReceivedMessage> got = sqs.receive(ctx.principal(), queue, 10, 0); !got.isEmpty();
             got = sqs.receive(ctx.principal(), queue, 10, 0)) {
            got.forEach(m -> out.add(m.body()));
            sqs.delete(ctx.principal(), queue, got.stream().map(Queues.ReceivedMessage::receiptHandle).toList());
        }
        return out;
    }

    List<String> at(String iso) throws Exception {
        return at(iso, QUEUE);
    }

    boolean busy() {
        return store.read(tx -> {
            PreparedStatement due = tx.sql("SELECT (SELECT COUNT(*) FROM stratus_timer WHERE due_at <= ?) + (SELECT COUNT(*) FROM stratus_job)");
            due.setLong(1, clock.millis());
            try (ResultSet rs = due.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        });
    }

    AwsException refused(Runnable op) {
        return assertThrows(AwsException.class, op::run);
    }

    @Test
    void aOneTimeScheduleDeliversOnceWithItsContextAndThenDeletesItself() throws Exception {
        scheduler.createSchedule(ctx, new CreateScheduleInput("DELETE", null, null, null, OFF, null, null, "once", "at(2026-03-01T09:00:00)",
                "America/New_York", null, null, target(QUEUE, "at <aws.scheduler.scheduled-time> by <aws.scheduler.schedule-arn> #<aws.scheduler.attempt-number>")));
        assertEquals(List.of(), at("2026-03-01T13:59:59Z"));
        assertEquals(List.of("at 2026-03-01T14:00:00Z by arn:aws:scheduler:us-east-1:000000000000:schedule/default/once #1"),
                at("2026-03-01T14:00:00Z"));
        assertEquals("Schedule once does not exist.", refused(() -> scheduler.getSchedule(ctx, new GetScheduleInput(null, "once"))).getMessage());
        assertEquals(List.of(), at("2026-03-02T14:00:00Z"));
    }

    @Test
    void aOneTimeScheduleIgnoresItsEndDate() throws Exception {
        scheduler.createSchedule(ctx, new CreateScheduleInput(null, null, null, Instant.parse("2026-03-01T12:30:00Z"), OFF, null, null, "once",
                "at(2026-03-01T13:00:00)", null, null, null, target(QUEUE, "once")));
        assertEquals(List.of("once"), at("2026-03-01T13:00:00Z"));
    }

    @Test
    void aCronInNewYorkFiresAtTheSameLocalTimeAcrossTheSpringChange() throws Exception {
        at("2026-03-07T12:00:00Z");
        scheduler.createSchedule(ctx, schedule("daily", "cron(30 9 * * ? *)", "America/New_York", target(QUEUE, "<aws.scheduler.scheduled-time>")));
        assertEquals(List.of("2026-03-07T14:30:00Z"), at("2026-03-07T14:30:00Z"), "09:30 EST");
        assertEquals(List.of(), at("2026-03-08T13:29:59Z"));
        assertEquals(List.of("2026-03-08T13:30:00Z"), at("2026-03-08T13:30:00Z"), "09:30 EDT, the day clocks spring forward");
        assertEquals(List.of("2026-03-09T13:30:00Z"), at("2026-03-09T13:30:00Z"));
    }

    @Test
    void aRateStartsAtOnceAndStopsAtItsEndDate() throws Exception {
        scheduler.createSchedule(ctx, new CreateScheduleInput(null, null, null, Instant.parse("2026-03-01T12:25:00Z"), OFF, null, null, "r",
                "rate(10 minutes)", null, null, null, target(QUEUE, "tick")));
        assertEquals(List.of("tick"), at("2026-03-01T12:00:00Z"));
        assertEquals(List.of("tick"), at("2026-03-01T12:10:00Z"));
        assertEquals(List.of("tick"), at("2026-03-01T12:20:00Z"));
        assertEquals(List.of(), at("2026-03-01T13:00:00Z"));
        assertNotNull(scheduler.getSchedule(ctx, new GetScheduleInput(null, "r")), "ActionAfterCompletion NONE keeps it");
    }

    @Test
    void aFlexibleWindowFiresWithinTheWindowOnce() throws Exception {
        scheduler.createSchedule(ctx, new CreateScheduleInput(null, null, null, null, new FlexibleTimeWindow(15, "FLEXIBLE"), null, null, "flex",
                "cron(0 13 * * ? *)", null, null, null, target(QUEUE, "flex")));
        assertEquals(List.of(), at("2026-03-01T12:59:59Z"));
        assertEquals(List.of("flex"), at("2026-03-01T13:15:00Z"));
    }

    @Test
    void aDisabledScheduleDoesNotFireAndAnUpdateReplacesEverySetting() throws Exception {
        scheduler.createSchedule(ctx, schedule("s", "rate(5 minutes)", null, target(QUEUE, "a")));
        assertEquals(List.of("a"), at("2026-03-01T12:00:00Z"));
        scheduler.updateSchedule(ctx, new UpdateScheduleInput(null, null, null, null, OFF, null, null, "s", "rate(5 minutes)", null, null,
                "DISABLED", target(QUEUE, "b")));
        assertEquals(List.of(), at("2026-03-01T12:30:00Z"));
        assertEquals("DISABLED", scheduler.getSchedule(ctx, new GetScheduleInput(null, "s")).state());
        assertEquals("b", scheduler.getSchedule(ctx, new GetScheduleInput(null, "s")).target().input());
    }

    @Test
    void aRoleSchedulerCannotAssumeDeliversNothing() throws Exception {
        trusted.set(false);
        Target t = new Target(QUEUE, new DeadLetterConfig(DLQ), null, null, "lost", null, new RetryPolicy(60, 0), ROLE, null, null);
        scheduler.createSchedule(ctx, schedule("untrusted", "rate(1 hour)", null, t));
        assertEquals(List.of(), at("2026-03-01T12:00:00Z"));
        assertEquals(List.of(), at("2026-03-01T12:00:01Z", DLQ), "dead-lettering is done as the role too");
    }

    @Test
    void aGoneQueueSendsTheInputToTheDeadLetterQueue() throws Exception {
        Target t = new Target("arn:aws:sqs:us-east-1:000000000000:gone", new DeadLetterConfig(DLQ), null, null, "lost", null, new RetryPolicy(60, 1),
                ROLE, null, null);
        scheduler.createSchedule(ctx, schedule("gone", "rate(1 hour)", null, t));
        List<String> dead = new ArrayList<>();
        for (int s = 0; s < 120 && dead.isEmpty(); s += 10) {
            dead.addAll(at(Instant.parse("2026-03-01T12:00:00Z").plusSeconds(s).toString(), DLQ));
        }
        assertEquals(List.of("lost"), dead);
    }

    @Test
    void aUniversalTargetWhoseInputIsNotItsRequestDeadLettersAtOnce() throws Exception {
        Target t = new Target("arn:aws:scheduler:::aws-sdk:sns:publish", new DeadLetterConfig(DLQ), null, null, "{\"Message\":\"no topic\"}", null,
                null, ROLE, null, null);
        scheduler.createSchedule(ctx, schedule("notopic", "rate(1 hour)", null, t));
        assertEquals(List.of("{\"Message\":\"no topic\"}"), at("2026-03-01T12:00:00Z", DLQ));
    }

    @Test
    void universalSqsSendMessageAndFifoGroups() throws Exception {
        sqs.createQueue(ctx, new CreateQueueRequest("orders.fifo", Map.of("FifoQueue", "true"), null));
        String fifo = "arn:aws:sqs:us-east-1:000000000000:orders.fifo";
        scheduler.createSchedule(ctx, schedule("fifo", "rate(1 hour)", null, new Target(fifo, null, null, null, "ordered", null, null, ROLE, null,
                new SqsParameters("g1"))));
        scheduler.createSchedule(ctx, schedule("universal", "rate(1 hour)", null, target("arn:aws:scheduler:::aws-sdk:sqs:sendMessage",
                "{\"QueueUrl\":\"http://localhost:4566/000000000000/ticks\",\"MessageBody\":\"via sdk <aws.scheduler.execution-id>\"}")));
        List<String> got = at("2026-03-01T12:00:00Z");
        assertEquals(1, got.size());
        assertTrue(got.get(0).matches("via sdk [0-9a-f]{16}"), got.get(0));
        assertEquals(List.of("ordered"), at("2026-03-01T12:00:00Z", fifo));
    }

    @Test
    void theDefaultGroupAlwaysExistsAndADeletedGroupTakesItsSchedulesWithIt() throws Exception {
        assertEquals("ACTIVE", scheduler.getScheduleGroup(ctx, new GetScheduleGroupInput("default")).state());
        assertEquals("ValidationException", refused(() -> scheduler.deleteScheduleGroup(ctx, new DeleteScheduleGroupInput(null, "default"))).code());
        scheduler.createScheduleGroup(ctx, new CreateScheduleGroupInput(null, "team", List.of(new Tag("owner", "ops"))));
        assertEquals("Schedule group team already exists.",
                refused(() -> scheduler.createScheduleGroup(ctx, new CreateScheduleGroupInput(null, "team", null))).getMessage());
        String arn = "arn:aws:scheduler:us-east-1:000000000000:schedule-group/team";
        assertEquals(List.of(new Tag("owner", "ops")), scheduler.listTagsForResource(ctx, new ListTagsForResourceInput(arn)).tags());
        scheduler.tagResource(ctx, new TagResourceInput(arn, List.of(new Tag("env", "dev"))));
        assertEquals(2, scheduler.listTagsForResource(ctx, new ListTagsForResourceInput(arn)).tags().size());
        scheduler.createSchedule(ctx, new CreateScheduleInput(null, null, null, null, OFF, "team", null, "t", "rate(1 hour)", null,
                Instant.parse("2026-03-01T13:00:00Z"), null, target(QUEUE, "team")));
        scheduler.deleteScheduleGroup(ctx, new DeleteScheduleGroupInput(null, "team"));
        assertEquals("DELETING", scheduler.getScheduleGroup(ctx, new GetScheduleGroupInput("team")).state());
        assertEquals("Schedule t does not exist.", refused(() -> scheduler.getSchedule(ctx, new GetScheduleInput("team", "t"))).getMessage());
        assertEquals(List.of(), at("2026-03-01T13:00:00Z"));
        assertEquals("Schedule group team does not exist.",
                refused(() -> scheduler.getScheduleGroup(ctx, new GetScheduleGroupInput("team"))).getMessage());
        assertEquals(List.of("default"), scheduler.listScheduleGroups(ctx, new ListScheduleGroupsInput(null, null, null)).scheduleGroups().stream()
                .map(g -> g.name()).toList());
    }

    @Test
    void listingsFilterAndPage() {
        for (String name : List.of("a1", "a2", "a3", "b1")) {
            scheduler.createSchedule(ctx, new CreateScheduleInput(null, null, null, null, OFF, null, null, name, "rate(1 hour)", null,
                    Instant.parse("2026-03-02T00:00:00Z"), name.equals("a3") ? "DISABLED" : null, target(QUEUE, "x")));
        }
        for (int max : new int[] {0, -1, 101}) {
            assertEquals("ValidationException", refused(() -> scheduler.listSchedules(ctx, new ListSchedulesInput(null, max, null, null, null))).code());
            assertEquals("ValidationException", refused(() -> scheduler.listScheduleGroups(ctx, new ListScheduleGroupsInput(max, null, null))).code());
        }
        ListSchedulesOutput first = scheduler.listSchedules(ctx, new ListSchedulesInput(null, 1, "a", null, "ENABLED"));
        assertEquals("a1", first.schedules().get(0).name());
        ListSchedulesOutput second = scheduler.listSchedules(ctx, new ListSchedulesInput(null, 1, "a", first.nextToken(), "ENABLED"));
        assertEquals("a2", second.schedules().get(0).name());
        assertNull(second.nextToken());
        assertEquals(QUEUE, second.schedules().get(0).target().arn());
        assertEquals("ValidationException", refused(() -> scheduler.listSchedules(ctx, new ListSchedulesInput(null, 1, "b", first.nextToken(), null)))
                .code(), "a token of another listing");
        assertEquals("Schedule group nope does not exist.",
                refused(() -> scheduler.listSchedules(ctx, new ListSchedulesInput("nope", null, null, null, null))).getMessage());
    }

    @Test
    void createIsIdempotentByClientToken() {
        CreateScheduleInput in = new CreateScheduleInput(null, "tok-1", null, null, OFF, null, null, "idem", "rate(1 hour)", null, null, null,
                target(QUEUE, "x"));
        String arn = scheduler.createSchedule(ctx, in).scheduleArn();
        assertEquals(arn, scheduler.createSchedule(ctx, in).scheduleArn());
        assertEquals("Schedule idem already exists.", refused(() -> scheduler.createSchedule(ctx, schedule("idem", "rate(1 hour)", null,
                target(QUEUE, "x")))).getMessage());
    }

    @Test
    void badSettingsAreRefusedWithAwsErrors() {
        assertEquals("Invalid Schedule Expression rate(1 minutes)",
                refused(() -> scheduler.createSchedule(ctx, schedule("bad", "rate(1 minutes)", null, target(QUEUE, "x")))).getMessage());
        assertEquals("The StartDate you specify cannot be earlier than 5 minutes ago.", refused(() -> scheduler.createSchedule(ctx,
                new CreateScheduleInput(null, null, null, null, OFF, null, null, "bad", "rate(1 hour)", null, Instant.parse("2026-03-01T11:54:59Z"),
                        null, target(QUEUE, "x")))).getMessage());
        assertNotNull(scheduler.createSchedule(ctx, new CreateScheduleInput(null, null, null, null, OFF, null, null, "recent", "rate(1 hour)", null,
                Instant.parse("2026-03-01T11:55:00Z"), null, target(QUEUE, "x"))));
        assertEquals("ValidationException", refused(() -> scheduler.createSchedule(ctx, schedule("bad", "cron(0 9 * * ? *)", "Mars/Olympus",
                target(QUEUE, "x")))).code());
        assertEquals("ValidationException", refused(() -> scheduler.createSchedule(ctx, new CreateScheduleInput(null, null, null, null,
                new FlexibleTimeWindow(null, "FLEXIBLE"), null, null, "bad", "rate(1 hour)", null, null, null, target(QUEUE, "x")))).code());
        assertEquals("ValidationException", refused(() -> scheduler.createSchedule(ctx, new CreateScheduleInput(null, null, null,
                Instant.parse("2026-03-01T00:00:00Z"), OFF, null, null, "bad", "rate(1 hour)", null, Instant.parse("2026-03-02T00:00:00Z"), null,
                target(QUEUE, "x")))).code(), "EndDate before StartDate");
        assertEquals("ValidationException", refused(() -> scheduler.createSchedule(ctx, schedule("bad", "rate(1 hour)", null,
                target("arn:aws:states:us-east-1:000000000000:stateMachine:sm", "{}")))).code());
        assertEquals("ValidationException", refused(() -> scheduler.createSchedule(ctx, schedule("bad", "rate(1 hour)", null,
                target("arn:aws:scheduler:::aws-sdk:dynamodb:putItem", "{}")))).code());
        assertEquals("ValidationException", refused(() -> scheduler.createSchedule(ctx, schedule("bad", "rate(1 hour)", null,
                target("arn:aws:events:us-east-1:000000000000:event-bus/default", "{}")))).code(), "no EventBridgeParameters");
        assertNotNull(scheduler.createSchedule(ctx, schedule("bus", "rate(1 hour)", null, new Target("arn:aws:events:us-east-1:000000000000:event-bus/default",
                null, null, new EventBridgeParameters("tick", "my.app"), "{}", null, null, ROLE, null, null))));
        assertEquals("Schedule group nope does not exist.", refused(() -> scheduler.createSchedule(ctx, new CreateScheduleInput(null, null, null,
                null, OFF, "nope", null, "bad", "rate(1 hour)", null, null, null, target(QUEUE, "x")))).getMessage());
        assertEquals("Schedule nope does not exist.", refused(() -> scheduler.updateSchedule(ctx, new UpdateScheduleInput(null, null, null, null,
                OFF, null, null, "nope", "rate(1 hour)", null, null, null, target(QUEUE, "x")))).getMessage());
        assertEquals("ValidationException", refused(() -> scheduler.listTagsForResource(ctx,
                new ListTagsForResourceInput("arn:aws:scheduler:us-east-1:000000000000:schedule/default/bus"))).code(), "schedules take no tags");
    }
}
