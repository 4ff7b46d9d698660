package dev.stratus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.events.api.PutRuleRequest;
import dev.stratus.events.api.PutTargetsRequest;
import dev.stratus.events.api.Target;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.DeliveryWatcher.Attempt;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.RecordedMetrics;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sqs.SqsService;
import dev.stratus.sqs.api.CreateQueueRequest;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** AWS/Events' metrics: RuleName (with EventBusName on a custom bus), matches counted once committed, invocations from the job engine. */
class EventsMetricsTest {
    static final String NS = "AWS/Events";
    static final String QUEUE_ARN = "arn:aws:sqs:us-east-1:000000000000:changes";
    final ManualClock clock = new ManualClock(1_800_000_000_000L);
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final Jobs jobs = new Jobs(store, clock);
    final RecordedMetrics recorded = new RecordedMetrics();
    final SqsService sqs = new SqsService(store, clock, timers, jobs, new RecordedMetrics());
    final EventsService events = new EventsService(store, clock, timers, jobs, recorded);
    final RequestContext ctx = new RequestContext("r", "events", "op", "us-east-1", "000000000000", "test", "localhost:4566",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));
    final ServiceEvents.Event stopped = new ServiceEvents.Event("aws.ec2", "EC2 Instance State-change Notification", "000000000000", "us-east-1",
            List.of(), Json.parse("{\"state\":\"stopped\"}"));

    @AfterEach
    void close() {
        jobs.close();
        timers.close();
        store.close();
    }

    void put() {
        store.write(tx -> {
            events.serviceEvents().put(tx, stopped);
            return null;
        });
    }

    @Test
    void aMatchCountsTheRuleTriggeredAndTheEventMatchedThenItsDeliveryAnInvocation() throws Exception {
        sqs.createQueue(ctx, new CreateQueueRequest("changes", null, null));
        events.putRule(ctx, new PutRuleRequest("ec2", null, "{\"source\":[\"aws.ec2\"]}", null, null, null, null, null));
        events.putRule(ctx, new PutRuleRequest("other", null, "{\"source\":[\"aws.s3\"]}", null, null, null, null, null));
        events.putTargets(ctx, new PutTargetsRequest("ec2", null, List.of(new Target("q", QUEUE_ARN, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null))));
        put();
        Map<String, String> rule = Map.of("RuleName", "ec2");
        assertEquals(1, recorded.sum(NS, "TriggeredRules", rule));
        assertEquals(1, recorded.sum(NS, "MatchedEvents", rule));
        assertEquals(1, recorded.sum(NS, "MatchedEvents", Map.of()));
        assertEquals(0, recorded.of(NS, "TriggeredRules", Map.of("RuleName", "other")).size());
        assertEquals("Count", recorded.of(NS, "TriggeredRules", rule).get(0).unit());
        jobs.start();
        for (int i = 0; i < 500 && recorded.sum(NS, "Invocations", rule) == 0; i++) {
            Thread.sleep(10);
        }
        assertEquals(1, recorded.sum(NS, "Invocations", rule));
        assertEquals(1, recorded.sum(NS, "Invocations", Map.of()));
        assertEquals(1, recorded.sum(NS, "SuccessfulInvocationAttempts", rule));
        assertEquals(0, recorded.of(NS, "FailedInvocations", rule).size());
    }

    @Test
    void aMatchInATransactionThatFailsIsNotCounted() {
        events.putRule(ctx, new PutRuleRequest("ec2", null, "{\"source\":[\"aws.ec2\"]}", null, null, null, null, null));
        try {
            store.write(tx -> {
                events.serviceEvents().put(tx, stopped);
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the event never happened
        }
        assertEquals(List.of(), recorded.all());
    }

    static Delivery fromRule(String ruleArn) {
        return new Delivery(QUEUE_ARN, "{}", null, null, null, 185, 86_400, null, Map.of(), null, Principal.service("events.amazonaws.com"), ruleArn);
    }

    @Test
    void aCustomBusRuleCarriesItsBusAndFailuresAreCountedOnceForGood() {
        EventsMetrics metrics = new EventsMetrics(recorded, clock);
        Delivery d = fromRule("arn:aws:events:us-east-1:000000000000:rule/orders/big");
        metrics.deliveryAttempted(d, false, Attempt.RETRYING);
        metrics.deliveryAttempted(d, false, Attempt.FAILED);
        metrics.deliveryAttempted(d, true, Attempt.DELIVERED);
        Map<String, String> rule = Map.of("EventBusName", "orders", "RuleName", "big");
        assertEquals(2, recorded.sum(NS, "InvocationAttempts", rule));
        assertEquals(1, recorded.sum(NS, "Invocations", rule));
        assertEquals(1, recorded.sum(NS, "FailedInvocations", rule));
        assertEquals(1, recorded.sum(NS, "InvocationsSentToDlq", rule));
        assertEquals(0, recorded.of(NS, "SuccessfulInvocationAttempts", rule).size());
    }
}
