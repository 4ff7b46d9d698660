package dev.stratus.sts;

import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.identity.CompiledPolicy;
import dev.stratus.platform.identity.EvaluationRequest;
import dev.stratus.platform.identity.PolicyEvaluator;
import dev.stratus.platform.identity.PolicySet;
import dev.stratus.protocol.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a role's trust policy, with the caller's own policies, lets the caller perform an STS
 * action on the role (sts:AssumeRole, sts:TagSession, sts:SetSourceIdentity), by IAM's evaluation
 * logic: the trust policy is the role's resource policy and must itself allow; naming the caller
 * (or its session's role, or everyone) is enough, naming only its account leaves the decision to
 * the caller's identity-based policies (with its boundary and session policies). The account root
 * needs only the trust policy to name it or its account.
 */
final class TrustPolicy {

    private TrustPolicy() {
    }

    /**
     * The caller as IAM evaluates it: who it is, the user or role whose policies apply
     * ({@code ownerArn}), those policies, its boundary, and a session's own policies.
     */
    record Caller(Principal principal, String ownerArn, List<PolicyDocument> policies, Optional<PolicyDocument> boundary,
                  List<PolicyDocument> sessionPolicies) {

        static Caller bare(Principal principal) {
            return new Caller(principal, principal.id(), List.of(), Optional.empty(), List.of());
        }
    }

    static boolean allows(PolicyDocument trust, String roleArn, String roleAccount, Caller caller, String action, Map<String, List<String>> context) {
        PolicySet set = new PolicySet(compiled(caller.policies()), caller.boundary().map(CompiledPolicy::of), compiled(caller.sessionPolicies()),
                Optional.of(CompiledPolicy.of(trust)), roleAccount).requiringResourcePolicy();
        return PolicyEvaluator.evaluate(new EvaluationRequest(caller.principal(), action, roleArn, context), set).allowed();
    }

    private static List<CompiledPolicy> compiled(List<PolicyDocument> documents) {
        return documents.stream().map(CompiledPolicy::of).toList();
    }
}
