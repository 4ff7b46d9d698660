package dev.stratus.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.DeliveryWatcher.Attempt;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.Metrics.Datapoint;
import dev.stratus.platform.port.RecordedMetrics;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sns.api.CreateTopicInput;
import dev.stratus.sns.api.MessageAttributeValue;
import dev.stratus.sns.api.PublishInput;
import dev.stratus.sns.api.SubscribeInput;
import dev.stratus.sqs.SqsService;
import dev.stratus.sqs.api.CreateQueueRequest;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** AWS/SNS's metrics by TopicName: publishes, their size, filtered-out notifications, and what became of deliveries. */
class SnsMetricsTest {
    static final String NS = "AWS/SNS";
    static final Map<String, String> TOPIC = Map.of("TopicName", "alerts");
    final ManualClock clock = new ManualClock(1_800_000_000_000L);
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final Jobs jobs = new Jobs(store, clock);
    final RecordedMetrics recorded = new RecordedMetrics();
    final SqsService sqs = new SqsService(store, clock, timers, jobs, new RecordedMetrics());
    final SnsService sns = new SnsService(store, clock, timers, jobs, () -> "http://localhost:4566", recorded);
    final RequestContext ctx = new RequestContext("r", "sns", "op", "us-east-1", "000000000000", "test", "localhost:4566",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));
    final SnsMetrics metrics = new SnsMetrics(recorded, clock);

    @AfterEach
    void close() {
        jobs.close();
        timers.close();
        store.close();
    }

    @Test
    void aPublishIsCountedWithItsSizeAndTheSubscriptionsThatFilteredItOut() {
        String topic = sns.createTopic(ctx, new CreateTopicInput("alerts", Map.of(), null, null)).topicArn();
        sqs.createQueue(ctx, new CreateQueueRequest("q", Map.of(), null));
        String queue = "arn:aws:sqs:us-east-1:000000000000:q";
        sns.subscribe(ctx, new SubscribeInput(topic, "sqs", queue, Map.of("FilterPolicy", "{\"level\":[\"error\"]}"), null));
        sns.subscribe(ctx, new SubscribeInput(topic, "sqs", queue, Map.of(), null));
        sns.publish(ctx, new PublishInput(topic, null, null, "disk full", null, null, null, null, null));
        sns.publish(ctx, new PublishInput(topic, null, null, "cpu", null, null,
                Map.of("level", new MessageAttributeValue("String", "info", null)), null, null));
        assertEquals(2, recorded.sum(NS, "NumberOfMessagesPublished", TOPIC));
        List<Datapoint> sizes = recorded.of(NS, "PublishSize", TOPIC);
        assertEquals(List.of(9.0, 3.0), sizes.stream().map(Datapoint::value).toList());
        assertEquals("Bytes", sizes.get(0).unit());
        assertEquals(2, recorded.sum(NS, "NumberOfNotificationsFilteredOut", TOPIC));
        assertEquals(1, recorded.sum(NS, "NumberOfNotificationsFilteredOut-NoMessageAttributes", TOPIC), "the first had no attributes");
    }

    static Delivery toQueue() {
        return new Delivery("arn:aws:sqs:us-east-1:000000000000:q", "{}", null, null, null, 3, 60, null, Map.of(), null,
                Principal.service("sns.amazonaws.com"), "arn:aws:sns:us-east-1:000000000000:alerts");
    }

    static Delivery toEndpoint(String type) {
        return new Delivery("https://example.test/hook", "{}", null, null, null, 3, 60, null, Map.of(),
                new Delivery.Http(Map.of("x-amz-sns-message-type", type), List.of(1, 2, 3)), Principal.service("sns.amazonaws.com"),
                "arn:aws:sns:us-east-1:000000000000:alerts");
    }

    @Test
    void aQueueFailsOnceWhenSnsGivesUpAnEndpointAtEveryFailedAttempt() {
        metrics.deliveryAttempted(toQueue(), false, Attempt.RETRYING);
        metrics.deliveryAttempted(toQueue(), false, Attempt.FAILED);
        metrics.deliveryAttempted(toEndpoint("Notification"), false, Attempt.RETRYING);
        metrics.deliveryAttempted(toEndpoint("Notification"), false, Attempt.FAILED);
        metrics.deliveryAttempted(toQueue(), false, Attempt.DELIVERED);
        assertEquals(3, recorded.sum(NS, "NumberOfNotificationsFailed", TOPIC));
        assertEquals(1, recorded.sum(NS, "NumberOfNotificationsDelivered", TOPIC));
    }

    @Test
    void confirmationsAreNoNotificationsAndDeadLettersCountAsRedriven() {
        metrics.deliveryAttempted(toEndpoint("SubscriptionConfirmation"), false, Attempt.DELIVERED);
        metrics.deliveryAttempted(toQueue(), true, Attempt.DELIVERED);
        metrics.deliveryAttempted(toQueue(), true, Attempt.FAILED);
        assertEquals(List.of("NumberOfNotificationsFailedToRedriveToDlq", "NumberOfNotificationsRedrivenToDlq"), recorded.names(NS));
    }
}
