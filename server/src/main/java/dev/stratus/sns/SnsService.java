package dev.stratus.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.platform.Arn;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.Paging;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.TagRules;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sns.SnsRepository.Subscription;
import dev.stratus.sns.SnsRepository.Topic;
import dev.stratus.sns.api.*;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Timers;
import dev.stratus.time.Clock;
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
 * Amazon SNS: standard and FIFO topics; subscriptions of SQS queues, Lambda functions, HTTP/S
 * endpoints and email addresses, with filter policies (matched by AWS's event-ruler) on message
 * attributes or the body and raw delivery; Publish / PublishBatch, whose deliveries are owed as
 * jobs in the transaction that accepts the message. HTTP/S and email subscriptions await
 * confirmation, as in AWS. Email is not sent: it is kept in a local outbox that
 * {@code /_stratus/sns/emails} reads. SMS, mobile push and Firehose are refused; other operations
 * answer 501.
 */
public final class SnsService implements SnsApi {
    private static final Pattern TOPIC_NAME = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final int MAX_MESSAGE_BYTES = 256 * 1024;
    private static final int MAX_BATCH = 10;
    /** AWS's delivery policy for AWS-managed endpoints (SQS, Lambda): 100,015 attempts over 23 days; HTTP/S follows its own policy. */
    private static final int RETRIES = 100_015;
    private static final int MAX_AGE_SECONDS = 23 * 86_400;
    private static final Set<String> TOPIC_ATTRIBUTES = Set.of("DisplayName", "Policy", "DeliveryPolicy", "KmsMasterKeyId", "SignatureVersion",
            "TracingConfig", "ContentBasedDeduplication", "FifoTopic", "ArchivePolicy", "FifoThroughputScope", "DataProtectionPolicy");
    private static final Set<String> SUBSCRIPTION_ATTRIBUTES = Set.of("RawMessageDelivery", "FilterPolicy", "FilterPolicyScope",
            "RedrivePolicy", "DeliveryPolicy", "SubscriptionRoleArn");

    private final Store store;
    private final Clock clock;
    private final Timers timers;
    private final Jobs jobs;
    private final Supplier<String> endpoint;
    private final SnsRepository repo = new SnsRepository();
    private final AtomicLong sequence = new AtomicLong();
    /** How long a FIFO topic remembers a deduplication id: AWS's five-minute deduplication interval. */
    private static final long DEDUPLICATION_MS = 5 * 60 * 1000;
    /** The timer that forgets deduplication ids whose interval is over, every interval. */
    static final String DEDUPLICATION_SWEEP = "sns.deduplication-sweep";
    /** How long a confirmation token is good for: three days, as in AWS. */
    private static final long TOKEN_MS = 3L * 86_400_000;
    private static final String AGENT = "Amazon Simple Notification Service Agent";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    /** SNS's answers to tags that break the common rules (the limit's text is AWS's, as moto records it). */
    private static final TagRules TAG_RULES = new TagRules(r -> invalid("Invalid parameter: Tags Reason: " + r.reason()),
            () -> new AwsException("TagLimitExceededException", "Could not complete request: tag quota of per resource exceeded"), null);

    public SnsService(Store store, Clock clock, Timers timers, Jobs jobs, Supplier<String> endpoint) {
        this.store = store;
        this.clock = clock;
        this.timers = timers;
        this.jobs = jobs;
        this.endpoint = endpoint;
        Tags.migrate(store);
        store.migrate("sns", SnsRepository.MIGRATIONS);
        jobs.register("sns", this::publishFrom);
        timers.on(DEDUPLICATION_SWEEP, (tx, payload) -> {
            repo.deleteExpiredDeduplications(tx, clock.millis());
            timers.schedule(tx, DEDUPLICATION_SWEEP, clock.millis() + DEDUPLICATION_MS, "");
        });
        timers.ensure(DEDUPLICATION_SWEEP, clock.millis() + DEDUPLICATION_MS, "");
    }

    /** A message another service delivers to a topic (an EventBridge target): published as it is. */
    private List<Jobs.Owed> publishFrom(Delivery d) {
        store.write(tx -> {
            Topic t = topic(tx, d.destination());
            fanOut(tx, t, prepare(tx, t, d.payload(), null, null, null, t.fifo() ? "stratus" : null, t.fifo() ? Ids.uuid() : null));
            return null;
        });
        return List.of();
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
        if (attributes.getOrDefault("DeliveryPolicy", "").isEmpty()) {
            attributes.remove("DeliveryPolicy");
        } else {
            DeliveryPolicy.checkTopic(attributes.get("DeliveryPolicy"), "Attributes Reason: ");
            attributes.put("DeliveryPolicy", DeliveryPolicy.storedForTopic(attributes.get("DeliveryPolicy")));
        }
        checkPolicy(attributes.get("Policy"), "Attributes Reason: ");
        boolean fifo = "true".equalsIgnoreCase(attributes.getOrDefault("FifoTopic", "false"));
        if (fifo != fifoName) {
            throw invalid("Invalid parameter: Topic Name");
        }
        Map<String, String> given = checkTags(in.tags());
        String arn = Arn.of("sns", ctx.region(), ctx.accountId(), name).toString();
        store.write(tx -> {
            Topic existing = repo.topic(tx, arn);
            if (existing != null) {
                for (var e : attributes.entrySet()) {
                    if (!e.getValue().equals(existing.attributes().get(e.getKey()))) {
                        throw invalid("Invalid parameter: Attributes Reason: Topic already exists with different attributes");
                    }
                }
                Map<String, String> tags = Tags.list(tx, arn);
                if (in.tags() != null && in.tags().stream().anyMatch(tg -> !tg.value().equals(tags.get(tg.key())))) {
                    throw invalid("Invalid parameter: Tags Reason: Topic already exists with different tags");
                }
                return null;
            }
            repo.putTopic(tx, new Topic(arn, ctx.accountId(), ctx.region(), attributes));
            Tags.put(tx, arn, given, TAG_RULES);
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
        Paging.Listing listing = Paging.Listing.of(t -> invalid("Invalid parameter: NextToken"), "ListTopics", ctx.accountId(), ctx.region());
        String after = in.nextToken() == null ? "" : listing.position(in.nextToken());
        List<String> arns = store.read(tx -> repo.topicArns(tx, ctx.accountId(), ctx.region(), after, 101));
        List<dev.stratus.sns.api.Topic> page = arns.stream().limit(100).map(dev.stratus.sns.api.Topic::new).toList();
        return new ListTopicsResponse(page, arns.size() > 100 ? listing.token(page.getLast().topicArn()) : null);
    }

    @Override
    public GetTopicAttributesResponse getTopicAttributes(RequestContext ctx, GetTopicAttributesInput in) {
        return store.read(tx -> {
            Topic t = topic(tx, in.topicArn());
            List<Subscription> subs = repo.subscriptions(tx, t.arn());
            long confirmed = subs.stream().filter(Subscription::confirmed).count();
            Map<String, String> a = new LinkedHashMap<>();
            a.put("TopicArn", t.arn());
            a.put("Owner", t.account());
            a.put("DisplayName", "");
            a.put("Policy", defaultPolicy(t));
            a.put("SubscriptionsConfirmed", Long.toString(confirmed));
            a.put("SubscriptionsPending", Long.toString(subs.size() - confirmed));
            a.put("SubscriptionsDeleted", "0");
            a.put("EffectiveDeliveryPolicy", DeliveryPolicy.effectiveForTopic(t.attributes().get("DeliveryPolicy")));
            if (t.fifo()) {
                a.put("FifoTopic", "true");
                a.put("ContentBasedDeduplication", "false");
            }
            a.putAll(t.attributes());
            return new GetTopicAttributesResponse(a);
        });
    }

    @Override
    public void setTopicAttributes(RequestContext ctx, SetTopicAttributesInput in) {
        store.write(tx -> {
            Topic t = topic(tx, in.topicArn());
            if (!TOPIC_ATTRIBUTES.contains(in.attributeName()) || in.attributeName().equals("FifoTopic")) {
                throw invalid("Invalid parameter: AttributeName");
            }
            Map<String, String> a = new LinkedHashMap<>(t.attributes());
            String value = in.attributeValue() == null ? "" : in.attributeValue();
            if (value.isEmpty() && in.attributeName().equals("DeliveryPolicy")) {
                a.remove("DeliveryPolicy");
            } else {
                if (in.attributeName().equals("DeliveryPolicy")) {
                    DeliveryPolicy.checkTopic(value);
                    value = DeliveryPolicy.storedForTopic(value);
                }
                if (in.attributeName().equals("Policy")) {
                    checkPolicy(value, "");
                }
                a.put(in.attributeName(), value);
            }
            repo.putTopic(tx, new Topic(t.arn(), t.account(), t.region(), a));
            return null;
        });
    }

    /** Tags given as a list, as a map: refused when a key comes twice or a tag breaks the common rules. */
    private static Map<String, String> checkTags(List<Tag> tags) {
        if (tags != null && tags.stream().map(Tag::key).distinct().count() < tags.size()) {
            throw invalid("Invalid parameter: Duplicated keys are not allowed.");
        }
        Map<String, String> map = new LinkedHashMap<>();
        if (tags != null) {
            tags.forEach(t -> map.put(t.key(), t.value()));
        }
        Tags.check(map, TAG_RULES);
        return map;
    }

    /** A topic's Policy until one is set: its owner's account may do everything to it, as AWS writes it. */
    private static String defaultPolicy(Topic t) {
        return PolicyDocument.empty("2008-10-17", "__default_policy_ID").with(PolicyDocument.Statement.allow("__default_statement_ID",
                PolicyDocument.Principal.of("AWS", "*"), List.of("SNS:GetTopicAttributes", "SNS:SetTopicAttributes", "SNS:AddPermission",
                        "SNS:RemovePermission", "SNS:DeleteTopic", "SNS:Subscribe", "SNS:ListSubscriptionsByTopic", "SNS:Publish"),
                t.arn(), Map.of("StringEquals", Map.of("AWS:SourceOwner", t.account())))).toJson();
    }

    /** A topic's Policy given to CreateTopic or SetTopicAttributes: a document in IAM's grammar (or empty, as before), kept as given. */
    private static void checkPolicy(String policy, String reason) {
        if (policy == null || policy.isEmpty()) {
            return;
        }
        try {
            PolicyDocument.parse(policy);
        } catch (PolicyDocument.Malformed e) {
            throw invalid("Invalid parameter: " + reason + "Policy Error: " + e.getMessage());
        }
    }

    // Subscriptions

    @Override
    public SubscribeResponse subscribe(RequestContext ctx, SubscribeInput in) {
        String protocol = in.protocol() == null ? "" : in.protocol();
        String target = in.endpoint() == null ? "" : in.endpoint();
        switch (protocol) {
            case "sqs" -> {
                if (!endpointArn(target, "sqs", "[A-Za-z0-9_.-]+")) {
                    throw invalid("Invalid parameter: SQS endpoint ARN");
                }
            }
            case "lambda" -> {
                if (!endpointArn(target, "lambda", "function:[A-Za-z0-9_-]+(:[A-Za-z0-9_$-]+)?")) {
                    throw invalid("Invalid parameter: Lambda endpoint ARN");
                }
            }
            case "http", "https" -> {
                if (!target.startsWith(protocol + "://") || !validUrl(target)) {
                    throw invalid("Invalid parameter: Endpoint must match the specified protocol");
                }
                if (isStratus(target)) {
                    // Its posts would be API calls, their JSON read as parameters: a topic could delete itself.
                    throw invalid("Invalid parameter: Endpoint Reason: Stratus does not deliver to its own API endpoint");
                }
            }
            case "email", "email-json" -> {
                if (!target.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                    throw invalid("Invalid parameter: Email address");
                }
            }
            case "sms", "application", "firehose" -> throw invalid("Invalid parameter: Stratus does not deliver to " + protocol + " subscriptions");
            default -> throw invalid("Invalid parameter: Amazon SNS does not support this protocol string: " + protocol);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        if (in.attributes() != null) {
            in.attributes().forEach((k, v) -> attributes.put(k, checkSubscriptionAttribute(k, v, attributes.getOrDefault("FilterPolicyScope",
                    in.attributes().getOrDefault("FilterPolicyScope", "MessageAttributes")), "Attributes Reason: ")));
        }
        if (protocol.startsWith("email") && "true".equals(attributes.get("RawMessageDelivery"))) {
            throw invalid("Invalid parameter: Attributes Reason: Delivery protocol [" + protocol + "] does not support raw message delivery.");
        }
        SubscribeResponse answer = store.write(tx -> {
            Topic t = topic(tx, in.topicArn());
            if (t.fifo() && !protocol.equals("sqs")) {
                throw invalid("Invalid parameter: Invalid protocol type: " + protocol);
            }
            if (!t.fifo() && protocol.equals("sqs") && target.endsWith(".fifo")) {
                throw invalid("Invalid parameter: Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics");
            }
            for (Subscription s : repo.subscriptions(tx, t.arn())) {
                if (s.protocol().equals(protocol) && s.endpoint().equals(target)) {
                    Map<String, String> current = withDefaults(s.attributes());
                    boolean same = attributes.entrySet().stream().allMatch(e -> e.getKey().equals("FilterPolicyScope") && !current.containsKey("FilterPolicy")
                            ? e.getValue().equals("MessageAttributes") : e.getValue().equals(current.get(e.getKey())));
                    if (!same) {
                        throw invalid("Invalid parameter: Attributes Reason: Subscription already exists with different attributes");
                    }
                    if (!s.confirmed()) {
                        // Subscribing again asks again: with the same token while it is good, else with a new one.
                        Subscription asked = s.tokenExpires() >= clock.millis() ? s
                                : new Subscription(s.arn(), s.topicArn(), s.protocol(), s.endpoint(), s.attributes(), false, token(), clock.millis() + TOKEN_MS);
                        repo.putSubscription(tx, asked);
                        requestConfirmation(tx, t, asked);
                    }
                    return subscribed(s, in.returnSubscriptionArn());
                }
            }
            String arn = t.arn() + ":" + Ids.uuid();
            boolean confirmed = protocol.equals("sqs") || protocol.equals("lambda");
            Subscription s = new Subscription(arn, t.arn(), protocol, target, attributes, confirmed, confirmed ? null : token(),
                    confirmed ? 0 : clock.millis() + TOKEN_MS);
            repo.putSubscription(tx, s);
            if (!confirmed) {
                requestConfirmation(tx, t, s);
            }
            return subscribed(s, in.returnSubscriptionArn());
        });
        return answer;
    }

    /** What Subscribe answers: an unconfirmed subscription's ARN only when asked for it. */
    private static SubscribeResponse subscribed(Subscription s, Boolean returnArn) {
        return new SubscribeResponse(s.confirmed() || Boolean.TRUE.equals(returnArn) ? s.arn() : "pending confirmation");
    }

    @Override
    public ConfirmSubscriptionResponse confirmSubscription(RequestContext ctx, ConfirmSubscriptionInput in) {
        // AWS's order, as recorded: the topic ARN must be of the endpoint's region, the token well formed (hex), then known.
        // A visit to a SubscribeURL is unsigned and names no region, and one Stratus endpoint stands for every region's:
        // there the region is the one of the topic the token was issued for.
        Arn arn = Arn.parse(in.topicArn()).filter(a -> a.service().equals("sns") && !a.resource().contains(":")).orElse(null);
        boolean signed = ctx.accessKeyId() != null;
        if (arn == null || (signed && !arn.region().equals(ctx.region()))) {
            throw invalid("Invalid parameter: Topic");
        }
        if (in.token() == null || !in.token().matches("(?:[0-9a-fA-F]{2})+")) {
            throw invalid("Invalid token");
        }
        return store.write(tx -> {
            Subscription s = repo.subscriptionByToken(tx, in.token());
            String region = s == null ? ctx.region() : Arn.parse(s.topicArn()).orElseThrow().region();
            if (!signed && !arn.region().equals(region)) {
                throw invalid("Invalid parameter: Topic");
            }
            Topic named = repo.topic(tx, in.topicArn());
            // A token answers for its own topic, and for three days; confirming twice is no error. AWS goes by the
            // token alone when the ARN names no topic at all, and so does Stratus.
            if (s == null || (named != null && !s.topicArn().equals(named.arn())) || (!s.confirmed() && s.tokenExpires() < clock.millis())) {
                throw invalid("Invalid parameter: Token");
            }
            if (!s.confirmed()) {
                // An unsigned confirmation (a visit to the SubscribeURL) is not an authenticated one.
                Map<String, String> a = new LinkedHashMap<>(s.attributes());
                a.put("ConfirmationWasAuthenticated", Boolean.toString(signed));
                repo.putSubscription(tx, new Subscription(s.arn(), s.topicArn(), s.protocol(), s.endpoint(), a, true, s.token(), s.tokenExpires()));
            }
            return new ConfirmSubscriptionResponse(s.arn());
        });
    }

    /** Sends an HTTP/S or email subscription the message that asks its owner to confirm it. */
    private void requestConfirmation(Tx tx, Topic t, Subscription s) throws SQLException {
        String messageId = Ids.uuid();
        String subscribeUrl = endpoint.get() + "/?Action=ConfirmSubscription&TopicArn=" + t.arn() + "&Token=" + s.token();
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("Type", "SubscriptionConfirmation");
        n.put("MessageId", messageId);
        n.put("Token", s.token());
        n.put("TopicArn", t.arn());
        n.put("Message", "You have chosen to subscribe to the topic " + t.arn() + ".\nTo confirm the subscription, visit the SubscribeURL included in this message.");
        n.put("SubscribeURL", subscribeUrl);
        n.put("Timestamp", timestamp());
        sign(n, t, messageId, "SigningCertURL");
        if (s.protocol().startsWith("http")) {
            Delivery.Http http = http(t, s, "SubscriptionConfirmation", messageId, false);
            jobs.owe(tx, new Delivery(s.endpoint(), Json.string(n), null, null, null, http.retryDelays().size(), MAX_AGE_SECONDS, null, Map.of(),
                    http));
        } else {
            String body = s.protocol().equals("email-json") ? Json.string(n)
                    : "You have chosen to subscribe to the topic:\n" + t.arn() + "\n\nTo confirm this subscription, visit the link below "
                    + "(if this was in error, do nothing):\n" + subscribeUrl + "\n";
            email(tx, t, s, "SubscriptionConfirmation", messageId, "AWS Notification - Subscription Confirmation", body, subscribeUrl);
        }
    }

    /** How an HTTP/S subscription's messages are posted: SNS's headers, and its delivery policy's retries. */
    private static Delivery.Http http(Topic t, Subscription s, String type, String messageId, boolean raw) {
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

    /** Keeps an email in the local outbox, in the transaction that owes it. */
    private void email(Tx tx, Topic t, Subscription s, String type, String messageId, String subject, String body, String link) throws SQLException {
        ObjectNode e = Json.MAPPER.createObjectNode();
        String name = t.attributes().getOrDefault("DisplayName", "");
        e.put("From", (name.isEmpty() ? "AWS Notifications" : name) + " <no-reply@sns.amazonaws.com>");
        e.put("To", s.endpoint());
        e.put("Subject", subject);
        e.put("Body", body);
        e.put("Type", type);
        e.put("MessageId", messageId);
        e.put("TopicArn", t.arn());
        e.put("SubscriptionArn", s.arn());
        e.put(type.equals("SubscriptionConfirmation") ? "SubscribeURL" : "UnsubscribeURL", link);
        e.put("Timestamp", timestamp());
        repo.putEmail(tx, s.endpoint(), Json.string(e));
    }

    /** The emails SNS has "sent", oldest first, for one address or all: what {@code GET /_stratus/sns/emails} answers. */
    public List<JsonNode> emails(String address) {
        return store.read(tx -> repo.emails(tx, address)).stream().map(e -> parse(e.email())).toList();
    }

    /** Empties the email outbox, for one address or all; answers how many were removed. */
    public int clearEmails(String address) {
        return store.write(tx -> repo.deleteEmails(tx, address));
    }

    private static String token() {
        byte[] b = new byte[64];
        RANDOM.nextBytes(b);
        return java.util.HexFormat.of().formatHex(b);
    }

    /** Whether a URL names this Stratus's own port on this machine, by "localhost" or an address of it. */
    private boolean isStratus(String url) {
        try {
            java.net.URI u = new java.net.URI(url);
            java.net.URI self = new java.net.URI(endpoint.get());
            int port = u.getPort() != -1 ? u.getPort() : u.getScheme().equals("https") ? 443 : 80;
            if (port != self.getPort()) {
                return false;
            }
            if (u.getHost().equalsIgnoreCase("localhost")) {
                return true;
            }
            // An address literal only: a name would need a DNS lookup on the request's time.
            String literal = u.getHost().replaceAll("^\\[|\\]$", "");
            if (!literal.matches("[0-9.]+|[0-9a-fA-F:.%]*:[0-9a-fA-F:.%]*")) {
                return false;
            }
            java.net.InetAddress host = java.net.InetAddress.getByName(literal);
            return host.isLoopbackAddress() || host.isAnyLocalAddress() || java.net.NetworkInterface.getByInetAddress(host) != null;
        } catch (java.net.URISyntaxException | java.io.IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** AWS's timestamps always carry milliseconds, where Instant.toString drops ".000". */
    private static final java.time.format.DateTimeFormatter TIMESTAMP = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private String timestamp() {
        return TIMESTAMP.format(Instant.ofEpochMilli(clock.millis()));
    }

    private static boolean validUrl(String url) {
        try {
            java.net.URI u = new java.net.URI(url);
            return u.getHost() != null && !u.getHost().isEmpty();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }


    /** A subscription's attributes with their defaults written out, to compare with what a repeated Subscribe gives. */
    private static Map<String, String> withDefaults(Map<String, String> attributes) {
        Map<String, String> a = new LinkedHashMap<>(attributes);
        a.putIfAbsent("RawMessageDelivery", "false");
        if (a.containsKey("FilterPolicy")) {
            a.putIfAbsent("FilterPolicyScope", "MessageAttributes");
        } else {
            a.remove("FilterPolicyScope");
        }
        return a;
    }

    /**
     * Checks a subscription attribute and answers its value as stored; {@code reason} prefixes the
     * messages AWS words differently through Subscribe ("Attributes Reason: ").
     */
    private static String checkSubscriptionAttribute(String name, String value, String scope, String reason) {
        if (!SUBSCRIPTION_ATTRIBUTES.contains(name)) {
            throw invalid(reason.isEmpty() ? "Invalid parameter: AttributeName" : "Invalid parameter: Attributes Reason: Unknown attribute " + name);
        }
        switch (name) {
            case "RawMessageDelivery" -> {
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw invalid("Invalid parameter: " + reason + "RawMessageDelivery: Invalid value [" + value + "]. Must be true or false.");
                }
                return value.toLowerCase(java.util.Locale.ROOT);
            }
            case "FilterPolicy" -> {
                if (!value.isEmpty()) {
                    JsonNode policy;
                    try {
                        policy = Json.MAPPER.readTree(value);
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw invalid("Invalid parameter: " + reason + "FilterPolicy: failed to parse JSON. " + e.getOriginalMessage());
                    }
                    if (policy == null || !policy.isObject()) {
                        throw invalid("Invalid parameter: " + reason + "FilterPolicy: failed to parse JSON. Filter policy must be a JSON object");
                    }
                    if (scope.equals("MessageAttributes")) {
                        for (var e : policy.properties()) {
                            if (!e.getKey().equals("$or") && e.getValue().isObject()) {
                                throw invalid("Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy");
                            }
                        }
                    }
                    try {
                        new Machine().addRule("check", value);
                    } catch (Exception e) {
                        throw invalid("Invalid parameter: " + reason + "FilterPolicy: " + e.getMessage());
                    }
                }
                return value;
            }
            case "FilterPolicyScope" -> {
                if (!value.equals("MessageAttributes") && !value.equals("MessageBody")) {
                    throw invalid("Invalid parameter: " + reason + "FilterPolicyScope: Invalid value [" + value
                            + "]. Please use either MessageBody or MessageAttributes");
                }
                return value;
            }
            case "RedrivePolicy" -> {
                JsonNode p;
                try {
                    p = Json.MAPPER.readTree(value);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw invalid("Invalid parameter: " + reason + "RedrivePolicy: failed to parse JSON. " + e.getOriginalMessage());
                }
                if (p == null || !p.path("deadLetterTargetArn").isTextual() || Arn.parse(p.path("deadLetterTargetArn").asText()).isEmpty()) {
                    throw invalid("Invalid parameter: " + reason + "RedrivePolicy: deadLetterTargetArn is an invalid arn");
                }
                return value;
            }
            case "DeliveryPolicy" -> {
                if (value.isEmpty()) {
                    return value;
                }
                DeliveryPolicy.checkSubscription(value, reason);
                return DeliveryPolicy.storedForSubscription(value);
            }
            default -> {
                return value;
            }
        }
    }

    @Override
    public void unsubscribe(RequestContext ctx, UnsubscribeInput in) {
        checkArn("SubscriptionArn", in.subscriptionArn());
        if (Arn.parse(in.subscriptionArn()).filter(a -> a.resource().contains(":")).isEmpty()) {
            throw invalid("Invalid parameter: SubscriptionId");
        }
        // Unsubscribing what is already gone succeeds, as in AWS.
        store.write(tx -> repo.deleteSubscription(tx, in.subscriptionArn()));
    }

    @Override
    public ListSubscriptionsResponse listSubscriptions(RequestContext ctx, ListSubscriptionsInput in) {
        Page page = page(store.read(tx -> repo.allSubscriptions(tx, ctx.accountId(), ctx.region())), in.nextToken(), ctx.accountId(),
                "ListSubscriptions", ctx.accountId(), ctx.region());
        return new ListSubscriptionsResponse(page.subscriptions(), page.nextToken());
    }

    @Override
    public ListSubscriptionsByTopicResponse listSubscriptionsByTopic(RequestContext ctx, ListSubscriptionsByTopicInput in) {
        Page page = page(store.read(tx -> repo.subscriptions(tx, topic(tx, in.topicArn()).arn())), in.nextToken(), ctx.accountId(),
                "ListSubscriptionsByTopic", in.topicArn());
        return new ListSubscriptionsByTopicResponse(page.subscriptions(), page.nextToken());
    }

    private record Page(List<dev.stratus.sns.api.Subscription> subscriptions, String nextToken) {
    }

    /** A hundred subscriptions from where {@code token} of the listing {@code scope} points, as listed, and the token of the next hundred. */
    private static Page page(List<Subscription> all, String token, String owner, Object... scope) {
        Paging.Page<Subscription> p = Paging.Listing.of(t -> invalid("Invalid parameter: NextToken"), scope).page(all, token, 100);
        return new Page(p.items().stream().map(s -> listed(s, owner)).toList(), p.nextToken());
    }

    private static dev.stratus.sns.api.Subscription listed(Subscription s, String owner) {
        return new dev.stratus.sns.api.Subscription(s.confirmed() ? s.arn() : "PendingConfirmation", owner, s.protocol(), s.endpoint(), s.topicArn());
    }

    @Override
    public GetSubscriptionAttributesResponse getSubscriptionAttributes(RequestContext ctx, GetSubscriptionAttributesInput in) {
        record Found(Subscription subscription, Topic topic) {
        }
        Found found = store.read(tx -> {
            Subscription s = subscription(tx, in.subscriptionArn());
            return new Found(s, repo.topic(tx, s.topicArn()));
        });
        Subscription s = found.subscription();
        Map<String, String> a = new LinkedHashMap<>();
        a.put("SubscriptionArn", s.arn());
        a.put("TopicArn", s.topicArn());
        a.put("Owner", ctx.accountId());
        a.put("Protocol", s.protocol());
        a.put("Endpoint", s.endpoint());
        a.put("ConfirmationWasAuthenticated", Boolean.toString(s.confirmed()));
        a.put("PendingConfirmation", Boolean.toString(!s.confirmed()));
        a.put("RawMessageDelivery", "false");
        a.put("SubscriptionPrincipal", Arn.accountRoot(ctx.region(), ctx.accountId()).toString());
        a.putAll(s.attributes());
        if (a.containsKey("FilterPolicy") && !a.containsKey("FilterPolicyScope")) {
            a.put("FilterPolicyScope", "MessageAttributes");
        }
        if (s.protocol().startsWith("http") && found.topic() != null) {
            a.put("EffectiveDeliveryPolicy", DeliveryPolicy.effectiveForSubscription(found.topic().attributes().get("DeliveryPolicy"),
                    s.attributes().get("DeliveryPolicy")));
        }
        return new GetSubscriptionAttributesResponse(a);
    }

    @Override
    public void setSubscriptionAttributes(RequestContext ctx, SetSubscriptionAttributesInput in) {
        String given = in.attributeValue() == null ? "" : in.attributeValue();
        store.write(tx -> {
            Subscription s = subscription(tx, in.subscriptionArn());
            if (s.protocol().startsWith("email") && in.attributeName().equals("RawMessageDelivery") && given.equalsIgnoreCase("true")) {
                throw invalid("Invalid parameter: Delivery protocol [" + s.protocol() + "] does not support raw message delivery.");
            }
            String value = checkSubscriptionAttribute(in.attributeName(), given, s.attributes().getOrDefault("FilterPolicyScope", "MessageAttributes"), "");
            Map<String, String> a = new LinkedHashMap<>(s.attributes());
            if (value.isEmpty() && (in.attributeName().equals("FilterPolicy") || in.attributeName().equals("DeliveryPolicy"))) {
                a.remove(in.attributeName());
            } else {
                a.put(in.attributeName(), value);
            }
            repo.putSubscription(tx, s.withAttributes(a));
            return null;
        });
    }

    // Publishing

    /** A message checked and ready to fan out. */
    private record Outgoing(String messageId, String sequenceNumber, String message, JsonNode structured, String subject,
                            Map<String, MessageAttributeValue> attributes, String groupId, String deduplicationId, boolean duplicate,
                            String timestamp) {
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
            Outgoing o = prepare(tx, t, in.message(), in.subject(), in.messageStructure(), in.messageAttributes(), in.messageGroupId(),
                    in.messageDeduplicationId());
            fanOut(tx, t, o);
            return o;
        });
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
            // AWS refuses the whole batch for an entry it cannot take, rather than failing that entry alone.
            List<Outgoing> prepared = new ArrayList<>();
            for (PublishBatchRequestEntry e : entries) {
                prepared.add(prepare(tx, t, e.message(), e.subject(), e.messageStructure(), e.messageAttributes(), e.messageGroupId(),
                        e.messageDeduplicationId()));
            }
            for (int i = 0; i < entries.size(); i++) {
                fanOut(tx, t, prepared.get(i));
                ok.add(new PublishBatchResultEntry(entries.get(i).id(), prepared.get(i).messageId(), prepared.get(i).sequenceNumber()));
            }
            return null;
        });
        return new PublishBatchResponse(ok, failed);
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
                deduplicationId, duplicate, timestamp());
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
        if (o.duplicate()) {
            return;
        }
        for (Subscription s : repo.subscriptions(tx, t.arn())) {
            if (!s.confirmed()) {
                continue;
            }
            if (!SnsFilter.matches(s.attributes().get("FilterPolicy"), s.attributes().getOrDefault("FilterPolicyScope", "MessageAttributes"),
                    o.attributes(), o.message())) {
                continue;
            }
            String text = o.structured() == null ? o.message()
                    : o.structured().path(s.protocol()).isTextual() ? o.structured().get(s.protocol()).asText() : o.structured().get("default").asText();
            boolean raw = "true".equalsIgnoreCase(s.attributes().get("RawMessageDelivery"));
            String unsubscribeUrl = endpoint.get() + "/?Action=Unsubscribe&SubscriptionArn=" + s.arn();
            if (s.protocol().startsWith("email")) {
                String body = s.protocol().equals("email-json") ? Json.string(envelope(t, s, o, text, "SigningCertURL", "UnsubscribeURL"))
                        : text + "\n\n--\nTo stop receiving notifications from this topic, visit:\n" + unsubscribeUrl + "\n";
                email(tx, t, s, "Notification", o.messageId(), o.subject() != null ? o.subject() : "AWS Notification Message", body, unsubscribeUrl);
                continue;
            }
            String payload;
            Map<String, Delivery.Attribute> sqsAttributes = null;
            if (s.protocol().equals("lambda")) {
                payload = Json.string(lambdaEvent(t, s, o, text));
            } else if (raw) {
                payload = text;
                sqsAttributes = s.protocol().equals("sqs") ? sqsAttributes(o.attributes()) : null;
            } else {
                payload = Json.string(envelope(t, s, o, text, "SigningCertURL", "UnsubscribeURL"));
            }
            String dlq = s.attributes().containsKey("RedrivePolicy") ? parse(s.attributes().get("RedrivePolicy")).path("deadLetterTargetArn").asText() : null;
            boolean fifoQueue = s.protocol().equals("sqs") && s.endpoint().endsWith(".fifo");
            Delivery.Http http = s.protocol().startsWith("http") ? http(t, s, "Notification", o.messageId(), raw) : null;
            jobs.owe(tx, new Delivery(s.endpoint(), payload, sqsAttributes, fifoQueue ? o.groupId() : null,
                    fifoQueue ? o.deduplicationId() : null, http == null ? RETRIES : http.retryDelays().size(), MAX_AGE_SECONDS, dlq,
                    Map.of("SUBSCRIPTION_ARN", s.arn(), "TOPIC_ARN", t.arn()), http));
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
        n.put("Timestamp", o.timestamp());
        if (!t.fifo()) {
            sign(n, t, o.messageId(), certKey);
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

    /** The signature fields; placeholders, as nothing here holds AWS's signing key. */
    private static void sign(ObjectNode n, Topic t, String messageId, String certKey) {
        n.put("SignatureVersion", "1");
        n.put("Signature", Base64.getEncoder().encodeToString(("stratus:" + messageId).getBytes(StandardCharsets.UTF_8)));
        n.put(certKey, "https://sns." + t.region() + ".amazonaws.com/SimpleNotificationService-stratus.pem");
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

    private static Map<String, Delivery.Attribute> sqsAttributes(Map<String, MessageAttributeValue> attributes) {
        Map<String, Delivery.Attribute> out = new LinkedHashMap<>();
        attributes.forEach((k, v) -> out.put(k, new Delivery.Attribute(v.stringValue(), v.binaryValue(), v.dataType())));
        return out.isEmpty() ? null : out;
    }

    // Tags

    @Override
    public TagResourceResponse tagResource(RequestContext ctx, TagResourceRequest in) {
        Map<String, String> given = checkTags(in.tags());
        store.write(tx -> {
            tagged(tx, in.resourceArn());
            Tags.put(tx, in.resourceArn(), given, TAG_RULES);
            return null;
        });
        return new TagResourceResponse();
    }

    @Override
    public UntagResourceResponse untagResource(RequestContext ctx, UntagResourceRequest in) {
        store.write(tx -> {
            tagged(tx, in.resourceArn());
            Tags.remove(tx, in.resourceArn(), in.tagKeys());
            return null;
        });
        return new UntagResourceResponse();
    }

    @Override
    public ListTagsForResourceResponse listTagsForResource(RequestContext ctx, ListTagsForResourceRequest in) {
        Map<String, String> tags = store.read(tx -> {
            tagged(tx, in.resourceArn());
            return Tags.list(tx, in.resourceArn());
        });
        return new ListTagsForResourceResponse(tags.entrySet().stream().map(e -> new Tag(e.getKey(), e.getValue())).toList());
    }

    // Shared

    private Topic topic(Tx tx, String arn) throws SQLException {
        return existing(tx, "TopicArn", arn, new AwsException("NotFoundException", "Topic does not exist"));
    }

    /** The topic a tagging operation names: these answer ResourceNotFound for one that does not exist, as their model declares. */
    private Topic tagged(Tx tx, String arn) throws SQLException {
        return existing(tx, "ResourceArn", arn, new AwsException("ResourceNotFoundException", "Resource does not exist"));
    }

    private Topic existing(Tx tx, String member, String arn, AwsException notFound) throws SQLException {
        checkArn(member, arn);
        Topic t = repo.topic(tx, arn);
        if (t == null) {
            throw notFound;
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

    /** An endpoint's ARN as Subscribe takes it: of the protocol's service, in a region and a 12-digit account. */
    private static boolean endpointArn(String target, String service, String resource) {
        return Arn.parse(target).filter(a -> a.service().equals(service) && a.region().matches("[a-z0-9-]+") && a.account().matches("\\d{12}")
                && a.resource().matches(resource)).isPresent();
    }

    /** What AWS says of an ARN with too few parts, before it looks anything up: it counts the parts of the text as given. */
    private static void checkArn(String member, String arn) {
        int parts = arn == null ? 0 : arn.split(":", -1).length;
        if (parts < 6) {
            throw invalid("Invalid parameter: " + member + " Reason: An ARN must have at least 6 elements, not " + parts);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static AwsException invalid(String message) {
        return new AwsException("InvalidParameterException", message);
    }
}
