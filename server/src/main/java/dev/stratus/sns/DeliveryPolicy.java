package dev.stratus.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SNS's HTTP/S delivery policies: a topic's ({@code {"http": {"defaultHealthyRetryPolicy": …}}})
 * and a subscription's ({@code {"healthyRetryPolicy": …}}), checked as AWS checks them and turned
 * into the delay before each retry and the request's Content-Type. A subscription's policy wins over
 * its topic's unless the topic sets disableSubscriptionOverrides.
 *
 * <p>The retries run through AWS's four phases: immediate, pre-backoff at minDelayTarget, backoff
 * from minDelayTarget (its first retry) to maxDelayTarget (its last), post-backoff at
 * maxDelayTarget. AWS documents the linear curve (min 20, max 40, three retries: 20, 30, 40 s); of
 * the others it shows only the shape: arithmetic grows with the square of the step, geometric and
 * exponential by a constant factor. AWS's jitter is left out.
 */
final class DeliveryPolicy {
    static final String DEFAULT_CONTENT_TYPE = "text/plain; charset=UTF-8";
    /** AWS's HTTP/S retry policy: three retries, 20 seconds apart. */
    private static final Map<String, Object> DEFAULT_RETRY = orderedRetry(20, 20, 3, 0, 0, 0, "linear");
    private static final Set<String> BACKOFF = Set.of("linear", "arithmetic", "geometric", "exponential");
    private static final int MAX_RETRY_SECONDS = 3600;

    /** What one subscription's deliveries follow. */
    record Effective(List<Integer> retryDelays, String contentType) {
    }

    private DeliveryPolicy() {
    }

    /**
     * Checks a topic's DeliveryPolicy attribute; {@code reason} is what AWS puts before the policy's
     * name in the message ("Attributes Reason: " at CreateTopic).
     */
    static void checkTopic(String policy, String reason) {
        withReason(() -> checkTopic(policy), reason);
    }

    /** Checks a subscription's DeliveryPolicy attribute, with AWS's {@code reason} as for a topic's. */
    static void checkSubscription(String policy, String reason) {
        withReason(() -> checkSubscription(policy), reason);
    }

    private static void withReason(Runnable check, String reason) {
        try {
            check.run();
        } catch (AwsException e) {
            throw new AwsException(e.code(), e.getMessage().replace("Invalid parameter: ", "Invalid parameter: " + reason));
        }
    }

    /** Checks a topic's DeliveryPolicy attribute. */
    static void checkTopic(String policy) {
        JsonNode p = parse(policy);
        members(p, "", Set.of("http"));
        if (p.has("http")) {
            JsonNode http = object(p.get("http"), "http");
            members(http, "http.", Set.of("defaultHealthyRetryPolicy", "defaultSicklyRetryPolicy", "defaultThrottlePolicy", "defaultRequestPolicy",
                    "disableSubscriptionOverrides"));
            checkRetry(http.get("defaultHealthyRetryPolicy"), "http.defaultHealthyRetryPolicy");
            checkThrottle(http.get("defaultThrottlePolicy"), "http.defaultThrottlePolicy");
            checkRequest(http.get("defaultRequestPolicy"), "http.defaultRequestPolicy");
            JsonNode overrides = http.get("disableSubscriptionOverrides");
            if (overrides != null && !overrides.isBoolean()) {
                throw invalid("http.disableSubscriptionOverrides must be true or false");
            }
        }
    }

    /** Checks a subscription's DeliveryPolicy attribute. */
    static void checkSubscription(String policy) {
        JsonNode p = parse(policy);
        members(p, "", Set.of("healthyRetryPolicy", "sicklyRetryPolicy", "throttlePolicy", "requestPolicy", "guaranteed"));
        JsonNode guaranteed = p.get("guaranteed");
        if (guaranteed != null && !guaranteed.isBoolean()) {
            throw invalid("guaranteed must be true or false");
        }
        checkRetry(p.get("healthyRetryPolicy"), "healthyRetryPolicy");
        checkThrottle(p.get("throttlePolicy"), "throttlePolicy");
        checkRequest(p.get("requestPolicy"), "requestPolicy");
    }

    /** A checked topic policy as AWS keeps it: null members dropped, disableSubscriptionOverrides written out. */
    static String storedForTopic(String policy) {
        ObjectNode p = (ObjectNode) parse(policy);
        if (p.get("http") instanceof ObjectNode http) {
            http.properties().removeIf(e -> e.getValue().isNull());
            if (!http.has("disableSubscriptionOverrides")) {
                http.put("disableSubscriptionOverrides", false);
            }
        }
        return Json.string(p);
    }

    /** A checked subscription policy as AWS keeps it: every member written out, null where not given. */
    static String storedForSubscription(String policy) {
        JsonNode given = parse(policy);
        ObjectNode p = Json.MAPPER.createObjectNode();
        for (String member : List.of("healthyRetryPolicy", "sicklyRetryPolicy", "throttlePolicy", "requestPolicy")) {
            p.set(member, given.hasNonNull(member) ? given.get(member) : Json.MAPPER.nullNode());
        }
        p.put("guaranteed", given.path("guaranteed").asBoolean(false));
        return Json.string(p);
    }

    /** A topic's DeliveryPolicy with AWS's defaults written out: its EffectiveDeliveryPolicy attribute. */
    static String effectiveForTopic(String topicPolicy) {
        ObjectNode effective = stored(topicPolicy).deepCopy();
        ObjectNode http = effective.get("http") instanceof ObjectNode o ? o : effective.putObject("http");
        http.set("defaultHealthyRetryPolicy", filled(http.get("defaultHealthyRetryPolicy")));
        if (!http.has("disableSubscriptionOverrides")) {
            http.put("disableSubscriptionOverrides", false);
        }
        if (!http.has("defaultRequestPolicy")) {
            http.putObject("defaultRequestPolicy").put("headerContentType", DEFAULT_CONTENT_TYPE);
        }
        return Json.string(effective);
    }

    /** An HTTP/S subscription's EffectiveDeliveryPolicy attribute. */
    static String effectiveForSubscription(String topicPolicy, String subscriptionPolicy) {
        JsonNode[] chosen = chosen(topicPolicy, subscriptionPolicy);
        ObjectNode own = stored(subscriptionPolicy);
        ObjectNode effective = Json.MAPPER.createObjectNode();
        effective.set("healthyRetryPolicy", filled(chosen[0]));
        effective.putNull("sicklyRetryPolicy");
        effective.set("throttlePolicy", own.hasNonNull("throttlePolicy") ? own.get("throttlePolicy") : Json.MAPPER.nullNode());
        effective.putObject("requestPolicy").put("headerContentType", contentType(chosen[1]));
        effective.put("guaranteed", own.path("guaranteed").asBoolean(false));
        return Json.string(effective);
    }

    /** The retry delays and Content-Type of an HTTP/S subscription's deliveries. */
    static Effective effective(String topicPolicy, String subscriptionPolicy) {
        JsonNode[] chosen = chosen(topicPolicy, subscriptionPolicy);
        ObjectNode retry = filled(chosen[0]);
        try {
            checkRetry(retry, "");
        } catch (AwsException unreadable) {
            retry = filled(null);
        }
        return new Effective(delays(retry), contentType(chosen[1]));
    }

    /** The retry policy and request policy that apply: {retry, request}, either possibly null. */
    private static JsonNode[] chosen(String topicPolicy, String subscriptionPolicy) {
        JsonNode http = stored(topicPolicy).get("http");
        JsonNode retry = http == null ? null : http.get("defaultHealthyRetryPolicy");
        JsonNode request = http == null ? null : http.get("defaultRequestPolicy");
        boolean overridable = http == null || !http.path("disableSubscriptionOverrides").asBoolean(false);
        if (overridable) {
            JsonNode s = stored(subscriptionPolicy);
            retry = s.hasNonNull("healthyRetryPolicy") ? s.get("healthyRetryPolicy") : retry;
            request = s.hasNonNull("requestPolicy") ? s.get("requestPolicy") : request;
        }
        return new JsonNode[] {retry, request};
    }

    /**
     * A policy as stored, for reading: an empty object when there is none, or when one kept by an
     * earlier Stratus, which checked less, cannot be read (AWS's defaults apply then).
     */
    private static ObjectNode stored(String policy) {
        try {
            return policy != null && Json.MAPPER.readTree(policy) instanceof ObjectNode o ? o : Json.MAPPER.createObjectNode();
        } catch (java.io.IOException e) {
            return Json.MAPPER.createObjectNode();
        }
    }

    private static String contentType(JsonNode request) {
        return request != null && request.path("headerContentType").isTextual() ? request.get("headerContentType").asText() : DEFAULT_CONTENT_TYPE;
    }

    private static ObjectNode filled(JsonNode retry) {
        ObjectNode out = Json.MAPPER.valueToTree(DEFAULT_RETRY);
        if (retry != null && retry.isObject()) {
            retry.properties().forEach(e -> out.set(e.getKey(), e.getValue()));
        }
        return out;
    }

    /** The delay before each retry, in seconds, phase by phase. */
    static List<Integer> delays(JsonNode retry) {
        int min = retry.get("minDelayTarget").asInt();
        int max = retry.get("maxDelayTarget").asInt();
        int noDelay = retry.get("numNoDelayRetries").asInt();
        int atMin = retry.get("numMinDelayRetries").asInt();
        int atMax = retry.get("numMaxDelayRetries").asInt();
        int backoff = retry.get("numRetries").asInt() - noDelay - atMin - atMax;
        String function = retry.get("backoffFunction").asText();
        List<Integer> delays = new ArrayList<>();
        for (int i = 0; i < noDelay; i++) {
            delays.add(0);
        }
        for (int i = 0; i < atMin; i++) {
            delays.add(min);
        }
        for (int i = 1; i <= backoff; i++) {
            double step = backoff == 1 ? 0 : (double) (i - 1) / (backoff - 1);
            double d = switch (function) {
                case "arithmetic" -> min + (max - min) * step * step;
                case "geometric", "exponential" -> min * Math.pow((double) max / min, step);
                default -> min + (max - min) * step;
            };
            delays.add((int) Math.round(d));
        }
        for (int i = 0; i < atMax; i++) {
            delays.add(max);
        }
        return delays;
    }

    private static void checkRetry(JsonNode retry, String path) {
        if (retry == null || retry.isNull()) {
            return;
        }
        object(retry, path);
        members(retry, path + ".", DEFAULT_RETRY.keySet());
        ObjectNode r = filled(retry);
        for (String count : List.of("numRetries", "numNoDelayRetries", "numMinDelayRetries", "numMaxDelayRetries", "minDelayTarget", "maxDelayTarget")) {
            if (!r.get(count).isIntegralNumber() || !r.get(count).canConvertToInt()) {
                throw invalid(path + "." + count + " must be an integer");
            }
        }
        atLeast(r, path, "numRetries", 0);
        atMost(r, path, "numRetries", 100);
        atLeast(r, path, "numNoDelayRetries", 0);
        atLeast(r, path, "numMinDelayRetries", 0);
        atLeast(r, path, "numMaxDelayRetries", 0);
        atLeast(r, path, "minDelayTarget", 1);
        atMost(r, path, "maxDelayTarget", MAX_RETRY_SECONDS);
        if (r.get("minDelayTarget").asInt() > r.get("maxDelayTarget").asInt()) {
            throw invalid(path + ".minDelayTarget must be less than or equal to maxDelayTarget");
        }
        if (r.get("numNoDelayRetries").asInt() + r.get("numMinDelayRetries").asInt() + r.get("numMaxDelayRetries").asInt() > r.get("numRetries").asInt()) {
            throw invalid(path + ".numRetries must be greater than or equal to numNoDelayRetries + numMinDelayRetries + numMaxDelayRetries");
        }
        if (!BACKOFF.contains(r.get("backoffFunction").asText())) {
            throw invalid(path + ".backoffFunction must be one of arithmetic, exponential, geometric, linear");
        }
        if (delays(r).stream().mapToInt(Integer::intValue).sum() > MAX_RETRY_SECONDS) {
            throw invalid(path + " retries must not take longer than " + MAX_RETRY_SECONDS + " seconds in total");
        }
    }

    private static void checkThrottle(JsonNode throttle, String path) {
        if (throttle == null || throttle.isNull()) {
            return;
        }
        members(object(throttle, path), path + ".", Set.of("maxReceivesPerSecond"));
        JsonNode rate = throttle.get("maxReceivesPerSecond");
        if (rate != null && !rate.isNull() && (!rate.isIntegralNumber() || !rate.canConvertToInt() || rate.asInt() < 1)) {
            throw invalid(path + ".maxReceivesPerSecond must be greater than or equal to 1");
        }
    }

    private static void checkRequest(JsonNode request, String path) {
        if (request == null || request.isNull()) {
            return;
        }
        members(object(request, path), path + ".", Set.of("headerContentType"));
        JsonNode type = request.get("headerContentType");
        // It becomes a request header: a media type, with parameters, and nothing that could end the header.
        if (type != null && (!type.isTextual() || !type.asText().matches("[\\w.+-]+/[\\w.+-]+( *; *[\\w.+-]+=[\\w.+\"-]+)*"))) {
            throw invalid(path + ".headerContentType must be a content type");
        }
    }

    private static void atLeast(JsonNode r, String path, String member, int least) {
        if (r.get(member).asInt() < least) {
            throw invalid(path + "." + member + " must be greater than or equal to " + least);
        }
    }

    private static void atMost(JsonNode r, String path, String member, int most) {
        if (r.get(member).asInt() > most) {
            throw invalid(path + "." + member + " must be less than or equal to " + most);
        }
    }

    private static void members(JsonNode node, String path, Set<String> known) {
        node.properties().forEach(e -> {
            if (!known.contains(e.getKey())) {
                throw invalid("Unexpected JSON member: " + path + e.getKey());
            }
        });
    }

    private static JsonNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw invalid(path + " must be a JSON object");
        }
        return node;
    }

    private static JsonNode parse(String policy) {
        JsonNode p;
        try {
            p = Json.MAPPER.readTree(policy);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw invalid("failed to parse JSON. " + e.getOriginalMessage());
        }
        if (p == null || !p.isObject()) {
            throw invalid("failed to parse JSON. The delivery policy must be a JSON object");
        }
        return p;
    }

    private static Map<String, Object> orderedRetry(int min, int max, int retries, int atMax, int noDelay, int atMin, String backoff) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("minDelayTarget", min);
        m.put("maxDelayTarget", max);
        m.put("numRetries", retries);
        m.put("numMaxDelayRetries", atMax);
        m.put("numNoDelayRetries", noDelay);
        m.put("numMinDelayRetries", atMin);
        m.put("backoffFunction", backoff);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static AwsException invalid(String message) {
        return new AwsException("InvalidParameterException", "Invalid parameter: DeliveryPolicy: " + message);
    }
}
