package dev.stratus.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.protocol.Principal;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sns.api.CreateTopicInput;
import dev.stratus.sns.api.PublishBatchInput;
import dev.stratus.sns.api.PublishBatchRequestEntry;
import dev.stratus.sns.api.PublishInput;
import dev.stratus.sns.api.PublishResponse;
import dev.stratus.sqs.SqsService;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FIFO topics' five-minute deduplication, kept in the store: driven by a clock the test moves. */
class SnsDeduplicationTest {
    static final long FIVE_MINUTES = 5 * 60 * 1000;
    final ManualClock clock = new ManualClock(1_800_000_000_000L);
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final Jobs jobs = new Jobs(store, clock);
    final SqsService sqs = new SqsService(store, clock, timers, jobs, new dev.stratus.platform.port.RecordedMetrics());
    final SnsService sns = service();
    final RequestContext ctx = new RequestContext("r", "sns", "op", "us-east-1", "000000000000", "test", "localhost:4566", new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));

    @AfterEach
    void close() {
        timers.close();
        store.close();
    }

    SnsService service() {
        return new SnsService(store, clock, timers, jobs, () -> "http://localhost:4566", new dev.stratus.platform.port.RecordedMetrics());
    }

    String fifoTopic(String name, Map<String, String> attributes) {
        Map<String, String> a = new java.util.HashMap<>(attributes);
        a.put("FifoTopic", "true");
        return sns.createTopic(ctx, new CreateTopicInput(name + ".fifo", a, null, null)).topicArn();
    }

    static PublishResponse publish(SnsService service, RequestContext ctx, String topic, String message, String deduplicationId) {
        return service.publish(ctx, new PublishInput(topic, null, null, message, null, null, null, deduplicationId, "g"));
    }

    long remembered() {
        return store.read(tx -> {
            try (ResultSet rs = tx.sql("SELECT COUNT(*) FROM sns_deduplication").executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void aRepeatWithinFiveMinutesOfTheFirstIsAnsweredAsTheFirstWas() {
        String topic = fifoTopic("dedup", Map.of());
        PublishResponse first = publish(sns, ctx, topic, "one", "d");
        clock.advance(FIVE_MINUTES);
        PublishResponse repeat = publish(sns, ctx, topic, "another body", "d");
        assertEquals(first, repeat);
        clock.advance(1);
        PublishResponse later = publish(sns, ctx, topic, "one", "d");
        assertNotEquals(first.messageId(), later.messageId(), "the interval is over: a new message");
        assertNotEquals(first.sequenceNumber(), later.sequenceNumber());
        assertEquals(later, publish(sns, ctx, topic, "one", "d"), "and the new one starts an interval of its own");
    }

    @Test
    void aRestartedServiceStillKnowsTheIdsOfTheLastFiveMinutes() {
        String topic = fifoTopic("restart", Map.of());
        PublishResponse first = publish(sns, ctx, topic, "one", "d");
        clock.advance(60_000);
        assertEquals(first, publish(service(), ctx, topic, "one", "d"));
    }

    @Test
    void contentBasedDeduplicationHashesTheBodyAndTopicsAreApart() {
        String topic = fifoTopic("content", Map.of("ContentBasedDeduplication", "true"));
        String other = fifoTopic("other", Map.of("ContentBasedDeduplication", "true"));
        PublishResponse first = publish(sns, ctx, topic, "same", null);
        assertEquals(first, publish(sns, ctx, topic, "same", null));
        assertNotEquals(first.messageId(), publish(sns, ctx, topic, "different", null).messageId());
        assertNotEquals(first.messageId(), publish(sns, ctx, other, "same", null).messageId());
    }

    @Test
    void aRefusedBatchTakesNoDeduplicationId() {
        String topic = fifoTopic("batch", Map.of());
        assertThrows(AwsException.class, () -> sns.publishBatch(ctx, new PublishBatchInput(topic, List.of(
                new PublishBatchRequestEntry("a", "fine", null, null, null, "d", "g"),
                new PublishBatchRequestEntry("b", "", null, null, null, "e", "g")))));
        assertEquals(0, remembered());
        var ok = sns.publishBatch(ctx, new PublishBatchInput(topic, List.of(
                new PublishBatchRequestEntry("a", "fine", null, null, null, "d", "g"),
                new PublishBatchRequestEntry("b", "again", null, null, null, "d", "g")))).successful();
        assertEquals(ok.get(0).messageId(), ok.get(1).messageId(), "a repeat within one batch is a duplicate too");
    }

    @Test
    void theSweepForgetsIdsWhoseFiveMinutesAreOver() throws Exception {
        String topic = fifoTopic("sweep", Map.of());
        publish(sns, ctx, topic, "one", "d");
        publish(sns, ctx, topic, "two", "e");
        assertEquals(2, remembered());
        timers.start();
        clock.advance(2 * FIVE_MINUTES);
        timers.wake();
        long until = System.nanoTime() + 10_000_000_000L;
        while (remembered() > 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertEquals(0, remembered());
    }
}
