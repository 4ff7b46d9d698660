package dev.stratus.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.delivery.Outbox;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sns.SnsRepository.Subscription;
import dev.stratus.sns.SnsRepository.Topic;
import dev.stratus.sns.api.*;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import software.amazon.event.ruler.Machine;

/**
 * Amazon SNS: standard and FIFO topics, subscriptions of SQS queues and Lambda functions with
 * filter policies (matched by AWS's event-ruler) on message attributes or the body, raw delivery,
 * and Publish / PublishBatch, whose deliveries are owed through the outbox in the transaction that
 * accepts the message. Other protocols (http, email, sms, …) are refused for now; other operations
 * answer 501.
 */
public final class SnsService implements SnsApi {
    private static final Pattern TOPIC_NAME = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final int MAX_MESSAGE_BYTES = 256 * 1024;
    private static final int MAX_BATCH = 10;
    /** AWS's delivery policy for AWS-managed endpoints (SQS, Lambda): 100,015 attempts over 23 days. */
    private static final int RETRIES = 100_015;
    private static final int MAX_AGE_SECONDS = 23 * 86_400;
    private static final Set<String> TOPIC_ATTRIBUTES = Set.of("DisplayName", "Policy", "DeliveryPolicy", "KmsMasterKeyId", "SignatureVersion",
            "TracingConfig", "ContentBasedDeduplication", "FifoQueue", "ArchivePolicy", "FifoThroughputScope", "DataProtectionPolicy");
    private static final Set<String> SUBSCRIPTION_ATTRIBUTES = Set.of("RawMessageDelivery", "FilterPolicy", "FilterPolicyScope",
            "RedrivePolicy", "DeliveryPolicy", "SubscriptionRoleArn");

    private final Store store;
    private final Clock clock;
    private final Timers timers;
    private final Outbox outbox;
    private final Supplier<String> endpoint;
    private final SnsRepository repo = new SnsRepository();
    private final AtomicLong sequence = new AtomicLong();

    public SnsService(Store store, Clock clock, Timers timers, Outbox outbox, Supplier<String> endpoint) {
        this.store = store;
        this.clock = clock;
        this.timers = timers;
        this.outbox = outbox;
        this.endpoint = endpoint;
        store.migrate("sns", SnsRepository.MIGRATIONS);
        outbox.register("arn:aws:sns:", this::publishFrom);
    }

    /** A message another service delivers to a topic (an EventBridge target): published as it is. */
    private void publishFrom(String topicArn, String message) {
        store.write(tx -> {
            Topic t = topic(tx, topicArn);
            fanOut(tx, t, prepare(t, message, null, null, null, t.fifo() ? "stratus" : null, t.fifo() ? Ids.uuid() : null));
            return null;
        });
        timers.wake();
    }

    // Topics

    @Override
    public CreateTopicResponse createTopic(RequestContext ctx, CreateTopicInput in) {
        String name = in.name();
        boolean fifoName = name.endsWith(".fifo");
        String base = fifoName ? name.substring(0, name.length() - ".fifo".length()) : name;
        if (!TOPIC_NAME.matcher(base).matches()) {
            throw invalid("Invalid parameter: Topic Name");
        }
        Map<String, String> attributes = new LinkedHashMap<>(in.attributes() == null ? Map.of() : in.attributes());
        for (String key : attributes.keySet()) {
            if (!TOPIC_ATTRIBUTES.contains(key)) {
                throw invalid("Invalid parameter: Attributes Reason: Unknown attribute " + key);
            }
        }
        boolean fifo = "true".equalsIgnoreCase(attributes.getOrDefault("FifoQueue", "false"));
        if (fifo != fifoName) {
            throw invalid(fifo ? "Invalid parameter: Topic Name" : "Invalid parameter: Fifo Topic names must end with .fifo and must be made up of "
                    + "only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long.");
        }
        String arn = "arn:aws:sns:" + ctx.region() + ":" + ctx.accountId() + ":" + name;
        store.write(tx -> {
            Topic existing = repo.topic(tx, arn);
            if (existing != null) {
                for (var e : attributes.entrySet()) {
                    if (!e.getValue().equals(existing.attributes().get(e.getKey()))) {
                        throw invalid("Invalid parameter: Attributes Reason: Topic already exists with different attributes");
                    }
                }
                return null;
            }
            repo.putTopic(tx, new Topic(arn, ctx.accountId(), ctx.region(), attributes));
            if (in.tags() != null) {
                for (Tag t : in.tags()) {
                    repo.putTag(tx, arn, t.key(), t.value());
                }
            }
            return null;
        });
        return new CreateTopicResponse(arn);
    }

    @Override
    public void deleteTopic(RequestContext ctx, DeleteTopicInput in) {
        store.write(tx -> {
            repo.deleteTopic(tx, in.topicArn());
            return null;
        });
    }

    @Override
    public ListTopicsResponse listTopics(RequestContext ctx, ListTopicsInput in) {
        String after = in.nextToken() == null ? "" : token(in.nextToken());
        List<String> arns = store.read(tx -> repo.topicArns(tx, ctx.accountId(), ctx.region(), after, 101));
        List<dev.stratus.sns.api.Topic> page = arns.stream().limit(100).map(dev.stratus.sns.api.Topic::new).toList();
        return new ListTopicsResponse(page, arns.size() > 100 ? nextToken(page.getLast().topicArn()) : null);
    }

    @Override
    public GetTopicAttributesResponse getTopicAttributes(RequestContext ctx, GetTopicAttributesInput in) {
        return store.read(tx -> {
            Topic t = topic(tx, in.topicArn());
            List<Subscription> subs = repo.subscriptions(tx, t.arn());
            Map<String, String> a = new LinkedHashMap<>();
            a.put("TopicArn", t.arn());
            a.put("Owner", t.account());
            a.put("DisplayName", "");
            a.put("Policy", defaultPolicy(t));
            a.put("SubscriptionsConfirmed", Integer.toString(subs.size()));
            a.put("SubscriptionsPending", "0");
            a.put("SubscriptionsDeleted", "0");
            a.put("EffectiveDeliveryPolicy", "{\"http\":{\"defaultHealthyRetryPolicy\":{\"minDelayTarget\":20,\"maxDelayTarget\":20,\"numRetries\":3,"
                    + "\"numMaxDelayRetries\":0,\"numNoDelayRetries\":0,\"numMinDelayRetries\":0,\"backoffFunction\":\"linear\"},"
                    + "\"disableSubscriptionOverrides\":false,\"defaultRequestPolicy\":{\"headerContentType\":\"text/plain; charset=UTF-8\"}}}");
            if (t.fifo()) {
                a.put("FifoQueue", "true");
                a.put("ContentBasedDeduplication", "false");
            }
            a.putAll(t.attributes());
            return new GetTopicAttributesResponse(a);
        });
    }

    @Override
    public void setTopicAttributes(RequestContext ctx, SetTopicAttributesInput in) {
        if (!TOPIC_ATTRIBUTES.contains(in.attributeName()) || in.attributeName().equals("FifoQueue")) {
            throw invalid("Invalid parameter: AttributeName");
        }
        store.write(tx -> {
            Topic t = topic(tx, in.topicArn());
            Map<String, String> a = new LinkedHashMap<>(t.attributes());
            a.put(in.attributeName(), in.attributeValue() == null ? "" : in.attributeValue());
            repo.putTopic(tx, new Topic(t.arn(), t.account(), t.region(), a));
            return null;
        });
    }

    private static String defaultPolicy(Topic t) {
        return "{\"Version\":\"2008-10-17\",\"Id\":\"__default_policy_ID\",\"Statement\":[{\"Sid\":\"__default_statement_ID\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"*\"},\"Action\":[\"SNS:GetTopicAttributes\",\"SNS:SetTopicAttributes\",\"SNS:AddPermission\","
                + "\"SNS:RemovePermission\",\"SNS:DeleteTopic\",\"SNS:Subscribe\",\"SNS:ListSubscriptionsByTopic\",\"SNS:Publish\"],"
                + "\"Resource\":\"" + t.arn() + "\",\"Condition\":{\"StringEquals\":{\"AWS:SourceOwner\":\"" + t.account() + "\"}}}]}";
    }

    // Subscriptions

    @Override
    public SubscribeResponse subscribe(RequestContext ctx, SubscribeInput in) {
        String protocol = in.protocol() == null ? "" : in.protocol();
        String target = in.endpoint() == null ? "" : in.endpoint();
        switch (protocol) {
            case "sqs" -> {
                if (!target.matches("arn:aws:sqs:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_.-]+")) {
                    throw invalid("Invalid parameter: SQS endpoint ARN");
                }
            }
            case "lambda" -> {
                if (!target.matches("arn:aws:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?")) {
                    throw invalid("Invalid parameter: Lambda endpoint ARN");
                }
            }
            case "http", "https", "email", "email-json", "sms", "application", "firehose" ->
                    throw invalid("Invalid parameter: Stratus does not deliver to " + protocol + " subscriptions yet");
            default -> throw invalid("Invalid parameter: Amazon SNS does not support this protocol string: " + protocol);
        }
        Map<String, String> attributes = new LinkedHashMap<>(in.attributes() == null ? Map.of() : in.attributes());
        attributes.forEach((k, v) -> checkSubscriptionAttribute(k, v));
        return store.write(tx -> {
            Topic t = topic(tx, in.topicArn());
            if (t.fifo() && !protocol.equals("sqs")) {
                throw invalid("Invalid parameter: Invalid protocol type: " + protocol);
            }
            for (Subscription s : repo.subscriptions(tx, t.arn())) {
                if (s.protocol().equals(protocol) && s.endpoint().equals(target)) {
                    if (!attributes.isEmpty() && !s.attributes().equals(attributes)) {
                        throw invalid("Invalid parameter: Attributes Reason: Subscription already exists with different attributes");
                    }
                    return new SubscribeResponse(s.arn());
                }
            }
            String arn = t.arn() + ":" + Ids.uuid();
            repo.putSubscription(tx, new Subscription(arn, t.arn(), protocol, target, attributes));
            return new SubscribeResponse(arn);
        });
    }

    private static void checkSubscriptionAttribute(String name, String value) {
        if (!SUBSCRIPTION_ATTRIBUTES.contains(name)) {
            throw invalid("Invalid parameter: Attributes Reason: Unknown attribute " + name);
        }
        switch (name) {
            case "RawMessageDelivery" -> {
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw invalid("Invalid parameter: Attributes Reason: RawMessageDelivery: Invalid value [" + value + "]. Must be true or false.");
                }
            }
            case "FilterPolicy" -> {
                if (!value.isEmpty()) {
                    try {
                        new Machine().addRule("check", value);
                    } catch (Exception e) {
                        throw invalid("Invalid parameter: FilterPolicy: " + e.getMessage());
                    }
                }
            }
            case "FilterPolicyScope" -> {
                if (!value.equals("MessageAttributes") && !value.equals("MessageBody")) {
                    throw invalid("Invalid parameter: Attributes Reason: FilterPolicyScope: Invalid value [" + value
                            + "]. Please use either MessageBody or MessageAttributes");
                }
            }
            case "RedrivePolicy" -> {
                JsonNode p = parse(value);
                if (p == null || !p.path("deadLetterTargetArn").isTextual()) {
                    throw invalid("Invalid parameter: RedrivePolicy: deadLetterTargetArn is missing");
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void unsubscribe(RequestContext ctx, UnsubscribeInput in) {
        store.write(tx -> {
            if (!repo.deleteSubscription(tx, in.subscriptionArn())) {
                throw new AwsException("NotFoundException", "Subscription does not exist");
            }
            return null;
        });
    }

    @Override
    public ListSubscriptionsResponse listSubscriptions(RequestContext ctx, ListSubscriptionsInput in) {
        List<Subscription> all = store.read(tx -> repo.allSubscriptions(tx, ctx.accountId(), ctx.region()));
        int start = in.nextToken() == null ? 0 : index(in.nextToken());
        List<dev.stratus.sns.api.Subscription> page = all.subList(Math.min(start, all.size()), Math.min(all.size(), start + 100)).stream()
                .map(s -> listed(s, ctx.accountId())).toList();
        return new ListSubscriptionsResponse(page, start + 100 < all.size() ? Integer.toString(start + 100) : null);
    }

    @Override
    public ListSubscriptionsByTopicResponse listSubscriptionsByTopic(RequestContext ctx, ListSubscriptionsByTopicInput in) {
        List<Subscription> all = store.read(tx -> repo.subscriptions(tx, topic(tx, in.topicArn()).arn()));
        int start = in.nextToken() == null ? 0 : index(in.nextToken());
        List<dev.stratus.sns.api.Subscription> page = all.subList(Math.min(start, all.size()), Math.min(all.size(), start + 100)).stream()
                .map(s -> listed(s, ctx.accountId())).toList();
        return new ListSubscriptionsByTopicResponse(page, start + 100 < all.size() ? Integer.toString(start + 100) : null);
    }

    private static dev.stratus.sns.api.Subscription listed(Subscription s, String owner) {
        return new dev.stratus.sns.api.Subscription(s.arn(), owner, s.protocol(), s.endpoint(), s.topicArn());
    }

    @Override
    public GetSubscriptionAttributesResponse getSubscriptionAttributes(RequestContext ctx, GetSubscriptionAttributesInput in) {
        Subscription s = store.read(tx -> subscription(tx, in.subscriptionArn()));
        Map<String, String> a = new LinkedHashMap<>();
        a.put("SubscriptionArn", s.arn());
        a.put("TopicArn", s.topicArn());
        a.put("Owner", ctx.accountId());
        a.put("Protocol", s.protocol());
        a.put("Endpoint", s.endpoint());
        a.put("ConfirmationWasAuthenticated", "true");
        a.put("PendingConfirmation", "false");
        a.put("RawMessageDelivery", "false");
        a.putAll(s.attributes());
        if (a.containsKey("FilterPolicy") && !a.containsKey("FilterPolicyScope")) {
            a.put("FilterPolicyScope", "MessageAttributes");
        }
        return new GetSubscriptionAttributesResponse(a);
    }

    @Override
    public void setSubscriptionAttributes(RequestContext ctx, SetSubscriptionAttributesInput in) {
        String value = in.attributeValue() == null ? "" : in.attributeValue();
        checkSubscriptionAttribute(in.attributeName(), value);
        store.write(tx -> {
            Subscription s = subscription(tx, in.subscriptionArn());
            Map<String, String> a = new LinkedHashMap<>(s.attributes());
            if (value.isEmpty() && in.attributeName().equals("FilterPolicy")) {
                a.remove("FilterPolicy");
            } else {
                a.put(in.attributeName(), value);
            }
            repo.putSubscription(tx, new Subscription(s.arn(), s.topicArn(), s.protocol(), s.endpoint(), a));
            return null;
        });
    }

    // Publishing

    /** A message checked and ready to fan out. */
    private record Outgoing(String messageId, String sequenceNumber, String message, JsonNode structured, String subject,
                            Map<String, MessageAttributeValue> attributes, String groupId, String deduplicationId) {
    }

    @Override
    public PublishResponse publish(RequestContext ctx, PublishInput in) {
        if (in.phoneNumber() != null) {
            throw invalid("Invalid parameter: Stratus does not send SMS");
        }
        String topicArn = in.topicArn() != null ? in.topicArn() : in.targetArn();
        if (topicArn == null) {
            throw invalid("Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter");
        }
        Outgoing out = store.write(tx -> {
            Topic t = topic(tx, topicArn);
            Outgoing o = prepare(t, in.message(), in.subject(), in.messageStructure(), in.messageAttributes(), in.messageGroupId(),
                    in.messageDeduplicationId());
            fanOut(tx, t, o);
            return o;
        });
        timers.wake();
        return new PublishResponse(out.messageId(), out.sequenceNumber());
    }

    @Override
    public PublishBatchResponse publishBatch(RequestContext ctx, PublishBatchInput in) {
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
        store.write(tx -> {
            ok.clear();
            failed.clear();
            Topic t = topic(tx, in.topicArn());
            for (PublishBatchRequestEntry e : entries) {
                try {
                    Outgoing o = prepare(t, e.message(), e.subject(), e.messageStructure(), e.messageAttributes(), e.messageGroupId(),
                            e.messageDeduplicationId());
                    fanOut(tx, t, o);
                    ok.add(new PublishBatchResultEntry(e.id(), o.messageId(), o.sequenceNumber()));
                } catch (AwsException refused) {
                    failed.add(new BatchResultErrorEntry(e.id(), refused.code().replace("Exception", ""), refused.getMessage(), true));
                }
            }
            return null;
        });
        timers.wake();
        return new PublishBatchResponse(ok, failed);
    }

    private Outgoing prepare(Topic t, String message, String subject, String structure, Map<String, MessageAttributeValue> attributes, String groupId,
                             String deduplicationId) {
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
            structured = parse(message);
            if (structured == null || !structured.isObject()) {
                throw invalid("Invalid parameter: Message Structure - JSON message body failed to parse");
            }
            if (!structured.path("default").isTextual()) {
                throw invalid("Invalid parameter: Message Structure - No default entry in JSON message body");
            }
        }
        if (attributes != null) {
            attributes.forEach(SnsService::checkAttribute);
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
        } else if (groupId != null) {
            throw invalid("Invalid parameter: MessageGroupId Reason: The request includes MessageGroupId parameter that is not valid for this topic type");
        }
        return new Outgoing(Ids.uuid(), sequenceNumber, message, structured, subject, attributes == null ? Map.of() : attributes, groupId,
                deduplicationId);
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

    /** Owes each subscription whose filter policy the message meets its delivery, in the transaction that accepts the message. */
    private void fanOut(Tx tx, Topic t, Outgoing o) throws SQLException {
        for (Subscription s : repo.subscriptions(tx, t.arn())) {
            if (!SnsFilter.matches(s.attributes().get("FilterPolicy"), s.attributes().getOrDefault("FilterPolicyScope", "MessageAttributes"),
                    o.attributes(), o.message())) {
                continue;
            }
            String text = o.structured() == null ? o.message()
                    : o.structured().has(s.protocol()) ? o.structured().get(s.protocol()).asText() : o.structured().get("default").asText();
            boolean raw = "true".equalsIgnoreCase(s.attributes().get("RawMessageDelivery"));
            String payload;
            Map<String, dev.stratus.sqs.api.MessageAttributeValue> sqsAttributes = null;
            if (s.protocol().equals("lambda")) {
                payload = Json.string(lambdaEvent(t, s, o, text));
            } else if (raw) {
                payload = text;
                sqsAttributes = sqsAttributes(o.attributes());
            } else {
                payload = Json.string(envelope(t, s, o, text, "SigningCertURL", "UnsubscribeURL"));
            }
            String dlq = s.attributes().containsKey("RedrivePolicy") ? parse(s.attributes().get("RedrivePolicy")).path("deadLetterTargetArn").asText() : null;
            outbox.owe(tx, new Outbox.Delivery(s.endpoint(), payload, sqsAttributes, s.endpoint().endsWith(".fifo") ? o.groupId() : null,
                    RETRIES, MAX_AGE_SECONDS, dlq, Map.of("SUBSCRIPTION_ARN", s.arn(), "TOPIC_ARN", t.arn())));
        }
    }

    /** AWS's notification, as SQS subscribers get it (Lambda's names two of its keys differently). */
    private ObjectNode envelope(Topic t, Subscription s, Outgoing o, String text, String certKey, String unsubscribeKey) {
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
        n.put("Timestamp", Instant.ofEpochMilli(clock.millis()).toString());
        if (!t.fifo()) {
            n.put("SignatureVersion", "1");
            n.put("Signature", Base64.getEncoder().encodeToString(("stratus:" + o.messageId()).getBytes(StandardCharsets.UTF_8)));
            n.put(certKey, "https://sns." + t.region() + ".amazonaws.com/SimpleNotificationService-stratus.pem");
        }
        n.put(unsubscribeKey, endpoint.get() + "/?Action=Unsubscribe&SubscriptionArn=" + s.arn());
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

    private ObjectNode lambdaEvent(Topic t, Subscription s, Outgoing o, String text) {
        ObjectNode event = Json.MAPPER.createObjectNode();
        ObjectNode record = event.putArray("Records").addObject();
        record.put("EventSource", "aws:sns");
        record.put("EventVersion", "1.0");
        record.put("EventSubscriptionArn", s.arn());
        record.set("Sns", envelope(t, s, o, text, "SigningCertUrl", "UnsubscribeUrl"));
        return event;
    }

    private static Map<String, dev.stratus.sqs.api.MessageAttributeValue> sqsAttributes(Map<String, MessageAttributeValue> attributes) {
        Map<String, dev.stratus.sqs.api.MessageAttributeValue> out = new LinkedHashMap<>();
        attributes.forEach((k, v) -> out.put(k, new dev.stratus.sqs.api.MessageAttributeValue(v.stringValue(), v.binaryValue(), null, null, v.dataType())));
        return out.isEmpty() ? null : out;
    }

    // Tags

    @Override
    public TagResourceResponse tagResource(RequestContext ctx, TagResourceRequest in) {
        store.write(tx -> {
            topic(tx, in.resourceArn());
            for (Tag t : in.tags()) {
                repo.putTag(tx, in.resourceArn(), t.key(), t.value());
            }
            return null;
        });
        return new TagResourceResponse();
    }

    @Override
    public UntagResourceResponse untagResource(RequestContext ctx, UntagResourceRequest in) {
        store.write(tx -> {
            topic(tx, in.resourceArn());
            for (String k : in.tagKeys()) {
                repo.deleteTag(tx, in.resourceArn(), k);
            }
            return null;
        });
        return new UntagResourceResponse();
    }

    @Override
    public ListTagsForResourceResponse listTagsForResource(RequestContext ctx, ListTagsForResourceRequest in) {
        Map<String, String> tags = store.read(tx -> {
            topic(tx, in.resourceArn());
            return repo.tags(tx, in.resourceArn());
        });
        return new ListTagsForResourceResponse(tags.entrySet().stream().map(e -> new Tag(e.getKey(), e.getValue())).toList());
    }

    // Shared

    private Topic topic(Tx tx, String arn) throws SQLException {
        Topic t = arn == null ? null : repo.topic(tx, arn);
        if (t == null) {
            throw new AwsException("NotFoundException", "Topic does not exist");
        }
        return t;
    }

    private Subscription subscription(Tx tx, String arn) throws SQLException {
        Subscription s = arn == null ? null : repo.subscription(tx, arn);
        if (s == null) {
            throw new AwsException("NotFoundException", "Subscription does not exist");
        }
        return s;
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String nextToken(String after) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(after.getBytes(StandardCharsets.UTF_8));
    }

    private static String token(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("Invalid parameter: NextToken");
        }
    }

    private static int index(String token) {
        try {
            return Math.max(0, Integer.parseInt(token));
        } catch (NumberFormatException e) {
            throw invalid("Invalid parameter: NextToken");
        }
    }

    private static AwsException invalid(String message) {
        return new AwsException("InvalidParameterException", message);
    }
}
