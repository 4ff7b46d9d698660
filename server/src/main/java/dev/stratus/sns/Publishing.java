package dev.stratus.sns;

import static dev.stratus.sns.Notifications.MAX_AGE_SECONDS;
import static dev.stratus.sns.Notifications.RETRIES;
import static dev.stratus.sns.Parameters.invalid;
import static dev.stratus.sns.Parameters.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sns.Notifications.Outgoing;
import dev.stratus.sns.SnsRepository.Subscription;
import dev.stratus.sns.SnsRepository.Topic;
import dev.stratus.sns.api.*;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publish and PublishBatch, and messages other services deliver to a topic: each message checked,
 * given its FIFO sequence number, deduplicated (durably, for five minutes) and fanned out to the
 * subscriptions whose filter policies it meets, as jobs owed in the transaction that accepts it.
 */
final class Publishing {
    private static final int MAX_MESSAGE_BYTES = 256 * 1024;
    private static final int MAX_BATCH = 10;
    /** How long a FIFO topic remembers a deduplication id: AWS's five-minute deduplication interval. */
    private static final long DEDUPLICATION_MS = 5 * 60 * 1000;
    /** The timer that forgets deduplication ids whose interval is over, every interval. */
    static final String DEDUPLICATION_SWEEP = "sns.deduplication-sweep";

    private final Store store;
    private final Clock clock;
    private final Jobs jobs;
    private final SnsRepository repo;
    private final Topics topics;
    private final Notifications notifications;
    private final EmailOutbox outbox;
    private final SnsMetrics metrics;
    private final AtomicLong sequence = new AtomicLong();

    Publishing(Store store, Clock clock, Timers timers, Jobs jobs, SnsRepository repo, Topics topics, Notifications notifications,
               EmailOutbox outbox, SnsMetrics metrics) {
        this.store = store;
        this.metrics = metrics;
        this.clock = clock;
        this.jobs = jobs;
        this.repo = repo;
        this.topics = topics;
        this.notifications = notifications;
        this.outbox = outbox;
        jobs.register("sns", "sns:Publish", this::publishFrom);
        timers.on(DEDUPLICATION_SWEEP, (tx, payload) -> {
            repo.deleteExpiredDeduplications(tx, clock.millis());
            timers.schedule(tx, DEDUPLICATION_SWEEP, clock.millis() + DEDUPLICATION_MS, "");
        });
        timers.ensure(DEDUPLICATION_SWEEP, clock.millis() + DEDUPLICATION_MS, "");
    }

    PublishResponse publish(RequestContext ctx, PublishInput in) {
        if (in.phoneNumber() != null) {
            throw invalid("Invalid parameter: Stratus does not send SMS");
        }
        String topicArn = in.topicArn() != null ? in.topicArn() : in.targetArn();
        if (topicArn == null) {
            throw invalid("Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter");
        }
        Published p = store.write(tx -> {
            Topic t = topics.topic(tx, topicArn);
            Outgoing o = prepare(tx, t, in.message(), in.subject(), in.messageStructure(), in.messageAttributes(), in.messageGroupId(),
                    in.messageDeduplicationId());
            return new Published(t.arn(), o, fanOut(tx, t, o));
        });
        p.count(metrics);
        return new PublishResponse(p.message().messageId(), p.message().sequenceNumber());
    }

    PublishBatchResponse publishBatch(RequestContext ctx, PublishBatchInput in) {
        List<PublishBatchRequestEntry> entries = in.publishBatchRequestEntries();
        if (entries.size() > MAX_BATCH) {
            throw new AwsException("TooManyEntriesInBatchRequestException", "The batch request contains more entries than permissible.");
        }
        Set<String> ids = new HashSet<>();
        for (PublishBatchRequestEntry e : entries) {
            if (!ids.add(e.id())) {
                throw new AwsException("BatchEntryIdsNotDistinctException", "Two or more batch entries in the request have the same Id.");
            }
        }
        List<PublishBatchResultEntry> ok = new ArrayList<>();
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        List<Published> published = new ArrayList<>();
        store.write(tx -> {
            ok.clear();
            failed.clear();
            published.clear();
            Topic t = topics.topic(tx, in.topicArn());
            // AWS refuses the whole batch for an entry it cannot take, rather than failing that entry alone.
            List<Outgoing> prepared = new ArrayList<>();
            for (PublishBatchRequestEntry e : entries) {
                prepared.add(prepare(tx, t, e.message(), e.subject(), e.messageStructure(), e.messageAttributes(), e.messageGroupId(),
                        e.messageDeduplicationId()));
            }
            for (int i = 0; i < entries.size(); i++) {
                published.add(new Published(t.arn(), prepared.get(i), fanOut(tx, t, prepared.get(i))));
                ok.add(new PublishBatchResultEntry(entries.get(i).id(), prepared.get(i).messageId(), prepared.get(i).sequenceNumber()));
            }
            return null;
        });
        published.forEach(p -> p.count(metrics));
        return new PublishBatchResponse(ok, failed);
    }

    /** A message accepted, with what its fan-out came to, counted once its transaction committed. */
    private record Published(String topicArn, Outgoing message, SnsMetrics.FanOut fanOut) {
        void count(SnsMetrics metrics) {
            metrics.published(topicArn, message.message().getBytes(StandardCharsets.UTF_8).length, fanOut);
        }
    }

    /** A message another service delivers to a topic (an EventBridge target): published as it is. */
    private List<Jobs.Owed> publishFrom(Delivery d) {
        Published p = store.write(tx -> {
            Topic t = topics.topic(tx, d.destination());
            Outgoing o = prepare(tx, t, d.payload(), d.subject(), null, null, t.fifo() ? "stratus" : null, t.fifo() ? Ids.uuid() : null);
            return new Published(t.arn(), o, fanOut(tx, t, o));
        });
        p.count(metrics);
        return List.of();
    }

    private Outgoing prepare(Tx tx, Topic t, String message, String subject, String structure, Map<String, MessageAttributeValue> attributes,
                             String groupId, String deduplicationId) throws SQLException {
        if (message == null || message.isEmpty()) {
            throw invalid("Invalid parameter: Empty message");
        }
        if (message.getBytes(StandardCharsets.UTF_8).length > MAX_MESSAGE_BYTES) {
            throw invalid("Invalid parameter: Message too long");
        }
        if (subject != null && (subject.isEmpty() || subject.length() > 100)) {
            throw invalid("Invalid parameter: Subject");
        }
        JsonNode structured = null;
        if (structure != null) {
            if (!structure.equals("json")) {
                throw invalid("Invalid parameter: MessageStructure");
            }
            structured = parseStrictly(message);
            if (structured == null || !structured.isObject()) {
                throw invalid("Invalid parameter: Message Structure - JSON message body failed to parse");
            }
            if (!structured.path("default").isTextual()) {
                throw invalid("Invalid parameter: Message Structure - No default entry in JSON message body");
            }
        }
        if (attributes != null) {
            attributes.forEach(Publishing::checkAttribute);
        }
        String sequenceNumber = null;
        if (t.fifo()) {
            if (groupId == null) {
                throw invalid("Invalid parameter: The MessageGroupId parameter is required for FIFO topics");
            }
            if (deduplicationId == null && !"true".equalsIgnoreCase(t.attributes().get("ContentBasedDeduplication"))) {
                throw invalid("Invalid parameter: The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly");
            }
            sequenceNumber = String.format("%020d", clock.millis() * 1000 + sequence.incrementAndGet() % 1000);
            if (deduplicationId == null) {
                deduplicationId = sha256Hex(message);
            }
        } else if (groupId != null) {
            throw invalid("Invalid parameter: MessageGroupId Reason: The request includes MessageGroupId parameter that is not valid for this topic type");
        } else if (deduplicationId != null) {
            throw invalid("Invalid parameter: MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid "
                    + "for this topic type");
        }
        String messageId = Ids.uuid();
        boolean duplicate = false;
        if (t.fifo()) {
            // Within five minutes a FIFO topic takes a deduplication id once; a repeat is answered as the first was, and not delivered.
            // Kept in the store, in the publish's transaction: a restart forgets nothing, a refused batch takes nothing.
            long now = clock.millis();
            SnsRepository.FirstPublish first = repo.deduplicate(tx, t.arn(), deduplicationId, messageId, sequenceNumber, now, now + DEDUPLICATION_MS);
            if (first != null) {
                messageId = first.messageId();
                sequenceNumber = first.sequenceNumber();
                duplicate = true;
            }
        }
        return new Outgoing(messageId, sequenceNumber, message, structured, subject, attributes == null ? Map.of() : attributes, groupId,
                deduplicationId, duplicate, notifications.timestamp());
    }

    private static void checkAttribute(String name, MessageAttributeValue v) {
        String type = v.dataType() == null ? "" : v.dataType();
        String base = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
        if (!Set.of("String", "Number", "Binary").contains(base)) {
            throw invalid("Invalid parameter: MessageAttributes Reason: The message attribute '" + name + "' has an invalid message attribute type, "
                    + "the set of supported type prefixes is Binary, Number, and String.");
        }
        if (base.equals("Binary") ? v.binaryValue() == null : v.stringValue() == null) {
            throw invalid("Invalid parameter: MessageAttributes Reason: The message attribute '" + name + "' must contain non-empty message attribute value "
                    + "for message attribute type '" + type + "'.");
        }
        if (type.equals("String.Array")) {
            JsonNode array = parse(v.stringValue());
            if (array == null || !array.isArray()) {
                throw invalid("Invalid parameter: MessageAttributes Reason: The message attribute '" + name + "' with type 'String.Array' "
                        + "must have a valid JSON array as its value.");
            }
        }
    }

    /**
     * Owes each subscription whose filter policy the message meets its delivery, in the transaction
     * that accepts the message; answers how many it filtered out and emailed.
     */
    private SnsMetrics.FanOut fanOut(Tx tx, Topic t, Outgoing o) throws SQLException {
        if (o.duplicate()) {
            return SnsMetrics.FanOut.NONE;
        }
        int filteredOut = 0;
        int noAttributes = 0;
        int emailed = 0;
        for (Subscription s : repo.subscriptions(tx, t.arn())) {
            if (!s.confirmed()) {
                continue;
            }
            String scope = s.attributes().getOrDefault("FilterPolicyScope", "MessageAttributes");
            if (!SnsFilter.matches(s.attributes().get("FilterPolicy"), scope, o.attributes(), o.message())) {
                filteredOut++;
                if (scope.equals("MessageAttributes") && o.attributes().isEmpty()) {
                    noAttributes++;
                }
                continue;
            }
            String text = o.structured() == null ? o.message()
                    : o.structured().path(s.protocol()).isTextual() ? o.structured().get(s.protocol()).asText() : o.structured().get("default").asText();
            boolean raw = "true".equalsIgnoreCase(s.attributes().get("RawMessageDelivery"));
            String unsubscribeUrl = notifications.unsubscribeUrl(s);
            if (s.protocol().startsWith("email")) {
                String body = s.protocol().equals("email-json")
                        ? Json.string(notifications.envelope(t, s, o, text, "SigningCertURL", "UnsubscribeURL"))
                        : text + "\n\n--\nTo stop receiving notifications from this topic, visit:\n" + unsubscribeUrl + "\n";
                outbox.email(tx, t, s, "Notification", o.messageId(), o.subject() != null ? o.subject() : "AWS Notification Message", body,
                        unsubscribeUrl);
                emailed++;
                continue;
            }
            String payload;
            Map<String, Delivery.Attribute> sqsAttributes = null;
            if (s.protocol().equals("lambda")) {
                payload = Json.string(notifications.lambdaEvent(t, s, o, text));
            } else if (raw) {
                payload = text;
                sqsAttributes = s.protocol().equals("sqs") ? Notifications.sqsAttributes(o.attributes()) : null;
            } else {
                payload = Json.string(notifications.envelope(t, s, o, text, "SigningCertURL", "UnsubscribeURL"));
            }
            String dlq = s.attributes().containsKey("RedrivePolicy") ? parse(s.attributes().get("RedrivePolicy")).path("deadLetterTargetArn").asText() : null;
            boolean fifoQueue = s.protocol().equals("sqs") && s.endpoint().endsWith(".fifo");
            Delivery.Http http = s.protocol().startsWith("http") ? Notifications.http(t, s, "Notification", o.messageId(), raw) : null;
            jobs.owe(tx, new Delivery(s.endpoint(), payload, sqsAttributes, fifoQueue ? o.groupId() : null,
                    fifoQueue ? o.deduplicationId() : null, http == null ? RETRIES : http.retryDelays().size(), MAX_AGE_SECONDS, dlq,
                    Map.of("SUBSCRIPTION_ARN", s.arn(), "TOPIC_ARN", t.arn()), http, Notifications.SNS, t.arn()));
        }
        return new SnsMetrics.FanOut(filteredOut, noAttributes, emailed);
    }

    private static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON with nothing after the value, or null. */
    private static JsonNode parseStrictly(String json) {
        try (var p = Json.MAPPER.createParser(json)) {
            JsonNode n = Json.MAPPER.readTree(p);
            return p.nextToken() == null ? n : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
