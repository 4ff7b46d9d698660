package dev.stratus.sns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.protocol.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The retry delays a delivery policy makes, phase by phase. */
class DeliveryPolicyTest {
    static List<Integer> delays(String retry) {
        return DeliveryPolicy.effective(null, "{\"healthyRetryPolicy\":" + retry + "}").retryDelays();
    }

    @Test
    void awsDefaultIsThreeRetriesTwentySecondsApart() {
        assertEquals(List.of(20, 20, 20), DeliveryPolicy.effective(null, null).retryDelays());
    }

    @Test
    void theBackoffPhaseRunsFromMinToMaxDelayTarget() {
        // AWS's documented linear example: min 20, max 40, three retries wait 20, 30 and 40 seconds.
        assertEquals(List.of(20, 30, 40), delays("{\"minDelayTarget\":20,\"maxDelayTarget\":40,\"numRetries\":3}"));
        assertEquals(List.of(2), delays("{\"minDelayTarget\":2,\"maxDelayTarget\":6,\"numRetries\":1}"));
        // Geometric and exponential keep a constant ratio between the ends; arithmetic grows with the square of the step.
        assertEquals(List.of(1, 4, 16), delays("{\"minDelayTarget\":1,\"maxDelayTarget\":16,\"numRetries\":3,\"backoffFunction\":\"geometric\"}"));
        assertEquals(List.of(10, 15, 30), delays("{\"minDelayTarget\":10,\"maxDelayTarget\":30,\"numRetries\":3,\"backoffFunction\":\"arithmetic\"}"));
    }

    @Test
    void phasesComeInAwsOrder() {
        assertEquals(List.of(0, 0, 5, 5, 8, 10, 10), delays("{\"minDelayTarget\":5,\"maxDelayTarget\":10,\"numRetries\":7,\"numNoDelayRetries\":2,"
                + "\"numMinDelayRetries\":1,\"numMaxDelayRetries\":1}"));
    }

    @Test
    void aSubscriptionPolicyGivesWayWhenTheTopicDisablesOverrides() {
        String topic = "{\"http\":{\"defaultHealthyRetryPolicy\":{\"numRetries\":1,\"minDelayTarget\":7,\"maxDelayTarget\":7},"
                + "\"disableSubscriptionOverrides\":true}}";
        assertEquals(List.of(7), DeliveryPolicy.effective(topic, "{\"healthyRetryPolicy\":{\"numRetries\":5}}").retryDelays());
        assertEquals("application/json", DeliveryPolicy.effective(null, "{\"requestPolicy\":{\"headerContentType\":\"application/json\"}}").contentType());
    }

    @Test
    void storedPoliciesTakeAwsForm() {
        assertEquals(Json.parse("{\"http\":{\"disableSubscriptionOverrides\":false}}", Object.class),
                Json.parse(DeliveryPolicy.storedForTopic("{\"http\":{\"defaultHealthyRetryPolicy\":null}}"), Object.class));
        assertEquals(Json.parse("{\"healthyRetryPolicy\":null,\"sicklyRetryPolicy\":null,\"throttlePolicy\":null,"
                        + "\"requestPolicy\":{\"headerContentType\":\"text/csv\"},\"guaranteed\":false}", Object.class),
                Json.parse(DeliveryPolicy.storedForSubscription("{\"requestPolicy\":{\"headerContentType\":\"text/csv\"}}"), Object.class));
    }
}
