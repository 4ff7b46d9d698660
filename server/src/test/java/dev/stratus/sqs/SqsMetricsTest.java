package dev.stratus.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.Metrics.Datapoint;
import dev.stratus.platform.port.RecordedMetrics;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sqs.api.CreateQueueRequest;
import dev.stratus.sqs.api.DeleteMessageRequest;
import dev.stratus.sqs.api.Message;
import dev.stratus.sqs.api.ReceiveMessageRequest;
import dev.stratus.sqs.api.SendMessageRequest;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** AWS/SQS's metrics: counts as messages are sent, received and deleted; depths each minute. */
class SqsMetricsTest {
    static final String NS = "AWS/SQS";
    final ManualClock clock = new ManualClock(1_800_000_000_000L);
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final Jobs jobs = new Jobs(store, clock);
    final RecordedMetrics recorded = new RecordedMetrics();
    final SqsService sqs = new SqsService(store, clock, timers, jobs, recorded);
    final RequestContext ctx = new RequestContext("r", "sqs", "op", "us-east-1", "000000000000", "test", "localhost:4566",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));

    @AfterEach
    void close() {
        jobs.close();
        timers.close();
        store.close();
    }

    List<Message> receive(String url) {
        var r = sqs.receiveMessage(ctx, new ReceiveMessageRequest(url, null, null, null, 10, 30, 0, null));
        return r.messages() == null ? List.of() : r.messages();
    }

    @Test
    void sendsReceivesAndDeletesAreCountedByQueueName() {
        String url = sqs.createQueue(ctx, new CreateQueueRequest("orders", Map.of(), null)).queueUrl();
        Map<String, String> queue = Map.of("QueueName", "orders");
        sqs.sendMessage(ctx, new SendMessageRequest(url, "hello", null, null, null, null, null));
        sqs.sendMessage(ctx, new SendMessageRequest(url, "0123456789", null, null, null, null, null));
        assertEquals(2, recorded.sum(NS, "NumberOfMessagesSent", queue));
        List<Datapoint> sizes = recorded.of(NS, "SentMessageSize", queue);
        assertEquals(List.of(5.0, 10.0), sizes.stream().map(Datapoint::value).toList());
        assertEquals("Bytes", sizes.get(0).unit());
        List<Message> got = receive(url);
        assertEquals(2, recorded.sum(NS, "NumberOfMessagesReceived", queue));
        assertEquals(List.of(), receive(url));
        assertEquals(1, recorded.sum(NS, "NumberOfEmptyReceives", queue));
        sqs.deleteMessage(ctx, new DeleteMessageRequest(url, got.get(0).receiptHandle()));
        assertEquals(1, recorded.sum(NS, "NumberOfMessagesDeleted", queue));
        Datapoint sent = recorded.of(NS, "NumberOfMessagesSent", queue).get(0);
        assertEquals("Count", sent.unit());
        assertEquals("000000000000", sent.account());
        assertEquals("us-east-1", sent.region());
    }

    @Test
    void aDuplicateFifoSendIsCountedApart() {
        String url = sqs.createQueue(ctx, new CreateQueueRequest("jobs.fifo", Map.of("FifoQueue", "true"), null)).queueUrl();
        sqs.sendMessage(ctx, new SendMessageRequest(url, "a", null, null, null, "d1", "g"));
        sqs.sendMessage(ctx, new SendMessageRequest(url, "a", null, null, null, "d1", "g"));
        assertEquals(1, recorded.sum(NS, "NumberOfMessagesSent", Map.of("QueueName", "jobs.fifo")));
        assertEquals(1, recorded.sum(NS, "NumberOfDeduplicatedSentMessages", Map.of("QueueName", "jobs.fifo")));
    }

    @Test
    void everyQueuesDepthsAreSampledEachMinute() throws Exception {
        String busy = sqs.createQueue(ctx, new CreateQueueRequest("busy", Map.of(), null)).queueUrl();
        sqs.createQueue(ctx, new CreateQueueRequest("idle", Map.of(), null));
        sqs.sendMessage(ctx, new SendMessageRequest(busy, "first", null, null, null, null, null));
        clock.advance(90_000);
        sqs.sendMessage(ctx, new SendMessageRequest(busy, "second", null, null, null, null, null));
        sqs.sendMessage(ctx, new SendMessageRequest(busy, "later", 300, null, null, null, null));
        receive(busy);
        sqs.sendMessage(ctx, new SendMessageRequest(busy, "third", null, null, null, null, null));
        recorded.clear();
        long minute = 1_800_000_060_000L;
        store.write(tx -> {
            recorded.sample(tx, minute);
            return null;
        });
        Map<String, String> b = Map.of("QueueName", "busy");
        Map<String, String> idle = Map.of("QueueName", "idle");
        assertEquals(1, recorded.sum(NS, "ApproximateNumberOfMessagesVisible", b));
        assertEquals(2, recorded.sum(NS, "ApproximateNumberOfMessagesNotVisible", b));
        assertEquals(1, recorded.sum(NS, "ApproximateNumberOfMessagesDelayed", b));
        Datapoint age = recorded.of(NS, "ApproximateAgeOfOldestMessage", b).get(0);
        assertEquals(90, age.value());
        assertEquals("Seconds", age.unit());
        assertEquals(minute, age.timestampMillis());
        assertEquals(0, recorded.sum(NS, "ApproximateNumberOfMessagesVisible", idle));
        assertEquals(1, recorded.of(NS, "ApproximateNumberOfMessagesVisible", idle).size(), "an empty queue reports zero");
        assertTrue(recorded.of(NS, "ApproximateAgeOfOldestMessage", idle).isEmpty(), "and no age");
    }
}
