package dev.stratus.sts;

import dev.stratus.platform.Arn;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.identity.AccessControl;
import dev.stratus.platform.identity.Credentials.Credential;
import dev.stratus.platform.port.Identities;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sts.api.AssumeRoleRequest;
import dev.stratus.sts.api.AssumeRoleResponse;
import dev.stratus.sts.api.AssumedRoleUser;
import dev.stratus.sts.api.Credentials;
import dev.stratus.sts.api.GetAccessKeyInfoRequest;
import dev.stratus.sts.api.GetAccessKeyInfoResponse;
import dev.stratus.sts.api.GetCallerIdentityRequest;
import dev.stratus.sts.api.GetCallerIdentityResponse;
import dev.stratus.sts.api.GetSessionTokenRequest;
import dev.stratus.sts.api.GetSessionTokenResponse;
import dev.stratus.sts.api.PolicyDescriptorType;
import dev.stratus.sts.api.StsApi;
import dev.stratus.sts.api.Tag;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;

/**
 * AWS Security Token Service: who is calling (GetCallerIdentity), sessions of roles
 * (AssumeRole: the role's trust policy checked, with session policies, tags and source identity)
 * and of users or the root (GetSessionToken), and which account a key belongs to. Sessions are
 * written to the platform's credential table, where the identity step finds them and refuses them
 * once they expire.
 */
public final class StsService implements StsApi {
    static final int DEFAULT_ROLE_SESSION_SECONDS = 3600;
    /** A session of a session (role chaining) lasts an hour at most. */
    static final int CHAINED_SESSION_SECONDS = 3600;
    static final int DEFAULT_USER_SESSION_SECONDS = 43200;
    /** The root's sessions last an hour at most: a longer request is cut to an hour, as AWS does. */
    static final int ROOT_SESSION_SECONDS = 3600;
    /**
     * Bytes of compressed session policies and tags that make 100% of PackedPolicySize. AWS does
     * not publish its packing; this makes small policies a few percent and 50 long tags too many.
     */
    static final int PACKED_LIMIT_BYTES = 2048;

    private final Sessions sessions;
    private final AccessControl access;
    private final Identities identities;

    StsService(Sessions sessions, AccessControl access, Identities identities) {
        this.sessions = sessions;
        this.access = access;
        this.identities = identities;
    }

    /** Needs no permission: it answers even a caller whose policies deny everything, as AWS's does. */
    @Override
    public GetCallerIdentityResponse getCallerIdentity(RequestContext ctx, GetCallerIdentityRequest in) {
        Principal p = ctx.principal();
        return new GetCallerIdentityResponse(uniqueId(ctx), p.account(), p.id());
    }

    @Override
    public AssumeRoleResponse assumeRole(RequestContext ctx, AssumeRoleRequest in) {
        Principal caller = ctx.principal();
        Optional<Credential> callerKey = access.credentials().find(ctx.accessKeyId());
        Identities.Identity role = role(in.roleArn()).orElseThrow(() -> notAuthorized(caller, "sts:AssumeRole", in.roleArn()));

        Map<String, String> tags = tags(in.tags());
        List<String> transitive = in.transitiveTagKeys() == null ? new ArrayList<>() : new ArrayList<>(in.transitiveTagKeys());
        String sourceIdentity = in.sourceIdentity();
        if (callerKey.isPresent()) {
            // What a session passes on to the sessions it assumes: its transitive tags and its source identity.
            Credential c = callerKey.get();
            for (String k : c.transitiveTagKeys()) {
                if (c.sessionTags().containsKey(k)) {
                    tags.put(k, c.sessionTags().get(k));
                    if (!transitive.contains(k)) {
                        transitive.add(k);
                    }
                }
            }
            if (c.sourceIdentity() != null) {
                sourceIdentity = c.sourceIdentity();
            }
        }

        Map<String, List<String>> context = trustContext(ctx, in, tags, transitive, callerKey);
        TrustPolicy.Caller who = evaluated(caller, callerKey);
        List<String> actions = new ArrayList<>(List.of("sts:AssumeRole"));
        if (!tags.isEmpty()) {
            actions.add("sts:TagSession");
        }
        if (in.sourceIdentity() != null) {
            actions.add("sts:SetSourceIdentity");
        }
        for (String action : actions) {
            if (!TrustPolicy.allows(role.trustPolicy(), role.arn(), caller.account(), who, action, context)) {
                throw notAuthorized(caller, action, role.arn());
            }
        }

        boolean chained = caller.type() == Principal.Type.ASSUMED_ROLE;
        if (chained && in.durationSeconds() != null && in.durationSeconds() > CHAINED_SESSION_SECONDS) {
            throw new AwsException("ValidationError", "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.");
        }
        int seconds = in.durationSeconds() == null ? DEFAULT_ROLE_SESSION_SECONDS : in.durationSeconds();
        if (seconds > role.maxSessionSeconds()) {
            throw new AwsException("ValidationError", "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
        }

        PolicyDocument policy = sessionPolicy(in.policy());
        List<String> policyArns = in.policyArns() == null ? List.of() : in.policyArns().stream().map(PolicyDescriptorType::arn).toList();
        boolean packs = policy != null || !policyArns.isEmpty() || !tags.isEmpty();
        int packed = packs ? packedSize(policy, policyArns, tags) : 0;
        if (packed > 100) {
            throw new AwsException("PackedPolicyTooLargeException", "Packed policy consumes " + packed + "% of allotted space, please use smaller policy.");
        }

        Arn roleArn = Arn.parse(role.arn()).orElseThrow();
        Credential session = sessions.assume(Sessions.Role.of(roleArn, role.uniqueId()), in.roleSessionName(), Duration.ofSeconds(seconds),
                new Sessions.Extras(policy, policyArns, tags, transitive, sourceIdentity));
        return new AssumeRoleResponse(credentials(session), new AssumedRoleUser(session.principalId(), session.principal().id()),
                packs ? packed : null, sourceIdentity);
    }

    @Override
    public GetSessionTokenResponse getSessionToken(RequestContext ctx, GetSessionTokenRequest in) {
        Principal caller = ctx.principal();
        Optional<Credential> callerKey = access.credentials().find(ctx.accessKeyId());
        if (caller.type() == Principal.Type.ASSUMED_ROLE || callerKey.map(c -> c.sessionToken() != null).orElse(false)) {
            throw new AwsException("AccessDenied", "Cannot call GetSessionToken with session credentials", 403);
        }
        int seconds = in.durationSeconds() == null ? DEFAULT_USER_SESSION_SECONDS : in.durationSeconds();
        if (caller.type() == Principal.Type.ROOT) {
            seconds = Math.min(seconds, ROOT_SESSION_SECONDS);
        }
        Credential session = sessions.ofCaller(caller, uniqueId(ctx), Duration.ofSeconds(seconds));
        return new GetSessionTokenResponse(credentials(session));
    }

    /** The account of any key: Stratus's own for keys it never issued, as they stand for its root. */
    @Override
    public GetAccessKeyInfoResponse getAccessKeyInfo(RequestContext ctx, GetAccessKeyInfoRequest in) {
        return new GetAccessKeyInfoResponse(access.credentials().find(in.accessKeyId()).map(c -> c.principal().account()).orElse(ctx.accountId()));
    }

    /** IAM's unique id of the caller: the account for the root, AIDA… for a user, AROA…:session for a session. */
    private String uniqueId(RequestContext ctx) {
        if (ctx.principal().type() == Principal.Type.ROOT) {
            return ctx.principal().account();
        }
        return access.credentials().find(ctx.accessKeyId()).map(Credential::principalId).orElse(ctx.principal().account());
    }

    /** The role an ARN names in this account, if IAM has it (under that exact path). */
    private Optional<Identities.Identity> role(String roleArn) {
        Optional<Arn> arn = Arn.parse(roleArn).filter(a -> a.service().equals("iam") && a.resource().startsWith("role/"));
        if (arn.isEmpty()) {
            return Optional.empty();
        }
        String resource = arn.get().resource();
        return identities.role(resource.substring(resource.lastIndexOf('/') + 1)).filter(r -> r.arn().equalsIgnoreCase(roleArn));
    }

    /** The caller with the policies IAM has for it: a user's, or a session's role's and the session's own. */
    private TrustPolicy.Caller evaluated(Principal caller, Optional<Credential> key) {
        String owner = key.map(Credential::ownerArn).orElse(caller.id());
        String name = owner.substring(owner.lastIndexOf('/') + 1);
        Optional<Identities.Identity> entity = switch (caller.type()) {
            case USER -> identities.user(name);
            case ASSUMED_ROLE -> identities.role(name);
            default -> Optional.empty();
        };
        List<PolicyDocument> sessionPolicies = key.map(Credential::sessionPolicy).stream().toList();
        return entity.map(e -> new TrustPolicy.Caller(caller, owner, e.policies(), e.boundary(), sessionPolicies))
                .orElseGet(() -> new TrustPolicy.Caller(caller, owner, List.of(), Optional.empty(), sessionPolicies));
    }

    private Map<String, List<String>> trustContext(RequestContext ctx, AssumeRoleRequest in, Map<String, String> tags, List<String> transitive,
                                                   Optional<Credential> callerKey) {
        Map<String, List<String>> c = new LinkedHashMap<>(access.globalKeys(ctx.region()));
        c.put("sts:RoleSessionName", List.of(in.roleSessionName()));
        if (in.externalId() != null) {
            c.put("sts:ExternalId", List.of(in.externalId()));
        }
        if (in.sourceIdentity() != null) {
            c.put("sts:SourceIdentity", List.of(in.sourceIdentity()));
        }
        tags.forEach((k, v) -> c.put("aws:RequestTag/" + k, List.of(v)));
        if (!tags.isEmpty()) {
            c.put("aws:TagKeys", List.copyOf(tags.keySet()));
        }
        if (!transitive.isEmpty()) {
            c.put("sts:TransitiveTagKeys", List.copyOf(transitive));
        }
        callerKey.ifPresent(k -> {
            k.sessionTags().forEach((t, v) -> c.put("aws:PrincipalTag/" + t, List.of(v)));
            c.put("aws:userid", List.of(k.principalId()));
            if (ctx.principal().type() == Principal.Type.ASSUMED_ROLE) {
                // A session's aws:PrincipalArn is its role's ARN, path included.
                c.put("aws:PrincipalArn", List.of(k.ownerArn()));
            }
        });
        return c;
    }

    private static AwsException notAuthorized(Principal caller, String action, String resource) {
        return new AwsException("AccessDenied", "User: " + caller.id() + " is not authorized to perform: " + action + " on resource: " + resource, 403);
    }

    private static Map<String, String> tags(List<Tag> given) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (given != null) {
            given.forEach(t -> tags.put(t.key(), t.value() == null ? "" : t.value()));
        }
        return tags;
    }

    /** A session policy, checked as IAM checks identity-based policies (no Principal), with IAM's words. */
    private static PolicyDocument sessionPolicy(String text) {
        if (text == null) {
            return null;
        }
        try {
            return PolicyDocument.parseIdentity(text);
        } catch (PolicyDocument.Malformed e) {
            throw new AwsException("MalformedPolicyDocumentException", e.getMessage());
        }
    }

    /** The compressed size of the session's policies and tags, as a percentage of what fits (rounded up). */
    static int packedSize(PolicyDocument policy, List<String> policyArns, Map<String, String> tags) {
        StringBuilder packed = new StringBuilder();
        if (policy != null) {
            packed.append(policy.toJson());
        }
        policyArns.forEach(a -> packed.append('\n').append(a));
        tags.forEach((k, v) -> packed.append('\n').append(k).append('=').append(v));
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(packed.toString().getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return (int) Math.ceil(out.size() * 100.0 / PACKED_LIMIT_BYTES);
    }

    private static Credentials credentials(Credential c) {
        return new Credentials(c.accessKeyId(), c.secretAccessKey(), c.sessionToken(), c.expires());
    }
}
