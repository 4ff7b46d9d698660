package dev.stratus.iam;

import static dev.stratus.iam.IamRules.alreadyExists;
import static dev.stratus.iam.IamRules.deleteConflict;

import dev.stratus.iam.IamRepository.StoredUser;
import dev.stratus.iam.api.*;
import dev.stratus.platform.Paging;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import java.time.Instant;
import java.util.Map;

/**
 * IAM users: create, read (the caller's own user when no name is given, the root's too), list by
 * path, rename or move, delete once nothing hangs on them, their tags and permissions boundary. A
 * user's access keys are {@link AccessKeys}'; what it is in, {@link Groups}'.
 */
final class Users {
    private final IamState iam;

    Users(IamState iam) {
        this.iam = iam;
    }

    CreateUserResponse createUser(RequestContext ctx, CreateUserRequest in) {
        Map<String, String> tags = IamRules.tagMap(in.tags());
        String path = in.path() == null ? "/" : in.path();
        String boundary = IamRules.checkPolicyArn(in.permissionsBoundary());
        return iam.write(tx -> {
            if (iam.repo.user(tx, ctx.accountId(), in.userName()) != null) {
                throw alreadyExists("User with name " + in.userName() + " already exists.");
            }
            if (boundary != null) {
                iam.attachable(tx, ctx, boundary);
            }
            StoredUser u = new StoredUser(ctx.accountId(), in.userName(), path, IamRules.newId("AIDA"),
                    IamState.arn(ctx, "user", path, in.userName()), iam.now(), boundary);
            iam.repo.insertUser(tx, u);
            Tags.put(tx, u.arn(), tags, IamRules.TAG_RULES);
            return new CreateUserResponse(IamAnswers.user(u, tags));
        });
    }

    /**
     * A named user; without a name, the caller: its user when it calls with a user's key, the
     * account root as AWS answers it (its account id as UserId, no name or path) otherwise.
     */
    GetUserResponse getUser(RequestContext ctx, GetUserRequest in) {
        Principal caller = ctx.principal();
        if (in.userName() == null && caller.type() == Principal.Type.ROOT) {
            Long created = iam.read(tx -> iam.repo.accountCreated(tx, caller.account()));
            return new GetUserResponse(new User(null, null, caller.account(), caller.id(), Instant.ofEpochMilli(created == null ? 0 : created),
                    null, null, null));
        }
        if (in.userName() == null && caller.type() != Principal.Type.USER) {
            throw new AwsException("ValidationError", "Must specify userName when calling with non-User credentials");
        }
        String name = in.userName() != null ? in.userName() : caller.id().substring(caller.id().lastIndexOf('/') + 1);
        return iam.read(tx -> {
            StoredUser u = iam.user(tx, ctx, name);
            return new GetUserResponse(IamAnswers.user(u, Tags.list(tx, u.arn())));
        });
    }

    ListUsersResponse listUsers(RequestContext ctx, ListUsersRequest in) {
        String prefix = in.pathPrefix() == null ? "/" : in.pathPrefix();
        Paging.Page<StoredUser> page = IamRules.page(iam.read(tx -> iam.repo.users(tx, ctx.accountId(), prefix)), u -> IamRepository.key(u.name()),
                in.marker(), in.maxItems(), "ListUsers", ctx.accountId(), prefix);
        return new ListUsersResponse(page.items().stream().map(IamAnswers::listedUser).toList(), page.nextToken() != null, page.nextToken());
    }

    /** Renames or moves a user: its ARN changes, and its tags and access keys follow it. */
    void updateUser(RequestContext ctx, UpdateUserRequest in) {
        iam.write(tx -> {
            StoredUser u = iam.user(tx, ctx, in.userName());
            String name = in.newUserName() == null ? u.name() : in.newUserName();
            String path = in.newPath() == null ? u.path() : in.newPath();
            if (!IamRepository.key(name).equals(IamRepository.key(u.name())) && iam.repo.user(tx, ctx.accountId(), name) != null) {
                throw alreadyExists("User with name " + name + " already exists.");
            }
            StoredUser moved = new StoredUser(u.account(), name, path, u.userId(), IamState.arn(ctx, "user", path, name), u.created(),
                    u.permissionsBoundary());
            iam.repo.updateUser(tx, moved);
            IamTags.move(tx, u.arn(), moved.arn());
            iam.credentials.reown(tx, u.arn(), moved.arn());
            return null;
        });
    }

    /** Deletes a user that has no access keys, policies or groups left, as IAM insists. */
    void deleteUser(RequestContext ctx, DeleteUserRequest in) {
        iam.write(tx -> {
            StoredUser u = iam.user(tx, ctx, in.userName());
            if (!iam.credentials.ofOwner(tx, u.arn()).isEmpty()) {
                throw deleteConflict("Cannot delete entity, must delete access keys first.");
            }
            if (!iam.policies.inlines(tx, u.userId()).isEmpty()) {
                throw deleteConflict("Cannot delete entity, must delete policies first.");
            }
            if (!iam.policies.attached(tx, u.userId()).isEmpty()) {
                throw deleteConflict("Cannot delete entity, must detach all policies first.");
            }
            if (!iam.repo.groupsOf(tx, u.userId()).isEmpty()) {
                // AWS says it in these words for a user too.
                throw deleteConflict("Cannot delete entity, must remove users from group first.");
            }
            iam.repo.deleteUser(tx, u);
            return null;
        });
    }

    // Tags

    void tagUser(RequestContext ctx, TagUserRequest in) {
        Map<String, String> tags = IamRules.tagMap(in.tags());
        iam.write(tx -> {
            IamTags.tag(tx, iam.user(tx, ctx, in.userName()).arn(), tags);
            return null;
        });
    }

    void untagUser(RequestContext ctx, UntagUserRequest in) {
        iam.write(tx -> {
            IamTags.untag(tx, iam.user(tx, ctx, in.userName()).arn(), in.tagKeys());
            return null;
        });
    }

    ListUserTagsResponse listUserTags(RequestContext ctx, ListUserTagsRequest in) {
        Map<String, String> tags = iam.read(tx -> Tags.list(tx, iam.user(tx, ctx, in.userName()).arn()));
        Paging.Page<Tag> page = IamTags.page(tags, in.marker(), in.maxItems(), "ListUserTags", ctx.accountId() + ":" + IamRepository.key(in.userName()));
        return new ListUserTagsResponse(page.items(), page.nextToken() != null, page.nextToken());
    }

    // Permissions boundary

    void putUserPermissionsBoundary(RequestContext ctx, PutUserPermissionsBoundaryRequest in) {
        String boundary = IamRules.checkPolicyArn(in.permissionsBoundary());
        iam.write(tx -> {
            StoredUser u = iam.user(tx, ctx, in.userName());
            iam.attachable(tx, ctx, boundary);
            iam.repo.updateUser(tx, withBoundary(u, boundary));
            return null;
        });
    }

    void deleteUserPermissionsBoundary(RequestContext ctx, DeleteUserPermissionsBoundaryRequest in) {
        iam.write(tx -> {
            StoredUser u = iam.user(tx, ctx, in.userName());
            iam.repo.updateUser(tx, withBoundary(u, null));
            return null;
        });
    }

    private static StoredUser withBoundary(StoredUser u, String boundary) {
        return new StoredUser(u.account(), u.name(), u.path(), u.userId(), u.arn(), u.created(), boundary);
    }
}
