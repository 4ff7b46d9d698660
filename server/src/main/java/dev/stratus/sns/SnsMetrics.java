package dev.stratus.sns;

import dev.stratus.platform.Arn;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.DeliveryWatcher;
import dev.stratus.platform.port.Metrics;
import dev.stratus.time.Clock;
import java.util.Map;

/**
 * What SNS publishes to CloudWatch in AWS/SNS, by TopicName: messages published and their size,
 * notifications filtered out by subscriptions' filter policies, and — from the job engine's word on
 * each delivery — notifications delivered, failed, and redriven (or not) to a subscription's
 * dead-letter queue. A notification to an SQS queue, a function or an email address fails once, when
 * SNS gives up on it; one to an HTTP/S endpoint fails at every failed attempt, as AWS counts them.
 * Subscription confirmations are not notifications.
 */
final class SnsMetrics {
    static final String NAMESPACE = "AWS/SNS";

    private final Metrics metrics;
    private final Clock clock;

    SnsMetrics(Metrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    /** What a published message came to as it was fanned out (none of it for a deduplicated FIFO message). */
    record FanOut(int filteredOut, int filteredOutNoAttributes, int emailed) {
        static final FanOut NONE = new FanOut(0, 0, 0);
    }

    /** A message accepted on {@code topicArn}, {@code bytes} long, and what its fan-out came to. */
    void published(String topicArn, int bytes, FanOut fanOut) {
        long now = clock.millis();
        record(topicArn, "NumberOfMessagesPublished", 1, "Count", now);
        record(topicArn, "PublishSize", bytes, "Bytes", now);
        if (fanOut.filteredOut() > 0) {
            record(topicArn, "NumberOfNotificationsFilteredOut", fanOut.filteredOut(), "Count", now);
        }
        if (fanOut.filteredOutNoAttributes() > 0) {
            record(topicArn, "NumberOfNotificationsFilteredOut-NoMessageAttributes", fanOut.filteredOutNoAttributes(), "Count", now);
        }
        if (fanOut.emailed() > 0) {
            record(topicArn, "NumberOfNotificationsDelivered", fanOut.emailed(), "Count", now);
        }
    }

    /** The job engine's word on a delivery a topic owed. */
    void deliveryAttempted(Delivery d, boolean deadLetter, DeliveryWatcher.Attempt attempt) {
        if (d.http() != null && "SubscriptionConfirmation".equals(d.http().headers().get("x-amz-sns-message-type"))) {
            return;
        }
        long now = clock.millis();
        if (deadLetter) {
            if (attempt != DeliveryWatcher.Attempt.RETRYING) {
                record(d.source(), attempt == DeliveryWatcher.Attempt.DELIVERED ? "NumberOfNotificationsRedrivenToDlq"
                        : "NumberOfNotificationsFailedToRedriveToDlq", 1, "Count", now);
            }
            return;
        }
        boolean http = d.http() != null;
        switch (attempt) {
            case DELIVERED -> record(d.source(), "NumberOfNotificationsDelivered", 1, "Count", now);
            case FAILED -> record(d.source(), "NumberOfNotificationsFailed", 1, "Count", now);
            case RETRYING -> {
                if (http) {
                    record(d.source(), "NumberOfNotificationsFailed", 1, "Count", now);
                }
            }
        }
    }

    private void record(String topicArn, String name, double value, String unit, long at) {
        Arn topic = Arn.parse(topicArn).orElse(null);
        if (topic == null) {
            return;
        }
        metrics.record(Metrics.Datapoint.of(topic.account(), topic.region(), NAMESPACE, name, Map.of("TopicName", topic.resource()), value, unit, at));
    }
}
