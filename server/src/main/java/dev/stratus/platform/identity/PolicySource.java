package dev.stratus.platform.identity;

import dev.stratus.platform.Arn;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.Ports;
import dev.stratus.platform.port.Identities;
import dev.stratus.protocol.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Gathers the policies that bear on one request, as IAM's evaluation logic takes them: the
 * principal's identity-based policies and permissions boundary (IAM's, through {@link Identities}),
 * the session policies its credentials were given, and the resource's policy (registered by each
 * service by ARN service); then asks {@link PolicyEvaluator}. The condition keys that come from
 * the principal (aws:userid, aws:PrincipalTag/…, a session's role ARN with its path) are added here.
 */
final class PolicySource {
    private static final int COMPILED_LIMIT = 4096;

    private final Credentials credentials;
    private final Ports ports;
    private final Map<String, Function<String, Optional<PolicyDocument>>> resourcePolicies = new ConcurrentHashMap<>();
    private final Set<String> requiredResourcePolicies = ConcurrentHashMap.newKeySet();
    /** IAM answers the same Identity until it changes, so its policies are compiled once per answer. */
    private final Map<Identities.Identity, Compiled> compiled = new ConcurrentHashMap<>();

    PolicySource(Credentials credentials, Ports ports) {
        this.credentials = credentials;
        this.ports = ports;
    }

    void resourcePolicies(String arnService, Function<String, Optional<PolicyDocument>> byArn, boolean required) {
        resourcePolicies.put(arnService, byArn);
        if (required) {
            requiredResourcePolicies.add(arnService);
        }
    }

    EvaluationResult evaluate(Principal principal, String accessKeyId, String action, String resource, Map<String, List<String>> context) {
        return evaluate(principal, accessKeyId, action, resource, context, null);
    }

    /** As {@link #evaluate(Principal, String, String, String, Map)}, with the resource's policy given by its service when {@code held} is not null. */
    EvaluationResult evaluate(Principal principal, String accessKeyId, String action, String resource, Map<String, List<String>> context,
                              Optional<PolicyDocument> held) {
        return evaluate(principal, accessKeyId, action, resource, context, () -> context, held);
    }

    /**
     * As {@link #evaluate(Principal, String, String, String, Map, Optional)}, where {@code context}
     * (what the request's action brings) is completed by {@code fullContext} only when policies
     * are evaluated: the account root in its own account with no resource policy may do anything,
     * and that is answered without building the keys (the gateway's usual request).
     */
    EvaluationResult evaluate(Principal principal, String accessKeyId, String action, String resource, Map<String, List<String>> context,
                              Supplier<Map<String, List<String>>> fullContext, Optional<PolicyDocument> held) {
        // A resource's policy speaks only to its own service's actions (a KMS key's to kms:…), whatever ARN an operation is given.
        Optional<Arn> arn = "*".equals(resource) ? Optional.empty()
                : Arn.parse(resource).filter(a -> action.regionMatches(true, 0, a.service() + ":", 0, a.service().length() + 1));
        Optional<PolicyDocument> policy = Optional.empty();
        String owner = null;
        boolean required = false;
        if (arn.isPresent()) {
            String service = arn.get().service();
            Function<String, Optional<PolicyDocument>> byArn = resourcePolicies.get(service);
            policy = held != null ? held : byArn == null ? Optional.empty() : byArn.apply(resource);
            owner = arn.get().account().isEmpty() ? null : arn.get().account();
            required = requiredResourcePolicies.contains(service);
        }
        if (principal.type() == Principal.Type.ROOT && policy.isEmpty() && !required && (owner == null || owner.equals(principal.account()))) {
            return EvaluationResult.allowedWithoutEvaluation(new EvaluationRequest(principal, action, resource, context));
        }
        Map<String, List<String>> keys = new HashMap<>(fullContext.get());
        PolicySet set = identityPolicies(principal, accessKeyId, keys);
        if (policy.isPresent()) {
            set = set.withResource(CompiledPolicy.of(policy.get()), owner);
        }
        if (required) {
            set = set.requiringResourcePolicy();
        }
        return PolicyEvaluator.evaluate(new EvaluationRequest(principal, action, resource, keys), set);
    }

    /**
     * IAM's answer to {@code who} assuming the role named in {@code roleArn}: its trust policy must
     * allow {@code sts:AssumeRole} (and, for a user or session, its own policies too); none when no
     * such role exists.
     */
    Optional<EvaluationResult> assume(Principal who, String accessKeyId, String roleArn, Map<String, List<String>> context) {
        Optional<Identities.Identity> role = identities().flatMap(i -> i.role(lastSegment(roleArn)));
        if (role.isEmpty() || !role.get().arn().equals(roleArn) || role.get().trustPolicy() == null) {
            return Optional.empty();
        }
        Map<String, List<String>> keys = new HashMap<>(context);
        PolicySet set = identityPolicies(who, accessKeyId, keys)
                .withResource(CompiledPolicy.of(role.get().trustPolicy()), Arn.parse(roleArn).map(Arn::account).orElse(null))
                .requiringResourcePolicy();
        return Optional.of(PolicyEvaluator.evaluate(new EvaluationRequest(who, "sts:AssumeRole", roleArn, keys), set));
    }

    private PolicySet identityPolicies(Principal principal, String accessKeyId, Map<String, List<String>> keys) {
        Optional<Identities.Identity> identity = switch (principal.type()) {
            case USER -> identities().flatMap(i -> i.user(lastSegment(principal.id())));
            case ASSUMED_ROLE -> identities().flatMap(i -> i.role(roleOf(principal.id())));
            default -> Optional.empty();
        };
        if (identity.isEmpty()) {
            if (principal.type() == Principal.Type.ROOT) {
                keys.putIfAbsent("aws:userid", List.of(principal.account()));
            }
            return PolicySet.identityOnly(List.of());
        }
        Identities.Identity who = identity.get();
        Compiled c = compiled(who);
        PolicySet set = PolicySet.identityOnly(c.policies());
        if (c.boundary() != null) {
            set = set.withBoundary(c.boundary());
        }
        who.tags().forEach((k, v) -> keys.putIfAbsent("aws:PrincipalTag/" + k, List.of(v)));
        if (principal.type() == Principal.Type.USER) {
            keys.putIfAbsent("aws:userid", List.of(who.uniqueId()));
            return set;
        }
        keys.putIfAbsent("aws:PrincipalArn", List.of(who.arn()));
        keys.putIfAbsent("aws:userid", List.of(who.uniqueId() + ":" + lastSegment(principal.id())));
        Optional<Credentials.Credential> session = credentials.find(accessKeyId);
        if (session.isPresent()) {
            session.get().sessionTags().forEach((k, v) -> keys.put("aws:PrincipalTag/" + k, List.of(v)));
            List<CompiledPolicy> sessionPolicies = new ArrayList<>();
            if (session.get().sessionPolicy() != null) {
                sessionPolicies.add(CompiledPolicy.of(session.get().sessionPolicy()));
            }
            for (String arn : session.get().sessionPolicyArns()) {
                // A policy deleted since the session began allows nothing, as in AWS.
                sessionPolicies.add(identities().flatMap(i -> i.managedPolicy(arn)).map(CompiledPolicy::of)
                        .orElseGet(() -> CompiledPolicy.of("{\"Version\":\"2012-10-17\",\"Statement\":[]}")));
            }
            if (!sessionPolicies.isEmpty()) {
                set = set.withSession(sessionPolicies);
            }
        }
        return set;
    }

    private Optional<Identities> identities() {
        return ports.find(Identities.class);
    }

    private Compiled compiled(Identities.Identity who) {
        Compiled c = compiled.get(who);
        if (c == null) {
            if (compiled.size() >= COMPILED_LIMIT) {
                compiled.clear();
            }
            c = new Compiled(who.policies().stream().map(CompiledPolicy::of).toList(), who.boundary().map(CompiledPolicy::of).orElse(null));
            compiled.put(who, c);
        }
        return c;
    }

    private record Compiled(List<CompiledPolicy> policies, CompiledPolicy boundary) {
    }

    /** {@code arn:aws:sts::123456789012:assumed-role/ROLE/SESSION} → {@code ROLE}. */
    private static String roleOf(String sessionArn) {
        String rest = sessionArn.substring(sessionArn.indexOf("assumed-role/") + "assumed-role/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static String lastSegment(String arn) {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }
}
