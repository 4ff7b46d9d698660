package dev.stratus.sqs;

import dev.stratus.platform.port.Metrics;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.SQLException;
import java.util.Map;

/**
 * What SQS publishes to CloudWatch in AWS/SQS, by QueueName: what callers (and other services)
 * send, receive and delete as it happens, and each minute the depths of every queue, read in one
 * query for all of them. Messages a redrive policy moves to a dead-letter queue are not counted as
 * sent to it, as in AWS.
 */
final class SqsMetrics {
    static final String NAMESPACE = "AWS/SQS";

    private final Metrics metrics;
    private final Clock clock;

    SqsMetrics(Metrics metrics, Clock clock, SqsRepository repo, QueueRegistry queues) {
        this.metrics = metrics;
        this.clock = clock;
        metrics.sampleEveryMinute((tx, minute, into) -> sampleDepths(tx, minute, into, repo, queues));
    }

    /** A message stored in {@code q}, of {@code size} bytes (body and attributes). */
    void sent(Queue q, int size) {
        long now = clock.millis();
        record(metrics, q, "NumberOfMessagesSent", 1, "Count", now);
        record(metrics, q, "SentMessageSize", size, "Bytes", now);
    }

    /** A FIFO message dropped as a duplicate of one sent within the deduplication interval. */
    void deduplicated(Queue q) {
        record(metrics, q, "NumberOfDeduplicatedSentMessages", 1, "Count", clock.millis());
    }

    /** A ReceiveMessage call's answer: {@code count} messages, or an empty receive. */
    void received(Queue q, int count) {
        long now = clock.millis();
        if (count == 0) {
            record(metrics, q, "NumberOfEmptyReceives", 1, "Count", now);
        } else {
            record(metrics, q, "NumberOfMessagesReceived", count, "Count", now);
        }
    }

    /** {@code count} successful deletions (a repeated one with a handle still valid counts again, as AWS counts it). */
    void deleted(Queue q, int count) {
        if (count > 0) {
            record(metrics, q, "NumberOfMessagesDeleted", count, "Count", clock.millis());
        }
    }

    private void sampleDepths(Tx tx, long minute, Metrics into, SqsRepository repo, QueueRegistry queues) throws SQLException {
        long now = clock.millis();
        Map<Long, SqsRepository.Depth> depths = repo.depths(tx, now);
        for (Queue q : queues.all()) {
            SqsRepository.Depth d = depths.getOrDefault(q.id(), SqsRepository.Depth.EMPTY);
            record(into, q, "ApproximateNumberOfMessagesVisible", d.visible(), "Count", minute);
            record(into, q, "ApproximateNumberOfMessagesNotVisible", d.inFlight(), "Count", minute);
            record(into, q, "ApproximateNumberOfMessagesDelayed", d.delayed(), "Count", minute);
            if (d.oldestSentAt() > 0) {
                record(into, q, "ApproximateAgeOfOldestMessage", Math.max(0, (now - d.oldestSentAt()) / 1000), "Seconds", minute);
            }
        }
    }

    private static void record(Metrics into, Queue q, String name, double value, String unit, long at) {
        into.record(Metrics.Datapoint.of(q.account(), q.region(), NAMESPACE, name, Map.of("QueueName", q.name()), value, unit, at));
    }
}
