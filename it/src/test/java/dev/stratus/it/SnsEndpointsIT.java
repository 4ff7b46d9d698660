package dev.stratus.it;

import static dev.stratus.it.TestJson.fieldNames;
import static dev.stratus.it.TestJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.SnsException;
import software.amazon.awssdk.services.sns.model.Subscription;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * SNS subscriptions of HTTP/S endpoints and email addresses through the AWS SDK for Java v2: confirmation (by the
 * SubscribeURL and by ConfirmSubscription), notifications with SNS's headers and JSON, raw delivery, retries by the
 * delivery policy and the dead-letter queue after them, and the local email outbox. The endpoint is a real HTTP server
 * in this JVM (the JDK's), which answers with the statuses a test gives it.
 *
 * <p>Where the expected answers come from:
 * <ul>
 * <li>[Docs-headers] SNS Developer Guide "HTTP/HTTPS headers": x-amz-sns-message-type (SubscriptionConfirmation,
 *     Notification, UnsubscribeConfirmation), -message-id (the original id on a retry), -topic-arn, -subscription-arn;
 *     Content-Type text/plain; charset=UTF-8 unless the delivery policy's headerContentType says otherwise; its example
 *     SubscriptionConfirmation POST carries no x-amz-sns-subscription-arn and User-Agent "Amazon Simple Notification
 *     Service Agent";</li>
 * <li>[Docs-confirm] "HTTP/HTTPS subscription confirmation JSON format": keys Type, MessageId, Token, TopicArn, Message,
 *     SubscribeURL, Timestamp, SignatureVersion, Signature, SigningCertURL, and the Message text; no notifications
 *     before confirmation;</li>
 * <li>[Docs-retries] "Amazon SNS message delivery retries": HTTP/S is retried per its delivery policy (default three
 *     retries 20 s apart), numNoDelayRetries are made at once; on exhaustion the message goes to the subscription's
 *     dead-letter queue; the SNS guide's delivery-policy page: "400 to 499 indicate permanent delivery failure";</li>
 * <li>[Docs-API] the SNS API reference (botocore 1.43): Subscribe returns the ARN of an unconfirmed subscription only
 *     with ReturnSubscriptionArn; ConfirmSubscription needs a signature only with AuthenticateOnUnsubscribe;</li>
 * <li>[AWS-token] an SNS answer recorded from AWS in a public test (ConfirmSubscription with a bad token):
 *     InvalidParameter, "Invalid parameter: Token";</li>
 * <li>[LS-sns] LocalStack's AWS-recorded snapshots (tests/aws/services/sns/test_sns.snapshot.json):
 *     test_subscribe_http_endpoint lists an unconfirmed subscription as "PendingConfirmation";
 *     test_sns_confirm_subscription_wrong_token answers a token that is not hex "Invalid token";</li>
 * <li>[AWS-endpoint] "Invalid parameter: Endpoint must match the specified protocol" and "Invalid parameter: Email
 *     address", AWS's answers as moto and LocalStack reproduce them.</li>
 * </ul>
 */
class SnsEndpointsIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();
    static final HttpClient WEB = HttpClient.newHttpClient();
    static SnsClient sns;
    static SqsClient sqs;

    /** A request the endpoint received. */
    record Post(Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> v = headers.get(name);
            return v == null ? null : v.getFirst();
        }

        JsonNode json() {
            return TestJson.json(body);
        }
    }

    HttpServer endpoint;
    final BlockingQueue<Post> posts = new LinkedBlockingQueue<>();
    /** Statuses to answer with, in turn; 200 once they are used up. */
    final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();

    @BeforeAll
    static void clients() {
        sns = Clients.sns(STRATUS.endpoint());
        sqs = Clients.sqs(STRATUS.endpoint());
    }

    @BeforeEach
    void startEndpoint() throws IOException {
        endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(exchange.getRequestHeaders());
            posts.add(new Post(headers, body));
            Integer status = statuses.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        endpoint.start();
    }

    @AfterEach
    void stopEndpoint() {
        endpoint.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/sns";
    }

    static String topic() {
        return sns.createTopic(b -> b.name("endpoints-" + UUID.randomUUID().toString().substring(0, 8))).topicArn();
    }

    Post next() throws InterruptedException {
        Post p = posts.poll(10, TimeUnit.SECONDS);
        assertTrue(p != null, "nothing was posted to the endpoint within 10 s");
        return p;
    }

    /** Waits a second for a post that must not come. */
    void nothingMore() throws InterruptedException {
        Post p = posts.poll(1, TimeUnit.SECONDS);
        assertNull(p, () -> "unexpected post: " + p.body());
    }

    static HttpResponse<String> visit(String url) throws IOException, InterruptedException {
        return WEB.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Subscribes {@link #url()} with the attributes given and confirms it by its SubscribeURL; answers the subscription ARN. */
    String confirmedSubscription(String topicArn, Map<String, String> attributes) throws Exception {
        sns.subscribe(b -> b.topicArn(topicArn).protocol("http").endpoint(url()).attributes(attributes));
        Post confirmation = next();
        assertEquals(200, visit(confirmation.json().get("SubscribeURL").asText()).statusCode());
        return sns.listSubscriptionsByTopic(b -> b.topicArn(topicArn)).subscriptions().getFirst().subscriptionArn();
    }

    static String error(String code, Runnable call) {
        SnsException e = assertThrows(SnsException.class, call::run);
        assertEquals(code, e.awsErrorDetails().errorCode(), e.awsErrorDetails().errorMessage());
        return e.statusCode() + ": " + e.awsErrorDetails().errorMessage();
    }

    @Test
    void anHttpSubscriptionIsConfirmedByItsSubscribeUrlThenGetsNotifications() throws Exception {
        String topicArn = topic();
        // [Docs-API] without ReturnSubscriptionArn an unconfirmed subscription is answered as pending.
        assertEquals("pending confirmation", sns.subscribe(b -> b.topicArn(topicArn).protocol("http").endpoint(url())).subscriptionArn());
        Subscription listed = sns.listSubscriptionsByTopic(b -> b.topicArn(topicArn)).subscriptions().getFirst();
        assertEquals("PendingConfirmation", listed.subscriptionArn()); // [LS-sns] test_subscribe_http_endpoint
        assertEquals("1", sns.getTopicAttributes(b -> b.topicArn(topicArn)).attributes().get("SubscriptionsPending"));

        Post confirmation = next();
        JsonNode c = confirmation.json();
        // [Docs-confirm] keys and message; [Docs-headers] headers, none naming the subscription yet.
        assertEquals(List.of("Type", "MessageId", "Token", "TopicArn", "Message", "SubscribeURL", "Timestamp", "SignatureVersion", "Signature",
                "SigningCertURL"), fieldNames(c));
        assertEquals("SubscriptionConfirmation", c.get("Type").asText());
        assertEquals("You have chosen to subscribe to the topic " + topicArn + ".\nTo confirm the subscription, visit the SubscribeURL included in this message.",
                c.get("Message").asText());
        assertEquals("SubscriptionConfirmation", confirmation.header("x-amz-sns-message-type"));
        assertEquals(c.get("MessageId").asText(), confirmation.header("x-amz-sns-message-id"));
        assertEquals(topicArn, confirmation.header("x-amz-sns-topic-arn"));
        assertNull(confirmation.header("x-amz-sns-subscription-arn"));
        assertEquals("text/plain; charset=UTF-8", confirmation.header("Content-Type"));
        assertEquals("Amazon Simple Notification Service Agent", confirmation.header("User-Agent"));

        // [Docs-confirm] nothing is delivered before the subscription is confirmed.
        sns.publish(b -> b.topicArn(topicArn).message("too early"));
        nothingMore();

        // Visiting the SubscribeURL, unsigned, confirms it; [Docs-API] only AuthenticateOnUnsubscribe needs a signature.
        HttpResponse<String> confirmed = visit(c.get("SubscribeURL").asText());
        assertEquals(200, confirmed.statusCode());
        String subscriptionArn = sns.listSubscriptionsByTopic(b -> b.topicArn(topicArn)).subscriptions().getFirst().subscriptionArn();
        assertTrue(confirmed.body().contains("<SubscriptionArn>" + subscriptionArn + "</SubscriptionArn>"), confirmed.body());
        Map<String, String> a = sns.getSubscriptionAttributes(b -> b.subscriptionArn(subscriptionArn)).attributes();
        assertEquals("false", a.get("PendingConfirmation"));
        assertEquals("false", a.get("ConfirmationWasAuthenticated"));
        assertEquals("1", sns.getTopicAttributes(b -> b.topicArn(topicArn)).attributes().get("SubscriptionsConfirmed"));

        String messageId = sns.publish(b -> b.topicArn(topicArn).message("hello").subject("greeting")
                .messageAttributes(Map.of("colour", MessageAttributeValue.builder().dataType("String").stringValue("blue").build()))).messageId();
        Post notification = next();
        JsonNode n = notification.json();
        assertEquals(List.of("Type", "MessageId", "TopicArn", "Subject", "Message", "Timestamp", "SignatureVersion", "Signature", "SigningCertURL",
                "UnsubscribeURL", "MessageAttributes"), fieldNames(n));
        assertEquals("Notification", n.get("Type").asText());
        assertEquals(messageId, n.get("MessageId").asText());
        assertEquals("hello", n.get("Message").asText());
        assertEquals("greeting", n.get("Subject").asText());
        assertEquals("blue", n.at("/MessageAttributes/colour/Value").asText());
        assertEquals("Notification", notification.header("x-amz-sns-message-type"));
        assertEquals(messageId, notification.header("x-amz-sns-message-id"));
        assertEquals(subscriptionArn, notification.header("x-amz-sns-subscription-arn"));

        // The UnsubscribeURL works as a plain visit too.
        assertEquals(200, visit(n.get("UnsubscribeURL").asText()).statusCode());
        assertTrue(sns.listSubscriptionsByTopic(b -> b.topicArn(topicArn)).subscriptions().isEmpty());
        sns.publish(b -> b.topicArn(topicArn).message("after"));
        nothingMore();
    }

    @Test
    void theSubscribeUrlOfATopicInAnotherRegionConfirmsToo() throws Exception {
        try (SnsClient ireland = SnsClient.builder().endpointOverride(STRATUS.endpoint()).region(software.amazon.awssdk.regions.Region.EU_WEST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("test", "test")))
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create()).build()) {
            String topicArn = ireland.createTopic(b -> b.name("endpoints-eu-" + UUID.randomUUID().toString().substring(0, 8))).topicArn();
            String arn = ireland.subscribe(b -> b.topicArn(topicArn).protocol("http").endpoint(url()).returnSubscriptionArn(true)).subscriptionArn();
            // Unsigned, the visit names no region: Stratus's one endpoint stands for sns.eu-west-1.amazonaws.com here.
            assertEquals(200, visit(next().json().get("SubscribeURL").asText()).statusCode());
            assertEquals("false", ireland.getSubscriptionAttributes(b -> b.subscriptionArn(arn)).attributes().get("PendingConfirmation"));
        }
    }

    @Test
    void confirmSubscriptionTakesTheTokenOnceForItsOwnTopic() throws Exception {
        String topicArn = topic();
        String arn = sns.subscribe(b -> b.topicArn(topicArn).protocol("http").endpoint(url()).returnSubscriptionArn(true)).subscriptionArn();
        assertEquals("true", sns.getSubscriptionAttributes(b -> b.subscriptionArn(arn)).attributes().get("PendingConfirmation"));
        String token = next().json().get("Token").asText();

        // [AWS-token] a token SNS did not issue, or issued for another topic.
        String other = topic();
        assertEquals("400: Invalid parameter: Token", error("InvalidParameter", () -> sns.confirmSubscription(b -> b.topicArn(other).token(token))));
        assertEquals("400: Invalid parameter: Token", error("InvalidParameter", () -> sns.confirmSubscription(b -> b.topicArn(topicArn).token("abcd"))));
        // [LS-sns] test_sns_confirm_subscription_wrong_token "invalid-token": one that is not even hex.
        assertEquals("400: Invalid token", error("InvalidParameter", () -> sns.confirmSubscription(b -> b.topicArn(topicArn).token("nope"))));

        assertEquals(arn, sns.confirmSubscription(b -> b.topicArn(topicArn).token(token)).subscriptionArn());
        // A signed confirmation is an authenticated one; confirming again answers the same subscription.
        assertEquals("true", sns.getSubscriptionAttributes(b -> b.subscriptionArn(arn)).attributes().get("ConfirmationWasAuthenticated"));
        assertEquals(arn, sns.confirmSubscription(b -> b.topicArn(topicArn).token(token)).subscriptionArn());

        // [AWS-endpoint] endpoints that do not fit their protocol.
        assertEquals("400: Invalid parameter: Endpoint must match the specified protocol",
                error("InvalidParameter", () -> sns.subscribe(b -> b.topicArn(topicArn).protocol("https").endpoint(url()))));
        assertEquals("400: Invalid parameter: Endpoint must match the specified protocol",
                error("InvalidParameter", () -> sns.subscribe(b -> b.topicArn(topicArn).protocol("http").endpoint("ftp://example.com/"))));
        // ".fifo" means a FIFO queue only for sqs: an HTTP endpoint may end so (the FIFO-queue refusal is [LS-sns]'s, for queues).
        assertEquals("pending confirmation", sns.subscribe(b -> b.topicArn(topicArn).protocol("http").endpoint(url() + "/orders.fifo")).subscriptionArn());
        // Stratus's own port: its posts would be API calls (Stratus's refusal, no AWS counterpart; the code only).
        String self = STRATUS.endpoint() + "/?Action=DeleteTopic&TopicArn=" + topicArn;
        error("InvalidParameter", () -> sns.subscribe(b -> b.topicArn(topicArn).protocol("http").endpoint(self)));
        error("InvalidParameter", () -> sns.subscribe(b -> b.topicArn(topicArn).protocol("http")
                .endpoint(self.replace("127.0.0.1", "localhost"))));
        assertEquals("400: Invalid parameter: Email address",
                error("InvalidParameter", () -> sns.subscribe(b -> b.topicArn(topicArn).protocol("email").endpoint("not-an-address"))));
    }

    @Test
    void rawDeliveryPostsTheMessageItselfWithTheContentTypeOfTheDeliveryPolicy() throws Exception {
        String topicArn = topic();
        String arn = confirmedSubscription(topicArn, Map.of("RawMessageDelivery", "true",
                "DeliveryPolicy", "{\"requestPolicy\":{\"headerContentType\":\"application/json\"}}"));
        String messageId = sns.publish(b -> b.topicArn(topicArn).message("{\"raw\":true}")).messageId();
        Post p = next();
        assertEquals("{\"raw\":true}", p.body());
        assertEquals("true", p.header("x-amz-sns-rawdelivery"));
        assertEquals("application/json", p.header("Content-Type")); // [Docs-headers] headerContentType
        assertEquals(messageId, p.header("x-amz-sns-message-id"));
        assertEquals(arn, p.header("x-amz-sns-subscription-arn"));
    }

    @Test
    void failedPostsAreRetriedByTheDeliveryPolicyAndA404IsNot() throws Exception {
        String topicArn = topic();
        confirmedSubscription(topicArn, Map.of("DeliveryPolicy", "{\"healthyRetryPolicy\":{\"numRetries\":2,\"numNoDelayRetries\":2}}"));
        // [Docs-retries] a 5xx fails the attempt; each retry carries the original message id.
        // [Docs-retries] 429 too: SNS retries throttling answers.
        statuses.addAll(List.of(500, 429));
        String messageId = sns.publish(b -> b.topicArn(topicArn).message("again")).messageId();
        for (int i = 0; i < 3; i++) {
            Post p = next();
            assertEquals(messageId, p.header("x-amz-sns-message-id"), "attempt " + (i + 1));
            assertEquals("again", p.json().get("Message").asText());
        }
        nothingMore();

        // [Docs-retries] "400 to 499 indicate permanent delivery failure": not retried (429 aside).
        statuses.add(404);
        sns.publish(b -> b.topicArn(topicArn).message("refused for good"));
        assertEquals("refused for good", next().json().get("Message").asText());
        nothingMore();
    }

    @Test
    void aMessageWhoseRetriesAreSpentGoesToTheDeadLetterQueue() throws Exception {
        String topicArn = topic();
        // As on AWS, the dead-letter queue's policy lets SNS send to it for this topic.
        TestQueues queues = new TestQueues(sqs);
        TestQueues.Queue dlq = queues.create("endpoints-dlq", Map.of());
        queues.allow(dlq, "sns.amazonaws.com", topicArn);
        String dlqUrl = dlq.url();
        String dlqArn = dlq.arn();
        confirmedSubscription(topicArn, Map.of("DeliveryPolicy", "{\"healthyRetryPolicy\":{\"numRetries\":1,\"numNoDelayRetries\":1}}",
                "RedrivePolicy", "{\"deadLetterTargetArn\":\"" + dlqArn + "\"}"));
        statuses.addAll(List.of(500, 500));
        String messageId = sns.publish(b -> b.topicArn(topicArn).message("lost cause")).messageId();
        next();
        next();
        List<Message> dead = sqs.receiveMessage(b -> b.queueUrl(dlqUrl).waitTimeSeconds(10)).messages();
        assertEquals(1, dead.size());
        JsonNode n = json(dead.getFirst().body());
        assertEquals(messageId, n.get("MessageId").asText());
        assertEquals("lost cause", n.get("Message").asText());
    }

    @Test
    void deliveryPoliciesAreChecked() {
        String topicArn = topic();
        // Recorded from AWS in a public test: the topic policy's numRetries limit, and an unknown member.
        assertEquals("400: Invalid parameter: DeliveryPolicy: http.defaultHealthyRetryPolicy.numRetries must be less than or equal to 100",
                error("InvalidParameter", () -> sns.setTopicAttributes(b -> b.topicArn(topicArn).attributeName("DeliveryPolicy")
                        .attributeValue("{\"http\":{\"defaultHealthyRetryPolicy\":{\"numRetries\":101}}}"))));
        assertEquals("400: Invalid parameter: DeliveryPolicy: Unexpected JSON member: throttlePolicy",
                error("InvalidParameter", () -> sns.setTopicAttributes(b -> b.topicArn(topicArn).attributeName("DeliveryPolicy")
                        .attributeValue("{\"throttlePolicy\":{\"maxReceivesPerSecond\":1}}"))));
        // Stratus's own wording below: only the code and the prefix are asserted.
        String arn = sns.subscribe(b -> b.topicArn(topicArn).protocol("http").endpoint(url()).returnSubscriptionArn(true)).subscriptionArn();
        for (String bad : List.of("{", "[]", "{\"healthyRetryPolicy\":{\"minDelayTarget\":0}}", "{\"healthyRetryPolicy\":{\"minDelayTarget\":30,\"maxDelayTarget\":20}}",
                "{\"healthyRetryPolicy\":{\"maxDelayTarget\":3601}}", "{\"healthyRetryPolicy\":{\"backoffFunction\":\"cubic\"}}",
                "{\"healthyRetryPolicy\":{\"numRetries\":1,\"numNoDelayRetries\":2}}", "{\"healthyRetryPolicy\":{\"numRetries\":-1}}")) {
            String message = error("InvalidParameter", () -> sns.setSubscriptionAttributes(b -> b.subscriptionArn(arn).attributeName("DeliveryPolicy")
                    .attributeValue(bad)));
            assertTrue(message.startsWith("400: Invalid parameter: DeliveryPolicy: "), bad + " → " + message);
        }
        assertFalse(sns.getSubscriptionAttributes(b -> b.subscriptionArn(arn)).attributes().containsKey("DeliveryPolicy"));
    }

    @Test
    void emailIsKeptInTheLocalOutbox() throws Exception {
        String topicArn = topic();
        String address = "ops-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String outbox = STRATUS.endpoint() + "/_stratus/sns/emails?address=" + address;
        String arn = sns.subscribe(b -> b.topicArn(topicArn).protocol("email").endpoint(address).returnSubscriptionArn(true)).subscriptionArn();

        JsonNode emails = json(visit(outbox).body()).get("Emails");
        assertEquals(1, emails.size());
        JsonNode confirmation = emails.get(0);
        assertEquals(address, confirmation.get("To").asText());
        assertEquals("SubscriptionConfirmation", confirmation.get("Type").asText());
        assertTrue(confirmation.get("Body").asText().contains(confirmation.get("SubscribeURL").asText()));
        assertEquals(200, visit(confirmation.get("SubscribeURL").asText()).statusCode());
        assertEquals("false", sns.getSubscriptionAttributes(b -> b.subscriptionArn(arn)).attributes().get("PendingConfirmation"));

        sns.publish(b -> b.topicArn(topicArn).message("disk almost full").subject("Alarm"));
        JsonNode notification = json(visit(outbox).body()).get("Emails").get(1);
        assertEquals("Notification", notification.get("Type").asText());
        assertEquals("Alarm", notification.get("Subject").asText());
        assertTrue(notification.get("Body").asText().startsWith("disk almost full"), notification.toString());

        HttpResponse<String> cleared = WEB.send(HttpRequest.newBuilder(URI.create(outbox)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(2, json(cleared.body()).get("Deleted").asInt());
        assertEquals(0, json(visit(outbox).body()).get("Emails").size());
    }
}
