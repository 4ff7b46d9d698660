package dev.stratus.sns;

import static dev.stratus.sns.Parameters.invalid;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.Arn;
import dev.stratus.protocol.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import software.amazon.event.ruler.Machine;

/** The attributes a subscription may be given, through Subscribe or SetSubscriptionAttributes: their checks and their defaults. */
final class SubscriptionAttributes {
    private static final Set<String> SUBSCRIPTION_ATTRIBUTES = Set.of("RawMessageDelivery", "FilterPolicy", "FilterPolicyScope",
            "RedrivePolicy", "DeliveryPolicy", "SubscriptionRoleArn");

    private SubscriptionAttributes() {
    }

    /**
     * Checks a subscription attribute and answers its value as stored; {@code reason} prefixes the
     * messages AWS words differently through Subscribe ("Attributes Reason: ").
     */
    static String check(String name, String value, String scope, String reason) {
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

    /** A subscription's attributes with their defaults written out, to compare with what a repeated Subscribe gives. */
    static Map<String, String> withDefaults(Map<String, String> attributes) {
        Map<String, String> a = new LinkedHashMap<>(attributes);
        a.putIfAbsent("RawMessageDelivery", "false");
        if (a.containsKey("FilterPolicy")) {
            a.putIfAbsent("FilterPolicyScope", "MessageAttributes");
        } else {
            a.remove("FilterPolicyScope");
        }
        return a;
    }
}
