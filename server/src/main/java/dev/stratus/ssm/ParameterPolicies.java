package dev.stratus.ssm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.ssm.api.ParameterInlinePolicy;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An advanced parameter's policies, as PutParameter's {@code Policies} gives them: a JSON array of
 * Expiration ({@code Timestamp}), ExpirationNotification ({@code Before}, {@code Unit}) and
 * NoChangeNotification ({@code After}, {@code Unit}) policies, each of version 1.0, at most one of
 * each type and ten in all. They are kept as given and described back as Pending.
 */
final class ParameterPolicies {
    static final int MAX = 10;

    private ParameterPolicies() {
    }

    /** Checks a Policies text; the parsed policies, each as its JSON text. */
    static List<JsonNode> check(String text) {
        JsonNode array;
        try {
            array = Json.MAPPER.readTree(text);
        } catch (Exception e) {
            throw attribute("The policies are not valid JSON.");
        }
        if (array == null || !array.isArray()) {
            throw attribute("The policies must be a JSON array of policies.");
        }
        if (array.size() > MAX) {
            throw new AwsException("PoliciesLimitExceededException",
                    "You specified more than the maximum number of allowed policies for the parameter. The maximum is 10.");
        }
        List<JsonNode> out = new ArrayList<>();
        Set<String> types = new HashSet<>();
        for (JsonNode p : array) {
            String type = p.path("Type").asText();
            if (!p.isObject() || !List.of("Expiration", "ExpirationNotification", "NoChangeNotification").contains(type)) {
                throw new AwsException("InvalidPolicyTypeException", "The policy type is not supported. Parameter Store supports the following "
                        + "policy types: Expiration, ExpirationNotification, and NoChangeNotification.");
            }
            if (!types.add(type)) {
                throw new AwsException("IncompatiblePolicyException", "There is a conflict in the policies specified for this parameter. You "
                        + "can't, for example, specify two Expiration policies for a parameter.");
            }
            if (!"1.0".equals(p.path("Version").asText())) {
                throw attribute("A policy version must be 1.0.");
            }
            JsonNode a = p.path("Attributes");
            switch (type) {
                case "Expiration" -> expiration(a);
                case "ExpirationNotification" -> amount(a, "Before");
                default -> amount(a, "After");
            }
            out.add(p);
        }
        return out;
    }

    /** When an Expiration policy among {@code text} deletes the parameter, in epoch ms; null without one. */
    static Long expiresAt(String text) {
        if (text == null) {
            return null;
        }
        for (JsonNode p : check(text)) {
            if ("Expiration".equals(p.path("Type").asText())) {
                return expiration(p.path("Attributes"));
            }
        }
        return null;
    }

    /** The policies as DescribeParameters answers them. */
    static List<ParameterInlinePolicy> described(String text) {
        if (text == null) {
            return null;
        }
        return check(text).stream().map(p -> new ParameterInlinePolicy(p.toString(), p.path("Type").asText(), "Pending")).toList();
    }

    private static long expiration(JsonNode attributes) {
        String timestamp = attributes.path("Timestamp").asText();
        try {
            return OffsetDateTime.parse(timestamp).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw attribute("The Expiration policy needs a Timestamp in ISO 8601 format with a time zone, such as 2026-12-31T23:59:59.000Z.");
        }
    }

    private static void amount(JsonNode attributes, String field) {
        String value = attributes.path(field).asText();
        String unit = attributes.path("Unit").asText();
        if (!value.matches("[1-9][0-9]{0,4}") || !List.of("Days", "Hours").contains(unit)) {
            throw attribute("The policy needs a positive whole number in " + field + " and a Unit of Days or Hours.");
        }
    }

    private static AwsException attribute(String message) {
        return new AwsException("InvalidPolicyAttributeException", message);
    }
}
