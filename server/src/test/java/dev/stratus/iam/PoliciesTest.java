package dev.stratus.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.iam.api.*;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Managed policies with their versions, AWS's own, attachments and inline policies. */
class PoliciesTest extends IamFixture {
    static final String LAMBDA_BASIC = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";

    @Test
    void aPolicyHasVersionsOneOfWhichIsTheDefault() {
        Policy p = policy("queues", ALLOW_SQS);
        assertEquals("arn:aws:iam::" + ACCOUNT + ":policy/queues", p.arn());
        assertEquals("v1", p.defaultVersionId());
        assertEquals(0, p.attachmentCount());
        PolicyVersion v2 = iam.createPolicyVersion(ctx, new CreatePolicyVersionRequest(p.arn(), ALLOW_KMS, true)).policyVersion();
        assertEquals("v2", v2.versionId());
        assertTrue(v2.isDefaultVersion());
        for (int i = 3; i <= ManagedPolicies.MAX_VERSIONS; i++) {
            iam.createPolicyVersion(ctx, new CreatePolicyVersionRequest(p.arn(), ALLOW_SQS, false));
        }
        assertEquals("LimitExceededException", code(() -> iam.createPolicyVersion(ctx, new CreatePolicyVersionRequest(p.arn(), ALLOW_SQS, false))));
        assertEquals(List.of("v5", "v4", "v3", "v2", "v1"), iam.listPolicyVersions(ctx, new ListPolicyVersionsRequest(p.arn(), null, null)).versions()
                .stream().map(PolicyVersion::versionId).toList());
        assertEquals("v2", iam.getPolicy(ctx, new GetPolicyRequest(p.arn())).policy().defaultVersionId());
        assertEquals(ALLOW_KMS, URLDecoder.decode(iam.getPolicyVersion(ctx, new GetPolicyVersionRequest(p.arn(), "v2")).policyVersion().document(),
                StandardCharsets.UTF_8));
        assertEquals("Cannot delete the default version of a policy.", message(() -> iam.deletePolicyVersion(ctx, new DeletePolicyVersionRequest(p.arn(), "v2"))));
        iam.setDefaultPolicyVersion(ctx, new SetDefaultPolicyVersionRequest(p.arn(), "v5"));
        iam.deletePolicyVersion(ctx, new DeletePolicyVersionRequest(p.arn(), "v2"));
        assertEquals("NoSuchEntityException", code(() -> iam.getPolicyVersion(ctx, new GetPolicyVersionRequest(p.arn(), "v2"))));
        iam.createPolicyVersion(ctx, new CreatePolicyVersionRequest(p.arn(), ALLOW_SQS, false));
        assertEquals("v6", iam.listPolicyVersions(ctx, new ListPolicyVersionsRequest(p.arn(), null, 1)).versions().getFirst().versionId(),
                "version numbers are never reused");
        assertEquals("DeleteConflictException", code(() -> iam.deletePolicy(ctx, new DeletePolicyRequest(p.arn()))), "versions left");
    }

    @Test
    void policyDocumentsAreCheckedAsIdentityPolicies() {
        assertEquals("Syntax errors in policy.", message(() -> policy("bad", "{not json")));
        assertEquals("Policy document should not specify a principal.", message(() -> policy("bad",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}")));
        assertEquals("MalformedPolicyDocumentException", code(() -> policy("bad", "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\"}]}")));
        String big = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[" + "\"sqs:SendMessage\",".repeat(400) + "\"sqs:X\"],\"Resource\":\"*\"}]}";
        assertEquals("LimitExceededException", code(() -> policy("big", big)));
        policy("taken", ALLOW_SQS);
        assertEquals("A policy called TAKEN already exists. Duplicate names are not allowed.", message(() -> policy("TAKEN", ALLOW_SQS)));
        user("u");
        assertEquals("MalformedPolicyDocumentException", code(() -> iam.putUserPolicy(ctx, new PutUserPolicyRequest("u", "p", "[]"))));
    }

    @Test
    void awsManagedPoliciesAreThereToReadAndAttachButNotToChange() {
        Policy basic = iam.getPolicy(ctx, new GetPolicyRequest(LAMBDA_BASIC)).policy();
        assertEquals("/service-role/", basic.path());
        String document = URLDecoder.decode(iam.getPolicyVersion(ctx, new GetPolicyVersionRequest(LAMBDA_BASIC, basic.defaultVersionId()))
                .policyVersion().document(), StandardCharsets.UTF_8);
        assertTrue(document.contains("logs:PutLogEvents"), document);
        List<String> awsNames = iam.listPolicies(ctx, new ListPoliciesRequest("AWS", null, null, null, null, 1000)).policies().stream()
                .map(Policy::policyName).toList();
        assertTrue(awsNames.containsAll(List.of("AdministratorAccess", "ReadOnlyAccess", "AWSLambdaSQSQueueExecutionRole", "AmazonEC2ReadOnlyAccess")),
                awsNames.toString());
        assertEquals(28, awsNames.size());
        for (AwsManagedPolicies.AwsPolicy aws : new AwsManagedPolicies().all()) {
            IamRules.checkIdentityPolicy(aws.version().document());
        }
        assertEquals("InvalidInputException", code(() -> iam.deletePolicy(ctx, new DeletePolicyRequest(LAMBDA_BASIC))));
        assertEquals("InvalidInputException", code(() -> iam.createPolicyVersion(ctx, new CreatePolicyVersionRequest(LAMBDA_BASIC, ALLOW_SQS, true))));
        assertEquals("Policy arn:aws:iam::aws:policy/Nope was not found.", message(() -> iam.getPolicy(ctx, new GetPolicyRequest("arn:aws:iam::aws:policy/Nope"))));
    }

    @Test
    void attachmentsCountAndBlockDeletion() {
        Policy mine = policy("mine", ALLOW_SQS);
        role("worker");
        user("u");
        iam.createGroup(ctx, new CreateGroupRequest(null, "g"));
        iam.attachRolePolicy(ctx, new AttachRolePolicyRequest("worker", mine.arn()));
        iam.attachRolePolicy(ctx, new AttachRolePolicyRequest("worker", LAMBDA_BASIC));
        iam.attachUserPolicy(ctx, new AttachUserPolicyRequest("u", mine.arn()));
        iam.attachGroupPolicy(ctx, new AttachGroupPolicyRequest("g", mine.arn()));
        assertEquals("Policy arn:aws:iam::aws:policy/Nope does not exist or is not attachable.",
                message(() -> iam.attachRolePolicy(ctx, new AttachRolePolicyRequest("worker", "arn:aws:iam::aws:policy/Nope"))));

        assertEquals(3, iam.getPolicy(ctx, new GetPolicyRequest(mine.arn())).policy().attachmentCount());
        assertEquals(List.of("AWSLambdaBasicExecutionRole", "mine"), iam.listAttachedRolePolicies(ctx,
                new ListAttachedRolePoliciesRequest("worker", null, null, null)).attachedPolicies().stream().map(AttachedPolicy::policyName).toList());
        assertEquals(List.of("AWSLambdaBasicExecutionRole"), iam.listAttachedRolePolicies(ctx,
                new ListAttachedRolePoliciesRequest("worker", "/service-role/", null, null)).attachedPolicies().stream().map(AttachedPolicy::policyName).toList());
        ListEntitiesForPolicyResponse entities = iam.listEntitiesForPolicy(ctx, new ListEntitiesForPolicyRequest(mine.arn(), null, null, null, null, null));
        assertEquals(List.of("g"), entities.policyGroups().stream().map(PolicyGroup::groupName).toList());
        assertEquals(List.of("u"), entities.policyUsers().stream().map(PolicyUser::userName).toList());
        assertEquals(List.of("worker"), entities.policyRoles().stream().map(PolicyRole::roleName).toList());
        assertEquals(List.of("worker"), iam.listEntitiesForPolicy(ctx, new ListEntitiesForPolicyRequest(mine.arn(), "Role", null, null, null, null))
                .policyRoles().stream().map(PolicyRole::roleName).toList());
        List<String> attached = iam.listPolicies(ctx, new ListPoliciesRequest("All", true, null, null, null, null)).policies().stream()
                .map(Policy::policyName).toList();
        assertEquals(List.of("AWSLambdaBasicExecutionRole", "mine"), attached);
        assertNull(iam.listPolicies(ctx, new ListPoliciesRequest("Local", null, null, null, null, null)).policies().getFirst().tags());

        assertEquals("Cannot delete a policy attached to entities.", message(() -> iam.deletePolicy(ctx, new DeletePolicyRequest(mine.arn()))));
        assertEquals("Cannot delete entity, must detach all policies first.", message(() -> iam.deleteRole(ctx, new DeleteRoleRequest("worker"))));
        iam.detachRolePolicy(ctx, new DetachRolePolicyRequest("worker", mine.arn()));
        iam.detachRolePolicy(ctx, new DetachRolePolicyRequest("worker", LAMBDA_BASIC));
        assertEquals("NoSuchEntityException", code(() -> iam.detachRolePolicy(ctx, new DetachRolePolicyRequest("worker", LAMBDA_BASIC))));
        iam.detachUserPolicy(ctx, new DetachUserPolicyRequest("u", mine.arn()));
        iam.detachGroupPolicy(ctx, new DetachGroupPolicyRequest("g", mine.arn()));
        iam.deletePolicy(ctx, new DeletePolicyRequest(mine.arn()));
        iam.deleteRole(ctx, new DeleteRoleRequest("worker"));
    }

    @Test
    void aPrincipalHasTenManagedPoliciesAtMost() {
        role("busy");
        List<String> arns = iam.listPolicies(ctx, new ListPoliciesRequest("AWS", null, null, null, null, null)).policies().stream()
                .map(Policy::arn).toList();
        for (int i = 0; i < PolicyAttachments.MAX_ATTACHED; i++) {
            iam.attachRolePolicy(ctx, new AttachRolePolicyRequest("busy", arns.get(i)));
        }
        assertEquals("Cannot exceed quota for PoliciesPerRole: 10", message(() -> iam.attachRolePolicy(ctx,
                new AttachRolePolicyRequest("busy", arns.get(PolicyAttachments.MAX_ATTACHED)))));
        iam.attachRolePolicy(ctx, new AttachRolePolicyRequest("busy", arns.get(0)));
    }

    @Test
    void inlinePoliciesArePutReadListedAndDeleted() {
        role("fn");
        iam.putRolePolicy(ctx, new PutRolePolicyRequest("fn", "kms", ALLOW_KMS));
        iam.putRolePolicy(ctx, new PutRolePolicyRequest("fn", "queues", ALLOW_SQS));
        GetRolePolicyResponse got = iam.getRolePolicy(ctx, new GetRolePolicyRequest("FN", "kms"));
        assertEquals("fn", got.roleName());
        assertEquals(ALLOW_KMS, URLDecoder.decode(got.policyDocument(), StandardCharsets.UTF_8));
        assertFalse(got.policyDocument().contains("{"), "URL-encoded, as IAM answers it");
        assertEquals(List.of("kms", "queues"), iam.listRolePolicies(ctx, new ListRolePoliciesRequest("fn", null, null)).policyNames());
        assertEquals("Cannot delete entity, must delete policies first.", message(() -> iam.deleteRole(ctx, new DeleteRoleRequest("fn"))));
        iam.deleteRolePolicy(ctx, new DeleteRolePolicyRequest("fn", "kms"));
        assertEquals("The role policy with name kms cannot be found.", message(() -> iam.getRolePolicy(ctx, new GetRolePolicyRequest("fn", "kms"))));

        user("u");
        iam.putUserPolicy(ctx, new PutUserPolicyRequest("u", "p", ALLOW_SQS));
        assertEquals(List.of("p"), iam.listUserPolicies(ctx, new ListUserPoliciesRequest("u", null, null)).policyNames());
        String big = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[" + "\"sqs:SendMessage\",".repeat(120) + "\"sqs:X\"],\"Resource\":\"*\"}]}";
        assertEquals("Maximum policy size of 2048 bytes exceeded for user u", message(() -> iam.putUserPolicy(ctx, new PutUserPolicyRequest("u", "q", big))));
        iam.createGroup(ctx, new CreateGroupRequest(null, "g"));
        iam.putGroupPolicy(ctx, new PutGroupPolicyRequest("g", "p", big));
        assertEquals(big, URLDecoder.decode(iam.getGroupPolicy(ctx, new GetGroupPolicyRequest("g", "p")).policyDocument(), StandardCharsets.UTF_8));
        iam.deleteGroupPolicy(ctx, new DeleteGroupPolicyRequest("g", "p"));
        assertEquals("The group policy with name p cannot be found.", message(() -> iam.deleteGroupPolicy(ctx, new DeleteGroupPolicyRequest("g", "p"))));
    }
}
