package dev.stratus.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.iam.api.*;
import dev.stratus.protocol.Principal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IAM users and groups: names regardless of case, paths, renames, membership, and what stands in the way of deleting them. */
class UsersAndGroupsTest extends IamFixture {

    @Test
    void aUserHasItsPathInItsArnAndIsFoundInAnyCase() {
        User made = iam.createUser(ctx, new CreateUserRequest("/dev/", "Alice", null, List.of(new Tag("team", "a")))).user();
        assertEquals("arn:aws:iam::" + ACCOUNT + ":user/dev/Alice", made.arn());
        assertTrue(made.userId().matches("AIDA[A-Z2-7]{17}"), made.userId());
        User got = iam.getUser(ctx, new GetUserRequest("alice")).user();
        assertEquals(made.userId(), got.userId());
        assertEquals(List.of(new Tag("team", "a")), got.tags());
        assertEquals("EntityAlreadyExistsException", code(() -> user("ALICE")));
        assertEquals("The user with name bob cannot be found.", message(() -> iam.getUser(ctx, new GetUserRequest("bob"))));
        ListUsersResponse listed = iam.listUsers(ctx, new ListUsersRequest("/dev/", null, null));
        assertEquals(List.of("Alice"), listed.users().stream().map(User::userName).toList());
        assertNull(listed.users().getFirst().tags(), "ListUsers leaves tags out");
        assertEquals(List.of(), iam.listUsers(ctx, new ListUsersRequest("/ops/", null, null)).users());
    }

    @Test
    void getUserWithoutANameIsTheCallingUser() {
        User bob = user("bob");
        var asBob = context(new Principal(Principal.Type.USER, bob.arn(), ACCOUNT));
        assertEquals(bob.userId(), iam.getUser(asBob, new GetUserRequest(null)).user().userId());
    }

    @Test
    void aRenamedUserKeepsItsTagsGroupsAndId() {
        User u = iam.createUser(ctx, new CreateUserRequest(null, "old", null, List.of(new Tag("k", "v")))).user();
        iam.createGroup(ctx, new CreateGroupRequest(null, "devs"));
        iam.addUserToGroup(ctx, new AddUserToGroupRequest("devs", "old"));
        iam.updateUser(ctx, new UpdateUserRequest("old", "/moved/", "new"));
        User renamed = iam.getUser(ctx, new GetUserRequest("new")).user();
        assertEquals(u.userId(), renamed.userId());
        assertEquals("arn:aws:iam::" + ACCOUNT + ":user/moved/new", renamed.arn());
        assertEquals(List.of(new Tag("k", "v")), renamed.tags());
        assertEquals(List.of("new"), iam.getGroup(ctx, new GetGroupRequest("devs", null, null)).users().stream().map(User::userName).toList());
        assertEquals("NoSuchEntityException", code(() -> iam.getUser(ctx, new GetUserRequest("old"))));
        user("other");
        assertEquals("EntityAlreadyExistsException", code(() -> iam.updateUser(ctx, new UpdateUserRequest("new", null, "OTHER"))));
    }

    @Test
    void groupsHoldUsersAndCannotBeDeletedWhileTheyDo() {
        iam.createGroup(ctx, new CreateGroupRequest("/eng/", "Devs"));
        user("a");
        user("b");
        iam.addUserToGroup(ctx, new AddUserToGroupRequest("devs", "a"));
        iam.addUserToGroup(ctx, new AddUserToGroupRequest("devs", "b"));
        iam.addUserToGroup(ctx, new AddUserToGroupRequest("devs", "b"));
        GetGroupResponse page = iam.getGroup(ctx, new GetGroupRequest("devs", null, 1));
        assertTrue(page.isTruncated());
        assertEquals("arn:aws:iam::" + ACCOUNT + ":group/eng/Devs", page.group().arn());
        assertEquals(List.of("b"), iam.getGroup(ctx, new GetGroupRequest("devs", page.marker(), 1)).users().stream().map(User::userName).toList());
        assertEquals(List.of("Devs"), iam.listGroupsForUser(ctx, new ListGroupsForUserRequest("a", null, null)).groups().stream()
                .map(Group::groupName).toList());

        assertEquals("Cannot delete entity, must remove users from group first.", message(() -> iam.deleteGroup(ctx, new DeleteGroupRequest("devs"))));
        assertEquals("DeleteConflictException", code(() -> iam.deleteUser(ctx, new DeleteUserRequest("a"))));
        iam.removeUserFromGroup(ctx, new RemoveUserFromGroupRequest("devs", "a"));
        iam.removeUserFromGroup(ctx, new RemoveUserFromGroupRequest("devs", "b"));
        assertEquals("NoSuchEntityException", code(() -> iam.removeUserFromGroup(ctx, new RemoveUserFromGroupRequest("devs", "b"))));
        iam.updateGroup(ctx, new UpdateGroupRequest("devs", "/", "Builders"));
        assertEquals(List.of("Builders"), iam.listGroups(ctx, new ListGroupsRequest(null, null, null)).groups().stream().map(Group::groupName).toList());
        iam.deleteGroup(ctx, new DeleteGroupRequest("builders"));
        iam.deleteUser(ctx, new DeleteUserRequest("a"));
        assertEquals("NoSuchEntityException", code(() -> iam.getGroup(ctx, new GetGroupRequest("builders", null, null))));
    }

    @Test
    void aUserIsInTenGroupsAtMost() {
        user("joiner");
        for (int i = 0; i < Groups.MAX_GROUPS_PER_USER; i++) {
            iam.createGroup(ctx, new CreateGroupRequest(null, "g" + i));
            iam.addUserToGroup(ctx, new AddUserToGroupRequest("g" + i, "joiner"));
        }
        iam.createGroup(ctx, new CreateGroupRequest(null, "one-more"));
        assertEquals("LimitExceededException", code(() -> iam.addUserToGroup(ctx, new AddUserToGroupRequest("one-more", "joiner"))));
        iam.addUserToGroup(ctx, new AddUserToGroupRequest("g0", "joiner"));
    }

    @Test
    void userTagsAndBoundary() {
        user("t");
        iam.tagUser(ctx, new TagUserRequest("t", List.of(new Tag("B", "2"), new Tag("a", "1"))));
        iam.tagUser(ctx, new TagUserRequest("t", List.of(new Tag("b", "3"))));
        assertEquals(List.of(new Tag("a", "1"), new Tag("b", "3")), iam.listUserTags(ctx, new ListUserTagsRequest("t", null, null)).tags());
        iam.untagUser(ctx, new UntagUserRequest("t", List.of("A")));
        assertEquals(List.of(new Tag("b", "3")), iam.listUserTags(ctx, new ListUserTagsRequest("t", null, null)).tags());

        String boundary = "arn:aws:iam::aws:policy/PowerUserAccess";
        iam.putUserPermissionsBoundary(ctx, new PutUserPermissionsBoundaryRequest("t", boundary));
        assertEquals(boundary, iam.getUser(ctx, new GetUserRequest("t")).user().permissionsBoundary().permissionsBoundaryArn());
        assertEquals("NoSuchEntityException", code(() -> iam.putUserPermissionsBoundary(ctx,
                new PutUserPermissionsBoundaryRequest("t", "arn:aws:iam::" + ACCOUNT + ":policy/none"))));
        assertEquals("InvalidInputException", code(() -> iam.putUserPermissionsBoundary(ctx, new PutUserPermissionsBoundaryRequest("t", "arn:aws:s3:::b"))));
        iam.deleteUserPermissionsBoundary(ctx, new DeleteUserPermissionsBoundaryRequest("t"));
        assertNull(iam.getUser(ctx, new GetUserRequest("t")).user().permissionsBoundary());
    }
}
