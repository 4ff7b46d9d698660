package dev.stratus.sns;

import static dev.stratus.sns.Notifications.MAX_AGE_SECONDS;
import static dev.stratus.sns.Parameters.checkArn;
import static dev.stratus.sns.Parameters.invalid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.platform.Arn;
import dev.stratus.platform.Paging;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.Jobs;
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
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Subscriptions: Subscribe, ConfirmSubscription, Unsubscribe, the listings and the attributes. An
 * HTTP/S or email subscription awaits confirmation, asked for with a token good for three days.
 */
final class Subscriptions {
    /** How long a confirmation token is good for: three days, as in AWS. */
    private static final long TOKEN_MS = 3L * 86_400_000;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final Store store;
    private final Clock clock;
    private final Jobs jobs;
    private final Supplier<String> endpoint;
    private final SnsRepository repo;
    private final Topics topics;
    private final Notifications notifications;
    private final EmailOutbox outbox;

    Subscriptions(Store store, Clock clock, Jobs jobs, Supplier<String> endpoint, SnsRepository repo, Topics topics, Notifications notifications,
                  EmailOutbox outbox) {
        this.store = store;
        this.clock = clock;
        this.jobs = jobs;
        this.endpoint = endpoint;
        this.repo = repo;
        this.topics = topics;
        this.notifications = notifications;
        this.outbox = outbox;
    }

    SubscribeResponse subscribe(RequestContext ctx, SubscribeInput in) {
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
            in.attributes().forEach((k, v) -> attributes.put(k, SubscriptionAttributes.check(k, v, attributes.getOrDefault("FilterPolicyScope",
                    in.attributes().getOrDefault("FilterPolicyScope", "MessageAttributes")), "Attributes Reason: ")));
        }
        if (protocol.startsWith("email") && "true".equals(attributes.get("RawMessageDelivery"))) {
            throw invalid("Invalid parameter: Attributes Reason: Delivery protocol [" + protocol + "] does not support raw message delivery.");
        }
        SubscribeResponse answer = store.write(tx -> {
            Topic t = topics.topic(tx, in.topicArn());
            if (t.fifo() && !protocol.equals("sqs")) {
                throw invalid("Invalid parameter: Invalid protocol type: " + protocol);
            }
            if (!t.fifo() && protocol.equals("sqs") && target.endsWith(".fifo")) {
                throw invalid("Invalid parameter: Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics");
            }
            for (Subscription s : repo.subscriptions(tx, t.arn())) {
                if (s.protocol().equals(protocol) && s.endpoint().equals(target)) {
                    Map<String, String> current = SubscriptionAttributes.withDefaults(s.attributes());
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

    ConfirmSubscriptionResponse confirmSubscription(RequestContext ctx, ConfirmSubscriptionInput in) {
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

    void unsubscribe(RequestContext ctx, UnsubscribeInput in) {
        checkArn("SubscriptionArn", in.subscriptionArn());
        if (Arn.parse(in.subscriptionArn()).filter(a -> a.resource().contains(":")).isEmpty()) {
            throw invalid("Invalid parameter: SubscriptionId");
        }
        // Unsubscribing what is already gone succeeds, as in AWS.
        store.write(tx -> repo.deleteSubscription(tx, in.subscriptionArn()));
    }

    ListSubscriptionsResponse listSubscriptions(RequestContext ctx, ListSubscriptionsInput in) {
        Page page = page(store.read(tx -> repo.allSubscriptions(tx, ctx.accountId(), ctx.region())), in.nextToken(), ctx.accountId(),
                "ListSubscriptions", ctx.accountId(), ctx.region());
        return new ListSubscriptionsResponse(page.subscriptions(), page.nextToken());
    }

    ListSubscriptionsByTopicResponse listSubscriptionsByTopic(RequestContext ctx, ListSubscriptionsByTopicInput in) {
        Page page = page(store.read(tx -> repo.subscriptions(tx, topics.topic(tx, in.topicArn()).arn())), in.nextToken(), ctx.accountId(),
                "ListSubscriptionsByTopic", in.topicArn());
        return new ListSubscriptionsByTopicResponse(page.subscriptions(), page.nextToken());
    }

    GetSubscriptionAttributesResponse getSubscriptionAttributes(RequestContext ctx, GetSubscriptionAttributesInput in) {
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

    void setSubscriptionAttributes(RequestContext ctx, SetSubscriptionAttributesInput in) {
        String given = in.attributeValue() == null ? "" : in.attributeValue();
        store.write(tx -> {
            Subscription s = subscription(tx, in.subscriptionArn());
            if (s.protocol().startsWith("email") && in.attributeName().equals("RawMessageDelivery") && given.equalsIgnoreCase("true")) {
                throw invalid("Invalid parameter: Delivery protocol [" + s.protocol() + "] does not support raw message delivery.");
            }
            String value = SubscriptionAttributes.check(in.attributeName(), given, s.attributes().getOrDefault("FilterPolicyScope", "MessageAttributes"),
                    "");
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

    /** What Subscribe answers: an unconfirmed subscription's ARN only when asked for it. */
    private static SubscribeResponse subscribed(Subscription s, Boolean returnArn) {
        return new SubscribeResponse(s.confirmed() || Boolean.TRUE.equals(returnArn) ? s.arn() : "pending confirmation");
    }

    /** Sends an HTTP/S or email subscription the message that asks its owner to confirm it. */
    private void requestConfirmation(Tx tx, Topic t, Subscription s) throws SQLException {
        String messageId = Ids.uuid();
        String subscribeUrl = notifications.subscribeUrl(t, s);
        ObjectNode n = notifications.confirmation(t, s, messageId, subscribeUrl);
        if (s.protocol().startsWith("http")) {
            Delivery.Http http = Notifications.http(t, s, "SubscriptionConfirmation", messageId, false);
            jobs.owe(tx, new Delivery(s.endpoint(), Json.string(n), null, null, null, http.retryDelays().size(), MAX_AGE_SECONDS, null, Map.of(),
                    http, Notifications.SNS, t.arn()));
        } else {
            String body = s.protocol().equals("email-json") ? Json.string(n)
                    : "You have chosen to subscribe to the topic:\n" + t.arn() + "\n\nTo confirm this subscription, visit the link below "
                    + "(if this was in error, do nothing):\n" + subscribeUrl + "\n";
            outbox.email(tx, t, s, "SubscriptionConfirmation", messageId, "AWS Notification - Subscription Confirmation", body, subscribeUrl);
        }
    }

    private static String token() {
        byte[] b = new byte[64];
        RANDOM.nextBytes(b);
        return java.util.HexFormat.of().formatHex(b);
    }

    private Subscription subscription(Tx tx, String arn) throws SQLException {
        Subscription s = arn == null ? null : repo.subscription(tx, arn);
        if (s == null) {
            throw new AwsException("NotFoundException", "Subscription does not exist");
        }
        return s;
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

    /** An endpoint's ARN as Subscribe takes it: of the protocol's service, in a region and a 12-digit account. */
    private static boolean endpointArn(String target, String service, String resource) {
        return Arn.parse(target).filter(a -> a.service().equals(service) && a.region().matches("[a-z0-9-]+") && a.account().matches("\\d{12}")
                && a.resource().matches(resource)).isPresent();
    }

    private static boolean validUrl(String url) {
        try {
            java.net.URI u = new java.net.URI(url);
            return u.getHost() != null && !u.getHost().isEmpty();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
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
}
