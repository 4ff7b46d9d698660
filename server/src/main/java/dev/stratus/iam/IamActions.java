package dev.stratus.iam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.iam.IamRepository.StoredGroup;
import dev.stratus.iam.IamRepository.StoredProfile;
import dev.stratus.iam.IamRepository.StoredRole;
import dev.stratus.iam.IamRepository.StoredUser;
import dev.stratus.iam.PolicyRepository.StoredPolicy;
import dev.stratus.platform.Tags;
import dev.stratus.platform.identity.Actions;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What IAM checks for its own operations, as AWS's service authorization reference lists them:
 * {@code iam:<Operation>} on the entity the request names (an instance profile, a group, a role, a
 * user, a policy, in that order where a request names several: AddUserToGroup acts on the group,
 * AttachRolePolicy on the role), or {@code *} where it names none; with the condition keys the
 * request brings: aws:RequestTag/… and aws:TagKeys for tags given, aws:ResourceTag/… of the entity,
 * iam:PolicyARN for attaching and detaching, iam:PermissionsBoundary (the boundary asked for, or
 * the user's or role's own), iam:AWSServiceName for service-linked roles. An entity's ARN carries
 * its path, so the entity is read; one that does not exist is named with the path {@code /}.
 */
final class IamActions implements Actions {
    private final IamState iam;

    IamActions(IamState iam) {
        this.iam = iam;
    }

    /** The entity a request acts on: its ARN, its permissions boundary (users and roles) and its tags. */
    private record Target(String arn, String boundary, Map<String, String> tags) {
        static final Target ANY = new Target("*", null, Map.of());
    }

    @Override
    public List<Check> of(RequestContext ctx, JsonNode input) {
        String op = ctx.operation();
        Target target = iam.read(tx -> target(tx, ctx, op, input));
        Map<String, List<String>> context = new LinkedHashMap<>();
        target.tags().forEach((k, v) -> context.put("aws:ResourceTag/" + k, List.of(v)));
        requestTags(input, context);
        if (input.hasNonNull("PolicyArn") && (op.startsWith("Attach") || op.startsWith("Detach"))) {
            context.put("iam:PolicyARN", List.of(input.get("PolicyArn").asText()));
        }
        String boundary = input.hasNonNull("PermissionsBoundary") ? input.get("PermissionsBoundary").asText() : target.boundary();
        if (boundary != null) {
            context.put("iam:PermissionsBoundary", List.of(boundary));
        }
        if (input.hasNonNull("AWSServiceName")) {
            context.put("iam:AWSServiceName", List.of(input.get("AWSServiceName").asText()));
        }
        return List.of(new Check("iam:" + op, target.arn(), context));
    }

    private Target target(Tx tx, RequestContext ctx, String op, JsonNode in) throws SQLException {
        String account = ctx.accountId();
        if (op.equals("CreateServiceLinkedRole")) {
            String service = in.path("AWSServiceName").asText("");
            String name = ServiceLinkedRoles.roleName(service)
                    + (in.hasNonNull("CustomSuffix") ? "_" + in.get("CustomSuffix").asText() : "");
            return new Target(IamState.arn(ctx, "role", ServiceLinkedRoles.PATH_PREFIX + service + "/", name), null, Map.of());
        }
        if (op.equals("CreatePolicy")) {
            return new Target(IamState.arn(ctx, "policy", in.path("Path").asText("/"), in.path("PolicyName").asText()), null, Map.of());
        }
        String path = in.path("Path").asText("/");
        if (in.hasNonNull("InstanceProfileName")) {
            String name = in.get("InstanceProfileName").asText();
            StoredProfile p = iam.repo.profile(tx, account, name);
            return p == null ? new Target(IamState.arn(ctx, "instance-profile", path, name), null, Map.of()) : new Target(p.arn(), null, Tags.list(tx, p.arn()));
        }
        if (in.hasNonNull("GroupName")) {
            String name = in.get("GroupName").asText();
            StoredGroup g = iam.repo.group(tx, account, name);
            return new Target(g == null ? IamState.arn(ctx, "group", path, name) : g.arn(), null, Map.of());
        }
        if (in.hasNonNull("RoleName")) {
            String name = in.get("RoleName").asText();
            StoredRole r = iam.repo.role(tx, account, name);
            return r == null ? new Target(IamState.arn(ctx, "role", path, name), null, Map.of())
                    : new Target(r.arn(), r.permissionsBoundary(), Tags.list(tx, r.arn()));
        }
        String userName = in.hasNonNull("UserName") ? in.get("UserName").asText() : callingUser(ctx, op, in);
        if (userName != null) {
            StoredUser u = iam.repo.user(tx, account, userName);
            return u == null ? new Target(IamState.arn(ctx, "user", path, userName), null, Map.of())
                    : new Target(u.arn(), u.permissionsBoundary(), Tags.list(tx, u.arn()));
        }
        String policyArn = in.hasNonNull("PolicyArn") ? in.get("PolicyArn").asText() : null;
        if (policyArn != null) {
            StoredPolicy p = iam.findPolicy(tx, ctx, policyArn);
            return new Target(policyArn, null, p == null || IamState.isAws(p) ? Map.of() : Tags.list(tx, p.arn()));
        }
        if (in.hasNonNull("PolicySourceArn")) {
            return new Target(in.get("PolicySourceArn").asText(), null, Map.of());
        }
        return Target.ANY;
    }

    /**
     * The user an operation acts on when it names none: the calling user for the operations on
     * one's own user and keys, the key's owner for GetAccessKeyLastUsed.
     */
    private String callingUser(RequestContext ctx, String op, JsonNode in) {
        if (op.equals("GetAccessKeyLastUsed") && in.hasNonNull("AccessKeyId")) {
            return iam.credentials.find(in.get("AccessKeyId").asText()).filter(c -> c.principal().type() == Principal.Type.USER)
                    .map(c -> c.principal().id().substring(c.principal().id().lastIndexOf('/') + 1)).orElse(null);
        }
        boolean own = op.equals("GetUser") || op.endsWith("AccessKey") || op.equals("ListAccessKeys");
        Principal caller = ctx.principal();
        return own && caller != null && caller.type() == Principal.Type.USER ? caller.id().substring(caller.id().lastIndexOf('/') + 1) : null;
    }

    private static void requestTags(JsonNode in, Map<String, List<String>> context) {
        List<String> keys = new ArrayList<>();
        for (JsonNode tag : in.path("Tags")) {
            String key = tag.path("Key").asText();
            context.put("aws:RequestTag/" + key, List.of(tag.path("Value").asText("")));
            keys.add(key);
        }
        in.path("TagKeys").forEach(k -> keys.add(k.asText()));
        if (!keys.isEmpty()) {
            context.put("aws:TagKeys", keys);
        }
    }
}
