package dev.stratus.s3;

import dev.stratus.s3.api.CloudFunctionConfiguration;
import dev.stratus.s3.api.LambdaFunctionConfiguration;
import dev.stratus.s3.api.NotificationConfiguration;
import dev.stratus.s3.api.NotificationConfigurationDeprecated;
import dev.stratus.s3.api.QueueConfiguration;
import dev.stratus.s3.api.QueueConfigurationDeprecated;
import dev.stratus.s3.api.TopicConfiguration;
import dev.stratus.s3.api.TopicConfigurationDeprecated;
import java.util.List;

/**
 * The first notification API (PutBucketNotification, GetBucketNotification): at most one topic,
 * one queue and one function, without filters, each with {@code Event} or {@code Events}. It is
 * the same configuration as the current API's, converted each way.
 */
final class DeprecatedNotifications {
    private DeprecatedNotifications() {
    }

    static NotificationConfiguration current(NotificationConfigurationDeprecated c) {
        if (c == null) {
            return null;
        }
        TopicConfigurationDeprecated t = c.topicConfiguration();
        QueueConfigurationDeprecated q = c.queueConfiguration();
        CloudFunctionConfiguration f = c.cloudFunctionConfiguration();
        return new NotificationConfiguration(
                t == null ? null : List.of(new TopicConfiguration(t.id(), t.topic(), events(t.events(), t.event()), null)),
                q == null ? null : List.of(new QueueConfiguration(q.id(), q.queue(), events(q.events(), q.event()), null)),
                f == null ? null : List.of(new LambdaFunctionConfiguration(f.id(), f.cloudFunction(), events(f.events(), f.event()), null)),
                null);
    }

    /** The stored configuration as the first API shows it: the first configuration of each kind. */
    static NotificationConfigurationDeprecated deprecated(NotificationConfiguration c) {
        TopicConfiguration t = first(c.topicConfigurations());
        QueueConfiguration q = first(c.queueConfigurations());
        LambdaFunctionConfiguration f = first(c.lambdaFunctionConfigurations());
        return new NotificationConfigurationDeprecated(
                t == null ? null : new TopicConfigurationDeprecated(t.id(), t.events(), null, t.topicArn()),
                q == null ? null : new QueueConfigurationDeprecated(q.id(), null, q.events(), q.queueArn()),
                f == null ? null : new CloudFunctionConfiguration(f.id(), null, f.events(), f.lambdaFunctionArn(), null));
    }

    private static List<String> events(List<String> events, String event) {
        return events != null && !events.isEmpty() ? events : event == null ? null : List.of(event);
    }

    private static <T> T first(List<T> l) {
        return l == null || l.isEmpty() ? null : l.get(0);
    }
}
