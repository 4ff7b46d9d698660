package dev.stratus.iam;

import dev.stratus.iam.IamRepository.StoredGroup;
import dev.stratus.iam.IamRepository.StoredRole;
import dev.stratus.iam.IamRepository.StoredUser;
import dev.stratus.iam.IamState.Holder;
import dev.stratus.iam.PolicyRepository.Attachment;
import dev.stratus.iam.PolicyRepository.StoredPolicy;
import dev.stratus.iam.api.*;
import dev.stratus.platform.Paging;
import dev.stratus.protocol.RequestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which managed policies are attached to which users, groups and roles: attach (at most
 * {@link #MAX_ATTACHED} to each, IAM's default quota), detach, list a principal's, and list a
 * policy's principals (ListEntitiesForPolicy).
 */
final class PolicyAttachments {
    /** IAM's default quota of managed policies attached to one user, group or role. */
    static final int MAX_ATTACHED = 10;

    private final IamState iam;

    PolicyAttachments(IamState iam) {
        this.iam = iam;
    }

    void attach(RequestContext ctx, String kind, String name, String policyArn) {
        iam.write(tx -> {
            Holder h = iam.holder(tx, ctx, kind, name, true);
            StoredPolicy p = iam.attachable(tx, ctx, policyArn);
            List<String> attached = iam.policies.attached(tx, h.id());
            if (!attached.contains(p.arn()) && attached.size() >= MAX_ATTACHED) {
                throw IamRules.limitExceeded("Cannot exceed quota for PoliciesPer" + capitalised(kind) + ": " + MAX_ATTACHED);
            }
            iam.policies.attach(tx, ctx.accountId(), kind, h.id(), p.arn());
            return null;
        });
    }

    void detach(RequestContext ctx, String kind, String name, String policyArn) {
        iam.write(tx -> {
            Holder h = iam.holder(tx, ctx, kind, name, true);
            if (!iam.policies.detach(tx, h.id(), policyArn)) {
                throw IamRules.noSuchEntity("Policy " + policyArn + " was not found.");
            }
            return null;
        });
    }

    /** One page of the policies attached to a principal whose paths start with {@code pathPrefix}. */
    Paging.Page<AttachedPolicy> attached(RequestContext ctx, String kind, String name, String pathPrefix, String marker, Integer maxItems) {
        String prefix = pathPrefix == null ? "/" : pathPrefix;
        record Found(Holder holder, List<AttachedPolicy> policies) {
        }
        Found found = iam.read(tx -> {
            Holder h = iam.holder(tx, ctx, kind, name, false);
            List<AttachedPolicy> out = new ArrayList<>();
            for (String arn : iam.policies.attached(tx, h.id())) {
                StoredPolicy p = iam.findPolicy(tx, ctx, arn);
                if (p != null && p.path().startsWith(prefix)) {
                    out.add(new AttachedPolicy(p.name(), p.arn()));
                }
            }
            return new Found(h, out);
        });
        return IamRules.page(found.policies(), a -> IamRepository.key(a.policyName()) + " " + a.policyArn(), marker, maxItems,
                "ListAttached" + kind + "Policies", found.holder().id(), prefix);
    }

    /**
     * The users, groups and roles a policy is attached to (PolicyUsageFilter PermissionsPolicy, the
     * default) or whose permissions boundary it is (PermissionsBoundary: users and roles), by
     * EntityFilter and path prefix, a page at a time across the three lists.
     */
    ListEntitiesForPolicyResponse listEntitiesForPolicy(RequestContext ctx, ListEntitiesForPolicyRequest in) {
        String prefix = in.pathPrefix() == null ? "/" : in.pathPrefix();
        String filter = in.entityFilter();
        boolean boundaries = in.policyUsageFilter() == null || in.policyUsageFilter().equals("PermissionsBoundary");
        boolean permissions = in.policyUsageFilter() == null || in.policyUsageFilter().equals("PermissionsPolicy");
        record Entity(String kind, String name, String id) {
        }
        List<Entity> entities = iam.read(tx -> {
            StoredPolicy p = iam.policy(tx, ctx, in.policyArn());
            List<Entity> out = new ArrayList<>();
            if (permissions) {
                for (Attachment a : iam.policies.attachments(tx, ctx.accountId(), p.arn())) {
                    switch (a.kind()) {
                        case "user" -> {
                            StoredUser u = iam.repo.userById(tx, a.entityId());
                            if (u != null && u.path().startsWith(prefix)) {
                                out.add(new Entity("User", u.name(), u.userId()));
                            }
                        }
                        case "role" -> {
                            StoredRole r = iam.repo.roleById(tx, a.entityId());
                            if (r != null && r.path().startsWith(prefix)) {
                                out.add(new Entity("Role", r.name(), r.roleId()));
                            }
                        }
                        default -> {
                            StoredGroup g = iam.repo.groupById(tx, a.entityId());
                            if (g != null && g.path().startsWith(prefix)) {
                                out.add(new Entity("Group", g.name(), g.groupId()));
                            }
                        }
                    }
                }
            }
            if (boundaries) {
                iam.repo.users(tx, ctx.accountId(), prefix).stream().filter(u -> p.arn().equals(u.permissionsBoundary()))
                        .forEach(u -> out.add(new Entity("User", u.name(), u.userId())));
                iam.repo.roles(tx, ctx.accountId(), prefix).stream().filter(r -> p.arn().equals(r.permissionsBoundary()))
                        .forEach(r -> out.add(new Entity("Role", r.name(), r.roleId())));
            }
            return out.stream().distinct().filter(e -> filter == null || filter.equals(e.kind())
                    || filter.equals("LocalManagedPolicy") || filter.equals("AWSManagedPolicy")).toList();
        });
        Paging.Page<Entity> page = IamRules.page(entities, e -> e.kind() + " " + IamRepository.key(e.name()), in.marker(), in.maxItems(),
                "ListEntitiesForPolicy", ctx.accountId(), in.policyArn(), filter, prefix, in.policyUsageFilter());
        List<PolicyGroup> groups = new ArrayList<>();
        List<PolicyUser> users = new ArrayList<>();
        List<PolicyRole> roles = new ArrayList<>();
        for (Entity e : page.items()) {
            switch (e.kind()) {
                case "User" -> users.add(new PolicyUser(e.name(), e.id()));
                case "Role" -> roles.add(new PolicyRole(e.name(), e.id()));
                default -> groups.add(new PolicyGroup(e.name(), e.id()));
            }
        }
        return new ListEntitiesForPolicyResponse(groups, users, roles, page.nextToken() != null, page.nextToken());
    }

    private static String capitalised(String kind) {
        return kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
    }
}
