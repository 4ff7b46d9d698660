package dev.stratus.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static dev.stratus.it.TestJson.fieldNames;
import static dev.stratus.it.TestJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.it.TestQueues.Queue;
import dev.stratus.testkit.StratusExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.ListSubscriptionsByTopicResponse;
import software.amazon.awssdk.services.sns.model.ListTopicsResponse;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishBatchRequestEntry;
import software.amazon.awssdk.services.sns.model.PublishBatchResponse;
import software.amazon.awssdk.services.sns.model.PublishBatchResultEntry;
import software.amazon.awssdk.services.sns.model.PublishResponse;
import software.amazon.awssdk.services.sns.model.SnsException;
import software.amazon.awssdk.services.sns.model.Subscription;
import software.amazon.awssdk.services.sns.model.Tag;
import software.amazon.awssdk.services.sns.model.Topic;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Amazon SNS through the AWS SDK for Java v2: topics (standard and FIFO) and their attributes, listings with paging,
 * SQS and Lambda subscriptions and their attributes, Publish and PublishBatch delivering in AWS's envelope (or raw),
 * MessageStructure=json, filter policies on attributes and on the body, FIFO ordering data and deduplication, redrive to
 * a dead-letter queue, tags, and AWS's answers to bad input. HTTP/S and email subscriptions are in {@link SnsEndpointsIT}.
 *
 * <p>Where the expected answers come from (each assertion of an AWS answer cites one of these):
 * <ul>
 * <li>[LS-sns] LocalStack's AWS-recorded snapshots tests/aws/services/sns/test_sns.snapshot.json and the requests in
 *     test_sns.py that produced them (github.com/localstack/localstack, recorded against AWS 2023-08 … 2025-10; the
 *     test name is given with each citation);</li>
 * <li>[LS-filter] tests/aws/services/sns/test_sns_filter_policy.snapshot.json (recorded against AWS 2024-05);</li>
 * <li>[Docs-API] the SNS API reference as shipped in botocore 1.43's model: ListTopics / ListSubscriptions /
 *     ListSubscriptionsByTopic return "up to 100" and a NextToken; DeleteTopic "Deletes a topic and all its subscriptions
 *     … idempotent"; Publish "at most 256 KB in size (262,144 bytes, not 262,144 characters)", MessageStructure json
 *     "Non-string values will cause the key to be ignored"; CreateTopic ContentBasedDeduplication uses "a SHA-256 hash …
 *     using the body of the message"; PublishResponse SequenceNumber "continues to increase for each MessageGroupId";</li>
 * <li>[Docs-filter] SNS Developer Guide "Amazon SNS subscription filter policies", "Amazon SNS example filter policies"
 *     (its example message and the policies it accepts/rejects) and "Key matching" (exists; "exists": false needs at
 *     least one attribute);</li>
 * <li>[Lambda-event] SNS → Lambda events captured from AWS: gist mikegrima/e4e754ccf22b1aa45ed9a6e18a063ee3 (2019),
 *     gist purdy/8a8f6986a7b8fb427e1591e29ca22ec4 (2018), serverless/event-mocks sns-template.json — all with the key
 *     order EventSource, EventVersion, EventSubscriptionArn, Sns{Type, MessageId, TopicArn, Subject, Message, Timestamp,
 *     SignatureVersion, Signature, SigningCertUrl, UnsubscribeUrl, MessageAttributes}, "Subject": null without a subject
 *     and "MessageAttributes": {} without attributes (also [LS-sns] test_python_lambda_subscribe_sns_topic);</li>
 * <li>[Issue-topic-attrs] MassTransit/MassTransit#3720 (2022, against AWS): "Invalid parameter: Attributes Reason: Topic
 *     already exists with different attributes";</li>
 * <li>[Issue-fifo-name] awsdocs/aws-cloudformation-user-guide#860 and aws-cloudformation/cloudformation-coverage-roadmap#681
 *     (2020): a FIFO topic whose name lacks ".fifo" is refused with "Invalid parameter: Topic Name"; localstack PR #13714
 *     (2026-02, AWS-validated naming tests) checks a ".fifo" name without FifoTopic=true against the standard name
 *     pattern, refused the same way.</li>
 * </ul>
 * The attribute that makes a FIFO topic is {@code FifoTopic} (CreateTopic attributes in [Docs-API], every FIFO test in
 * [LS-sns]); SQS's {@code FifoQueue} is not an SNS attribute.
 */
class SnsJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();
    static final String ACCOUNT = "000000000000";
    static final String REGION = "us-east-1";
    static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    /** [LS-sns] every recorded SQS delivery of a standard topic, e.g. test_publish_message_before_subscribe_topic, test_subscribe_sqs_queue. */
    static final List<String> ENVELOPE_KEYS = List.of("Type", "MessageId", "TopicArn", "Subject", "Message", "Timestamp", "SignatureVersion",
            "Signature", "SigningCertURL", "UnsubscribeURL", "MessageAttributes");
    /** [LS-sns] test_message_to_fifo_sqs, test_publish_fifo_messages_to_dlq[False] (recorded 2023-08 and 2025-08): no signature fields. */
    static final List<String> FIFO_ENVELOPE_KEYS = List.of("Type", "MessageId", "SequenceNumber", "TopicArn", "Subject", "Message", "Timestamp",
            "UnsubscribeURL", "MessageAttributes");
    static final List<String> SUBSCRIPTION_KEYS = List.of("ConfirmationWasAuthenticated", "Endpoint", "Owner", "PendingConfirmation", "Protocol",
            "RawMessageDelivery", "SubscriptionArn", "SubscriptionPrincipal", "TopicArn");
    static SnsClient sns;
    static SqsClient sqs;
    static LambdaClient lambda;
    static CloudWatchLogsClient logs;

    @BeforeAll
    static void clients() {
        sns = Clients.sns(STRATUS.endpoint());
        sqs = Clients.sqs(STRATUS.endpoint());
        lambda = Clients.lambda(STRATUS.endpoint());
        logs = Clients.logs(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        sns.close();
        sqs.close();
        lambda.close();
        logs.close();
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String topicArn(String name) {
        return "arn:aws:sns:" + REGION + ":" + ACCOUNT + ":" + name;
    }

    static String topic(String prefix) {
        return sns.createTopic(b -> b.name(unique(prefix))).topicArn();
    }

    static String fifoTopic(String prefix, boolean contentBasedDeduplication) {
        return sns.createTopic(b -> b.name(unique(prefix) + ".fifo")
                .attributes(Map.of("FifoTopic", "true", "ContentBasedDeduplication", String.valueOf(contentBasedDeduplication)))).topicArn();
    }

    static Queue queue(String prefix, Map<QueueAttributeName, String> attributes) {
        return new TestQueues(sqs).createFor("sns.amazonaws.com", prefix, attributes);
    }

    static Queue queue(String prefix) {
        return queue(prefix, Map.of());
    }

    static String subscribe(String topicArn, Queue q, Map<String, String> attributes) {
        return sns.subscribe(b -> b.topicArn(topicArn).protocol("sqs").endpoint(q.arn()).attributes(attributes).returnSubscriptionArn(true)).subscriptionArn();
    }

    static String subscribe(String topicArn, Queue q) {
        return subscribe(topicArn, q, Map.of());
    }

    static MessageAttributeValue string(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }

    static MessageAttributeValue number(String value) {
        return MessageAttributeValue.builder().dataType("Number").stringValue(value).build();
    }

    static MessageAttributeValue binary(byte[] value) {
        return MessageAttributeValue.builder().dataType("Binary").binaryValue(SdkBytes.fromByteArray(value)).build();
    }

    static MessageAttributeValue stringArray(String value) {
        return MessageAttributeValue.builder().dataType("String.Array").stringValue(value).build();
    }

    /** The messages that reach the queue: waits (at most 20 s) for {@code expected}, then takes whatever else is already there. */
    static List<Message> receive(Queue q, int expected) {
        List<Message> got = new ArrayList<>();
        long until = System.currentTimeMillis() + 20_000;
        while (got.size() < expected && System.currentTimeMillis() < until) {
            got.addAll(take(q, 1));
        }
        got.addAll(take(q, 0));
        return got;
    }

    /** Waits one second for anything at all: for a queue that must have received nothing. */
    static List<Message> nothingMore(Queue q) {
        return take(q, 1);
    }

    private static List<Message> take(Queue q, int waitSeconds) {
        List<Message> ms = sqs.receiveMessage(b -> b.queueUrl(q.url()).maxNumberOfMessages(10).waitTimeSeconds(waitSeconds)
                .messageAttributeNames("All").messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
        for (Message m : ms) {
            sqs.deleteMessage(b -> b.queueUrl(q.url()).receiptHandle(m.receiptHandle()));
        }
        return ms;
    }

    static List<String> bodies(Queue q, int expected) {
        return receive(q, expected).stream().map(Message::body).toList();
    }

    /** "status code: message" of a refused call, after checking the error code. */
    static String error(String code, Runnable call) {
        SnsException e = assertThrows(SnsException.class, call::run);
        assertEquals(code, e.awsErrorDetails().errorCode(), e.awsErrorDetails().errorMessage());
        return e.statusCode() + ": " + e.awsErrorDetails().errorMessage();
    }

    static <T> T eventually(Supplier<T> value, java.util.function.Predicate<T> done, String what) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        T v = value.get();
        while (!done.test(v) && System.currentTimeMillis() < until) {
            Thread.sleep(50);
            v = value.get();
        }
        assertTrue(done.test(v), what + ": " + v);
        return v;
    }

    /** Checks a standard topic's SQS envelope, in [LS-sns]'s key order; Subject and MessageAttributes only when given. */
    static void assertEnvelope(JsonNode n, String messageId, String topicArn, String subscriptionArn, String subject, String message) {
        List<String> keys = new ArrayList<>(ENVELOPE_KEYS);
        if (subject == null) {
            keys.remove("Subject");
        }
        if (!n.has("MessageAttributes")) {
            keys.remove("MessageAttributes");
        }
        assertEquals(keys, fieldNames(n), n.toString());
        assertEquals("Notification", n.get("Type").asText());
        assertEquals(messageId, n.get("MessageId").asText());
        assertEquals(topicArn, n.get("TopicArn").asText());
        if (subject != null) {
            assertEquals(subject, n.get("Subject").asText());
        }
        assertEquals(message, n.get("Message").asText());
        // [LS-sns] and [Lambda-event]: "2019-08-20T18:47:13.322Z" — milliseconds and a Z.
        String ts = n.get("Timestamp").asText();
        assertTrue(ts.matches(TIMESTAMP), ts);
        assertTrue(Math.abs(Instant.parse(ts).getEpochSecond() - Instant.now().getEpochSecond()) < 60, ts);
        // [LS-sns] test_publish_sqs_verify_signature[1]: SignatureVersion "1" by default; a base64 signature; the
        // certificate at <domain>/SimpleNotificationService-<file>.pem; UnsubscribeURL <domain>/?Action=Unsubscribe&SubscriptionArn=<arn>.
        assertEquals("1", n.get("SignatureVersion").asText());
        assertFalse(n.get("Signature").asText().isEmpty());
        Base64.getDecoder().decode(n.get("Signature").asText());
        String cert = n.get("SigningCertURL").asText();
        assertTrue(cert.contains("/SimpleNotificationService-") && cert.endsWith(".pem"), cert);
        String unsubscribe = n.get("UnsubscribeURL").asText();
        assertTrue(unsubscribe.endsWith("/?Action=Unsubscribe&SubscriptionArn=" + subscriptionArn), unsubscribe);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Topics
    // ---------------------------------------------------------------------------------------------

    /** [LS-sns] test_create_topic_test_arn (2025-09), test_topic_get_attributes_with_fifo_false. */
    static final String DEFAULT_EFFECTIVE_DELIVERY_POLICY = "{\"http\":{\"defaultHealthyRetryPolicy\":{\"minDelayTarget\":20,\"maxDelayTarget\":20,"
            + "\"numRetries\":3,\"numMaxDelayRetries\":0,\"numNoDelayRetries\":0,\"numMinDelayRetries\":0,\"backoffFunction\":\"linear\"},"
            + "\"disableSubscriptionOverrides\":false,\"defaultRequestPolicy\":{\"headerContentType\":\"text/plain; charset=UTF-8\"}}}";

    static String defaultPolicy(String topicArn) {
        return "{\"Version\":\"2008-10-17\",\"Id\":\"__default_policy_ID\",\"Statement\":[{\"Sid\":\"__default_statement_ID\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"*\"},\"Action\":[\"SNS:GetTopicAttributes\",\"SNS:SetTopicAttributes\",\"SNS:AddPermission\","
                + "\"SNS:RemovePermission\",\"SNS:DeleteTopic\",\"SNS:Subscribe\",\"SNS:ListSubscriptionsByTopic\",\"SNS:Publish\"],"
                + "\"Resource\":\"" + topicArn + "\",\"Condition\":{\"StringEquals\":{\"AWS:SourceOwner\":\"" + ACCOUNT + "\"}}}]}";
    }

    @Test
    void aStandardTopicHasItsArnAndAwsDefaultAttributes() {
        String name = unique("standard");
        String arn = sns.createTopic(b -> b.name(name)).topicArn();
        assertEquals(topicArn(name), arn);
        Map<String, String> a = sns.getTopicAttributes(b -> b.topicArn(arn)).attributes();
        // [LS-sns] test_create_topic_test_arn "get-topic-attrs" (2025-09-29): exactly these attributes; no FifoTopic on a standard topic.
        assertEquals(new TreeSet<>(List.of("DisplayName", "EffectiveDeliveryPolicy", "Owner", "Policy", "SubscriptionsConfirmed", "SubscriptionsDeleted",
                "SubscriptionsPending", "TopicArn")), new TreeSet<>(a.keySet()), a.toString());
        assertEquals("", a.get("DisplayName"));
        assertEquals(ACCOUNT, a.get("Owner"));
        assertEquals(arn, a.get("TopicArn"));
        assertEquals("0", a.get("SubscriptionsConfirmed"));
        assertEquals("0", a.get("SubscriptionsPending"));
        assertEquals("0", a.get("SubscriptionsDeleted"));
        assertEquals(json(defaultPolicy(arn)), json(a.get("Policy")));
        assertEquals(json(DEFAULT_EFFECTIVE_DELIVERY_POLICY), json(a.get("EffectiveDeliveryPolicy")));
    }

    @Test
    void aFifoTopicIsMadeWithFifoTopicAndADotFifoName() {
        String name = unique("orders") + ".fifo";
        String arn = sns.createTopic(b -> b.name(name).attributes(Map.of("FifoTopic", "true", "ContentBasedDeduplication", "true",
                "DisplayName", "Orders"))).topicArn();
        assertEquals(topicArn(name), arn);
        Map<String, String> a = sns.getTopicAttributes(b -> b.topicArn(arn)).attributes();
        // [LS-sns] test_publish_fifo_messages_to_dlq "topic-attrs": FifoTopic and ContentBasedDeduplication join the standard set.
        assertEquals(new TreeSet<>(List.of("ContentBasedDeduplication", "DisplayName", "EffectiveDeliveryPolicy", "FifoTopic", "Owner", "Policy",
                "SubscriptionsConfirmed", "SubscriptionsDeleted", "SubscriptionsPending", "TopicArn")), new TreeSet<>(a.keySet()), a.toString());
        assertEquals("true", a.get("FifoTopic"));
        assertEquals("true", a.get("ContentBasedDeduplication"));
        assertEquals("Orders", a.get("DisplayName"));
        // [LS-sns] test_publish_fifo_messages_to_dlq: ContentBasedDeduplication defaults to "false".
        String plain = fifoTopic("plain", false);
        assertEquals("false", sns.getTopicAttributes(b -> b.topicArn(plain)).attributes().get("ContentBasedDeduplication"));
    }

    @Test
    void createTopicIsIdempotentAndRefusesDifferentAttributesOrTags() {
        String name = unique("idem");
        String arn = sns.createTopic(b -> b.name(name).attributes(Map.of("DisplayName", "AlreadySet"))).topicArn();
        // [LS-sns] test_create_topic_should_be_idempotent (2025-09): the same name answers the same topic, attributes unchanged.
        assertEquals(arn, sns.createTopic(b -> b.name(name).attributes(Map.of("DisplayName", "AlreadySet"))).topicArn());
        assertEquals(arn, sns.createTopic(b -> b.name(name)).topicArn());
        assertEquals("AlreadySet", sns.getTopicAttributes(b -> b.topicArn(arn)).attributes().get("DisplayName"));
        // [Issue-topic-attrs]
        assertEquals("400: Invalid parameter: Attributes Reason: Topic already exists with different attributes",
                error("InvalidParameter", () -> sns.createTopic(b -> b.name(name).attributes(Map.of("DisplayName", "Other")))));
        assertEquals("AlreadySet", sns.getTopicAttributes(b -> b.topicArn(arn)).attributes().get("DisplayName"));

        // [LS-sns] test_create_duplicate_topic_with_more_tags: a topic made without tags, asked for again with one.
        assertEquals("400: Invalid parameter: Tags Reason: Topic already exists with different tags",
                error("InvalidParameter", () -> sns.createTopic(b -> b.name(name).tags(Tag.builder().key("key1").value("value1").build()))));
        // [LS-sns] test_create_duplicate_topic_check_idempotency: the same tags, a subset of them or none answer the same ARN.
        String tagged = unique("tagged");
        Tag a = Tag.builder().key("a").value("1").build();
        Tag bTag = Tag.builder().key("b").value("2").build();
        String taggedArn = sns.createTopic(b -> b.name(tagged).tags(a, bTag)).topicArn();
        assertEquals(taggedArn, sns.createTopic(b -> b.name(tagged).tags(a, bTag)).topicArn());
        assertEquals(taggedArn, sns.createTopic(b -> b.name(tagged).tags(a)).topicArn());
        assertEquals(taggedArn, sns.createTopic(b -> b.name(tagged).tags(List.of())).topicArn());
    }

    @Test
    void topicNamesAreCheckedAsAwsDoes() {
        // [LS-sns] test_create_topic_name_constraints (2025-09): 256 characters are fine, 257 or none or any of these characters are not.
        String longest = "a".repeat(256 - 9) + UUID.randomUUID().toString().substring(0, 8) + "x";
        assertEquals(topicArn(longest), sns.createTopic(b -> b.name(longest)).topicArn());
        List<String> bad = new ArrayList<>(List.of("a".repeat(257), "", "bad:name", "bad;name", "bad!name", "bad@name", "bad|name", "bad^name",
                "bad%name", "bad name"));
        for (String name : bad) {
            assertEquals("400: Invalid parameter: Topic Name", error("InvalidParameter", () -> sns.createTopic(b -> b.name(name))), name);
        }
        // [Issue-fifo-name]: FifoTopic=true needs the .fifo suffix, and a .fifo name needs FifoTopic=true.
        String plain = unique("nosuffix");
        assertEquals("400: Invalid parameter: Topic Name",
                error("InvalidParameter", () -> sns.createTopic(b -> b.name(plain).attributes(Map.of("FifoTopic", "true")))));
        String fifoName = unique("suffix") + ".fifo";
        assertEquals("400: Invalid parameter: Topic Name", error("InvalidParameter", () -> sns.createTopic(b -> b.name(fifoName))));
        assertTrue(listAllTopics().stream().noneMatch(t -> t.endsWith(":" + plain) || t.endsWith(":" + fifoName)), "nothing refused was created");
    }

    static List<String> listAllTopics() {
        List<String> all = new ArrayList<>();
        String token = null;
        do {
            String t = token;
            ListTopicsResponse page = sns.listTopics(b -> b.nextToken(t));
            page.topics().stream().map(Topic::topicArn).forEach(all::add);
            token = page.nextToken();
        } while (token != null);
        return all;
    }

    @Test
    void listTopicsPagesByAHundred() {
        String prefix = unique("page");
        Set<String> mine = new TreeSet<>();
        for (int i = 0; i < 101; i++) {
            int n = i;
            mine.add(sns.createTopic(b -> b.name(prefix + "-" + n)).topicArn());
        }
        // [Docs-API] ListTopics: "Each call returns a limited list of topics, up to 100. If there are more topics, a NextToken is also returned."
        ListTopicsResponse first = sns.listTopics(b -> { });
        assertEquals(100, first.topics().size());
        assertNotNull(first.nextToken());
        List<String> all = listAllTopics();
        assertEquals(all.size(), new TreeSet<>(all).size(), "no topic is listed twice");
        assertTrue(all.containsAll(mine), "every topic is listed once the pages are followed");
        for (String arn : mine) {
            sns.deleteTopic(b -> b.topicArn(arn));
        }
        List<String> after = listAllTopics();
        assertTrue(mine.stream().noneMatch(after::contains));
    }

    @Test
    void setTopicAttributesChangesWhatGetTopicAttributesAnswers() {
        String arn = topic("set");
        sns.setTopicAttributes(b -> b.topicArn(arn).attributeName("DisplayName").attributeValue("Shown"));
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"publish\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"events.amazonaws.com\"},"
                + "\"Action\":\"sns:Publish\",\"Resource\":\"" + arn + "\"}]}";
        sns.setTopicAttributes(b -> b.topicArn(arn).attributeName("Policy").attributeValue(policy));
        // [LS-sns] test_topic_delivery_policy_crud (2024-10): the DeliveryPolicy as set, and the effective one with AWS's defaults filled in.
        String delivery = "{\"http\":{\"defaultHealthyRetryPolicy\":{\"minDelayTarget\":5,\"maxDelayTarget\":6,\"numRetries\":1},"
                + "\"disableSubscriptionOverrides\":false}}";
        sns.setTopicAttributes(b -> b.topicArn(arn).attributeName("DeliveryPolicy").attributeValue(delivery));
        Map<String, String> a = sns.getTopicAttributes(b -> b.topicArn(arn)).attributes();
        assertEquals("Shown", a.get("DisplayName"));
        assertEquals(json(policy), json(a.get("Policy")));
        assertEquals(json(delivery), json(a.get("DeliveryPolicy")));
        assertEquals(json("{\"http\":{\"defaultHealthyRetryPolicy\":{\"minDelayTarget\":5,\"maxDelayTarget\":6,\"numRetries\":1,\"numMaxDelayRetries\":0,"
                + "\"numNoDelayRetries\":0,\"numMinDelayRetries\":0,\"backoffFunction\":\"linear\"},\"disableSubscriptionOverrides\":false,"
                + "\"defaultRequestPolicy\":{\"headerContentType\":\"text/plain; charset=UTF-8\"}}}"), json(a.get("EffectiveDeliveryPolicy")));
        // [LS-sns] test_topic_delivery_policy_crud "get-topic-attrs-after-delete": an empty DeliveryPolicy removes it.
        sns.setTopicAttributes(b -> b.topicArn(arn).attributeName("DeliveryPolicy").attributeValue(""));
        Map<String, String> cleared = sns.getTopicAttributes(b -> b.topicArn(arn)).attributes();
        assertFalse(cleared.containsKey("DeliveryPolicy"), cleared.toString());
        assertEquals(json(DEFAULT_EFFECTIVE_DELIVERY_POLICY), json(cleared.get("EffectiveDeliveryPolicy")));

        // [LS-sns] test_topic_get_attributes_with_fifo_false "set-fifo-false-after-creation".
        assertEquals("400: Invalid parameter: AttributeName",
                error("InvalidParameter", () -> sns.setTopicAttributes(b -> b.topicArn(arn).attributeName("FifoTopic").attributeValue("false"))));
        // [LS-sns] test_create_topic_with_attributes "get-attrs-nonexistent-topic".
        String missing = topicArn(unique("missing"));
        assertEquals("404: Topic does not exist", error("NotFound",
                () -> sns.setTopicAttributes(b -> b.topicArn(missing).attributeName("DisplayName").attributeValue("x"))));
    }

    @Test
    void aMissingOrMalformedTopicIsRefused() {
        String missing = topicArn(unique("missing"));
        // [LS-sns] test_create_topic_with_attributes, test_unknown_topic_publish, test_subscribe_unknown_topic (2025-10),
        // test_publish_batch_messages_without_topic: NotFound, 404, "Topic does not exist".
        assertEquals("404: Topic does not exist", error("NotFound", () -> sns.getTopicAttributes(b -> b.topicArn(missing))));
        assertEquals("404: Topic does not exist", error("NotFound", () -> sns.publish(b -> b.topicArn(missing).message("m"))));
        Queue q = queue("missing");
        assertEquals("404: Topic does not exist", error("NotFound",
                () -> sns.subscribe(b -> b.topicArn(missing).protocol("sqs").endpoint(q.arn()))));
        assertEquals("404: Topic does not exist", error("NotFound", () -> sns.publishBatch(b -> b.topicArn(missing)
                .publishBatchRequestEntries(PublishBatchRequestEntry.builder().id("1").message("m").build()))));
        // [LS-sns] test_create_topic_with_attributes "get-attrs-malformed-topic", test_publish_wrong_arn_format.
        assertEquals("400: Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1",
                error("InvalidParameter", () -> sns.getTopicAttributes(b -> b.topicArn("test-topic"))));
        assertEquals("400: Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 2",
                error("InvalidParameter", () -> sns.publish(b -> b.topicArn("randomstring:1").message("m"))));
    }

    @Test
    void deleteTopicRemovesItAndItsSubscriptionsAndIsIdempotent() throws Exception {
        String arn = topic("delete");
        Queue q = queue("delete");
        String sub = subscribe(arn, q);
        sns.deleteTopic(b -> b.topicArn(arn));
        // [LS-sns] test_create_topic_test_arn "topic-not-exists".
        assertEquals("404: Topic does not exist", error("NotFound", () -> sns.getTopicAttributes(b -> b.topicArn(arn))));
        // [LS-sns] test_delete_topic_idempotency, test_delete_non_existent_topic (2025-09); [Docs-API] DeleteTopic.
        sns.deleteTopic(b -> b.topicArn(arn));
        // [Docs-API] DeleteTopic "Deletes a topic and all its subscriptions".
        eventually(() -> allSubscriptions().stream().map(Subscription::subscriptionArn).toList(), l -> !l.contains(sub), "subscriptions left");
    }

    // ---------------------------------------------------------------------------------------------
    // Subscriptions
    // ---------------------------------------------------------------------------------------------

    static List<Subscription> allSubscriptions() {
        List<Subscription> all = new ArrayList<>();
        String token = null;
        do {
            String t = token;
            var page = sns.listSubscriptions(b -> b.nextToken(t));
            all.addAll(page.subscriptions());
            token = page.nextToken();
        } while (token != null);
        return all;
    }

    @Test
    void anSqsSubscriptionIsConfirmedAtOnceAndListed() throws Exception {
        String arn = topic("subs");
        Queue q = queue("subs");
        String sub = subscribe(arn, q);
        // [LS-sns] test_list_subscriptions (2025-10): <topic ARN>:<uuid>.
        assertTrue(sub.matches(java.util.regex.Pattern.quote(arn) + ":" + UUID_PATTERN), sub);
        Map<String, String> a = sns.getSubscriptionAttributes(b -> b.subscriptionArn(sub)).attributes();
        // [LS-sns] test_not_found_error_on_set_subscription_attributes "sub-attrs" (2025-10).
        assertEquals(new TreeSet<>(SUBSCRIPTION_KEYS), new TreeSet<>(a.keySet()), a.toString());
        assertEquals("true", a.get("ConfirmationWasAuthenticated"));
        assertEquals(q.arn(), a.get("Endpoint"));
        assertEquals(ACCOUNT, a.get("Owner"));
        assertEquals("false", a.get("PendingConfirmation"));
        assertEquals("sqs", a.get("Protocol"));
        assertEquals("false", a.get("RawMessageDelivery"));
        assertEquals(sub, a.get("SubscriptionArn"));
        assertTrue(a.get("SubscriptionPrincipal").startsWith("arn:aws:iam::" + ACCOUNT + ":"), a.get("SubscriptionPrincipal"));
        assertEquals(arn, a.get("TopicArn"));

        // [LS-sns] "subscriptions-for-topic-before-unsub": Endpoint, Owner, Protocol, SubscriptionArn, TopicArn.
        List<Subscription> byTopic = sns.listSubscriptionsByTopic(b -> b.topicArn(arn)).subscriptions();
        assertEquals(List.of(Subscription.builder().endpoint(q.arn()).owner(ACCOUNT).protocol("sqs").subscriptionArn(sub).topicArn(arn).build()), byTopic);
        assertTrue(allSubscriptions().contains(byTopic.get(0)));
        // The topic counts its confirmed subscription (GetTopicAttributes SubscriptionsConfirmed, [Docs-API]).
        eventually(() -> sns.getTopicAttributes(b -> b.topicArn(arn)).attributes().get("SubscriptionsConfirmed"), "1"::equals, "SubscriptionsConfirmed");
        assertEquals("0", sns.getTopicAttributes(b -> b.topicArn(arn)).attributes().get("SubscriptionsPending"));
    }

    @Test
    void subscribeIsIdempotentForTheSameEndpointAndAttributes() {
        String arn = topic("idem-sub");
        Queue q = queue("idem-sub");
        // [LS-sns] test_subscribe_idempotency (2025-10).
        String sub = subscribe(arn, q, Map.of("RawMessageDelivery", "true"));
        assertEquals(sub, subscribe(arn, q, Map.of("RawMessageDelivery", "true")));
        assertEquals(sub, subscribe(arn, q, Map.of("RawMessageDelivery", "true", "FilterPolicyScope", "MessageAttributes")));
        assertEquals(sub, subscribe(arn, q, Map.of()));
        assertEquals(sub, subscribe(arn, q, Map.of("FilterPolicyScope", "MessageAttributes")));
        assertEquals("400: Invalid parameter: Attributes Reason: Subscription already exists with different attributes",
                error("InvalidParameter", () -> subscribe(arn, q, Map.of("RawMessageDelivery", "false", "FilterPolicyScope", "MessageBody"))));
        assertEquals(1, sns.listSubscriptionsByTopic(b -> b.topicArn(arn)).subscriptions().size());
    }

    @Test
    void subscriptionAttributesAreValidatedAsAwsDoes() {
        String arn = topic("sub-attrs");
        Queue q = queue("sub-attrs");
        // [LS-sns] test_create_subscriptions_with_attributes "subscribe-wrong-attr" and "get-attrs": the value is read case-insensitively.
        assertEquals("400: Invalid parameter: Attributes Reason: RawMessageDelivery: Invalid value [wrongvalue]. Must be true or false.",
                error("InvalidParameter", () -> subscribe(arn, q, Map.of("RawMessageDelivery", "wrongvalue"))));
        String sub = subscribe(arn, q, Map.of("RawMessageDelivery", "TrUe"));
        assertEquals("true", sns.getSubscriptionAttributes(b -> b.subscriptionArn(sub)).attributes().get("RawMessageDelivery"));

        // [LS-sns] test_validate_set_sub_attributes (2025-10).
        assertEquals("400: Invalid parameter: AttributeName", error("InvalidParameter",
                () -> sns.setSubscriptionAttributes(b -> b.subscriptionArn(sub).attributeName("FakeAttribute").attributeValue("test-value"))));
        assertEquals("400: Invalid parameter: RawMessageDelivery: Invalid value [test-ValUe]. Must be true or false.", error("InvalidParameter",
                () -> sns.setSubscriptionAttributes(b -> b.subscriptionArn(sub).attributeName("RawMessageDelivery").attributeValue("test-ValUe"))));
        assertEquals("400: Invalid parameter: RedrivePolicy: deadLetterTargetArn is an invalid arn", error("InvalidParameter",
                () -> sns.setSubscriptionAttributes(b -> b.subscriptionArn(sub).attributeName("RedrivePolicy")
                        .attributeValue("{\"deadLetterTargetArn\": \"fake-arn\"}"))));
        // AWS appends the JSON parser's own words; the test there asserts the prefix, so does this one.
        String redrive = error("InvalidParameter", () -> sns.setSubscriptionAttributes(b -> b.subscriptionArn(sub).attributeName("RedrivePolicy")
                .attributeValue("{invalidjson}")));
        assertTrue(redrive.startsWith("400: Invalid parameter: RedrivePolicy: failed to parse JSON."), redrive);
        String filter = error("InvalidParameter", () -> sns.setSubscriptionAttributes(b -> b.subscriptionArn(sub).attributeName("FilterPolicy")
                .attributeValue("{invalidjson}")));
        assertTrue(filter.startsWith("400: Invalid parameter: FilterPolicy: failed to parse JSON."), filter);
        // [LS-sns] test_subscribe_invalid_filter_policy (2025-10): through Subscribe the reason is prefixed with "Attributes Reason:".
        String subscribeFilter = error("InvalidParameter", () -> subscribe(arn, queue("bad-filter"), Map.of("FilterPolicy", "invalid")));
        assertTrue(subscribeFilter.startsWith("400: Invalid parameter: Attributes Reason: FilterPolicy: failed to parse JSON."), subscribeFilter);
        // [LS-filter] test_validate_policy "error-condition-operator" (AWS appends "\n at [Source: ...]").
        String operator = error("InvalidParameter", () -> subscribe(arn, queue("bad-op"), Map.of("FilterPolicy", "{\"key\":[{\"wrong-operator\":true}]}")));
        assertTrue(operator.startsWith("400: Invalid parameter: Attributes Reason: FilterPolicy: Unrecognized match type wrong-operator"), operator);
        // [LS-filter] test_set_subscription_filter_policy_scope "sub-attrs-filter-scope-error".
        assertEquals("400: Invalid parameter: FilterPolicyScope: Invalid value [RandomValue]. Please use either MessageBody or MessageAttributes",
                error("InvalidParameter", () -> sns.setSubscriptionAttributes(b -> b.subscriptionArn(sub).attributeName("FilterPolicyScope")
                        .attributeValue("RandomValue"))));
        // [LS-filter] test_sub_filter_policy_nested_property "sub-filter-policy-nested-error".
        assertEquals("400: Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy",
                error("InvalidParameter", () -> sns.setSubscriptionAttributes(b -> b.subscriptionArn(sub).attributeName("FilterPolicy")
                        .attributeValue("{\"object\":{\"key\":[{\"prefix\":\"auto-\"}]}}"))));

        // [LS-sns] test_subscribe_sqs_queue and [LS-filter] test_set_subscription_filter_policy_scope: FilterPolicyScope is shown
        // (MessageAttributes by default) once there is a FilterPolicy, and not before.
        assertFalse(sns.getSubscriptionAttributes(b -> b.subscriptionArn(sub)).attributes().containsKey("FilterPolicyScope"));
        String policy = "{\"attr1\":[{\"numeric\":[\">\",0,\"<=\",100]}]}";
        sns.setSubscriptionAttributes(b -> b.subscriptionArn(sub).attributeName("FilterPolicy").attributeValue(policy));
        Map<String, String> a = sns.getSubscriptionAttributes(b -> b.subscriptionArn(sub)).attributes();
        assertEquals(json(policy), json(a.get("FilterPolicy")));
        assertEquals("MessageAttributes", a.get("FilterPolicyScope"));
        // [LS-sns] test_redrive_policy_lambda_subscription "subscription-attributes": RedrivePolicy as set.
        Queue dlq = queue("dlq");
        sns.setSubscriptionAttributes(b -> b.subscriptionArn(sub).attributeName("RedrivePolicy")
                .attributeValue("{\"deadLetterTargetArn\":\"" + dlq.arn() + "\"}"));
        assertEquals(json("{\"deadLetterTargetArn\":\"" + dlq.arn() + "\"}"),
                json(sns.getSubscriptionAttributes(b -> b.subscriptionArn(sub)).attributes().get("RedrivePolicy")));
    }

    @Test
    void subscribeRefusesEndpointsThatAreNotSqsArnsAndFifoQueuesOnStandardTopics() {
        String arn = topic("endpoints");
        Queue q = queue("endpoints");
        // [LS-sns] test_subscribe_to_sqs_with_queue_url, test_subscribe_unknown_sqs_queue "subscribe-unknown-sqs-invalid_arn" (2025-10).
        assertEquals("400: Invalid parameter: SQS endpoint ARN",
                error("InvalidParameter", () -> sns.subscribe(b -> b.topicArn(arn).protocol("sqs").endpoint(q.url()))));
        // [LS-sns] test_subscribe_unknown_sqs_queue "subscribe-unknown-sqs" (2025-10): a well-formed ARN of a queue that does not exist is accepted.
        String nowhere = "arn:aws:sqs:" + REGION + ":" + ACCOUNT + ":" + unique("no-such-queue");
        assertTrue(sns.subscribe(b -> b.topicArn(arn).protocol("sqs").endpoint(nowhere).returnSubscriptionArn(true)).subscriptionArn().startsWith(arn + ":"));
        // [LS-sns] test_validations_for_fifo "not-fifo-topic" (2025-08): AWS says "Invalid parameter: " twice.
        Queue fifo = queue("fifo-q", Map.of(QueueAttributeName.FIFO_QUEUE, "true"));
        assertEquals("400: Invalid parameter: Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics",
                error("InvalidParameter", () -> subscribe(arn, fifo)));
        // [LS-sns] test_subscribe_with_invalid_protocol (2025-10).
        assertEquals("400: Invalid parameter: Amazon SNS does not support this protocol string: test-protocol",
                error("InvalidParameter", () -> sns.subscribe(b -> b.topicArn(arn).protocol("test-protocol").endpoint("localstack@yopmail.com"))));
    }

    @Test
    void protocolsStratusCannotDeliverToAreRefused() {
        String arn = topic("protocols");
        // Stratus cannot send SMS or mobile pushes, nor reach Firehose, and refuses them with InvalidParameter (not an AWS fact: only code and status are asserted).
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("sms", "+15555550100");
        endpoints.put("application", "arn:aws:sns:us-east-1:000000000000:endpoint/GCM/app/" + UUID.randomUUID());
        endpoints.put("firehose", "arn:aws:firehose:us-east-1:000000000000:deliverystream/stream");
        for (var e : endpoints.entrySet()) {
            SnsException x = assertThrows(SnsException.class, () -> sns.subscribe(b -> b.topicArn(arn).protocol(e.getKey()).endpoint(e.getValue())
                    .attributes(e.getKey().equals("firehose") ? Map.of("SubscriptionRoleArn", "arn:aws:iam::000000000000:role/firehose") : Map.of())),
                    e.getKey());
            assertEquals("InvalidParameter", x.awsErrorDetails().errorCode(), e.getKey());
            assertEquals(400, x.statusCode(), e.getKey());
        }
        assertTrue(sns.listSubscriptionsByTopic(b -> b.topicArn(arn)).subscriptions().isEmpty());
    }

    @Test
    void listSubscriptionsByTopicPagesByAHundred() {
        String arn = topic("sub-pages");
        Set<String> subs = new TreeSet<>();
        for (int i = 0; i < 101; i++) {
            String endpoint = "arn:aws:sqs:" + REGION + ":" + ACCOUNT + ":pages-" + i + "-" + UUID.randomUUID().toString().substring(0, 8);
            subs.add(sns.subscribe(b -> b.topicArn(arn).protocol("sqs").endpoint(endpoint).returnSubscriptionArn(true)).subscriptionArn());
        }
        // [LS-sns] test_list_subscriptions_by_topic_pagination (2025-10): 100 on the first page with a NextToken, the last one on the second without.
        ListSubscriptionsByTopicResponse first = sns.listSubscriptionsByTopic(b -> b.topicArn(arn));
        assertEquals(100, first.subscriptions().size());
        assertNotNull(first.nextToken());
        ListSubscriptionsByTopicResponse second = sns.listSubscriptionsByTopic(b -> b.topicArn(arn).nextToken(first.nextToken()));
        assertEquals(1, second.subscriptions().size());
        assertNull(second.nextToken());
        Set<String> listed = new TreeSet<>();
        first.subscriptions().forEach(s -> listed.add(s.subscriptionArn()));
        second.subscriptions().forEach(s -> listed.add(s.subscriptionArn()));
        assertEquals(subs, listed);
        // [LS-sns] same test: ListSubscriptions also pages by 100 ([Docs-API] ListSubscriptions).
        var all = sns.listSubscriptions(b -> { });
        assertNotNull(all.nextToken());
        assertEquals(100, all.subscriptions().size());
        sns.deleteTopic(b -> b.topicArn(arn));
    }

    @Test
    void unsubscribeStopsDeliveryAndIsIdempotent() throws Exception {
        String arn = topic("unsub");
        Queue q = queue("unsub");
        Queue control = queue("control");
        String sub = subscribe(arn, q);
        subscribe(arn, control);
        sns.unsubscribe(b -> b.subscriptionArn(sub));
        // [LS-sns] "subscriptions-for-topic-after-unsub" and "sub-not-found" (2025-10): NotFound, 404, "Subscription does not exist".
        assertEquals(1, sns.listSubscriptionsByTopic(b -> b.topicArn(arn)).subscriptions().size());
        assertEquals("404: Subscription does not exist", error("NotFound",
                () -> sns.setSubscriptionAttributes(b -> b.subscriptionArn(sub).attributeName("RawMessageDelivery").attributeValue("true"))));
        assertEquals("404: Subscription does not exist", error("NotFound", () -> sns.getSubscriptionAttributes(b -> b.subscriptionArn(sub))));
        // [LS-sns] test_unsubscribe_from_non_existing_subscription, test_unsubscribe_idempotency (2025-10): a second Unsubscribe succeeds.
        sns.unsubscribe(b -> b.subscriptionArn(sub));
        // [LS-sns] test_unsubscribe_wrong_arn_format (2025-10).
        assertEquals("400: Invalid parameter: SubscriptionArn Reason: An ARN must have at least 6 elements, not 1",
                error("InvalidParameter", () -> sns.unsubscribe(b -> b.subscriptionArn("randomstring"))));
        assertEquals("400: Invalid parameter: SubscriptionId",
                error("InvalidParameter", () -> sns.unsubscribe(b -> b.subscriptionArn("arn:aws:sns:us-east-1:" + ACCOUNT + ":random"))));

        String id = sns.publish(b -> b.topicArn(arn).message("after unsubscribe")).messageId();
        assertEquals(id, json(bodies(control, 1).get(0)).get("MessageId").asText());
        assertEquals(List.of(), nothingMore(q), "an unsubscribed queue receives nothing");
    }

    // ---------------------------------------------------------------------------------------------
    // Delivery to SQS
    // ---------------------------------------------------------------------------------------------

    @Test
    void aQueueReceivesTheNotificationInAwsEnvelope() {
        String arn = topic("envelope");
        Queue q = queue("envelope");
        String sub = subscribe(arn, q);

        Map<String, MessageAttributeValue> attrs = new LinkedHashMap<>();
        attrs.put("store", string("example_corp"));
        attrs.put("price_usd", number("210.75"));
        attrs.put("binary-attribute", binary(new byte[] {2, 3, 4}));
        attrs.put("customer_interests", stringArray("[\"soccer\", \"rugby\", \"hockey\"]"));
        PublishResponse published = sns.publish(b -> b.topicArn(arn).subject("test-subject").message("ö§a1\"_!?,. £$-").messageAttributes(attrs));
        assertTrue(published.messageId().matches(UUID_PATTERN), published.messageId());
        assertNull(published.sequenceNumber(), "only FIFO topics answer a SequenceNumber");
        JsonNode n = json(bodies(q, 1).get(0));
        // [LS-sns] test_publish_message_before_subscribe_topic (Subject), test_publish_unicode_chars (the message as sent).
        assertEnvelope(n, published.messageId(), arn, sub, "test-subject", "ö§a1\"_!?,. £$-");
        // [LS-sns] test_message_attributes_not_missing "json-delivery-msg-attrs": {"Type": ..., "Value": ...}, binary in base64 ("AgME").
        assertEquals(json("{\"store\":{\"Type\":\"String\",\"Value\":\"example_corp\"},\"price_usd\":{\"Type\":\"Number\",\"Value\":\"210.75\"},"
                + "\"binary-attribute\":{\"Type\":\"Binary\",\"Value\":\"AgME\"},"
                + "\"customer_interests\":{\"Type\":\"String.Array\",\"Value\":\"[\\\"soccer\\\", \\\"rugby\\\", \\\"hockey\\\"]\"}}"), n.get("MessageAttributes"));

        // [LS-sns] test_publish_message_by_target_arn: TargetArn is the topic too; no Subject and no MessageAttributes when none are given.
        String id = sns.publish(b -> b.targetArn(arn).message("test-msg-2")).messageId();
        JsonNode plain = json(bodies(q, 1).get(0));
        assertEnvelope(plain, id, arn, sub, null, "test-msg-2");
        assertFalse(plain.has("Subject"));
        assertFalse(plain.has("MessageAttributes"));
    }

    @Test
    void rawMessageDeliverySendsTheMessageAsIsWithSqsMessageAttributes() {
        String arn = topic("raw");
        Queue q = queue("raw");
        String sub = subscribe(arn, q, Map.of("RawMessageDelivery", "true"));
        Map<String, MessageAttributeValue> attrs = new LinkedHashMap<>();
        attrs.put("an-attribute-key", string("an-attribute-value"));
        attrs.put("attr1", number("99.12"));
        attrs.put("binary-attribute", binary(new byte[] {2, 3, 4}));
        sns.publish(b -> b.topicArn(arn).message("text").subject("ignored by raw delivery").messageAttributes(attrs));
        Message m = receive(q, 1).get(0);
        // [LS-sns] test_message_attributes_not_missing "raw-delivery-msg-attrs", test_publish_sqs_from_sns "message-raw-true".
        assertEquals("text", m.body());
        var sqsAttrs = m.messageAttributes();
        assertEquals(Set.of("an-attribute-key", "attr1", "binary-attribute"), sqsAttrs.keySet());
        assertEquals("String", sqsAttrs.get("an-attribute-key").dataType());
        assertEquals("an-attribute-value", sqsAttrs.get("an-attribute-key").stringValue());
        assertEquals("Number", sqsAttrs.get("attr1").dataType());
        assertEquals("99.12", sqsAttrs.get("attr1").stringValue());
        assertEquals("Binary", sqsAttrs.get("binary-attribute").dataType());
        assertEquals(List.of((byte) 2, (byte) 3, (byte) 4), toList(sqsAttrs.get("binary-attribute").binaryValue().asByteArray()));

        // [LS-sns] test_publish_sqs_from_sns: raw delivery switched off again gives the envelope; MD5OfMessageAttributes
        // "d302007e9aa062660afc85fd0a482472" for attr1 = Number 99.12 as raw, the SQS digest of the attributes.
        sns.publish(b -> b.topicArn(arn).message("Test msg").messageAttributes(Map.of("attr1", number("99.12"))));
        assertEquals("d302007e9aa062660afc85fd0a482472", receive(q, 1).get(0).md5OfMessageAttributes());
        sns.setSubscriptionAttributes(b -> b.subscriptionArn(sub).attributeName("RawMessageDelivery").attributeValue("false"));
        String id = sns.publish(b -> b.topicArn(arn).message("Test msg").messageAttributes(Map.of("attr1", number("100.12")))).messageId();
        Message wrapped = receive(q, 1).get(0);
        assertTrue(wrapped.messageAttributes().isEmpty(), "attributes travel inside the envelope: " + wrapped.messageAttributes());
        JsonNode n = json(wrapped.body());
        assertEnvelope(n, id, arn, sub, null, "Test msg");
        assertEquals(json("{\"attr1\":{\"Type\":\"Number\",\"Value\":\"100.12\"}}"), n.get("MessageAttributes"));
    }

    static List<Byte> toList(byte[] bytes) {
        List<Byte> l = new ArrayList<>();
        for (byte b : bytes) {
            l.add(b);
        }
        return l;
    }

    @Test
    void messageStructureJsonSendsTheSqsEntryOrTheDefault() {
        String arn = topic("structure");
        Queue q = queue("structure");
        String sub = subscribe(arn, q);
        // [LS-sns] test_message_structure_json_to_sqs "get-msg-json-sqs": the "sqs" string is the message.
        String id = sns.publish(b -> b.topicArn(arn).messageStructure("json")
                .message("{\"default\": \"default field\", \"sqs\": \"{\\\"field\\\": \\\"value\\\"}\"}")).messageId();
        assertEnvelope(json(bodies(q, 1).get(0)), id, arn, sub, null, "{\"field\": \"value\"}");
        // [LS-sns] "get-msg-json-default" and [Docs-API] Publish: "Non-string values will cause the key to be ignored".
        String id2 = sns.publish(b -> b.topicArn(arn).messageStructure("json")
                .message("{\"default\": \"default field\", \"sqs\": {\"field\": \"value\"}}")).messageId();
        assertEnvelope(json(bodies(q, 1).get(0)), id2, arn, sub, null, "default field");
        // Without an "sqs" key, the default ([Docs-API] Publish MessageStructure).
        String id3 = sns.publish(b -> b.topicArn(arn).messageStructure("json").message("{\"default\": \"for everyone\", \"lambda\": \"for functions\"}"))
                .messageId();
        assertEnvelope(json(bodies(q, 1).get(0)), id3, arn, sub, null, "for everyone");
    }

    @Test
    void publishRefusesBadMessagesAsAwsDoes() {
        String arn = topic("bad-publish");
        // [LS-sns] test_message_structure_json_exc.
        assertEquals("400: Invalid parameter: Message Structure - No default entry in JSON message body", error("InvalidParameter",
                () -> sns.publish(b -> b.topicArn(arn).messageStructure("json").message("{\"sqs\": \"Test message\"}"))));
        assertEquals("400: Invalid parameter: Message Structure - JSON message body failed to parse", error("InvalidParameter",
                () -> sns.publish(b -> b.topicArn(arn).messageStructure("json").message("{\"default\": \"This is a default message\"} }"))));
        assertEquals("400: Invalid parameter: Message Structure - No default entry in JSON message body", error("InvalidParameter",
                () -> sns.publish(b -> b.topicArn(arn).messageStructure("json").message("{\"default\": {\"object\": \"test\"}}"))));
        // [LS-sns] test_publish_too_long_message (2024-09); [Docs-API]: 262,144 bytes, not characters.
        assertEquals("400: Invalid parameter: Message too long",
                error("InvalidParameter", () -> sns.publish(b -> b.topicArn(arn).message("x".repeat(262_145)))));
        assertEquals("400: Invalid parameter: Message too long",
                error("InvalidParameter", () -> sns.publish(b -> b.topicArn(arn).message("é".repeat(131_073)))));
        // [LS-sns] test_empty_sns_message, test_publish_with_empty_subject.
        assertEquals("400: Invalid parameter: Empty message", error("InvalidParameter", () -> sns.publish(b -> b.topicArn(arn).message(""))));
        assertEquals("400: Invalid parameter: Subject", error("InvalidParameter", () -> sns.publish(b -> b.topicArn(arn).message("m").subject(""))));
        // [LS-sns] test_validations_for_fifo "no-msg-dedup-regular-topic".
        assertEquals("400: Invalid parameter: MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type",
                error("InvalidParameter", () -> sns.publish(b -> b.topicArn(arn).message("test").messageDeduplicationId("dedup"))));
    }

    // ---------------------------------------------------------------------------------------------
    // Filter policies
    // ---------------------------------------------------------------------------------------------

    record Case(String name, String policy, Set<String> matches) {
    }

    /** [Docs-filter]'s example message, one unlike it, and one without attributes. */
    static Map<String, Map<String, MessageAttributeValue>> filterMessages() {
        Map<String, Map<String, MessageAttributeValue>> ms = new LinkedHashMap<>();
        ms.put("example", Map.of("customer_interests", stringArray("[\"soccer\", \"rugby\", \"hockey\"]"), "store", string("example_corp"),
                "event", string("order_placed"), "price_usd", number("210.75")));
        ms.put("other", Map.of("customer_interests", stringArray("[\"basketball\"]"), "store", string("other_corp"),
                "event", string("order_cancelled"), "price_usd", number("50")));
        ms.put("bare", Map.of());
        return ms;
    }

    static final List<Case> ATTRIBUTE_CASES = List.of(
            new Case("exact", "{\"store\":[\"example_corp\"]}", Set.of("example")),
            // [Docs-filter] a String.Array attribute matches when any of its elements does.
            new Case("array", "{\"customer_interests\":[\"rugby\",\"football\"]}", Set.of("example")),
            new Case("numeric-range", "{\"price_usd\":[{\"numeric\":[\">=\",100,\"<\",300]}]}", Set.of("example")),
            new Case("numeric-equals", "{\"price_usd\":[{\"numeric\":[\"=\",210.75]}]}", Set.of("example")),
            new Case("prefix", "{\"event\":[{\"prefix\":\"order_\"}]}", Set.of("example", "other")),
            new Case("anything-but", "{\"event\":[{\"anything-but\":[\"order_cancelled\"]}]}", Set.of("example")),
            // [Docs-filter] "Key matching": exists true needs the key; exists false needs it absent and at least one attribute.
            new Case("exists", "{\"store\":[{\"exists\":true}]}", Set.of("example", "other")),
            new Case("not-exists", "{\"encrypted\":[{\"exists\":false}]}", Set.of("example", "other")),
            new Case("or", "{\"$or\":[{\"store\":[\"nobody\"]},{\"price_usd\":[{\"numeric\":[\">\",200]}]}]}", Set.of("example")),
            // [Docs-filter] "Amazon SNS example filter policies": the policy that accepts the example message ...
            new Case("docs-accepts", "{\"store\":[\"example_corp\"],\"event\":[{\"anything-but\":\"order_cancelled\"}],"
                    + "\"customer_interests\":[\"rugby\",\"football\",\"baseball\"],\"price_usd\":[{\"numeric\":[\">=\",100]}]}", Set.of("example")),
            // ... and one it rejects: "encrypted" is not among the message's attributes, so nothing matches.
            new Case("docs-rejects", "{\"store\":[\"example_corp\"],\"event\":[\"order_cancelled\"],\"encrypted\":[false],"
                    + "\"customer_interests\":[\"basketball\",\"baseball\"]}", Set.of()));

    @Test
    void filterPoliciesOnMessageAttributesDeliverExactlyWhatTheyMatch() {
        String arn = topic("filter");
        Queue control = queue("control");
        subscribe(arn, control);
        Map<String, Queue> queues = new LinkedHashMap<>();
        for (Case c : ATTRIBUTE_CASES) {
            Queue q = queue("filter-" + c.name());
            subscribe(arn, q, Map.of("FilterPolicy", c.policy()));
            queues.put(c.name(), q);
        }
        Map<String, String> ids = new HashMap<>();
        filterMessages().forEach((name, attrs) -> ids.put(sns.publish(b -> b.topicArn(arn).message(name).messageAttributes(attrs)).messageId(), name));
        // The unfiltered queue gets all three: by then the filtered ones have had theirs.
        assertEquals(3, receive(control, 3).size());
        for (Case c : ATTRIBUTE_CASES) {
            Set<String> got = new TreeSet<>();
            for (String body : bodies(queues.get(c.name()), c.matches().size())) {
                got.add(ids.get(json(body).get("MessageId").asText()));
            }
            assertEquals(new TreeSet<>(c.matches()), got, c.name() + ": " + c.policy());
        }
    }

    @Test
    void filterPoliciesOnTheMessageBodyMatchItsJson() {
        String arn = topic("body");
        Queue control = queue("control");
        subscribe(arn, control);
        Queue flat = queue("body-flat");
        Queue nested = queue("body-nested");
        // [Docs-filter] FilterPolicyScope MessageBody: the example message's body properties, an array matching by any element.
        subscribe(arn, flat, Map.of("FilterPolicyScope", "MessageBody", "FilterPolicy",
                "{\"store\":[\"example_corp\"],\"customer_interests\":[\"rugby\"],\"price_usd\":[{\"numeric\":[\">\",100]}]}"));
        // [LS-filter] test_filter_policy_on_message_body: a nested policy on a nested property, with raw delivery.
        subscribe(arn, nested, Map.of("FilterPolicyScope", "MessageBody", "RawMessageDelivery", "true", "FilterPolicy",
                "{\"object\":{\"key\":[{\"prefix\":\"auto-\"}]}}"));
        List<String> messages = List.of(
                "{\"customer_interests\":[\"soccer\",\"rugby\",\"hockey\"],\"store\":\"example_corp\",\"event\":\"order_placed\",\"price_usd\":210.75}",
                "{\"customer_interests\":[\"soccer\",\"rugby\",\"hockey\"],\"store\":\"example_corp\",\"event\":\"order_placed\",\"price_usd\":50}",
                "{\"object\":{\"key\":\"auto-test\"}}",
                "{\"object\":{\"key\":\"manual\"}}",
                "not json at all");
        for (String m : messages) {
            // Attributes do not count when the scope is the body.
            sns.publish(b -> b.topicArn(arn).message(m).messageAttributes(Map.of("store", string("example_corp"))));
        }
        assertEquals(messages.size(), receive(control, messages.size()).size());
        assertEquals(List.of(messages.get(0)), bodies(flat, 1).stream().map(b -> json(b).get("Message").asText()).toList());
        assertEquals(List.of(messages.get(2)), bodies(nested, 1));
    }

    // ---------------------------------------------------------------------------------------------
    // FIFO topics
    // ---------------------------------------------------------------------------------------------

    @Test
    void fifoTopicsNeedAGroupAndADeduplicationId() {
        String arn = fifoTopic("fifo-rules", false);
        // [LS-sns] test_validations_for_fifo "no-msg-group-id", "no-dedup-policy" (2025-08); test_publish_batch_exceptions.
        assertEquals("400: Invalid parameter: The MessageGroupId parameter is required for FIFO topics",
                error("InvalidParameter", () -> sns.publish(b -> b.topicArn(arn).message("test"))));
        assertEquals("400: Invalid parameter: The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly",
                error("InvalidParameter", () -> sns.publish(b -> b.topicArn(arn).message("test").messageGroupId("g"))));
        assertEquals("400: Invalid parameter: The MessageGroupId parameter is required for FIFO topics", error("InvalidParameter",
                () -> sns.publishBatch(b -> b.topicArn(arn).publishBatchRequestEntries(PublishBatchRequestEntry.builder().id("1").message("m").build()))));
        assertEquals("400: Invalid parameter: The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly",
                error("InvalidParameter", () -> sns.publishBatch(b -> b.topicArn(arn).publishBatchRequestEntries(
                        PublishBatchRequestEntry.builder().id("1").message("m").messageGroupId("msg1").build()))));
    }

    @Test
    void aFifoTopicDeliversInOrderWithSequenceNumbersAndDeduplicates() {
        String arn = fifoTopic("fifo", true);
        Queue fifo = queue("fifo-q", Map.of(QueueAttributeName.FIFO_QUEUE, "true"));
        Queue standard = queue("std-q");
        String fifoSub = subscribe(arn, fifo);
        String stdSub = subscribe(arn, standard);

        PublishResponse first = sns.publish(b -> b.topicArn(arn).message("Test").messageGroupId("message-group-id-1"));
        PublishResponse second = sns.publish(b -> b.topicArn(arn).message("Test 2").subject("Subject").messageGroupId("message-group-id-1")
                .messageAttributes(Map.of("attr1", number("99.12"))));
        // [Docs-API] PublishResponse SequenceNumber: only for FIFO topics, increasing within a message group.
        assertTrue(first.sequenceNumber().matches("\\d+"), first.sequenceNumber());
        assertTrue(new BigInteger(second.sequenceNumber()).compareTo(new BigInteger(first.sequenceNumber())) > 0);
        // A duplicate within five minutes (content-based here) is accepted and not delivered again ([Docs-API] PublishBatch,
        // [LS-sns] test_fifo_topic_to_regular_sqs "dedup-messages": nothing, even on a standard queue).
        sns.publish(b -> b.topicArn(arn).message("Test").messageGroupId("message-group-id-1"));

        List<Message> got = receive(fifo, 2);
        assertEquals(2, got.size(), got.toString());
        // [LS-sns] test_message_to_fifo_sqs[True] (2025-08): the group, and the SHA-256 of the message as deduplication id.
        JsonNode n = json(got.get(0).body());
        assertEquals(List.of("Type", "MessageId", "SequenceNumber", "TopicArn", "Message", "Timestamp", "UnsubscribeURL"), fieldNames(n), n.toString());
        assertEquals("Notification", n.get("Type").asText());
        assertEquals(first.messageId(), n.get("MessageId").asText());
        assertEquals(first.sequenceNumber(), n.get("SequenceNumber").asText());
        assertEquals(arn, n.get("TopicArn").asText());
        assertEquals("Test", n.get("Message").asText());
        assertTrue(n.get("Timestamp").asText().matches(TIMESTAMP));
        assertTrue(n.get("UnsubscribeURL").asText().endsWith("/?Action=Unsubscribe&SubscriptionArn=" + fifoSub));
        Map<MessageSystemAttributeName, String> sys = got.get(0).attributes();
        assertEquals("message-group-id-1", sys.get(MessageSystemAttributeName.MESSAGE_GROUP_ID));
        assertEquals("532eaabd9574880dbf76b9b8cc00832c20a6ec113d682299550d7a6e0f345e25", sys.get(MessageSystemAttributeName.MESSAGE_DEDUPLICATION_ID));
        assertEquals(sha256("Test"), sys.get(MessageSystemAttributeName.MESSAGE_DEDUPLICATION_ID));
        // [LS-sns] test_publish_fifo_messages_to_dlq[False]: Subject after TopicArn, MessageAttributes last, in FIFO_ENVELOPE_KEYS order.
        JsonNode n2 = json(got.get(1).body());
        assertEquals(FIFO_ENVELOPE_KEYS, fieldNames(n2), n2.toString());
        assertEquals(second.messageId(), n2.get("MessageId").asText());
        assertEquals(second.sequenceNumber(), n2.get("SequenceNumber").asText());
        assertEquals("Subject", n2.get("Subject").asText());
        assertEquals(json("{\"attr1\":{\"Type\":\"Number\",\"Value\":\"99.12\"}}"), n2.get("MessageAttributes"));

        // [LS-sns] test_fifo_topic_to_regular_sqs (2025-08): a standard queue on a FIFO topic gets the same FIFO envelope, once per message.
        List<Message> std = receive(standard, 2);
        std.addAll(nothingMore(standard));
        assertEquals(Set.of(first.messageId(), second.messageId()), Set.copyOf(std.stream().map(m -> json(m.body()).get("MessageId").asText()).toList()));
        assertEquals(2, std.size(), "the duplicate is not delivered: " + std);
        JsonNode s = json(std.stream().filter(m -> m.body().contains(first.messageId())).findFirst().orElseThrow().body());
        assertEquals(List.of("Type", "MessageId", "SequenceNumber", "TopicArn", "Message", "Timestamp", "UnsubscribeURL"), fieldNames(s));
        assertTrue(s.get("UnsubscribeURL").asText().endsWith("SubscriptionArn=" + stdSub));
    }

    @Test
    void publishBatchToAFifoTopicAnswersSequenceNumbersAndKeepsExplicitDeduplicationIds() {
        String arn = fifoTopic("fifo-batch", false);
        Queue fifo = queue("fifo-batch-q", Map.of(QueueAttributeName.FIFO_QUEUE, "true"));
        subscribe(arn, fifo, Map.of("RawMessageDelivery", "true"));
        PublishBatchResponse r = sns.publishBatch(b -> b.topicArn(arn).publishBatchRequestEntries(
                PublishBatchRequestEntry.builder().id("1").message("one").messageGroupId("complexMessageGroupId").messageDeduplicationId("MessageDeduplicationId-1").build(),
                PublishBatchRequestEntry.builder().id("2").message("two").messageGroupId("complexMessageGroupId").messageDeduplicationId("MessageDeduplicationId-2").build(),
                PublishBatchRequestEntry.builder().id("3").message("three").messageGroupId("complexMessageGroupId").messageDeduplicationId("MessageDeduplicationId-3").build()));
        // [LS-sns] test_publish_fifo_messages_to_dlq "publish-batch-response-fifo": Id, MessageId and SequenceNumber per entry, Failed empty.
        assertTrue(r.failed().isEmpty(), r.toString());
        assertEquals(List.of("1", "2", "3"), r.successful().stream().map(PublishBatchResultEntry::id).toList());
        BigInteger previous = BigInteger.ZERO;
        for (PublishBatchResultEntry e : r.successful()) {
            assertTrue(e.messageId().matches(UUID_PATTERN));
            BigInteger seq = new BigInteger(e.sequenceNumber());
            assertTrue(seq.compareTo(previous) > 0, "sequence numbers increase within the group");
            previous = seq;
        }
        // [LS-sns] "batch-messages-in-dlq" with raw delivery: in order, the group and the given deduplication ids.
        List<Message> got = receive(fifo, 3);
        assertEquals(List.of("one", "two", "three"), got.stream().map(Message::body).toList());
        assertEquals(List.of("MessageDeduplicationId-1", "MessageDeduplicationId-2", "MessageDeduplicationId-3"),
                got.stream().map(m -> m.attributes().get(MessageSystemAttributeName.MESSAGE_DEDUPLICATION_ID)).toList());
        assertTrue(got.stream().allMatch(m -> "complexMessageGroupId".equals(m.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID))));
    }

    // ---------------------------------------------------------------------------------------------
    // PublishBatch
    // ---------------------------------------------------------------------------------------------

    @Test
    void publishBatchDeliversEachEntry() {
        String arn = topic("batch");
        Queue q = queue("batch");
        String sub = subscribe(arn, q, Map.of("RawMessageDelivery", "true"));
        PublishBatchResponse r = sns.publishBatch(b -> b.topicArn(arn).publishBatchRequestEntries(
                PublishBatchRequestEntry.builder().id("1").message("Test Message with two attributes").subject("Subject")
                        .messageAttributes(Map.of("attr1", number("99.12"), "attr2", number("109.12"))).build(),
                PublishBatchRequestEntry.builder().id("2").message("Test Message with one attribute").subject("Subject")
                        .messageAttributes(Map.of("attr1", number("19.12"))).build(),
                PublishBatchRequestEntry.builder().id("3").message("Test Message without attribute").subject("Subject").build(),
                PublishBatchRequestEntry.builder().id("4").message("Test Message without subject").build(),
                PublishBatchRequestEntry.builder().id("5").message("{\"default\": \"test default\", \"sqs\": \"test sqs\"}").messageStructure("json").build()));
        // [LS-sns] test_publish_batch_messages_from_sns_to_sqs "publish-batch": Failed [], Successful Id + MessageId in order.
        assertTrue(r.failed().isEmpty(), r.toString());
        assertEquals(List.of("1", "2", "3", "4", "5"), r.successful().stream().map(PublishBatchResultEntry::id).toList());
        assertEquals(5, r.successful().stream().map(PublishBatchResultEntry::messageId).distinct().count());
        assertTrue(r.successful().stream().allMatch(e -> e.sequenceNumber() == null));
        // [LS-sns] same test "messages": the raw bodies, MD5OfMessageAttributes as recorded.
        Map<String, Message> byBody = new HashMap<>();
        receive(q, 5).forEach(m -> byBody.put(m.body(), m));
        assertEquals(Set.of("Test Message with two attributes", "Test Message with one attribute", "Test Message without attribute",
                "Test Message without subject", "test sqs"), byBody.keySet());
        assertEquals("9b720b3af309c1c4b0d395c53b08c502", byBody.get("Test Message with two attributes").md5OfMessageAttributes());
        assertEquals("1f07082409022a373fa2a2601f82b3cb", byBody.get("Test Message with one attribute").md5OfMessageAttributes());
        assertTrue(byBody.get("test sqs").messageAttributes().isEmpty());

        // Each entry is its own notification in the envelope too.
        sns.setSubscriptionAttributes(b -> b.subscriptionArn(sub).attributeName("RawMessageDelivery").attributeValue("false"));
        PublishBatchResponse r2 = sns.publishBatch(b -> b.topicArn(arn).publishBatchRequestEntries(
                PublishBatchRequestEntry.builder().id("a").message("first").subject("S").build(),
                PublishBatchRequestEntry.builder().id("b").message("second").build()));
        Map<String, JsonNode> envelopes = new HashMap<>();
        bodies(q, 2).forEach(b -> envelopes.put(json(b).get("MessageId").asText(), json(b)));
        assertEnvelope(envelopes.get(r2.successful().get(0).messageId()), r2.successful().get(0).messageId(), arn, sub, "S", "first");
        assertEnvelope(envelopes.get(r2.successful().get(1).messageId()), r2.successful().get(1).messageId(), arn, sub, null, "second");
    }

    @Test
    void publishBatchRefusesTooManyOrRepeatedEntries() {
        String arn = topic("batch-bad");
        List<PublishBatchRequestEntry> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(PublishBatchRequestEntry.builder().id("Id_" + i).message("Too many messages").build());
        }
        // [LS-sns] test_publish_batch_exceptions "too-many-msg", "same-msg-id", "no-default-key-json".
        assertEquals("400: The batch request contains more entries than permissible.",
                error("TooManyEntriesInBatchRequest", () -> sns.publishBatch(b -> b.topicArn(arn).publishBatchRequestEntries(eleven))));
        assertEquals("400: Two or more batch entries in the request have the same Id.", error("BatchEntryIdsNotDistinct",
                () -> sns.publishBatch(b -> b.topicArn(arn).publishBatchRequestEntries(
                        PublishBatchRequestEntry.builder().id("1").message("Messages with the same ID").build(),
                        PublishBatchRequestEntry.builder().id("1").message("Messages with the same ID").build()))));
        assertEquals("400: Invalid parameter: Message Structure - No default entry in JSON message body", error("InvalidParameter",
                () -> sns.publishBatch(b -> b.topicArn(arn).publishBatchRequestEntries(
                        PublishBatchRequestEntry.builder().id("1").message("{\"sqs\": \"test sqs\"}").messageStructure("json").build()))));
    }

    // ---------------------------------------------------------------------------------------------
    // Redrive, tags
    // ---------------------------------------------------------------------------------------------

    @Test
    void aMessageThatCannotBeDeliveredGoesToTheSubscriptionsDeadLetterQueue() {
        String arn = topic("redrive");
        Queue q = queue("redrive");
        Queue dlq = queue("redrive-dlq");
        String sub = subscribe(arn, q);
        sns.setSubscriptionAttributes(b -> b.subscriptionArn(sub).attributeName("RedrivePolicy")
                .attributeValue("{\"deadLetterTargetArn\":\"" + dlq.arn() + "\"}"));
        sqs.deleteQueue(b -> b.queueUrl(q.url()));
        Map<String, MessageAttributeValue> attrs = new LinkedHashMap<>();
        attrs.put("attr1", number("111"));
        attrs.put("attr2", binary(new byte[] {2, 3, 4}));
        String id = sns.publish(b -> b.topicArn(arn).message("test_dlq_after_sqs_endpoint_deleted").messageAttributes(attrs)).messageId();
        // [LS-sns] test_redrive_policy_sqs_queue_subscription[False]: the notification as the queue would have had it.
        JsonNode n = json(bodies(dlq, 1).get(0));
        assertEnvelope(n, id, arn, sub, null, "test_dlq_after_sqs_endpoint_deleted");
        assertEquals(json("{\"attr2\":{\"Type\":\"Binary\",\"Value\":\"AgME\"},\"attr1\":{\"Type\":\"Number\",\"Value\":\"111\"}}"), n.get("MessageAttributes"));
        // [LS-sns] test_subscription_after_failure_to_deliver: the subscription stays.
        assertEquals(List.of(sub), sns.listSubscriptionsByTopic(b -> b.topicArn(arn)).subscriptions().stream().map(Subscription::subscriptionArn).toList());
    }

    @Test
    void tagsCanBeAddedUpdatedListedAndRemoved() {
        String arn = topic("tags");
        // [LS-sns] test_tags (2023-08).
        assertEquals("400: Invalid parameter: Duplicated keys are not allowed.", error("InvalidParameter", () -> sns.tagResource(b -> b.resourceArn(arn).tags(
                Tag.builder().key("k1").value("v1").build(), Tag.builder().key("k2").value("v2").build(), Tag.builder().key("k2").value("v2").build()))));
        sns.tagResource(b -> b.resourceArn(arn).tags(Tag.builder().key("k1").value("v1").build(), Tag.builder().key("k2").value("v2").build()));
        List<Tag> tags = new ArrayList<>(sns.listTagsForResource(b -> b.resourceArn(arn)).tags());
        tags.sort(java.util.Comparator.comparing(Tag::key));
        assertEquals(List.of(Tag.builder().key("k1").value("v1").build(), Tag.builder().key("k2").value("v2").build()), tags);
        sns.untagResource(b -> b.resourceArn(arn).tagKeys("k1"));
        assertEquals(List.of(Tag.builder().key("k2").value("v2").build()), sns.listTagsForResource(b -> b.resourceArn(arn)).tags());
        sns.tagResource(b -> b.resourceArn(arn).tags(Tag.builder().key("k2").value("v2b").build()));
        assertEquals(List.of(Tag.builder().key("k2").value("v2b").build()), sns.listTagsForResource(b -> b.resourceArn(arn)).tags());
        // Tags given at creation are the topic's tags.
        String created = sns.createTopic(b -> b.name(unique("tagged")).tags(Tag.builder().key("team").value("orders").build())).topicArn();
        assertEquals(List.of(Tag.builder().key("team").value("orders").build()), sns.listTagsForResource(b -> b.resourceArn(created)).tags());
    }

    // ---------------------------------------------------------------------------------------------
    // Lambda
    // ---------------------------------------------------------------------------------------------

    /**
     * A function that prints every event it gets: `echo <event as JSON>`. Built here because the sample function
     * (resources/functions/python/app.py) treats any event with "Records" as an SQS batch, and SNS events have "Records".
     */
    static byte[] echoFunction() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("echo.py"));
            z.write("import json\n\n\ndef handler(event, context):\n    print(\"echo\", json.dumps(event))\n    return \"ok\"\n".getBytes(UTF_8));
            z.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** The function's log lines once one contains the text. */
    static List<String> logLines(String function, String mustContain) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            try {
                List<String> lines = new ArrayList<>();
                for (FilteredLogEvent e : logs.filterLogEvents(b -> b.logGroupName("/aws/lambda/" + function)).events()) {
                    lines.add(e.message());
                }
                if (lines.stream().anyMatch(l -> l.contains(mustContain))) {
                    return lines;
                }
            } catch (software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException notYet) {
                // The log group appears with the first lines.
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no log line containing " + mustContain + " in /aws/lambda/" + function);
    }

    static JsonNode echoed(String function, String messageId) throws InterruptedException {
        String line = logLines(function, messageId).stream().filter(l -> l.startsWith("echo ") && l.contains(messageId)).findFirst().orElseThrow();
        return json(line.substring("echo ".length()));
    }

    @Test
    void aLambdaSubscriberIsInvokedWithTheSnsEvent() throws Exception {
        String function = unique("sns-echo");
        String functionArn = lambda.createFunction(b -> b.functionName(function).runtime(software.amazon.awssdk.services.lambda.model.Runtime.PYTHON3_12)
                .handler("echo.handler").role(TestRoles.lambda(STRATUS.endpoint()))
                .code(c -> c.zipFile(SdkBytes.fromByteArray(echoFunction())))).functionArn();
        lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName(function));
        String arn = topic("to-lambda");
        // As on AWS, the function's policy lets SNS invoke it for this topic ([LS-sns] test_python_lambda_subscribe_sns_topic).
        lambda.addPermission(b -> b.functionName(function).statementId("sns").action("lambda:InvokeFunction").principal("sns.amazonaws.com").sourceArn(arn));
        String sub = sns.subscribe(b -> b.topicArn(arn).protocol("lambda").endpoint(functionArn).returnSubscriptionArn(true)).subscriptionArn();
        Map<String, String> a = sns.getSubscriptionAttributes(b -> b.subscriptionArn(sub)).attributes();
        // [LS-sns] test_redrive_policy_lambda_subscription "subscription-attributes": confirmed at once, RawMessageDelivery "false".
        assertEquals(new TreeSet<>(SUBSCRIPTION_KEYS), new TreeSet<>(a.keySet()), a.toString());
        assertEquals("lambda", a.get("Protocol"));
        assertEquals(functionArn, a.get("Endpoint"));
        assertEquals("false", a.get("PendingConfirmation"));
        assertEquals("false", a.get("RawMessageDelivery"));

        String id = sns.publish(b -> b.topicArn(arn).subject("[Subject] Test subject").message("Hello world.")
                .messageAttributes(Map.of("Test", string("TestString")))).messageId();
        JsonNode event = echoed(function, id);
        // [Lambda-event]
        assertEquals(List.of("Records"), fieldNames(event));
        assertEquals(1, event.get("Records").size());
        JsonNode r = event.get("Records").get(0);
        assertEquals(List.of("EventSource", "EventVersion", "EventSubscriptionArn", "Sns"), fieldNames(r));
        assertEquals("aws:sns", r.get("EventSource").asText());
        assertEquals("1.0", r.get("EventVersion").asText());
        assertEquals(sub, r.get("EventSubscriptionArn").asText());
        JsonNode s = r.get("Sns");
        assertEquals(List.of("Type", "MessageId", "TopicArn", "Subject", "Message", "Timestamp", "SignatureVersion", "Signature", "SigningCertUrl",
                "UnsubscribeUrl", "MessageAttributes"), fieldNames(s));
        assertEquals("Notification", s.get("Type").asText());
        assertEquals(id, s.get("MessageId").asText());
        assertEquals(arn, s.get("TopicArn").asText());
        assertEquals("[Subject] Test subject", s.get("Subject").asText());
        assertEquals("Hello world.", s.get("Message").asText());
        assertTrue(s.get("Timestamp").asText().matches(TIMESTAMP), s.get("Timestamp").asText());
        assertEquals("1", s.get("SignatureVersion").asText());
        assertFalse(s.get("Signature").asText().isEmpty());
        assertTrue(s.get("SigningCertUrl").asText().endsWith(".pem"));
        assertTrue(s.get("UnsubscribeUrl").asText().endsWith("/?Action=Unsubscribe&SubscriptionArn=" + sub));
        assertEquals(json("{\"Test\":{\"Type\":\"String\",\"Value\":\"TestString\"}}"), s.get("MessageAttributes"));

        // [Lambda-event] without a subject "Subject": null and without attributes "MessageAttributes": {}; MessageStructure=json
        // gives the function its "lambda" entry ([Docs-API] Publish MessageStructure).
        String id2 = sns.publish(b -> b.topicArn(arn).messageStructure("json").message("{\"default\": \"for everyone\", \"lambda\": \"for functions\"}"))
                .messageId();
        JsonNode s2 = echoed(function, id2).get("Records").get(0).get("Sns");
        assertTrue(s2.get("Subject").isNull(), s2.toString());
        assertEquals(0, s2.get("MessageAttributes").size());
        assertTrue(s2.get("MessageAttributes").isObject());
        assertEquals("for functions", s2.get("Message").asText());
        assertNotEquals(id, id2);
        lambda.deleteFunction(b -> b.functionName(function));
    }
}
