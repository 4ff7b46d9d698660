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
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;
import software.amazon.awssdk.services.iam.model.PolicyVersion;
import software.amazon.awssdk.services.iam.model.ListRolesResponse;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.User;

/**
 * IAM through the AWS SDK for Java v2 (awsQuery): roles, users, groups, managed and inline policies,
 * access keys (and a request signed with one), instance profiles and the simulator, with AWS's
 * shapes, paging and errors.
 */
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
        IamException later = refused(() -> iam.listOpenIDConnectProviders());
        assertEquals("NotImplemented", later.awsErrorDetails().errorCode());
        assertEquals(501, later.statusCode());
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(STRATUS.endpoint() + "/_stratus/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(health.body().contains("\"iam\":\"running\""), health.body());
    }

    static final String ALLOW_SQS = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sqs:*\",\"Resource\":\"*\"}]}";
    static final String LAMBDA_BASIC = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";

    @Test
    void aUsersAccessKeySignsAsTheUser() {
        String name = unique("dev");
        User made = iam.createUser(b -> b.userName(name).path("/team/")).user();
        assertEquals("arn:aws:iam::000000000000:user/team/" + name, made.arn());
        // As in AWS, a user may read itself only where a policy allows it.
        iam.putUserPolicy(b -> b.userName(name).policyName("self").policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                + "\"Allow\",\"Action\":\"iam:GetUser\",\"Resource\":\"" + made.arn() + "\"}]}"));
        AccessKey key = iam.createAccessKey(b -> b.userName(name)).accessKey();
        assertTrue(key.accessKeyId().matches("AKIA[A-Z2-7]{16}"), key.accessKeyId());
        assertEquals(40, key.secretAccessKey().length());
        try (IamClient asUser = Clients.iam(STRATUS.endpoint(), key.accessKeyId(), key.secretAccessKey())) {
            User me = asUser.getUser().user();
            assertEquals(name, me.userName());
            assertEquals(made.userId(), me.userId());
        }
        iam.createAccessKey(b -> b.userName(name));
        IamException third = refused(() -> iam.createAccessKey(b -> b.userName(name)));
        assertEquals("LimitExceeded", third.awsErrorDetails().errorCode());
        assertEquals("Cannot exceed quota for AccessKeysPerUser: 2", third.awsErrorDetails().errorMessage());
        IamException withKeys = refused(() -> iam.deleteUser(b -> b.userName(name)));
        assertEquals("DeleteConflict", withKeys.awsErrorDetails().errorCode());
        assertEquals(409, withKeys.statusCode());
        iam.listAccessKeys(b -> b.userName(name)).accessKeyMetadata().forEach(k -> iam.deleteAccessKey(b -> b.userName(name).accessKeyId(k.accessKeyId())));
        assertEquals("Cannot delete entity, must delete policies first.", refused(() -> iam.deleteUser(b -> b.userName(name))).awsErrorDetails()
                .errorMessage());
        iam.deleteUserPolicy(b -> b.userName(name).policyName("self"));
        iam.deleteUser(b -> b.userName(name));
        assertEquals("The user with name " + name + " cannot be found.",
                refused(() -> iam.getUser(b -> b.userName(name))).awsErrorDetails().errorMessage());
    }

    @Test
    void managedPoliciesVersionsAndAttachments() {
        String role = unique("fn");
        iam.createRole(b -> b.roleName(role).assumeRolePolicyDocument(TRUST));
        Policy policy = iam.createPolicy(b -> b.policyName(unique("queues")).policyDocument(ALLOW_SQS)).policy();
        PolicyVersion v2 = iam.createPolicyVersion(b -> b.policyArn(policy.arn()).policyDocument(ALLOW_SQS).setAsDefault(true)).policyVersion();
        assertEquals("v2", v2.versionId());
        assertTrue(v2.isDefaultVersion());
        iam.attachRolePolicy(b -> b.roleName(role).policyArn(policy.arn()));
        iam.attachRolePolicy(b -> b.roleName(role).policyArn(LAMBDA_BASIC));
        assertEquals(List.of(LAMBDA_BASIC, policy.arn()).stream().sorted().toList(), iam.listAttachedRolePolicies(b -> b.roleName(role))
                .attachedPolicies().stream().map(AttachedPolicy::policyArn).sorted().toList());
        assertEquals(1, iam.getPolicy(b -> b.policyArn(policy.arn())).policy().attachmentCount());
        assertTrue(iam.listPoliciesPaginator(b -> b.scope(PolicyScopeType.AWS)).policies().stream()
                .anyMatch(p -> p.arn().equals("arn:aws:iam::aws:policy/AdministratorAccess")));
        assertEquals("DeleteConflict", refused(() -> iam.deletePolicy(b -> b.policyArn(policy.arn()))).awsErrorDetails().errorCode());
        assertEquals("Cannot delete entity, must detach all policies first.",
                refused(() -> iam.deleteRole(b -> b.roleName(role))).awsErrorDetails().errorMessage());

        iam.putRolePolicy(b -> b.roleName(role).policyName("inline").policyDocument(ALLOW_SQS));
        assertEquals(ALLOW_SQS, URLDecoder.decode(iam.getRolePolicy(b -> b.roleName(role).policyName("inline")).policyDocument(),
                StandardCharsets.UTF_8), "IAM answers policies URL-encoded");
        IamException malformed = refused(() -> iam.putRolePolicy(b -> b.roleName(role).policyName("bad").policyDocument("{\"Statement\":")));
        assertEquals("MalformedPolicyDocument", malformed.awsErrorDetails().errorCode());

        List<EvaluationResult> results = iam.simulatePrincipalPolicy(b -> b.policySourceArn("arn:aws:iam::000000000000:role/" + role)
                .actionNames("sqs:SendMessage", "logs:PutLogEvents", "kms:Decrypt")).evaluationResults();
        assertEquals(List.of("allowed", "allowed", "implicitDeny"), results.stream().map(EvaluationResult::evalDecisionAsString).toList());

        iam.deleteRolePolicy(b -> b.roleName(role).policyName("inline"));
        iam.detachRolePolicy(b -> b.roleName(role).policyArn(policy.arn()));
        iam.detachRolePolicy(b -> b.roleName(role).policyArn(LAMBDA_BASIC));
        iam.deletePolicyVersion(b -> b.policyArn(policy.arn()).versionId("v1"));
        iam.deletePolicy(b -> b.policyArn(policy.arn()));
        iam.deleteRole(b -> b.roleName(role));
    }

    @Test
    void groupsAndInstanceProfiles() {
        String group = unique("g");
        String user = unique("u");
        iam.createGroup(b -> b.groupName(group));
        iam.createUser(b -> b.userName(user));
        iam.addUserToGroup(b -> b.groupName(group).userName(user));
        assertEquals(List.of(user), iam.getGroup(b -> b.groupName(group)).users().stream().map(User::userName).toList());
        assertEquals("Cannot delete entity, must remove users from group first.",
                refused(() -> iam.deleteGroup(b -> b.groupName(group))).awsErrorDetails().errorMessage());
        iam.removeUserFromGroup(b -> b.groupName(group).userName(user));
        iam.deleteGroup(b -> b.groupName(group));
        iam.deleteUser(b -> b.userName(user));

        String profile = unique("p");
        String role = unique("r");
        iam.createRole(b -> b.roleName(role).assumeRolePolicyDocument(TRUST));
        iam.createInstanceProfile(b -> b.instanceProfileName(profile));
        iam.addRoleToInstanceProfile(b -> b.instanceProfileName(profile).roleName(role));
        assertEquals(List.of(role), iam.getInstanceProfile(b -> b.instanceProfileName(profile)).instanceProfile().roles().stream()
                .map(Role::roleName).toList());
        assertEquals("LimitExceeded", refused(() -> iam.addRoleToInstanceProfile(b -> b.instanceProfileName(profile).roleName(role)))
                .awsErrorDetails().errorCode());
        iam.removeRoleFromInstanceProfile(b -> b.instanceProfileName(profile).roleName(role));
        iam.deleteInstanceProfile(b -> b.instanceProfileName(profile));
        iam.deleteRole(b -> b.roleName(role));
    }
}
