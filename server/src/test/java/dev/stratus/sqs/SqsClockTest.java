package dev.stratus.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.protocol.Principal;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sqs.api.CreateQueueRequest;
import dev.stratus.sqs.api.GetQueueAttributesRequest;
import dev.stratus.sqs.api.ReceiveMessageRequest;
import dev.stratus.sqs.api.SendMessageRequest;
import dev.stratus.sqs.api.SetQueueAttributesRequest;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SQS's time-based rules, driven by a clock the test moves instead of by sleeping. */
class SqsClockTest {
    final ManualClock clock = new ManualClock(1_800_000_000_000L);
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final Jobs jobs = new Jobs(store, clock);
    final SqsService sqs = new SqsService(store, clock, timers, jobs, new dev.stratus.platform.port.RecordedMetrics());
    final RequestContext ctx = new RequestContext("r", "sqs", "op", "us-east-1", "000000000000", "test", "localhost:4566", new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));

    @AfterEach
    void close() {
        jobs.close();
        timers.close();
        store.close();
    }

    String create(String name, Map<String, String> attributes) {
        return sqs.createQueue(ctx, new CreateQueueRequest(name, attributes, null)).queueUrl();
    }

    void send(String url, String body, String group) {
        sqs.sendMessage(ctx, new SendMessageRequest(url, body, null, null, null, group == null ? null : "d-" + body, group));
    }

    List<String> receive(String url, Integer visibility) {
        var r = sqs.receiveMessage(ctx, new ReceiveMessageRequest(url, null, null, null, 10, visibility, 0, null));
        return r.messages() == null ? List.of() : r.messages().stream().map(m -> m.body()).toList();
    }

    List<String> longPoll(String url, int waitSeconds) {
        var r = sqs.receiveMessage(ctx, new ReceiveMessageRequest(url, null, null, null, 10, null, waitSeconds, null));
        return r.messages() == null ? List.of() : r.messages().stream().map(m -> m.body()).toList();
    }

    String attribute(String url, String name) {
        return sqs.getQueueAttributes(ctx, new GetQueueAttributesRequest(url, List.of(name))).attributes().get(name);
    }

    @Test
    void aShorterRetentionPeriodExpiresMessagesAlreadyQueued() {
        String url = create("ret", Map.of("MessageRetentionPeriod", "3600"));
        send(url, "old", null);
        clock.advance(120_000);
        send(url, "new", null);
        assertEquals("2", attribute(url, "ApproximateNumberOfMessages"));
        sqs.setQueueAttributes(ctx, new SetQueueAttributesRequest(url, Map.of("MessageRetentionPeriod", "60")));
        assertEquals("1", attribute(url, "ApproximateNumberOfMessages"));
        assertEquals(List.of("new"), receive(url, null));
    }

    @Test
    void visibilityTimeoutReturnsTheMessageWhenItRunsOut() {
        String url = create("vis", Map.of());
        send(url, "m", null);
        assertEquals(List.of("m"), receive(url, 30));
        clock.advance(29_999);
        assertEquals(List.of(), receive(url, 30));
        clock.advance(1);
        assertEquals(List.of("m"), receive(url, 30));
    }

    @Test
    void aFifoQueuesNewDelayAppliesToMessagesAlreadyQueued() {
        String url = create("delay.fifo", Map.of("FifoQueue", "true", "DelaySeconds", "600"));
        send(url, "first", "g");
        assertEquals("1", attribute(url, "ApproximateNumberOfMessagesDelayed"));
        sqs.setQueueAttributes(ctx, new SetQueueAttributesRequest(url, Map.of("DelaySeconds", "0")));
        assertEquals(List.of("first"), receive(url, null));
    }

    @Test
    void aStandardQueuesNewDelayOnlyAppliesToNewMessages() {
        String url = create("delay", Map.of("DelaySeconds", "600"));
        send(url, "first", null);
        sqs.setQueueAttributes(ctx, new SetQueueAttributesRequest(url, Map.of("DelaySeconds", "0")));
        assertEquals(List.of(), receive(url, null));
        clock.advance(600_000);
        assertEquals(List.of("first"), receive(url, null));
    }

    @Test
    void purgeIsRefusedForSixtySeconds() {
        String url = create("purge", Map.of());
        sqs.purgeQueue(ctx, new dev.stratus.sqs.api.PurgeQueueRequest(url));
        clock.advance(59_999);
        assertEquals("PurgeQueueInProgress", org.junit.jupiter.api.Assertions.assertThrows(dev.stratus.protocol.AwsException.class,
                () -> sqs.purgeQueue(ctx, new dev.stratus.sqs.api.PurgeQueueRequest(url))).code());
        clock.advance(1);
        sqs.purgeQueue(ctx, new dev.stratus.sqs.api.PurgeQueueRequest(url));
        assertNull(sqs.receiveMessage(ctx, new ReceiveMessageRequest(url, null, null, null, 1, null, 0, null)).messages());
    }

    @Test
    void aLongPollLastsItsWaitTimeInRealTimeWhileTheClockStandsStill() {
        String url = create("still", Map.of());
        long started = System.nanoTime();
        assertEquals(List.of(), longPoll(url, 1));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue(millis >= 900 && millis < 5_000, "returned after " + millis + " ms");
    }

    @Test
    void aLongPollTakesAMessageTheClockBringsBackIntoView() throws Exception {
        String url = create("woken", Map.of());
        send(url, "m", null);
        assertEquals(List.of("m"), receive(url, 30));
        CompletableFuture<List<String>> polled = new CompletableFuture<>();
        Thread poller = Thread.ofPlatform().start(() -> polled.complete(longPoll(url, 20)));
        while (poller.getState() != Thread.State.TIMED_WAITING && !polled.isDone()) {
            Thread.onSpinWait();
        }
        clock.advance(30_000);
        sqs.clockMoved();
        assertEquals(List.of("m"), polled.get(5, TimeUnit.SECONDS), "at once, not at the end of its 20 s");
    }
}
