package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.ListRolesResponse;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.User;

/** IAM's roles through the AWS SDK for Java v2 (awsQuery): AWS's shapes, paging and errors; nothing is enforced yet. */
class IamJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();
    static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    static IamClient iam;

    @BeforeAll
    static void client() {
        iam = Clients.iam(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        iam.close();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static IamException refused(Runnable call) {
        return assertThrows(IamException.class, call::run);
    }

    @Test
    void aRoleIsCreatedReadAndDeleted() {
        String name = unique("role");
        Role made = iam.createRole(b -> b.roleName(name).path("/service/").assumeRolePolicyDocument(TRUST).description("runs things")
                .tags(Tag.builder().key("team").value("core").build())).role();
        assertEquals("arn:aws:iam::000000000000:role/service/" + name, made.arn());
        assertTrue(made.roleId().startsWith("AROA"), made.roleId());
        assertEquals(TRUST, URLDecoder.decode(made.assumeRolePolicyDocument(), StandardCharsets.UTF_8), "IAM answers policies URL-encoded");

        Role got = iam.getRole(b -> b.roleName(name)).role();
        assertEquals(made.roleId(), got.roleId());
        assertEquals(made.createDate(), got.createDate());
        assertEquals("runs things", got.description());
        assertEquals(3600, got.maxSessionDuration());
        assertEquals(List.of(Tag.builder().key("team").value("core").build()), got.tags());

        iam.deleteRole(b -> b.roleName(name));
        IamException gone = refused(() -> iam.getRole(b -> b.roleName(name)));
        assertEquals("NoSuchEntity", gone.awsErrorDetails().errorCode());
        assertEquals(404, gone.statusCode());
        assertEquals("The role with name " + name + " cannot be found.", gone.awsErrorDetails().errorMessage());
        assertEquals("NoSuchEntity", refused(() -> iam.deleteRole(b -> b.roleName(name))).awsErrorDetails().errorCode());
    }

    @Test
    void badInputGetsIamsErrors() {
        String name = unique("dup");
        iam.createRole(b -> b.roleName(name).assumeRolePolicyDocument(TRUST));
        IamException duplicate = refused(() -> iam.createRole(b -> b.roleName(name.toUpperCase()).assumeRolePolicyDocument(TRUST)));
        assertEquals("EntityAlreadyExists", duplicate.awsErrorDetails().errorCode());
        assertEquals(409, duplicate.statusCode());

        IamException malformed = refused(() -> iam.createRole(b -> b.roleName(unique("bad")).assumeRolePolicyDocument("{\"Statement\":[]")));
        assertEquals("MalformedPolicyDocument", malformed.awsErrorDetails().errorCode());
        assertEquals("Syntax errors in policy.", malformed.awsErrorDetails().errorMessage());
        IamException withResource = refused(() -> iam.createRole(b -> b.roleName(unique("bad")).assumeRolePolicyDocument(
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}]}")));
        assertEquals("Has prohibited field Resource", withResource.awsErrorDetails().errorMessage());

        IamException longName = refused(() -> iam.createRole(b -> b.roleName("r".repeat(65)).assumeRolePolicyDocument(TRUST)));
        assertEquals("ValidationError", longName.awsErrorDetails().errorCode());
        assertTrue(longName.awsErrorDetails().errorMessage().endsWith("Member must have length less than or equal to 64"),
                longName.awsErrorDetails().errorMessage());
        assertEquals("ValidationError", refused(() -> iam.listRoles(b -> b.marker("not-a-marker"))).awsErrorDetails().errorCode());
        assertEquals("NoSuchEntity", refused(() -> iam.tagRole(b -> b.roleName(unique("none")).tags(Tag.builder().key("k").value("v").build())))
                .awsErrorDetails().errorCode());
    }

    @Test
    void rolesAreListedAPageAtATimeByMarker() {
        String path = "/" + unique("paged") + "/";
        for (int i = 0; i < 5; i++) {
            int n = i;
            iam.createRole(b -> b.roleName(unique("r" + n)).path(path).assumeRolePolicyDocument(TRUST));
        }
        ListRolesResponse first = iam.listRoles(b -> b.pathPrefix(path).maxItems(2));
        assertEquals(2, first.roles().size());
        assertTrue(first.isTruncated());
        assertNull(first.roles().get(0).roleLastUsed(), "ListRoles leaves RoleLastUsed out");
        assertFalse(first.roles().get(0).hasTags(), "and Tags");
        List<String> all = iam.listRolesPaginator(b -> b.pathPrefix(path).maxItems(2)).roles().stream().map(Role::roleName).toList();
        assertEquals(5, all.size());
        assertEquals(all.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), all);
        ListRolesResponse last = iam.listRoles(b -> b.pathPrefix(path).marker(first.marker()).maxItems(10));
        assertFalse(last.isTruncated());
        assertNull(last.marker());
        assertEquals(3, last.roles().size());
    }

    @Test
    void roleTagsAreAddedListedAndRemoved() {
        String name = unique("tags");
        iam.createRole(b -> b.roleName(name).assumeRolePolicyDocument(TRUST));
        iam.tagRole(b -> b.roleName(name).tags(Tag.builder().key("b").value("2").build(), Tag.builder().key("a").value("1").build()));
        assertEquals(List.of("a", "b"), iam.listRoleTags(b -> b.roleName(name)).tags().stream().map(Tag::key).toList());
        assertEquals(List.of("a", "b"), iam.listRoleTagsPaginator(b -> b.roleName(name).maxItems(1)).tags().stream().map(Tag::key).toList());
        iam.untagRole(b -> b.roleName(name).tagKeys("a"));
        assertEquals(List.of("b"), iam.listRoleTags(b -> b.roleName(name)).tags().stream().map(Tag::key).toList());
        IamException reserved = refused(() -> iam.tagRole(b -> b.roleName(name).tags(Tag.builder().key("aws:x").value("1").build())));
        assertEquals("InvalidInput", reserved.awsErrorDetails().errorCode());
    }

    @Test
    void getUserWithoutANameIsTheAccountRoot() {
        User root = iam.getUser().user();
        assertEquals("000000000000", root.userId());
        assertEquals("arn:aws:iam::000000000000:root", root.arn());
        assertEquals("NoSuchEntity", refused(() -> iam.getUser(b -> b.userName("alice"))).awsErrorDetails().errorCode());
    }

    @Test
    void anOperationNotServedYetAnswers501AndHealthNamesIam() throws Exception {
        IamException later = refused(() -> iam.listUsers());
        assertEquals("NotImplemented", later.awsErrorDetails().errorCode());
        assertEquals(501, later.statusCode());
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(STRATUS.endpoint() + "/_stratus/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(health.body().contains("\"iam\":\"running\""), health.body());
    }
}
