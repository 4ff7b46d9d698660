package dev.stratus.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.iam.api.CreateRoleRequest;
import dev.stratus.iam.api.DeleteRoleRequest;
import dev.stratus.iam.api.GetRoleRequest;
import dev.stratus.iam.api.GetUserRequest;
import dev.stratus.iam.api.ListRoleTagsRequest;
import dev.stratus.iam.api.ListRolesRequest;
import dev.stratus.iam.api.ListRolesResponse;
import dev.stratus.iam.api.Role;
import dev.stratus.iam.api.Tag;
import dev.stratus.iam.api.TagRoleRequest;
import dev.stratus.iam.api.UntagRoleRequest;
import dev.stratus.iam.api.User;
import dev.stratus.platform.identity.Credentials;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** IAM's roles against the service itself, on an in-memory store: what the protocol lets through reaches these checks. */
class IamServiceTest {
    static final String ACCOUNT = "111122223333";
    static final String TRUST = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
            + "\"Principal\": {\"Service\": \"lambda.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}";
    final ManualClock clock = new ManualClock(1_800_000_000_123L);
    final SqliteStore store = SqliteStore.inMemory();
    final IamService iam = new IamService(store, clock, ACCOUNT, new Credentials(store));
    final RequestContext ctx = context("eu-west-1", new Principal(Principal.Type.ROOT, "arn:aws:iam::" + ACCOUNT + ":root", ACCOUNT));

    @AfterEach
    void close() {
        store.close();
    }

    static RequestContext context(String region, Principal principal) {
        return new RequestContext("r", "iam", "op", region, ACCOUNT, "test", "localhost", principal);
    }

    Role create(String name, String path, List<Tag> tags) {
        return iam.createRole(ctx, new CreateRoleRequest(path, name, TRUST, null, null, null, tags)).role();
    }

    static String code(Executable call) {
        return assertThrows(AwsException.class, call).code();
    }

    @Test
    void aRoleIsGlobalWithItsPathInItsArnAndItsTrustPolicyAsGiven() {
        Role made = create("Runner", "/app/", null);
        assertEquals("arn:aws:iam::" + ACCOUNT + ":role/app/Runner", made.arn(), "no region, the partition of eu-west-1");
        assertTrue(made.roleId().matches("AROA[A-Z2-7]{17}"), made.roleId());
        assertEquals(Instant.ofEpochSecond(1_800_000_000L), made.createDate(), "whole seconds, as IAM's dates");
        assertEquals(TRUST, URLDecoder.decode(made.assumeRolePolicyDocument(), StandardCharsets.UTF_8));
        assertFalse(made.assumeRolePolicyDocument().contains("+"), "spaces are %20, which every decoder reads");
        assertNull(made.roleLastUsed());

        Role got = iam.getRole(context("cn-north-1", ctx.principal()), new GetRoleRequest("runner")).role();
        assertEquals(made.arn(), got.arn(), "found by its name in any case, in any region");
        assertEquals(3600, got.maxSessionDuration());
        assertNotNull(got.roleLastUsed(), "GetRole answers an empty RoleLastUsed");
        assertEquals("arn:aws-cn:iam::" + ACCOUNT + ":role/r", iam.createRole(context("cn-north-1", ctx.principal()),
                new CreateRoleRequest(null, "r", TRUST, null, null, null, null)).role().arn());
    }

    @Test
    void badInputGetsIamsErrors() {
        create("taken", null, null);
        assertEquals("EntityAlreadyExistsException", code(() -> create("TAKEN", null, null)), "names are unique regardless of case");
        assertEquals("MalformedPolicyDocumentException", code(() -> iam.createRole(ctx, new CreateRoleRequest(null, "r", "{not json", null, null, null, null))));
        assertEquals("MalformedPolicyDocumentException", code(() -> iam.createRole(ctx, new CreateRoleRequest(null, "r",
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}]}", null, null, null, null))));
        String big = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[" + "\"111122223333\",".repeat(150) + "\"1\"]},\"Action\":\"sts:AssumeRole\"}]}";
        assertEquals("LimitExceededException", code(() -> iam.createRole(ctx, new CreateRoleRequest(null, "r", big, null, null, null, null))));
        assertEquals("InvalidInputException", code(() -> iam.createRole(ctx, new CreateRoleRequest(null, "r", TRUST, null, null, "arn:aws:s3:::b", null))));
        assertEquals("InvalidInputException", code(() -> create("r", null, List.of(new Tag("k", "1"), new Tag("K", "2")))));
        assertEquals("InvalidInputException", code(() -> create("r", null, List.of(new Tag("aws:k", "1")))));
        assertEquals("NoSuchEntityException", code(() -> iam.getRole(ctx, new GetRoleRequest("r"))), "nothing of a refused role was kept");
        assertEquals("NoSuchEntityException", code(() -> iam.deleteRole(ctx, new DeleteRoleRequest("r"))));
        assertEquals("NoSuchEntityException", code(() -> iam.tagRole(ctx, new TagRoleRequest("r", List.of(new Tag("k", "v"))))));
        assertEquals("ValidationError", code(() -> iam.listRoles(ctx, new ListRolesRequest(null, "made-up", null))));
    }

    @Test
    void listingPagesByNameWithMarkersGoodOnlyForTheirListing() {
        for (String name : List.of("d", "B", "a", "C", "e")) {
            create(name, name.equals("e") ? "/other/" : "/", null);
        }
        List<String> names = new ArrayList<>();
        String marker = null;
        do {
            ListRolesResponse page = iam.listRoles(ctx, new ListRolesRequest(null, marker, 2));
            page.roles().forEach(r -> names.add(r.roleName()));
            assertEquals(page.marker() != null, page.isTruncated());
            assertTrue(page.roles().stream().allMatch(r -> r.tags() == null && r.roleLastUsed() == null && r.permissionsBoundary() == null));
            marker = page.marker();
        } while (marker != null);
        assertEquals(List.of("a", "B", "C", "d", "e"), names);
        String fromAll = iam.listRoles(ctx, new ListRolesRequest(null, null, 1)).marker();
        assertEquals("ValidationError", code(() -> iam.listRoles(ctx, new ListRolesRequest("/other/", fromAll, 1))),
                "a marker of another listing");
        assertEquals(List.of("e"), iam.listRoles(ctx, new ListRolesRequest("/other/", null, null)).roles().stream().map(Role::roleName).toList());
    }

    @Test
    void tagKeysAreOneRegardlessOfCaseAndGoWithTheRole() {
        create("tagged", null, List.of(new Tag("Team", "a")));
        iam.tagRole(ctx, new TagRoleRequest("tagged", List.of(new Tag("team", "b"), new Tag("Env", "dev"))));
        assertEquals(List.of(new Tag("Env", "dev"), new Tag("team", "b")), iam.listRoleTags(ctx, new ListRoleTagsRequest("tagged", null, null)).tags());
        var first = iam.listRoleTags(ctx, new ListRoleTagsRequest("tagged", null, 1));
        assertTrue(first.isTruncated());
        assertEquals(List.of(new Tag("team", "b")), iam.listRoleTags(ctx, new ListRoleTagsRequest("tagged", first.marker(), 1)).tags());
        iam.untagRole(ctx, new UntagRoleRequest("tagged", List.of("ENV", "absent")));
        assertEquals(List.of(new Tag("team", "b")), iam.getRole(ctx, new GetRoleRequest("tagged")).role().tags());

        iam.deleteRole(ctx, new DeleteRoleRequest("tagged"));
        assertNull(create("tagged", null, null).tags(), "a role made again under the name starts without the old tags");
    }

    @Test
    void getUserWithoutANameIsTheRoot() {
        User root = iam.getUser(ctx, new GetUserRequest(null)).user();
        assertEquals(ACCOUNT, root.userId());
        assertEquals("arn:aws:iam::" + ACCOUNT + ":root", root.arn());
        assertEquals(Instant.ofEpochSecond(1_800_000_000L), root.createDate());
        assertNull(root.userName());
        assertEquals("NoSuchEntityException", code(() -> iam.getUser(ctx, new GetUserRequest("alice"))));
        RequestContext session = context("us-east-1", new Principal(Principal.Type.ASSUMED_ROLE, "arn:aws:sts::" + ACCOUNT + ":assumed-role/r/s", ACCOUNT));
        assertEquals("ValidationError", code(() -> iam.getUser(session, new GetUserRequest(null))));
    }
}
