package dev.stratus.sts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.protocol.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a role's trust policy lets a principal perform an STS action (sts:AssumeRole,
 * sts:TagSession, sts:SetSourceIdentity): a statement allowing it whose Principal names the caller
 * and whose conditions hold, and none denying it. A principal is named by {@code *}, its account
 * (the id or its root ARN), its own ARN, or for a session its role's ARN. Conditions: the String,
 * Arn, Bool and Null operators with IfExists and ForAnyValue/ForAllValues; any other operator does
 * not hold. The full evaluator of platform/identity replaces this once it lands.
 */
final class TrustPolicy {

    private TrustPolicy() {
    }

    /** The caller as trust policies name it: who it is, and for a session the role it is of. */
    record Caller(Principal principal, String ownerArn) {
    }

    static boolean allows(PolicyDocument trust, Caller caller, String action, Map<String, List<String>> context) {
        boolean allowed = false;
        for (ObjectNode s : trust.statements()) {
            if (!names(s, caller) || !matchesAction(s, action) || !conditionsHold(s.get("Condition"), context)) {
                continue;
            }
            if ("Deny".equals(s.path("Effect").asText())) {
                return false;
            }
            allowed = true;
        }
        return allowed;
    }

    private static boolean names(ObjectNode s, Caller caller) {
        if (s.has("NotPrincipal")) {
            return !principalMatches(s.get("NotPrincipal"), caller);
        }
        return s.has("Principal") && principalMatches(s.get("Principal"), caller);
    }

    private static boolean principalMatches(JsonNode principal, Caller caller) {
        if (principal.isTextual()) {
            return principal.asText().equals("*");
        }
        Principal p = caller.principal();
        for (Map.Entry<String, JsonNode> e : principal.properties()) {
            for (String named : strings(e.getValue())) {
                boolean match = switch (e.getKey()) {
                    case "AWS" -> p.type() != Principal.Type.SERVICE && (named.equals("*") || named.equals(p.account())
                            || named.equals(p.id()) || named.equals(caller.ownerArn()) || isRootOf(named, p.account()));
                    case "Service" -> p.type() == Principal.Type.SERVICE && named.equalsIgnoreCase(p.id());
                    default -> false;
                };
                if (match) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isRootOf(String arn, String account) {
        return account != null && arn.startsWith("arn:") && arn.endsWith(":iam::" + account + ":root");
    }

    private static boolean matchesAction(ObjectNode s, String action) {
        if (s.has("NotAction")) {
            return strings(s.get("NotAction")).stream().noneMatch(a -> like(a.toLowerCase(Locale.ROOT), action.toLowerCase(Locale.ROOT)));
        }
        return strings(s.get("Action")).stream().anyMatch(a -> like(a.toLowerCase(Locale.ROOT), action.toLowerCase(Locale.ROOT)));
    }

    static boolean conditionsHold(JsonNode condition, Map<String, List<String>> context) {
        if (condition == null) {
            return true;
        }
        for (Map.Entry<String, JsonNode> op : condition.properties()) {
            for (Map.Entry<String, JsonNode> key : op.getValue().properties()) {
                if (!holds(op.getKey(), valueOf(context, key.getKey()), strings(key.getValue()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> valueOf(Map<String, List<String>> context, String key) {
        for (Map.Entry<String, List<String>> e : context.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static boolean holds(String operator, List<String> present, List<String> wanted) {
        String op = operator;
        String set = null;
        if (op.startsWith("ForAnyValue:") || op.startsWith("ForAllValues:")) {
            set = op.substring(0, op.indexOf(':'));
            op = op.substring(op.indexOf(':') + 1);
        }
        boolean ifExists = op.endsWith("IfExists");
        if (ifExists) {
            op = op.substring(0, op.length() - "IfExists".length());
        }
        if (op.equals("Null")) {
            boolean absent = present == null || present.isEmpty();
            return wanted.stream().anyMatch(w -> Boolean.parseBoolean(w) == absent);
        }
        boolean negated = op.contains("Not");
        String base = op.replace("Not", "");
        if (present == null || present.isEmpty()) {
            return ifExists || "ForAllValues".equals(set) || (negated && set == null);
        }
        if ("ForAllValues".equals(set)) {
            return present.stream().allMatch(v -> wanted.stream().anyMatch(w -> compare(base, w, v)) != negated);
        }
        boolean any = present.stream().anyMatch(v -> wanted.stream().anyMatch(w -> compare(base, w, v)));
        return negated ? !any : any;
    }

    private static boolean compare(String operator, String wanted, String value) {
        return switch (operator) {
            case "StringEquals", "ArnEquals" -> wanted.equals(value);
            case "StringEqualsIgnoreCase" -> wanted.equalsIgnoreCase(value);
            case "StringLike", "ArnLike" -> like(wanted, value);
            case "Bool" -> wanted.equalsIgnoreCase(value);
            default -> false;
        };
    }

    /** IAM's wildcards: {@code *} for any characters, {@code ?} for one. */
    static boolean like(String pattern, String value) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("((?<=[*?])|(?=[*?]))")) {
            regex.append(part.equals("*") ? ".*" : part.equals("?") ? "." : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(v -> out.add(v.asText()));
        } else {
            out.add(n.asText());
        }
        return out;
    }
}
