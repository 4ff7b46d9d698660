package dev.stratus.cloudtrail;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.platform.identity.Credentials.Credential;
import dev.stratus.protocol.Principal;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code userIdentity} element of a record, as CloudTrail's reference shows it for each kind of
 * caller: the root ({@code Root}, its account as principalId), an IAM user ({@code IAMUser},
 * {@code AIDA…}, userName), an assumed-role session ({@code AssumedRole}, {@code AROA…:session},
 * sessionContext with the role as sessionIssuer and the session's creationDate), and an AWS
 * service ({@code AWSService}, invokedBy). Unique ids and a session's role and start come from the
 * access key the call was signed with.
 */
final class UserIdentities {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Function<String, Optional<Credential>> credentials;

    UserIdentities(Function<String, Optional<Credential>> credentials) {
        this.credentials = credentials;
    }

    ObjectNode of(Principal who, String accessKeyId) {
        ObjectNode u = NODES.objectNode();
        Optional<Credential> key = accessKeyId == null ? Optional.empty()
                : credentials.apply(accessKeyId).filter(c -> c.principal().id().equals(who.id()));
        switch (who.type()) {
            case ROOT -> {
                u.put("type", "Root");
                u.put("principalId", who.account());
                u.put("arn", who.id());
                u.put("accountId", who.account());
                putKey(u, accessKeyId);
            }
            case USER -> {
                u.put("type", "IAMUser");
                u.put("principalId", key.map(Credential::principalId).orElse(null));
                u.put("arn", who.id());
                u.put("accountId", who.account());
                putKey(u, accessKeyId);
                u.put("userName", lastSegment(who.id()));
            }
            case ASSUMED_ROLE -> {
                u.put("type", "AssumedRole");
                u.put("principalId", key.map(Credential::principalId).orElse(null));
                u.put("arn", who.id());
                u.put("accountId", who.account());
                putKey(u, accessKeyId);
                u.set("sessionContext", sessionContext(who, key));
            }
            case SERVICE -> {
                u.put("type", "AWSService");
                u.put("invokedBy", who.id());
            }
        }
        return u;
    }

    private static ObjectNode sessionContext(Principal who, Optional<Credential> key) {
        ObjectNode issuer = NODES.objectNode();
        key.ifPresent(c -> {
            issuer.put("type", "Role");
            issuer.put("principalId", c.principalId().split(":", 2)[0]);
            issuer.put("arn", c.ownerArn());
            issuer.put("accountId", who.account());
            issuer.put("userName", lastSegment(c.ownerArn()));
        });
        ObjectNode attributes = NODES.objectNode();
        key.ifPresent(c -> attributes.put("creationDate", DateTimeFormatter.ISO_INSTANT.format(c.created().truncatedTo(ChronoUnit.SECONDS))));
        attributes.put("mfaAuthenticated", "false");
        ObjectNode context = NODES.objectNode();
        context.set("sessionIssuer", issuer);
        context.set("attributes", attributes);
        return context;
    }

    private static void putKey(ObjectNode u, String accessKeyId) {
        if (accessKeyId != null) {
            u.put("accessKeyId", accessKeyId);
        }
    }

    /** A user's or role's name: the last segment of its ARN, after any path. */
    private static String lastSegment(String arn) {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }
}
