package dev.stratus.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stratus.s3.api.NotificationConfiguration;
import dev.stratus.s3.api.NotificationConfigurationDeprecated;
import dev.stratus.s3.api.QueueConfigurationDeprecated;
import dev.stratus.s3.api.TopicConfigurationDeprecated;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeprecatedNotificationsTest {
    static final String QUEUE = "arn:aws:sqs:us-east-1:000000000000:q";
    static final String TOPIC = "arn:aws:sns:us-east-1:000000000000:t";

    @Test
    void aSingleEventOrAListBecomesTheCurrentConfigurationAndBack() {
        NotificationConfiguration current = DeprecatedNotifications.current(new NotificationConfigurationDeprecated(
                new TopicConfigurationDeprecated("t", null, "s3:ObjectCreated:*", TOPIC),
                new QueueConfigurationDeprecated("q", null, List.of("s3:ObjectRemoved:*"), QUEUE), null));
        assertEquals(List.of("s3:ObjectCreated:*"), current.topicConfigurations().get(0).events());
        assertEquals(QUEUE, current.queueConfigurations().get(0).queueArn());
        assertNull(current.lambdaFunctionConfigurations());

        NotificationConfigurationDeprecated back = DeprecatedNotifications.deprecated(current);
        assertEquals(TOPIC, back.topicConfiguration().topic());
        assertEquals(List.of("s3:ObjectCreated:*"), back.topicConfiguration().events());
        assertEquals("q", back.queueConfiguration().id());
        assertNull(back.cloudFunctionConfiguration());
    }
}
