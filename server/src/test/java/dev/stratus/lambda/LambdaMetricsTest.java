package dev.stratus.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.lambda.LambdaRepository.FunctionKey;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.DeliveryWatcher.Attempt;
import dev.stratus.platform.port.Metrics.Datapoint;
import dev.stratus.platform.port.RecordedMetrics;
import dev.stratus.protocol.Principal;
import dev.stratus.runtime.InvocationResult;
import dev.stratus.time.ManualClock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** AWS/Lambda's metrics as AWS names them, with its dimensions and units. */
class LambdaMetricsTest {
    static final String NS = "AWS/Lambda";
    static final FunctionKey FN = new FunctionKey("000000000000", "us-east-1", "fn");
    final ManualClock clock = new ManualClock(1_800_000_000_000L);
    final RecordedMetrics recorded = new RecordedMetrics();
    final LambdaMetrics metrics = new LambdaMetrics(recorded, clock);

    static InvocationResult ok(double ms) {
        return new InvocationResult(new byte[0], null, "", ms);
    }

    static InvocationResult failed(double ms) {
        return new InvocationResult(new byte[0], "Sandbox.Timedout", "", ms);
    }

    @Test
    void anInvocationCountsAcrossAllFunctionsByFunctionAndByResource() {
        long started = clock.millis() - 90_000;
        metrics.invoked(FN, null, "$LATEST", started, failed(1234.5));
        for (Map<String, String> dims : List.of(Map.<String, String>of(), Map.of("FunctionName", "fn"), Map.of("FunctionName", "fn", "Resource", "fn"))) {
            assertEquals(1, recorded.sum(NS, "Invocations", dims), dims.toString());
            assertEquals(1, recorded.sum(NS, "Errors", dims), "a timeout is a function error");
            assertEquals(0, recorded.sum(NS, "Throttles", dims));
            Datapoint duration = recorded.of(NS, "Duration", dims).get(0);
            assertEquals(1234.5, duration.value());
            assertEquals("Milliseconds", duration.unit());
            assertEquals(started, duration.timestampMillis(), "stamped with when the invocation started");
        }
        assertEquals("Count", recorded.of(NS, "Invocations", Map.of("FunctionName", "fn")).get(0).unit());
        assertEquals(12, recorded.all().size(), "no other dimension set for an unqualified invocation");
    }

    @Test
    void aSuccessCountsNoErrorAndAnAliasAddsTheVersionItRan() {
        metrics.invoked(FN, "live", "3", clock.millis(), ok(5));
        assertEquals(0, recorded.sum(NS, "Errors", Map.of("FunctionName", "fn")));
        assertEquals(1, recorded.sum(NS, "Invocations", Map.of("FunctionName", "fn", "Resource", "fn:live")));
        assertEquals(1, recorded.sum(NS, "Invocations", Map.of("FunctionName", "fn", "Resource", "fn:live", "ExecutedVersion", "3")));
        recorded.clear();
        metrics.invoked(FN, "3", "3", clock.millis(), ok(5));
        assertEquals(1, recorded.sum(NS, "Invocations", Map.of("FunctionName", "fn", "Resource", "fn:3")));
        assertTrue(recorded.all().stream().noneMatch(d -> d.dimensions().containsKey("ExecutedVersion")), "only an alias has ExecutedVersion");
    }

    @Test
    void aThrottleCountsNoInvocation() {
        metrics.throttled(FN, null, "$LATEST");
        assertEquals(1, recorded.sum(NS, "Throttles", Map.of("FunctionName", "fn")));
        assertEquals(1, recorded.sum(NS, "Throttles", Map.of()));
        assertEquals(List.of("Throttles"), recorded.names(NS));
    }

    @Test
    void concurrentExecutionsIsTheMostAtOnceInTheMinuteThenWhatStillRuns() throws Exception {
        FunctionKey other = new FunctionKey("000000000000", "us-east-1", "other");
        metrics.started(FN, true);
        metrics.started(FN, true);
        metrics.started(other, false);
        metrics.finished(FN, true);
        recorded.sample(null, 60_000);
        assertEquals(2, recorded.sum(NS, "ConcurrentExecutions", Map.of("FunctionName", "fn")));
        assertEquals(1, recorded.sum(NS, "ConcurrentExecutions", Map.of("FunctionName", "other")));
        assertEquals(3, recorded.sum(NS, "ConcurrentExecutions", Map.of()));
        assertEquals(2, recorded.sum(NS, "UnreservedConcurrentExecutions", Map.of()), "other has reserved concurrency");
        assertEquals(60_000, recorded.of(NS, "ConcurrentExecutions", Map.of()).get(0).timestampMillis());
        recorded.clear();
        metrics.finished(other, false);
        recorded.sample(null, 120_000);
        assertEquals(1, recorded.sum(NS, "ConcurrentExecutions", Map.of("FunctionName", "fn")), "one still runs");
        assertEquals(1, recorded.sum(NS, "ConcurrentExecutions", Map.of("FunctionName", "other")), "it ran in this minute");
        recorded.clear();
        metrics.finished(FN, true);
        recorded.sample(null, 180_000);
        recorded.clear();
        recorded.sample(null, 240_000);
        assertEquals(List.of(), recorded.all(), "nothing ran: nothing is published");
    }

    @Test
    void asyncEventsAreCountedReceivedAgedAndDropped() {
        metrics.asyncEventReceived(FN, null);
        metrics.asyncEventAttempted(FN, null, 61_000);
        metrics.asyncEventDropped(FN, null);
        assertEquals(1, recorded.sum(NS, "AsyncEventsReceived", Map.of("FunctionName", "fn")));
        Datapoint age = recorded.of(NS, "AsyncEventAge", Map.of("FunctionName", "fn", "Resource", "fn")).get(0);
        assertEquals(61_000, age.value());
        assertEquals("Milliseconds", age.unit());
        assertEquals(1, recorded.sum(NS, "AsyncEventsDropped", Map.of("FunctionName", "fn")));
    }

    @Test
    void aDeadLetterOrDestinationThatFailsForGoodIsCountedByTheFunctionItCameFrom() {
        Principal role = new Principal(Principal.Type.ASSUMED_ROLE, "arn:aws:sts::000000000000:assumed-role/r/fn", "000000000000");
        String fnArn = "arn:aws:lambda:us-east-1:000000000000:function:fn";
        Delivery dlq = Delivery.once(role, fnArn, "arn:aws:sqs:us-east-1:000000000000:gone", "{}",
                Map.of("RequestID", Delivery.Attribute.string("r"), "ErrorCode", Delivery.Attribute.number("200")), null);
        Delivery destination = Delivery.once(role, fnArn + ":2", "arn:aws:sqs:us-east-1:000000000000:gone", "{}", null, null);
        metrics.deliveryAttempted(dlq, false, Attempt.RETRYING);
        metrics.deliveryAttempted(dlq, false, Attempt.DELIVERED);
        assertEquals(List.of(), recorded.all(), "only a failure for good counts");
        metrics.deliveryAttempted(dlq, false, Attempt.FAILED);
        metrics.deliveryAttempted(destination, false, Attempt.FAILED);
        assertEquals(1, recorded.sum(NS, "DeadLetterErrors", Map.of("FunctionName", "fn")));
        assertEquals(1, recorded.sum(NS, "DestinationDeliveryFailures", Map.of("FunctionName", "fn", "Resource", "fn:2")));
    }
}
