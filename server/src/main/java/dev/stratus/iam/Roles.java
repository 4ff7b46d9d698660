package dev.stratus.iam;

import static dev.stratus.iam.IamRules.alreadyExists;
import static dev.stratus.iam.IamRules.deleteConflict;

import dev.stratus.iam.IamRepository.StoredRole;
import dev.stratus.iam.api.*;
import dev.stratus.platform.Paging;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.Map;

/**
 * IAM roles: create, read, list by path, update (description, longest session, trust policy),
 * delete once nothing hangs on them, their tags and permissions boundary. A trust policy is checked
 * against IAM's grammar and kept as given. Service-linked roles are made by
 * {@link ServiceLinkedRoles} and only it may change or delete them.
 */
final class Roles {
    static final int DEFAULT_MAX_SESSION_SECONDS = 3600;

    private final IamState iam;

    Roles(IamState iam) {
        this.iam = iam;
    }

    CreateRoleResponse createRole(RequestContext ctx, CreateRoleRequest in) {
        IamRules.checkTrustPolicy(in.assumeRolePolicyDocument());
        String boundary = IamRules.checkPolicyArn(in.permissionsBoundary());
        Map<String, String> tags = IamRules.tagMap(in.tags());
        String path = in.path() == null ? "/" : in.path();
        StoredRole role = new StoredRole(ctx.accountId(), in.roleName(), path, IamRules.newId("AROA"), IamState.arn(ctx, "role", path, in.roleName()),
                iam.now(), in.assumeRolePolicyDocument(), in.description(),
                in.maxSessionDuration() == null ? DEFAULT_MAX_SESSION_SECONDS : in.maxSessionDuration(), boundary);
        return iam.write(tx -> {
            // CreateRole's model has no NoSuchEntity: a boundary that is no policy is its InvalidInput.
            if (boundary != null && iam.findPolicy(tx, ctx, boundary) == null) {
                throw IamRules.invalidInput("Policy " + boundary + " does not exist or is not attachable.");
            }
            return new CreateRoleResponse(IamAnswers.createdRole(insert(tx, ctx, role, tags), tags));
        });
    }

    /** Records a new role, unless one of its name exists. */
    StoredRole insert(Tx tx, RequestContext ctx, StoredRole role, Map<String, String> tags) throws SQLException {
        if (iam.repo.role(tx, ctx.accountId(), role.name()) != null) {
            throw alreadyExists("Role with name " + role.name() + " already exists.");
        }
        iam.repo.insertRole(tx, role);
        Tags.put(tx, role.arn(), tags, IamRules.TAG_RULES);
        return role;
    }

    GetRoleResponse getRole(RequestContext ctx, GetRoleRequest in) {
        return iam.read(tx -> {
            StoredRole r = iam.role(tx, ctx, in.roleName());
            return new GetRoleResponse(IamAnswers.role(r, Tags.list(tx, r.arn())));
        });
    }

    ListRolesResponse listRoles(RequestContext ctx, ListRolesRequest in) {
        String prefix = in.pathPrefix() == null ? "/" : in.pathPrefix();
        Paging.Page<StoredRole> page = IamRules.page(iam.read(tx -> iam.repo.roles(tx, ctx.accountId(), prefix)), r -> IamRepository.key(r.name()),
                in.marker(), in.maxItems(), "ListRoles", ctx.accountId(), prefix);
        return new ListRolesResponse(page.items().stream().map(IamAnswers::listedRole).toList(), page.nextToken() != null, page.nextToken());
    }

    /** Deletes a role that is in no instance profile and has no policies left, as IAM insists. */
    void deleteRole(RequestContext ctx, DeleteRoleRequest in) {
        iam.write(tx -> {
            StoredRole r = modifiable(tx, ctx, in.roleName());
            delete(tx, r);
            return null;
        });
    }

    void delete(Tx tx, StoredRole r) throws SQLException {
        if (!iam.repo.profilesOf(tx, r.roleId()).isEmpty()) {
            throw deleteConflict("Cannot delete entity, must remove roles from instance profile first.");
        }
        if (!iam.policies.inlines(tx, r.roleId()).isEmpty()) {
            throw deleteConflict("Cannot delete entity, must delete policies first.");
        }
        if (!iam.policies.attached(tx, r.roleId()).isEmpty()) {
            throw deleteConflict("Cannot delete entity, must detach all policies first.");
        }
        iam.repo.deleteRole(tx, r);
    }

    /** Changes a role's description and longest session; what is not given stays. */
    UpdateRoleResponse updateRole(RequestContext ctx, UpdateRoleRequest in) {
        update(ctx, in.roleName(), r -> new StoredRole(r.account(), r.name(), r.path(), r.roleId(), r.arn(), r.created(), r.trustPolicy(),
                in.description() == null ? r.description() : in.description(),
                in.maxSessionDuration() == null ? r.maxSessionDuration() : in.maxSessionDuration(), r.permissionsBoundary()));
        return new UpdateRoleResponse();
    }

    UpdateRoleDescriptionResponse updateRoleDescription(RequestContext ctx, UpdateRoleDescriptionRequest in) {
        StoredRole r = update(ctx, in.roleName(), old -> new StoredRole(old.account(), old.name(), old.path(), old.roleId(), old.arn(),
                old.created(), old.trustPolicy(), in.description(), old.maxSessionDuration(), old.permissionsBoundary()));
        return new UpdateRoleDescriptionResponse(IamAnswers.role(r, iam.read(tx -> Tags.list(tx, r.arn()))));
    }

    void updateAssumeRolePolicy(RequestContext ctx, UpdateAssumeRolePolicyRequest in) {
        IamRules.checkTrustPolicy(in.policyDocument());
        update(ctx, in.roleName(), r -> new StoredRole(r.account(), r.name(), r.path(), r.roleId(), r.arn(), r.created(), in.policyDocument(),
                r.description(), r.maxSessionDuration(), r.permissionsBoundary()));
    }

    void putRolePermissionsBoundary(RequestContext ctx, PutRolePermissionsBoundaryRequest in) {
        String boundary = IamRules.checkPolicyArn(in.permissionsBoundary());
        update(ctx, in.roleName(), r -> new StoredRole(r.account(), r.name(), r.path(), r.roleId(), r.arn(), r.created(), r.trustPolicy(),
                r.description(), r.maxSessionDuration(), boundary), true);
    }

    void deleteRolePermissionsBoundary(RequestContext ctx, DeleteRolePermissionsBoundaryRequest in) {
        update(ctx, in.roleName(), r -> new StoredRole(r.account(), r.name(), r.path(), r.roleId(), r.arn(), r.created(), r.trustPolicy(),
                r.description(), r.maxSessionDuration(), null));
    }

    private StoredRole update(RequestContext ctx, String name, java.util.function.UnaryOperator<StoredRole> change) {
        return update(ctx, name, change, false);
    }

    private StoredRole update(RequestContext ctx, String name, java.util.function.UnaryOperator<StoredRole> change, boolean boundaryChanges) {
        return iam.write(tx -> {
            StoredRole changed = change.apply(modifiable(tx, ctx, name));
            if (boundaryChanges) {
                iam.attachable(tx, ctx, changed.permissionsBoundary());
            }
            iam.repo.updateRole(tx, changed);
            return changed;
        });
    }

    /** A role the account may change: not one an AWS service owns. */
    StoredRole modifiable(Tx tx, RequestContext ctx, String name) throws SQLException {
        StoredRole r = iam.role(tx, ctx, name);
        ServiceLinkedRoles.refuseChange(r);
        return r;
    }

    // Tags

    void tagRole(RequestContext ctx, TagRoleRequest in) {
        Map<String, String> tags = IamRules.tagMap(in.tags());
        iam.write(tx -> {
            IamTags.tag(tx, iam.role(tx, ctx, in.roleName()).arn(), tags);
            return null;
        });
    }

    void untagRole(RequestContext ctx, UntagRoleRequest in) {
        iam.write(tx -> {
            IamTags.untag(tx, iam.role(tx, ctx, in.roleName()).arn(), in.tagKeys());
            return null;
        });
    }

    ListRoleTagsResponse listRoleTags(RequestContext ctx, ListRoleTagsRequest in) {
        Map<String, String> tags = iam.read(tx -> Tags.list(tx, iam.role(tx, ctx, in.roleName()).arn()));
        Paging.Page<Tag> page = IamTags.page(tags, in.marker(), in.maxItems(), "ListRoleTags", ctx.accountId() + ":" + IamRepository.key(in.roleName()));
        return new ListRoleTagsResponse(page.items(), page.nextToken() != null, page.nextToken());
    }
}
