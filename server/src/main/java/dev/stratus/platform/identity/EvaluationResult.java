package dev.stratus.platform.identity;

import java.util.List;
import java.util.Optional;

/**
 * IAM's answer to one request and why: the decision, the reason AWS names in its AccessDenied message, the
 * statements that applied (SimulatePrincipalPolicy's MatchedStatements) and the condition keys the policies
 * asked about that the request lacked (its MissingContextValues).
 */
public record EvaluationResult(Decision decision, Reason reason, EvaluationRequest request, List<MatchedStatement> matchedStatements,
                               List<String> missingContextKeys) {

    /** Why a request was decided as it was, in the words AWS's AccessDenied messages use. */
    public enum Reason {
        ALLOWED(null),
        EXPLICIT_DENY_IDENTITY_POLICY("with an explicit deny in an identity-based policy"),
        EXPLICIT_DENY_RESOURCE_POLICY("with an explicit deny in a resource-based policy"),
        EXPLICIT_DENY_PERMISSIONS_BOUNDARY("with an explicit deny in a permissions boundary"),
        EXPLICIT_DENY_SESSION_POLICY("with an explicit deny in a session policy"),
        NO_IDENTITY_POLICY_ALLOWS("because no identity-based policy allows the %s action"),
        NO_RESOURCE_POLICY_ALLOWS("because no resource-based policy allows the %s action"),
        NO_PERMISSIONS_BOUNDARY_ALLOWS("because no permissions boundary allows the %s action"),
        NO_SESSION_POLICY_ALLOWS("because no session policy allows the %s action");

        private final String phrase;

        Reason(String phrase) {
            this.phrase = phrase;
        }

        public boolean explicit() {
            return name().startsWith("EXPLICIT");
        }

        /** The closing phrase of AWS's message for this reason and action. */
        public String phrase(String action) {
            return phrase == null ? null : phrase.formatted(action);
        }
    }

    /** The part a policy plays in a request. */
    public enum PolicyKind { IDENTITY, PERMISSIONS_BOUNDARY, SESSION, RESOURCE }

    /**
     * A statement that applied to the request: the kind of its policy, the policy's position in the list of
     * {@link PolicySet} it came from (0 for the boundary and the resource policy), its position in the policy and
     * its Sid (null when it has none).
     */
    public record MatchedStatement(PolicyKind kind, int policy, int statement, String sid, boolean allow) {}

    /** The answer when nothing is enforced (--auth off): allowed, no statement weighed. */
    public static EvaluationResult allowedWithoutEvaluation(EvaluationRequest request) {
        return new EvaluationResult(Decision.ALLOW, Reason.ALLOWED, request, List.of(), List.of());
    }

    public boolean allowed() {
        return decision == Decision.ALLOW;
    }

    /** The first Deny statement that decided an explicit deny, whose policy the caller may name in the message. */
    public Optional<MatchedStatement> denyingStatement() {
        if (!reason.explicit()) {
            return Optional.empty();
        }
        PolicyKind kind = switch (reason) {
            case EXPLICIT_DENY_IDENTITY_POLICY -> PolicyKind.IDENTITY;
            case EXPLICIT_DENY_RESOURCE_POLICY -> PolicyKind.RESOURCE;
            case EXPLICIT_DENY_PERMISSIONS_BOUNDARY -> PolicyKind.PERMISSIONS_BOUNDARY;
            default -> PolicyKind.SESSION;
        };
        return matchedStatements.stream().filter(m -> !m.allow() && m.kind() == kind).findFirst();
    }

    /**
     * AWS's AccessDenied message for a denied request: "User: arn:aws:iam::123456789012:user/alice is not authorized to
     * perform: kms:Decrypt on resource: arn:aws:kms:… because no identity-based policy allows the kms:Decrypt action".
     * The resource is left out where the request names none ({@code *}), as AWS does.
     */
    public String accessDeniedMessage() {
        return accessDeniedMessage(null);
    }

    /**
     * The message naming the ARN of the managed policy whose Deny decided (AWS adds it, after a colon, for explicit
     * denies in identity-based policies, permissions boundaries and session policies of the same account); null
     * or a resource-based deny leaves it out.
     */
    public String accessDeniedMessage(String denyingPolicyArn) {
        if (allowed()) {
            throw new IllegalStateException("the request was allowed");
        }
        StringBuilder m = new StringBuilder("User: ").append(request.principal().id())
                .append(" is not authorized to perform: ").append(request.action());
        if (!request.resource().equals("*")) {
            m.append(" on resource: ").append(request.resource());
        }
        m.append(' ').append(reason.phrase(request.action()));
        if (denyingPolicyArn != null && reason.explicit() && reason != Reason.EXPLICIT_DENY_RESOURCE_POLICY) {
            m.append(": ").append(denyingPolicyArn);
        }
        return m.toString();
    }
}
