package dev.stratus.platform.identity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.Arn;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Gatekeeper;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The gateway's identity step: a request's access key names its principal, and the
 * {@link Authorizer} decides whether that principal may call the operation. Keys Stratus does not
 * know stand for the account root, so {@code test}/{@code test} works as it always has.
 */
public final class AccessControl implements Gatekeeper {
    private final String account;
    private final Authorizer authorizer;
    private final Clock clock;

    public AccessControl(String account, Authorizer authorizer, Clock clock) {
        this.account = account;
        this.authorizer = authorizer;
        this.clock = clock;
    }

    @Override
    public Principal identify(String accessKeyId, String region) {
        return new Principal(Principal.Type.ROOT, Arn.accountRoot(region, account).toString(), account);
    }

    @Override
    public void authorize(RequestContext ctx, JsonNode input) {
        String action = ctx.service() + ":" + ctx.operation();
        // Operations do not name their resources to the gateway yet; IAM's resource-level checks come with it.
        String resource = "*";
        if (authorizer.authorize(ctx.principal(), action, resource, conditions(ctx)) != Authorizer.Decision.ALLOW) {
            throw new AwsException("AccessDeniedException", "User: " + ctx.principal().id() + " is not authorized to perform: " + action
                    + " on resource: " + resource, 403);
        }
    }

    /** IAM's global condition keys that every request has. */
    private Map<String, String> conditions(RequestContext ctx) {
        long now = clock.millis();
        Map<String, String> c = new LinkedHashMap<>();
        c.put("aws:CurrentTime", Instant.ofEpochMilli(now).toString());
        c.put("aws:EpochTime", Long.toString(now / 1000));
        c.put("aws:RequestedRegion", ctx.region());
        c.put("aws:SecureTransport", "false");
        Principal p = ctx.principal();
        if (p.type() == Principal.Type.SERVICE) {
            c.put("aws:PrincipalServiceName", p.id());
            return c;
        }
        c.put("aws:PrincipalArn", p.id());
        c.put("aws:PrincipalAccount", p.account());
        c.put("aws:PrincipalType", switch (p.type()) {
            case ROOT -> "Account";
            case USER -> "User";
            default -> "AssumedRole";
        });
        return c;
    }
}
