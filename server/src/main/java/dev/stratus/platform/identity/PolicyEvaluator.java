package dev.stratus.platform.identity;

import dev.stratus.platform.identity.Authorizer.Decision;
import dev.stratus.platform.identity.CompiledPolicy.Grant;
import dev.stratus.platform.identity.CompiledPolicy.Statement;
import dev.stratus.platform.identity.EvaluationResult.MatchedStatement;
import dev.stratus.platform.identity.EvaluationResult.PolicyKind;
import dev.stratus.platform.identity.EvaluationResult.Reason;
import dev.stratus.protocol.Principal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * IAM's policy evaluation logic, as its User Guide draws it:
 * <ol>
 * <li>a Deny that applies, in any policy, decides (an explicit deny);</li>
 * <li>a resource policy naming the user or the role session itself (or everyone) allows, whatever else says;</li>
 * <li>otherwise an identity-based policy must allow, or the resource policy by naming the session's role;</li>
 * <li>a permissions boundary, where there is one, must allow too, and so must the session policies of a session
 * given some;</li>
 * <li>else the request is implicitly denied.</li>
 * </ol>
 * A resource of another account needs its resource policy to allow as well (naming the principal's account is
 * enough there), and so does a resource whose policy must always allow (KMS keys, trust policies). The account
 * root may do anything in its account that no resource policy denies it, save where the resource policy must
 * allow; a service principal may do what the resource policy allows it.
 */
public final class PolicyEvaluator {

    private PolicyEvaluator() {}

    public static EvaluationResult evaluate(EvaluationRequest request, PolicySet policies) {
        Scan scan = new Scan(request);
        policies.resource().ifPresent(p -> scan.policy(PolicyKind.RESOURCE, 0, p));
        Principal.Type type = request.principal().type();
        boolean identityBound = type == Principal.Type.USER || type == Principal.Type.ASSUMED_ROLE;
        if (identityBound) {
            for (int i = 0; i < policies.identity().size(); i++) {
                scan.policy(PolicyKind.IDENTITY, i, policies.identity().get(i));
            }
            policies.boundary().ifPresent(p -> scan.policy(PolicyKind.PERMISSIONS_BOUNDARY, 0, p));
            for (int i = 0; i < policies.session().size(); i++) {
                scan.policy(PolicyKind.SESSION, i, policies.session().get(i));
            }
        }
        return scan.result(decide(scan, request.principal(), policies, identityBound));
    }

    private static Reason decide(Scan scan, Principal principal, PolicySet policies, boolean identityBound) {
        for (PolicyKind kind : PolicyKind.values()) {
            if (scan.denied[kind.ordinal()]) {
                return switch (kind) {
                    case IDENTITY -> Reason.EXPLICIT_DENY_IDENTITY_POLICY;
                    case RESOURCE -> Reason.EXPLICIT_DENY_RESOURCE_POLICY;
                    case PERMISSIONS_BOUNDARY -> Reason.EXPLICIT_DENY_PERMISSIONS_BOUNDARY;
                    case SESSION -> Reason.EXPLICIT_DENY_SESSION_POLICY;
                };
            }
        }
        boolean sameAccount = policies.resourceAccount() == null || policies.resourceAccount().equals(principal.account());
        if (!identityBound) {
            // Even the root is subject to a key policy: KMS keys are governed by theirs alone.
            boolean rootAtHome = principal.type() == Principal.Type.ROOT && sameAccount && !policies.resourcePolicyRequired();
            return rootAtHome || scan.grant != Grant.NONE ? Reason.ALLOWED : Reason.NO_RESOURCE_POLICY_ALLOWS;
        }
        if (!sameAccount) {
            Reason identitySide = identitySide(scan, policies, scan.allowed(PolicyKind.IDENTITY));
            if (identitySide != Reason.ALLOWED) {
                return identitySide;
            }
            return scan.grant != Grant.NONE ? Reason.ALLOWED : Reason.NO_RESOURCE_POLICY_ALLOWS;
        }
        if (scan.grant == Grant.DIRECT) {
            return Reason.ALLOWED;
        }
        if (policies.resourcePolicyRequired() && scan.grant == Grant.NONE) {
            return Reason.NO_RESOURCE_POLICY_ALLOWS;
        }
        return identitySide(scan, policies, scan.allowed(PolicyKind.IDENTITY) || scan.grant == Grant.ROLE);
    }

    /** The identity-based policies (or a grant to the session's role) allow, and the boundary and session policies too. */
    private static Reason identitySide(Scan scan, PolicySet policies, boolean allowed) {
        if (!allowed) {
            return Reason.NO_IDENTITY_POLICY_ALLOWS;
        }
        if (policies.boundary().isPresent() && !scan.allowed(PolicyKind.PERMISSIONS_BOUNDARY)) {
            return Reason.NO_PERMISSIONS_BOUNDARY_ALLOWS;
        }
        if (!policies.session().isEmpty() && !scan.allowed(PolicyKind.SESSION)) {
            return Reason.NO_SESSION_POLICY_ALLOWS;
        }
        return Reason.ALLOWED;
    }

    /** One pass over every statement of every policy, noting what applied. */
    private static final class Scan {
        private final EvaluationRequest request;
        private final boolean[] denied = new boolean[PolicyKind.values().length];
        private final boolean[] allows = new boolean[PolicyKind.values().length];
        private Grant grant = Grant.NONE;
        private List<MatchedStatement> matched;
        private Set<String> missing;

        Scan(EvaluationRequest request) {
            this.request = request;
        }

        boolean allowed(PolicyKind kind) {
            return allows[kind.ordinal()];
        }

        void policy(PolicyKind kind, int index, CompiledPolicy policy) {
            for (Statement s : policy.statements) {
                if (!s.actionMatches(request)) {
                    continue;
                }
                Grant g = kind == PolicyKind.RESOURCE ? s.grant(request) : Grant.DIRECT;
                if (g == Grant.NONE) {
                    continue;
                }
                if (!s.variablesResolve(request)) {
                    noteMissingKeys(s);
                    continue;
                }
                if (!s.resourceMatches(request)) {
                    continue;
                }
                noteMissingKeys(s);
                if (!s.conditionsHold(request)) {
                    continue;
                }
                if (matched == null) {
                    matched = new ArrayList<>(4);
                }
                matched.add(new MatchedStatement(kind, index, s.index, s.sid, s.allow));
                if (!s.allow) {
                    denied[kind.ordinal()] = true;
                } else {
                    allows[kind.ordinal()] = true;
                    if (kind == PolicyKind.RESOURCE && g.compareTo(grant) > 0) {
                        grant = g;
                    }
                }
            }
        }

        private void noteMissingKeys(Statement s) {
            for (Condition c : s.conditions) {
                if (request.values(c.keyLower()) == null) {
                    missing().add(c.key());
                }
            }
            s.variables.forEach((lower, key) -> {
                if (request.values(lower) == null) {
                    missing().add(key);
                }
            });
        }

        private Set<String> missing() {
            if (missing == null) {
                missing = new LinkedHashSet<>();
            }
            return missing;
        }

        EvaluationResult result(Reason reason) {
            Decision decision = reason == Reason.ALLOWED ? Decision.ALLOW : reason.explicit() ? Decision.EXPLICIT_DENY : Decision.IMPLICIT_DENY;
            return new EvaluationResult(decision, reason, request, matched == null ? List.of() : List.copyOf(matched),
                    missing == null ? List.of() : List.copyOf(missing));
        }
    }
}
