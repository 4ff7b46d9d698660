package dev.stratus.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.iam.api.*;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.port.Identities.Identity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the identity step reads of a user or role: every policy that applies, and answers that follow IAM's writes. */
class IdentityCatalogTest extends IamFixture {

    @Test
    void aUsersPoliciesIncludeItsGroups() {
        User u = user("dev");
        iam.putUserPolicy(ctx, new PutUserPolicyRequest("dev", "own", ALLOW_SQS));
        iam.createGroup(ctx, new CreateGroupRequest(null, "g"));
        iam.addUserToGroup(ctx, new AddUserToGroupRequest("g", "dev"));
        iam.attachGroupPolicy(ctx, new AttachGroupPolicyRequest("g", "arn:aws:iam::aws:policy/AdministratorAccess"));
        iam.putUserPermissionsBoundary(ctx, new PutUserPermissionsBoundaryRequest("dev", "arn:aws:iam::aws:policy/ReadOnlyAccess"));
        iam.tagUser(ctx, new TagUserRequest("dev", List.of(new Tag("team", "x"))));

        Identity id = iam.identities().user("DEV").orElseThrow();
        assertEquals(u.arn(), id.arn());
        assertEquals(u.userId(), id.uniqueId());
        assertEquals(List.of(ALLOW_SQS, "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}"),
                id.policies().stream().map(PolicyDocument::toJson).toList());
        assertTrue(id.boundary().orElseThrow().toJson().contains("sqs:List*"));
        assertEquals("x", id.tags().get("team"));
        assertTrue(iam.identities().user("nobody").isEmpty());
    }

    @Test
    void aRolesAnswerFollowsEachWrite() {
        role("fn");
        Identity before = iam.identities().role("fn").orElseThrow();
        assertTrue(before.policies().isEmpty());
        assertEquals(3600, before.maxSessionSeconds());
        assertTrue(before.trustPolicy().toJson().contains("lambda.amazonaws.com"));
        assertEquals(before, iam.identities().role("fn").orElseThrow(), "read again from the cache");

        Policy p = policy("p", ALLOW_SQS);
        iam.attachRolePolicy(ctx, new AttachRolePolicyRequest("fn", p.arn()));
        assertEquals(List.of(ALLOW_SQS), iam.identities().role("fn").orElseThrow().policies().stream().map(PolicyDocument::toJson).toList());
        iam.createPolicyVersion(ctx, new CreatePolicyVersionRequest(p.arn(), ALLOW_KMS, true));
        assertEquals(List.of(ALLOW_KMS), iam.identities().role("fn").orElseThrow().policies().stream().map(PolicyDocument::toJson).toList(),
                "the default version applies");
        iam.detachRolePolicy(ctx, new DetachRolePolicyRequest("fn", p.arn()));
        iam.deleteRole(ctx, new DeleteRoleRequest("fn"));
        assertTrue(iam.identities().role("fn").isEmpty());
    }
}
