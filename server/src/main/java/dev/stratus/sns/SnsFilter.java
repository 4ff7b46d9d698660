package dev.stratus.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.Json;
import dev.stratus.sns.api.MessageAttributeValue;
import java.util.Map;
import software.amazon.event.ruler.Machine;

/**
 * Subscription filter policies, matched by AWS's event-ruler: on the message attributes (each a
 * field: a String as text, a Number as a number, a String.Array as its array; Binary never matches)
 * or, with FilterPolicyScope MessageBody, on the message itself as JSON.
 */
final class SnsFilter {
    private SnsFilter() {
    }

    static boolean matches(String policy, String scope, Map<String, MessageAttributeValue> attributes, String message) {
        if (policy == null || policy.isEmpty()) {
            return true;
        }
        String subject;
        if (scope.equals("MessageBody")) {
            JsonNode body;
            try {
                body = Json.MAPPER.readTree(message);
            } catch (java.io.IOException notJson) {
                return false;
            }
            if (body == null || !body.isObject()) {
                return false;
            }
            subject = Json.string(body);
        } else {
            // A message without attributes matches no attribute policy, even one of "exists": false.
            if (attributes.isEmpty()) {
                return false;
            }
            ObjectNode fields = Json.MAPPER.createObjectNode();
            attributes.forEach((name, v) -> {
                String type = v.dataType();
                if (type.startsWith("Number")) {
                    try {
                        fields.put(name, new java.math.BigDecimal(v.stringValue()));
                    } catch (NumberFormatException notANumber) {
                        fields.put(name, v.stringValue());
                    }
                } else if (type.equals("String.Array")) {
                    try {
                        fields.set(name, Json.MAPPER.readTree(v.stringValue()));
                    } catch (java.io.IOException checkedAtPublish) {
                        fields.put(name, v.stringValue());
                    }
                } else if (type.startsWith("String")) {
                    fields.put(name, v.stringValue());
                }
            });
            subject = Json.string(fields);
        }
        try {
            Machine m = new Machine();
            m.addRule("policy", policy);
            return !m.rulesForJSONEvent(subject).isEmpty();
        } catch (Exception invalid) {
            return false;
        }
    }
}
