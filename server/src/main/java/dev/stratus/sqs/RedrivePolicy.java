package dev.stratus.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.Json;

/** A queue's RedrivePolicy: where its messages go after maxReceiveCount receives. */
public record RedrivePolicy(String deadLetterTargetArn, int maxReceiveCount) {

    /** The policy in a queue's attributes, or null when it has none. */
    public static RedrivePolicy of(Queue q) {
        String s = q.attributes().get("RedrivePolicy");
        return s == null || s.isEmpty() ? null : parse(s);
    }

    /** Parses the JSON form; the count may arrive as a string. Returns null when malformed or incomplete. */
    public static RedrivePolicy parse(String json) {
        try {
            JsonNode n = Json.MAPPER.readTree(json);
            if (n == null || !n.isObject() || !n.path("deadLetterTargetArn").isTextual() || !n.has("maxReceiveCount")) {
                return null;
            }
            JsonNode count = n.get("maxReceiveCount");
            int c = count.isNumber() ? count.intValue() : Integer.parseInt(count.asText());
            return new RedrivePolicy(n.get("deadLetterTargetArn").asText(), c);
        } catch (java.io.IOException | NumberFormatException e) {
            return null;
        }
    }

    public String toJson() {
        return "{\"deadLetterTargetArn\":\"" + deadLetterTargetArn + "\",\"maxReceiveCount\":" + maxReceiveCount + "}";
    }
}
