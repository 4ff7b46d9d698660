package dev.stratus.iam;

import static dev.stratus.iam.IamRules.alreadyExists;
import static dev.stratus.iam.IamRules.deleteConflict;

import dev.stratus.iam.IamRepository.StoredGroup;
import dev.stratus.iam.IamRepository.StoredUser;
import dev.stratus.iam.api.*;
import dev.stratus.platform.Paging;
import dev.stratus.protocol.RequestContext;
import java.util.List;

/** IAM groups: create, read with their users, list by path, rename or move, delete once empty, and who is in them. */
final class Groups {
    /** IAM's quota of groups one user may be in. */
    static final int MAX_GROUPS_PER_USER = 10;

    private final IamState iam;

    Groups(IamState iam) {
        this.iam = iam;
    }

    CreateGroupResponse createGroup(RequestContext ctx, CreateGroupRequest in) {
        String path = in.path() == null ? "/" : in.path();
        return iam.write(tx -> {
            if (iam.repo.group(tx, ctx.accountId(), in.groupName()) != null) {
                throw alreadyExists("Group with name " + in.groupName() + " already exists.");
            }
            StoredGroup g = new StoredGroup(ctx.accountId(), in.groupName(), path, IamRules.newId("AGPA"),
                    IamState.arn(ctx, "group", path, in.groupName()), iam.now());
            iam.repo.insertGroup(tx, g);
            return new CreateGroupResponse(IamAnswers.group(g));
        });
    }

    /** A group and its users, a page at a time. */
    GetGroupResponse getGroup(RequestContext ctx, GetGroupRequest in) {
        record Found(StoredGroup group, List<StoredUser> users) {
        }
        Found found = iam.read(tx -> {
            StoredGroup g = iam.group(tx, ctx, in.groupName());
            return new Found(g, iam.repo.members(tx, g.groupId()));
        });
        Paging.Page<StoredUser> page = IamRules.page(found.users(), u -> IamRepository.key(u.name()), in.marker(), in.maxItems(), "GetGroup",
                found.group().groupId());
        return new GetGroupResponse(IamAnswers.group(found.group()), page.items().stream().map(IamAnswers::listedUser).toList(),
                page.nextToken() != null, page.nextToken());
    }

    ListGroupsResponse listGroups(RequestContext ctx, ListGroupsRequest in) {
        String prefix = in.pathPrefix() == null ? "/" : in.pathPrefix();
        Paging.Page<StoredGroup> page = IamRules.page(iam.read(tx -> iam.repo.groups(tx, ctx.accountId(), prefix)),
                g -> IamRepository.key(g.name()), in.marker(), in.maxItems(), "ListGroups", ctx.accountId(), prefix);
        return new ListGroupsResponse(page.items().stream().map(IamAnswers::group).toList(), page.nextToken() != null, page.nextToken());
    }

    ListGroupsForUserResponse listGroupsForUser(RequestContext ctx, ListGroupsForUserRequest in) {
        StoredUser[] user = new StoredUser[1];
        var groups = iam.read(tx -> {
            user[0] = iam.user(tx, ctx, in.userName());
            return iam.repo.groupsOf(tx, user[0].userId());
        });
        Paging.Page<StoredGroup> page = IamRules.page(groups, g -> IamRepository.key(g.name()), in.marker(), in.maxItems(), "ListGroupsForUser",
                user[0].userId());
        return new ListGroupsForUserResponse(page.items().stream().map(IamAnswers::group).toList(), page.nextToken() != null, page.nextToken());
    }

    /** Renames or moves a group; its members and policies stay with it. */
    void updateGroup(RequestContext ctx, UpdateGroupRequest in) {
        iam.write(tx -> {
            StoredGroup g = iam.group(tx, ctx, in.groupName());
            String name = in.newGroupName() == null ? g.name() : in.newGroupName();
            String path = in.newPath() == null ? g.path() : in.newPath();
            if (!IamRepository.key(name).equals(IamRepository.key(g.name())) && iam.repo.group(tx, ctx.accountId(), name) != null) {
                throw alreadyExists("Group with name " + name + " already exists.");
            }
            iam.repo.updateGroup(tx, new StoredGroup(g.account(), name, path, g.groupId(), IamState.arn(ctx, "group", path, name), g.created()));
            return null;
        });
    }

    /** Deletes a group with no users and no policies left, as IAM insists. */
    void deleteGroup(RequestContext ctx, DeleteGroupRequest in) {
        iam.write(tx -> {
            StoredGroup g = iam.group(tx, ctx, in.groupName());
            if (!iam.repo.members(tx, g.groupId()).isEmpty()) {
                throw deleteConflict("Cannot delete entity, must remove users from group first.");
            }
            if (!iam.policies.inlines(tx, g.groupId()).isEmpty()) {
                throw deleteConflict("Cannot delete entity, must delete policies first.");
            }
            if (!iam.policies.attached(tx, g.groupId()).isEmpty()) {
                throw deleteConflict("Cannot delete entity, must detach all policies first.");
            }
            iam.repo.deleteGroup(tx, g);
            return null;
        });
    }

    /** Adds a user to a group; adding it again changes nothing, as in IAM. */
    void addUserToGroup(RequestContext ctx, AddUserToGroupRequest in) {
        iam.write(tx -> {
            StoredGroup g = iam.group(tx, ctx, in.groupName());
            StoredUser u = iam.user(tx, ctx, in.userName());
            List<StoredGroup> memberOf = iam.repo.groupsOf(tx, u.userId());
            if (memberOf.size() >= MAX_GROUPS_PER_USER && memberOf.stream().noneMatch(m -> m.groupId().equals(g.groupId()))) {
                throw IamRules.limitExceeded("Cannot exceed quota for GroupsPerUser: " + MAX_GROUPS_PER_USER);
            }
            iam.repo.addMember(tx, g.groupId(), u.userId());
            return null;
        });
    }

    /** Removes a user from a group; a user not in it is IAM's NoSuchEntity. */
    void removeUserFromGroup(RequestContext ctx, RemoveUserFromGroupRequest in) {
        iam.write(tx -> {
            StoredGroup g = iam.group(tx, ctx, in.groupName());
            if (!iam.repo.removeMember(tx, g.groupId(), iam.user(tx, ctx, in.userName()).userId())) {
                throw IamRules.noSuchEntity("User " + in.userName() + " is not in group " + in.groupName() + ".");
            }
            return null;
        });
    }
}
