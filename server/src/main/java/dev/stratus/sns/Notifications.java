package dev.stratus.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.Principal;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.protocol.Json;
import dev.stratus.sns.SnsRepository.Subscription;
import dev.stratus.sns.SnsRepository.Topic;
import dev.stratus.sns.api.MessageAttributeValue;
import dev.stratus.time.Clock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What SNS sends its subscribers, as AWS writes it: the notification (and Lambda's event around it),
 * the subscription confirmation, their signature fields and links, and the headers and retries of
 * an HTTP/S post.
 */
final class Notifications {
    /** AWS's delivery policy for AWS-managed endpoints (SQS, Lambda): 100,015 attempts over 23 days; HTTP/S follows its own policy. */
    static final int RETRIES = 100_015;
    /** Who delivers a topic's messages, as the subscribed resources' policies name it. */
    static final Principal SNS = Principal.service("sns.amazonaws.com");
    static final int MAX_AGE_SECONDS = 23 * 86_400;
    private static final String AGENT = "Amazon Simple Notification Service Agent";
    /** AWS's timestamps always carry milliseconds, where Instant.toString drops ".000". */
    private static final java.time.format.DateTimeFormatter TIMESTAMP = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private final Clock clock;
    private final Supplier<String> endpoint;

    Notifications(Clock clock, Supplier<String> endpoint) {
        this.clock = clock;
        this.endpoint = endpoint;
    }

    /** A message checked and ready to fan out. */
    record Outgoing(String messageId, String sequenceNumber, String message, JsonNode structured, String subject,
                    Map<String, MessageAttributeValue> attributes, String groupId, String deduplicationId, boolean duplicate,
                    String timestamp) {
    }

    /** AWS's notification, as SQS subscribers get it (Lambda's names two of its keys differently). */
    ObjectNode envelope(Topic t, Subscription s, Outgoing o, String text, String certKey, String unsubscribeKey) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("Type", "Notification");
        n.put("MessageId", o.messageId());
        if (o.sequenceNumber() != null) {
            n.put("SequenceNumber", o.sequenceNumber());
        }
        n.put("TopicArn", t.arn());
        if (o.subject() != null) {
            n.put("Subject", o.subject());
        } else if (s.protocol().equals("lambda")) {
            n.putNull("Subject");
        }
        n.put("Message", text);
        n.put("Timestamp", o.timestamp());
        if (!t.fifo()) {
            sign(n, t, o.messageId(), certKey);
        }
        n.put(unsubscribeKey, unsubscribeUrl(s));
        if (!o.attributes().isEmpty()) {
            ObjectNode attrs = n.putObject("MessageAttributes");
            o.attributes().forEach((k, v) -> {
                ObjectNode a = attrs.putObject(k);
                a.put("Type", v.dataType());
                a.put("Value", v.dataType().startsWith("Binary") ? Base64.getEncoder().encodeToString(v.binaryValue()) : v.stringValue());
            });
        } else if (s.protocol().equals("lambda")) {
            n.putObject("MessageAttributes");
        }
        return n;
    }

    ObjectNode lambdaEvent(Topic t, Subscription s, Outgoing o, String text) {
        ObjectNode event = Json.MAPPER.createObjectNode();
        ObjectNode record = event.putArray("Records").addObject();
        record.put("EventSource", "aws:sns");
        record.put("EventVersion", "1.0");
        record.put("EventSubscriptionArn", s.arn());
        record.set("Sns", envelope(t, s, o, text, "SigningCertUrl", "UnsubscribeUrl"));
        return event;
    }

    /** The message that asks an HTTP/S or email subscription's owner to confirm it. */
    ObjectNode confirmation(Topic t, Subscription s, String messageId, String subscribeUrl) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("Type", "SubscriptionConfirmation");
        n.put("MessageId", messageId);
        n.put("Token", s.token());
        n.put("TopicArn", t.arn());
        n.put("Message", "You have chosen to subscribe to the topic " + t.arn() + ".\nTo confirm the subscription, visit the SubscribeURL included in this message.");
        n.put("SubscribeURL", subscribeUrl);
        n.put("Timestamp", timestamp());
        sign(n, t, messageId, "SigningCertURL");
        return n;
    }

    /** The signature fields; placeholders, as nothing here holds AWS's signing key. */
    private static void sign(ObjectNode n, Topic t, String messageId, String certKey) {
        n.put("SignatureVersion", "1");
        n.put("Signature", Base64.getEncoder().encodeToString(("stratus:" + messageId).getBytes(StandardCharsets.UTF_8)));
        n.put(certKey, "https://sns." + t.region() + ".amazonaws.com/SimpleNotificationService-stratus.pem");
    }

    String subscribeUrl(Topic t, Subscription s) {
        return endpoint.get() + "/?Action=ConfirmSubscription&TopicArn=" + t.arn() + "&Token=" + s.token();
    }

    String unsubscribeUrl(Subscription s) {
        return endpoint.get() + "/?Action=Unsubscribe&SubscriptionArn=" + s.arn();
    }

    String timestamp() {
        return TIMESTAMP.format(Instant.ofEpochMilli(clock.millis()));
    }

    /** A raw delivery's message attributes, as SQS takes them. */
    static Map<String, Delivery.Attribute> sqsAttributes(Map<String, MessageAttributeValue> attributes) {
        Map<String, Delivery.Attribute> out = new LinkedHashMap<>();
        attributes.forEach((k, v) -> out.put(k, new Delivery.Attribute(v.stringValue(), v.binaryValue(), v.dataType())));
        return out.isEmpty() ? null : out;
    }

    /** How an HTTP/S subscription's messages are posted: SNS's headers, and its delivery policy's retries. */
    static Delivery.Http http(Topic t, Subscription s, String type, String messageId, boolean raw) {
        DeliveryPolicy.Effective policy = DeliveryPolicy.effective(t.attributes().get("DeliveryPolicy"), s.attributes().get("DeliveryPolicy"));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amz-sns-message-type", type);
        headers.put("x-amz-sns-message-id", messageId);
        headers.put("x-amz-sns-topic-arn", t.arn());
        if (!type.equals("SubscriptionConfirmation")) {
            headers.put("x-amz-sns-subscription-arn", s.arn());
        }
        if (raw) {
            headers.put("x-amz-sns-rawdelivery", "true");
        }
        headers.put("Content-Type", policy.contentType());
        headers.put("User-Agent", AGENT);
        return new Delivery.Http(headers, policy.retryDelays());
    }
}
