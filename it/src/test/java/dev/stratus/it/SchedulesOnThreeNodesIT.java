package dev.stratus.it;

import static dev.stratus.it.TestJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.testkit.StratusNodes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindowMode;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * A schedule fires once per period across three nodes sharing one PostgreSQL database: every node
 * runs timers, and each fire is claimed by one of them. The nodes' one clock is moved a minute at
 * a time; after each minute the target queue holds exactly one more message, for that minute.
 */
class SchedulesOnThreeNodesIT {
    @RegisterExtension
    static final StratusNodes NODES = StratusNodes.onPostgres(3).manualClock();
    static final int MINUTES = 5;
    static final String ROLE_NAME = "scheduler-role";
    static final String ROLE = "arn:aws:iam::000000000000:role/" + ROLE_NAME;

    static SqsClient sqs;
    static EventBridgeClient events;
    static SchedulerClient scheduler;

    @BeforeAll
    static void clients() {
        sqs = Clients.sqs(NODES.endpoint());
        events = Clients.events(NODES.endpoint());
        scheduler = Clients.scheduler(NODES.endpoint());
        try (var iam = Clients.iam(NODES.endpoint())) {
            iam.createRole(b -> b.roleName(ROLE_NAME).assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                    + "\"Principal\":{\"Service\":\"scheduler.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"));
            iam.putRolePolicy(b -> b.roleName(ROLE_NAME).policyName("targets").policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":"
                    + "[{\"Effect\":\"Allow\",\"Action\":\"sqs:SendMessage\",\"Resource\":\"*\"}]}"));
        }
    }

    @AfterAll
    static void close() {
        sqs.close();
        events.close();
        scheduler.close();
    }

    @Test
    void anEventBridgeRuleAtRateOneMinuteFiresOncePerMinute() throws Exception {
        TestQueues.Queue q = new TestQueues(sqs).createFor("events.amazonaws.com", "ticks", Map.of());
        String rule = "every-minute-" + UUID.randomUUID().toString().substring(0, 8);
        events.putRule(b -> b.name(rule).scheduleExpression("rate(1 minute)"));
        events.putTargets(b -> b.rule(rule).targets(t -> t.id("q").arn(q.arn())));
        Instant created = now();
        List<String> times = new ArrayList<>();
        for (int m = 1; m <= MINUTES; m++) {
            NODES.advance(Duration.ofMinutes(1));
            List<String> fired = bodies(q, 1).stream().map(body -> json(body).path("time").asText()).toList();
            assertEquals(1, fired.size(), "minute " + m + " fired " + fired);
            times.addAll(fired);
        }
        List<String> expected = new ArrayList<>();
        for (int m = 1; m <= MINUTES; m++) {
            expected.add(created.plus(Duration.ofMinutes(m)).truncatedTo(ChronoUnit.SECONDS).toString());
        }
        assertEquals(expected, times, "one Scheduled Event per minute, each for its own minute");
    }

    @Test
    void anEventBridgeSchedulerRateFiresOncePerMinute() throws Exception {
        TestQueues.Queue q = new TestQueues(sqs).create("scheduled", Map.of());
        Instant start = now().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MINUTES);
        scheduler.createSchedule(b -> b.name("every-minute").scheduleExpression("rate(1 minute)").startDate(start)
                .flexibleTimeWindow(f -> f.mode(FlexibleTimeWindowMode.OFF))
                .target(t -> t.arn(q.arn()).roleArn(ROLE).input("<aws.scheduler.scheduled-time>")));
        for (int m = 0; m < MINUTES; m++) {
            Instant due = start.plus(Duration.ofMinutes(m));
            NODES.advance(Duration.ofMillis(due.toEpochMilli() - NODES.clock().millis()));
            assertEquals(List.of(due.toString()), bodies(q, 1), "minute " + m);
        }
    }

    static Instant now() {
        return Instant.ofEpochMilli(NODES.clock().millis());
    }

    /**
     * The bodies that reach the queue, deleted as they come, once {@code expected} have (within
     * 10 s), and then for half a second more, so that a fire made twice by two nodes shows.
     */
    static List<String> bodies(TestQueues.Queue q, int expected) throws InterruptedException {
        List<String> out = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long settled = Long.MAX_VALUE;
        while (System.nanoTime() < Math.min(until, settled)) {
            List<Message> got = sqs.receiveMessage(b -> b.queueUrl(q.url()).maxNumberOfMessages(10)).messages();
            for (Message m : got) {
                out.add(m.body());
                sqs.deleteMessage(b -> b.queueUrl(q.url()).receiptHandle(m.receiptHandle()));
            }
            if (out.size() >= expected && settled == Long.MAX_VALUE) {
                settled = System.nanoTime() + Duration.ofMillis(500).toNanos();
            }
            if (got.isEmpty()) {
                Thread.sleep(50);
            }
        }
        return out;
    }
}
