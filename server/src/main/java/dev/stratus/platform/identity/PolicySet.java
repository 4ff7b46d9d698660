package dev.stratus.platform.identity;

import java.util.List;
import java.util.Optional;

/**
 * The policies that bear on one request, by the part IAM gives each: the principal's identity-based policies
 * (inline and attached, its groups' included), its permissions boundary, the session policies its role session
 * was given, the resource's policy and the account that owns the resource (null: the principal's own).
 * {@code resourcePolicyRequired} marks resources whose policy must itself allow, directly or by naming the
 * account to let identity-based policies decide: KMS key policies and role trust policies.
 */
public record PolicySet(List<CompiledPolicy> identity, Optional<CompiledPolicy> boundary, List<CompiledPolicy> session,
                        Optional<CompiledPolicy> resource, String resourceAccount, boolean resourcePolicyRequired) {

    public PolicySet {
        identity = List.copyOf(identity);
        session = List.copyOf(session);
    }

    public PolicySet(List<CompiledPolicy> identity, Optional<CompiledPolicy> boundary, List<CompiledPolicy> session,
                     Optional<CompiledPolicy> resource, String resourceAccount) {
        this(identity, boundary, session, resource, resourceAccount, false);
    }

    /** Identity-based policies alone: no boundary, no session policies, no resource policy. */
    public static PolicySet identityOnly(List<CompiledPolicy> identity) {
        return new PolicySet(identity, Optional.empty(), List.of(), Optional.empty(), null, false);
    }

    /** A resource policy alone: what decides for a service principal and for the account root. */
    public static PolicySet resourceOnly(CompiledPolicy resource, String resourceAccount) {
        return new PolicySet(List.of(), Optional.empty(), List.of(), Optional.of(resource), resourceAccount, false);
    }

    public PolicySet withBoundary(CompiledPolicy boundary) {
        return new PolicySet(identity, Optional.of(boundary), session, resource, resourceAccount, resourcePolicyRequired);
    }

    public PolicySet withSession(List<CompiledPolicy> session) {
        return new PolicySet(identity, boundary, session, resource, resourceAccount, resourcePolicyRequired);
    }

    public PolicySet withResource(CompiledPolicy resource, String resourceAccount) {
        return new PolicySet(identity, boundary, session, Optional.of(resource), resourceAccount, resourcePolicyRequired);
    }

    /** The same policies, for a resource whose policy must itself allow (a KMS key, a role's trust policy). */
    public PolicySet requiringResourcePolicy() {
        return new PolicySet(identity, boundary, session, resource, resourceAccount, true);
    }
}
