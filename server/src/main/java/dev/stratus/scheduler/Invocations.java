package dev.stratus.scheduler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.platform.Arn;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.scheduler.api.Target;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a schedule's target is owed when it fires: the target's Input, with AWS's context attributes
 * put in, as a delivery of the job engine to the target's ARN, made as a session of the target's
 * role. Templated targets (Lambda, SQS, SNS, an EventBridge bus) are delivered to as they are; the
 * universal targets {@code aws-sdk:sqs:sendMessage} and {@code aws-sdk:sns:publish} read their
 * Input as the API's request and become the delivery that request stands for.
 */
final class Invocations {
    /** The services a templated target may name, by the service of its ARN. */
    static final Set<String> TEMPLATED = Set.of("lambda", "sqs", "sns", "events");
    /** The universal targets Stratus can make, as {@code service:apiAction}. */
    static final Set<String> UNIVERSAL = Set.of("sqs:sendMessage", "sns:publish");
    static final String UNIVERSAL_PREFIX = "arn:aws:scheduler:::aws-sdk:";
    /** AWS's defaults for a target's RetryPolicy. */
    static final int DEFAULT_RETRIES = 185;
    static final int DEFAULT_MAX_AGE_SECONDS = 86_400;

    private Invocations() {
    }

    /** One invocation of a schedule's target: the schedule, the time it was due, and its execution id. */
    record Invocation(String scheduleArn, String account, String region, Target target, long scheduledTime, String executionId) {
    }

    /** The delivery one invocation owes; AWS's ValidationException when a universal target's Input is not the request it must be. */
    static Delivery delivery(Invocation inv, Principal caller) {
        Target t = inv.target();
        String input = withContext(t.input() == null ? "{}" : t.input(), inv);
        String dlq = t.deadLetterConfig() == null ? null : t.deadLetterConfig().arn();
        int retries = t.retryPolicy() != null && t.retryPolicy().maximumRetryAttempts() != null ? t.retryPolicy().maximumRetryAttempts()
                : DEFAULT_RETRIES;
        int maxAge = t.retryPolicy() != null && t.retryPolicy().maximumEventAgeInSeconds() != null ? t.retryPolicy().maximumEventAgeInSeconds()
                : DEFAULT_MAX_AGE_SECONDS;
        Map<String, String> dlqAttributes = Map.of("SCHEDULE_ARN", inv.scheduleArn(), "TARGET_ARN", t.arn(), "EXECUTION_ID", inv.executionId());
        if (t.arn().startsWith(UNIVERSAL_PREFIX)) {
            return universal(inv, input, caller, retries, maxAge, dlq, dlqAttributes);
        }
        Arn arn = Arn.parse(t.arn()).orElseThrow();
        return switch (arn.service()) {
            case "sqs" -> new Delivery(t.arn(), input, null, t.sqsParameters() == null ? null : t.sqsParameters().messageGroupId(),
                    fifoDeduplication(t.arn(), inv), retries, maxAge, dlq, dlqAttributes, null, caller, inv.scheduleArn());
            case "events" -> new Delivery(t.arn(), Json.string(event(inv, input)), null, null, null, retries, maxAge, dlq, dlqAttributes, null, caller,
                    inv.scheduleArn());
            default -> new Delivery(t.arn(), input, null, null, null, retries, maxAge, dlq, dlqAttributes, null, caller, inv.scheduleArn());
        };
    }

    /**
     * A FIFO queue needs a deduplication id unless it dedupes by content: each invocation is its
     * own message, so its execution id is.
     */
    private static String fifoDeduplication(String queueArn, Invocation inv) {
        return queueArn.endsWith(".fifo") ? inv.executionId() : null;
    }

    /** AWS's context attributes, replaced wherever they appear in the Input. */
    static String withContext(String input, Invocation inv) {
        return input.replace("<aws.scheduler.schedule-arn>", inv.scheduleArn())
                .replace("<aws.scheduler.scheduled-time>", Instant.ofEpochMilli(inv.scheduledTime()).truncatedTo(ChronoUnit.SECONDS).toString())
                .replace("<aws.scheduler.execution-id>", inv.executionId())
                .replace("<aws.scheduler.attempt-number>", "1");
    }

    /** The event an EventBridge PutEvents target puts on its bus: its Detail is the Input, its source and type the target's. */
    private static ObjectNode event(Invocation inv, String input) {
        JsonNode detail;
        try {
            detail = Json.parse(input);
        } catch (RuntimeException notJson) {
            throw new AwsException("ValidationException", "The Input of an EventBridge PutEvents target must be a JSON object.");
        }
        ObjectNode ev = Json.MAPPER.createObjectNode();
        ev.put("version", "0");
        ev.put("id", inv.executionId());
        ev.put("detail-type", inv.target().eventBridgeParameters().detailType());
        ev.put("source", inv.target().eventBridgeParameters().source());
        ev.put("account", inv.account());
        ev.put("time", Instant.ofEpochMilli(inv.scheduledTime()).truncatedTo(ChronoUnit.SECONDS).toString());
        ev.put("region", inv.region());
        ev.putArray("resources").add(inv.scheduleArn());
        ev.set("detail", detail);
        return ev;
    }

    private static Delivery universal(Invocation inv, String input, Principal caller, int retries, int maxAge, String dlq,
                                      Map<String, String> dlqAttributes) {
        String action = inv.target().arn().substring(UNIVERSAL_PREFIX.length());
        JsonNode request;
        try {
            request = Json.parse(input);
        } catch (RuntimeException notJson) {
            throw invalidRequest(action, "the Input is not JSON");
        }
        if (action.equals("sqs:sendMessage")) {
            String queueArn = queueArn(request.path("QueueUrl").asText(null), inv.region(), action);
            String body = text(request, "MessageBody", action);
            Map<String, Delivery.Attribute> attributes = new LinkedHashMap<>();
            request.path("MessageAttributes").properties().forEach(e -> attributes.put(e.getKey(),
                    new Delivery.Attribute(e.getValue().path("StringValue").asText(null), null, e.getValue().path("DataType").asText("String"))));
            return new Delivery(queueArn, body, attributes.isEmpty() ? null : attributes, request.path("MessageGroupId").asText(null),
                    request.path("MessageDeduplicationId").asText(queueArn.endsWith(".fifo") ? inv.executionId() : null), retries, maxAge, dlq,
                    dlqAttributes, null, caller, inv.scheduleArn());
        }
        String topicArn = text(request, "TopicArn", action);
        if (!Arn.isOf(topicArn, "sns")) {
            throw invalidRequest(action, "TopicArn is not a topic's ARN");
        }
        return new Delivery(topicArn, text(request, "Message", action), null, request.path("MessageGroupId").asText(null),
                request.path("MessageDeduplicationId").asText(null), retries, maxAge, dlq, dlqAttributes, null, caller, inv.scheduleArn(),
                request.path("Subject").asText(null));
    }

    private static String text(JsonNode request, String member, String action) {
        JsonNode value = request.path(member);
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw invalidRequest(action, member + " is required");
        }
        return value.asText();
    }

    /** A queue URL ({@code https://sqs.REGION.amazonaws.com/ACCOUNT/NAME}, or Stratus's own) as the queue's ARN. */
    static String queueArn(String url, String defaultRegion, String action) {
        if (url == null) {
            throw invalidRequest(action, "QueueUrl is required");
        }
        try {
            URI uri = URI.create(url);
            List<String> path = List.of(uri.getPath().replaceFirst("^/", "").split("/"));
            if (path.size() != 2 || !path.get(0).matches("\\d{12}") || path.get(1).isEmpty()) {
                throw invalidRequest(action, "QueueUrl is not a queue's URL");
            }
            String host = uri.getHost() == null ? "" : uri.getHost();
            String region = host.matches("sqs\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?") ? host.split("\\.")[1] : defaultRegion;
            return Arn.of("sqs", region, path.get(0), path.get(1)).toString();
        } catch (IllegalArgumentException malformed) {
            throw invalidRequest(action, "QueueUrl is not a queue's URL");
        }
    }

    private static AwsException invalidRequest(String action, String reason) {
        return new AwsException("ValidationException", "Invalid RequestJson provided for " + action + ": " + reason + ".");
    }
}
