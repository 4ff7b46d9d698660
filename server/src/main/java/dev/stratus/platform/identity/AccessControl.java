package dev.stratus.platform.identity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.Arn;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Gatekeeper;
import dev.stratus.protocol.HttpRequest;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The identity step, for the gateway and for services acting on a caller's behalf: a request's
 * access key names its principal ({@link Credentials}; keys Stratus never issued stand for the
 * account root, so {@code test}/{@code test} works as it always has), a session's key past its
 * expiry is refused, and in strict mode every request's signature is verified ({@link Authentication});
 * each service's
 * {@link Actions} table names what the operation asks, and the {@link Authorizer} decides, with
 * the resource policies services register by the ARN's service.
 */
public final class AccessControl implements Gatekeeper {
    private final String account;
    private final Clock clock;
    private final Credentials credentials;
    private final Authorizer authorizer;
    private final Authentication authentication;
    private final Map<String, Actions> actions = new ConcurrentHashMap<>();
    private final Map<String, Function<String, Optional<PolicyDocument>>> resourcePolicies = new ConcurrentHashMap<>();

    public AccessControl(String account, Clock clock, Store store, Authorizer authorizer) {
        this(account, clock, store, authorizer, Authentication.Mode.DEFAULT);
    }

    public AccessControl(String account, Clock clock, Store store, Authorizer authorizer, Authentication.Mode mode) {
        this.account = account;
        this.clock = clock;
        this.credentials = new Credentials(store);
        this.authorizer = authorizer;
        this.authentication = new Authentication(credentials, clock, mode);
    }

    /** The access keys IAM and STS issue, and sessions Lambda gives its functions. */
    public Credentials credentials() {
        return credentials;
    }

    /** What IAM checks for the operations of the service with this model id. */
    public void actions(String service, Actions table) {
        actions.put(service, table);
    }

    /** Where the policies of resources whose ARNs name {@code arnService} ({@code sqs}, {@code lambda} …) are found, by ARN. */
    public void resourcePolicies(String arnService, Function<String, Optional<PolicyDocument>> byArn) {
        resourcePolicies.put(arnService, byArn);
    }

    /** The policy of the resource with this ARN, if its service keeps one. */
    public Optional<PolicyDocument> resourcePolicy(String arn) {
        return Arn.parse(arn).flatMap(a -> {
            Function<String, Optional<PolicyDocument>> byArn = resourcePolicies.get(a.service());
            return byArn == null ? Optional.empty() : byArn.apply(arn);
        });
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
        Actions table = actions.getOrDefault(ctx.service(), Actions.named(ctx.service()));
        for (Actions.Check check : table.of(ctx, input)) {
            Map<String, List<String>> context = new LinkedHashMap<>(globalKeys(ctx.principal(), ctx.region()));
            context.putAll(check.context());
            check(ctx.principal(), check.action(), check.resource(), context);
        }
    }

    /**
     * Throws AWS's {@code AccessDeniedException} (403) unless {@code principal} may perform
     * {@code action} on {@code resource}: for services that act for a caller (a function's role
     * polling a queue, SSM decrypting with KMS for the caller) and for the gateway.
     */
    public void check(Principal principal, String action, String resource, Map<String, List<String>> context) {
        if (authorizer.authorize(principal, action, resource, context) != Authorizer.Decision.ALLOW) {
            throw new AwsException("AccessDeniedException", "User: " + principal.id() + " is not authorized to perform: " + action
                    + " on resource: " + resource, 403);
        }
    }

    /** IAM's global condition keys that every request by {@code p} has. */
    public Map<String, List<String>> globalKeys(Principal p, String region) {
        long now = clock.millis();
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("aws:CurrentTime", List.of(Instant.ofEpochMilli(now).toString()));
        c.put("aws:EpochTime", List.of(Long.toString(now / 1000)));
        c.put("aws:RequestedRegion", List.of(region));
        c.put("aws:SecureTransport", List.of("false"));
        if (p.type() == Principal.Type.SERVICE) {
            c.put("aws:PrincipalServiceName", List.of(p.id()));
            return c;
        }
        c.put("aws:PrincipalArn", List.of(p.id()));
        c.put("aws:PrincipalAccount", List.of(p.account()));
        c.put("aws:PrincipalType", List.of(switch (p.type()) {
            case ROOT -> "Account";
            case USER -> "User";
            default -> "AssumedRole";
        }));
        return c;
    }
}
