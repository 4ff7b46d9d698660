package dev.stratus.platform.identity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.Arn;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.ServiceModule;
import dev.stratus.protocol.Gatekeeper;
import dev.stratus.protocol.HttpRequest;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The identity step, for the gateway and for services acting on a caller's behalf: a request's
 * access key names its principal ({@link Credentials}; keys Stratus never issued stand for the
 * account root, so {@code test}/{@code test} works as it always has; a session's key past its
 * expiry is refused, and in strict mode every request's signature is verified: {@link Authentication}),
 * each service's {@link Actions} table names what the operation asks, and IAM's evaluation logic
 * decides over the policies that bear on it ({@link PolicySource}). A refusal is answered as the
 * service answers one ({@link Refusal}). Not enforcing, every principal may do everything, as
 * before IAM was.
 */
public final class AccessControl implements Gatekeeper {
    private final String account;
    private final String region;
    private final Clock clock;
    private final Credentials credentials;
    private final PolicySource policies;
    private final boolean enforcing;
    private final Authentication authentication;
    private final Map<String, Actions> actions = new ConcurrentHashMap<>();
    /** By service: the model's id, which is also the prefix of its actions ({@code sqs}, {@code sns} …). */
    private final Map<String, Refusal> refusals = new ConcurrentHashMap<>();

    /**
     * For {@code account}; {@code region} is the one a service's own calls are made in when their
     * resource names none; the users and roles are IAM's, found among {@code ports} once offered.
     */
    public AccessControl(String account, String region, Clock clock, Store store, dev.stratus.platform.Ports ports, boolean enforcing,
                         Authentication.Mode mode) {
        this.account = account;
        this.region = region;
        this.clock = clock;
        this.credentials = new Credentials(store);
        this.policies = new PolicySource(credentials, ports);
        this.enforcing = enforcing;
        this.authentication = new Authentication(credentials, clock, mode);
    }

    /** The access keys IAM and STS issue, and sessions Lambda gives its functions. */
    public Credentials credentials() {
        return credentials;
    }

    /** Takes what IAM checks for the module's operations, and how it answers a refusal. */
    public void serve(ServiceModule module) {
        actions.put(module.model().id(), module.actions());
        refusals.put(module.model().id(), module.refusal());
    }

    /**
     * Where the policies of resources whose ARNs name {@code arnService} ({@code sqs}, {@code lambda} …) are found, by ARN.
     * {@code required}: the policy must itself allow (a KMS key policy), directly or by naming the account.
     */
    public void resourcePolicies(String arnService, Function<String, Optional<PolicyDocument>> byArn, boolean required) {
        policies.resourcePolicies(arnService, byArn, required);
    }

    /** Where the policies of resources whose ARNs name {@code arnService} are found; identity-based policies may allow without them. */
    public void resourcePolicies(String arnService, Function<String, Optional<PolicyDocument>> byArn) {
        resourcePolicies(arnService, byArn, false);
    }

    @Override
    public Principal identify(String accessKeyId, String region) {
        return credentials.find(accessKeyId).map(Credentials.Credential::principal)
                .orElseGet(() -> new Principal(Principal.Type.ROOT, Arn.accountRoot(region, account).toString(), account));
    }

    /** See {@link Authentication#check}: an expired session or inactive key, and in strict mode the signature. */
    @Override
    public void authenticate(HttpRequest request, RequestContext ctx) {
        authentication.check(request, ctx.accessKeyId());
    }

    @Override
    public void authorize(RequestContext ctx, JsonNode input) {
        if (!enforcing) {
            return;
        }
        Actions table = actions.getOrDefault(ctx.service(), Actions.named(ctx.service()));
        List<Actions.Check> checks;
        try {
            checks = table.of(ctx, input);
        } catch (RuntimeException unreadable) {
            // A table that cannot read odd input still asks the operation's action; the service then answers the input.
            checks = Actions.named(ctx.service()).of(ctx, input);
        }
        Refusal refusal = refusals.getOrDefault(ctx.service(), Refusal.ACCESS_DENIED_EXCEPTION);
        for (Actions.Check check : checks) {
            EvaluationResult result = decide(ctx.principal(), ctx.accessKeyId(), check.action(), check.resource(), ctx.region(), check.context(),
                    null);
            if (!result.allowed()) {
                throw refusal.error(result.accessDeniedMessage());
            }
        }
    }

    /**
     * Throws the service's refusal unless {@code principal} may perform {@code action} on
     * {@code resource}: for services acting for a caller (a function's role polling a queue, SSM
     * decrypting with KMS for the caller, a delivery made by a service principal).
     */
    public void check(Principal principal, String action, String resource, Map<String, List<String>> context) {
        check(principal, action, resource, context, null);
    }

    /**
     * As {@link #check(Principal, String, String, Map)}, for a service that holds the resource's
     * policy already (KMS, inside the transaction that found the key): {@code policy} is used
     * instead of looking it up.
     */
    public void check(Principal principal, String action, String resource, Map<String, List<String>> context, Optional<PolicyDocument> policy) {
        EvaluationResult result = decide(principal, null, action, resource, context, policy);
        if (!result.allowed()) {
            throw refusalFor(action).error(result.accessDeniedMessage());
        }
    }

    /**
     * IAM's answer for a service acting on a caller's behalf, for a service that weighs more than
     * policies (KMS's grants, which allow what the policies do not deny explicitly); {@code accessKeyId}
     * (null when not known) brings the session's policies and tags. Not enforcing, always allowed.
     */
    public EvaluationResult decide(Principal principal, String accessKeyId, String action, String resource, Map<String, List<String>> context,
                                   Optional<PolicyDocument> policy) {
        if (!enforcing) {
            return EvaluationResult.allowedWithoutEvaluation(new EvaluationRequest(principal, action, resource, context));
        }
        return decide(principal, accessKeyId, action, resource, Arn.parse(resource).map(Arn::region).filter(r -> !r.isEmpty()).orElse(region),
                context, policy);
    }

    /** The refusal of the service whose action this is ({@code sqs:…} → SQS's). */
    public Refusal refusalFor(String action) {
        return refusals.getOrDefault(prefixOf(action), Refusal.ACCESS_DENIED_EXCEPTION);
    }

    /** IAM's answer for {@code principal} calling with {@code accessKeyId} (null: no session policies apply), without acting on it. */
    public EvaluationResult evaluate(Principal principal, String accessKeyId, String action, String resource, Map<String, List<String>> context) {
        return policies.evaluate(principal, accessKeyId, action, resource, context);
    }

    /**
     * Whether the role named by {@code roleArn} exists and its trust policy lets {@code service}
     * assume it: what Lambda asks of a function's execution role. Not enforcing, any role will do.
     */
    public boolean trusts(String roleArn, Principal service) {
        return !enforcing || policies.assume(service, null, roleArn, Map.of()).map(EvaluationResult::allowed).orElse(false);
    }

    /** IAM's answer to {@code who} (calling with {@code accessKeyId}) assuming the role, or none when there is no such role. */
    public Optional<EvaluationResult> assume(Principal who, String accessKeyId, String roleArn, Map<String, List<String>> context) {
        return policies.assume(who, accessKeyId, roleArn, context);
    }

    private EvaluationResult decide(Principal principal, String accessKeyId, String action, String resource, String requestRegion,
                                    Map<String, List<String>> keys, Optional<PolicyDocument> policy) {
        return policies.evaluate(principal, accessKeyId, refusalFor(action).spelling().apply(action), resource, keys, () -> {
            Map<String, List<String>> context = globalKeys(requestRegion);
            context.putAll(keys);
            return context;
        }, policy);
    }

    /**
     * IAM's global condition keys of a request made now in {@code requestRegion}; those of its
     * principal (aws:PrincipalArn, aws:userid …) are added where its policies are gathered.
     */
    public Map<String, List<String>> globalKeys(String requestRegion) {
        Map<String, List<String>> context = new HashMap<>(16);
        long now = clock.millis();
        context.put("aws:CurrentTime", List.of(Instant.ofEpochMilli(now).toString()));
        context.put("aws:EpochTime", List.of(Long.toString(now / 1000)));
        context.put("aws:RequestedRegion", List.of(requestRegion));
        context.put("aws:SecureTransport", List.of("false"));
        return context;
    }

    private static String prefixOf(String action) {
        int colon = action.indexOf(':');
        return colon < 0 ? action : action.substring(0, colon);
    }
}
