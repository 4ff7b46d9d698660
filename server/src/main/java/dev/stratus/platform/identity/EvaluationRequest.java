package dev.stratus.platform.identity;

import dev.stratus.protocol.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What IAM's policy evaluation is asked: may {@code principal} perform {@code action} (IAM's name, such as
 * {@code kms:Decrypt}) on {@code resource} (an ARN, or {@code *} where the operation names none), given the
 * request's condition keys. A key may have several values ({@code aws:TagKeys}); key names are compared without
 * regard to case, values as they are.
 *
 * <p>Keys the principal implies are filled in when the caller did not give them: {@code aws:PrincipalArn} (for a
 * role session, the role's ARN), {@code aws:PrincipalAccount}, {@code aws:PrincipalType}, and {@code aws:username}
 * for an IAM user. A role's path is not in its session ARN: a caller that knows it gives {@code aws:PrincipalArn}.
 */
public final class EvaluationRequest {
    private final Principal principal;
    private final String action;
    private final String actionLower;
    private final String resource;
    private final Map<String, List<String>> context;
    private final String roleArn;

    public EvaluationRequest(Principal principal, String action, String resource, Map<String, List<String>> context) {
        this.principal = principal;
        this.action = action;
        this.actionLower = action.toLowerCase(Locale.ROOT);
        this.resource = resource == null ? "*" : resource;
        this.context = new HashMap<>(context.size() * 2 + 8);
        context.forEach((k, v) -> this.context.put(k.toLowerCase(Locale.ROOT), v));
        this.roleArn = principal.type() == Principal.Type.ASSUMED_ROLE ? roleArnOf(principal.id(), this.context) : null;
        impliedKeys();
    }

    public Principal principal() {
        return principal;
    }

    public String action() {
        return action;
    }

    public String resource() {
        return resource;
    }

    /** The values of a condition key (its name in lower case), or null when the request lacks it. */
    List<String> values(String keyLower) {
        List<String> v = context.get(keyLower);
        return v == null || v.isEmpty() ? null : v;
    }

    String actionLower() {
        return actionLower;
    }

    /** For a role session, the ARN of its role, which a resource policy may name to grant every session of it. */
    String roleArn() {
        return roleArn;
    }

    private void impliedKeys() {
        if (principal.type() == Principal.Type.SERVICE) {
            context.putIfAbsent("aws:principalservicename", List.of(principal.id()));
            return;
        }
        context.putIfAbsent("aws:principalarn", List.of(roleArn != null ? roleArn : principal.id()));
        if (principal.account() != null) {
            context.putIfAbsent("aws:principalaccount", List.of(principal.account()));
        }
        context.putIfAbsent("aws:principaltype", List.of(switch (principal.type()) {
            case ROOT -> "Account";
            case USER -> "User";
            default -> "AssumedRole";
        }));
        if (principal.type() == Principal.Type.USER) {
            String id = principal.id();
            context.putIfAbsent("aws:username", List.of(id.substring(id.lastIndexOf('/') + 1)));
        }
    }

    /**
     * {@code arn:aws:sts::111122223333:assumed-role/name/session} belongs to {@code arn:aws:iam::111122223333:role/name};
     * the caller's {@code aws:PrincipalArn}, when it names a role, also carries the role's path.
     */
    private static String roleArnOf(String sessionArn, Map<String, List<String>> context) {
        List<String> given = context.get("aws:principalarn");
        if (given != null && given.size() == 1 && given.get(0).contains(":role/")) {
            return given.get(0);
        }
        String[] parts = sessionArn.split(":", 6);
        if (parts.length < 6 || !parts[5].startsWith("assumed-role/")) {
            return null;
        }
        String rest = parts[5].substring("assumed-role/".length());
        int slash = rest.indexOf('/');
        String role = slash < 0 ? rest : rest.substring(0, slash);
        return "arn:" + parts[1] + ":iam::" + parts[4] + ":role/" + role;
    }
}
