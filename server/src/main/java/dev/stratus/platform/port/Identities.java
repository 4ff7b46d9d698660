package dev.stratus.platform.port;

import dev.stratus.platform.PolicyDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * IAM's users and roles as the identity step and STS reach them: the policies that apply to an
 * entity when it (or a session of it) calls, and for a role whom it trusts. IAM offers it; the
 * answers follow IAM's writes at once.
 */
public interface Identities {

    /** An IAM user, by name, or none. */
    Optional<Identity> user(String name);

    /** An IAM role, by name (names are unique in an account whatever the path), or none. */
    Optional<Identity> role(String name);

    /** The default version of a managed policy (the account's or AWS's), by ARN, or none: a session's policy ARNs. */
    Optional<PolicyDocument> managedPolicy(String arn);

    /**
     * A user or role: its ARN and unique id ({@code AIDA…}/{@code AROA…}); its identity-based
     * policies (inline, attached, and for a user its groups'), its permissions boundary, its tags;
     * and for a role its trust policy and the longest session it allows.
     */
    record Identity(String arn, String uniqueId, List<PolicyDocument> policies, Optional<PolicyDocument> boundary,
                    Map<String, String> tags, PolicyDocument trustPolicy, int maxSessionSeconds) {
    }
}
