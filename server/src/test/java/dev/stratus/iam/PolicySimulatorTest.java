package dev.stratus.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.iam.api.*;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IAM's simulator: each action on each resource decided by the platform's evaluation, with what matched and what was missing. */
class PolicySimulatorTest extends IamFixture {
    static final String DENY_DELETE = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"NoDelete\",\"Effect\":\"Deny\","
            + "\"Action\":\"sqs:DeleteQueue\",\"Resource\":\"*\"}]}";
    static final String TAGGED = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
            + "\"Resource\":\"arn:aws:s3:::b/${aws:username}/*\",\"Condition\":{\"StringEquals\":{\"aws:RequestTag/team\":\"x\"}}}]}";

    SimulatePolicyResponse custom(List<String> policies, List<String> actions, List<String> resources, List<ContextEntry> context) {
        return iam.simulateCustomPolicy(ctx, new SimulateCustomPolicyRequest(policies, null, actions, resources, null, null, null, context, null,
                null, null));
    }

    @Test
    void customPoliciesDecideEachAction() {
        SimulatePolicyResponse r = custom(List.of(ALLOW_SQS, DENY_DELETE), List.of("sqs:SendMessage", "sqs:DeleteQueue", "kms:Decrypt"), null, null);
        assertEquals(List.of("allowed", "explicitDeny", "implicitDeny"), r.evaluationResults().stream().map(EvaluationResult::evalDecision).toList());
        assertEquals("PolicyInputList.1", r.evaluationResults().getFirst().matchedStatements().getFirst().sourcePolicyId());
        assertEquals("PolicyInputList.2", r.evaluationResults().get(1).matchedStatements().stream()
                .filter(s -> s.sourcePolicyId().equals("PolicyInputList.2")).findFirst().orElseThrow().sourcePolicyId());
        assertTrue(r.evaluationResults().get(2).matchedStatements().isEmpty());
        assertEquals("*", r.evaluationResults().getFirst().evalResourceName());
        assertNull(r.evaluationResults().getFirst().resourceSpecificResults());

        SimulatePolicyResponse page = iam.simulateCustomPolicy(ctx, new SimulateCustomPolicyRequest(List.of(ALLOW_SQS), null,
                List.of("sqs:SendMessage", "sqs:DeleteQueue"), null, null, null, null, null, null, 1, null));
        assertTrue(page.isTruncated());
        assertEquals("sqs:DeleteQueue", iam.simulateCustomPolicy(ctx, new SimulateCustomPolicyRequest(List.of(ALLOW_SQS), null,
                List.of("sqs:SendMessage", "sqs:DeleteQueue"), null, null, null, null, null, null, 1, page.marker())).evaluationResults().getFirst()
                .evalActionName());
        assertEquals("InvalidInputException", code(() -> custom(List.of("{"), List.of("s3:GetObject"), null, null)));
    }

    @Test
    void contextAndResourcesDecideConditions() {
        String caller = "arn:aws:iam::" + ACCOUNT + ":user/ann";
        var withoutTag = iam.simulateCustomPolicy(ctx, new SimulateCustomPolicyRequest(List.of(TAGGED), null, List.of("s3:GetObject"),
                List.of("arn:aws:s3:::b/ann/f"), null, null, caller, null, null, null, null)).evaluationResults().getFirst();
        assertEquals("implicitDeny", withoutTag.evalDecision());
        assertEquals(List.of("aws:RequestTag/team"), withoutTag.missingContextValues());
        var withTag = iam.simulateCustomPolicy(ctx, new SimulateCustomPolicyRequest(List.of(TAGGED), null, List.of("s3:GetObject"),
                List.of("arn:aws:s3:::b/ann/f"), null, null, caller, List.of(new ContextEntry("aws:RequestTag/team", List.of("x"), "string")), null,
                null, null)).evaluationResults().getFirst();
        assertEquals("allowed", withTag.evalDecision());
        assertEquals("allowed", withTag.resourceSpecificResults().getFirst().evalResourceDecision());
        assertEquals(List.of("aws:RequestTag/team", "aws:username"), iam.getContextKeysForCustomPolicy(ctx,
                new GetContextKeysForCustomPolicyRequest(List.of(TAGGED))).contextKeyNames());
    }

    @Test
    void aPrincipalsOwnPoliciesAndBoundary() {
        User u = user("dev");
        iam.putUserPolicy(ctx, new PutUserPolicyRequest("dev", "queues", ALLOW_SQS));
        iam.createGroup(ctx, new CreateGroupRequest(null, "g"));
        iam.addUserToGroup(ctx, new AddUserToGroupRequest("g", "dev"));
        iam.attachGroupPolicy(ctx, new AttachGroupPolicyRequest("g", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"));
        var r = iam.simulatePrincipalPolicy(ctx, new SimulatePrincipalPolicyRequest(u.arn(), null, null, List.of("sqs:SendMessage", "s3:GetObject"),
                null, null, null, null, null, null, null, null)).evaluationResults();
        assertEquals(List.of("allowed", "allowed"), r.stream().map(EvaluationResult::evalDecision).toList());
        assertEquals(new Statement("queues", "user", null, null), r.getFirst().matchedStatements().getFirst());
        assertEquals(new Statement("AmazonS3ReadOnlyAccess", "aws-managed", null, null), r.get(1).matchedStatements().getFirst());

        iam.putUserPermissionsBoundary(ctx, new PutUserPermissionsBoundaryRequest("dev", "arn:aws:iam::aws:policy/AmazonSQSReadOnlyAccess"));
        var bounded = iam.simulatePrincipalPolicy(ctx, new SimulatePrincipalPolicyRequest(u.arn(), null, null, List.of("sqs:SendMessage"),
                null, null, null, null, null, null, null, null)).evaluationResults().getFirst();
        assertEquals("implicitDeny", bounded.evalDecision());
        assertFalse(bounded.permissionsBoundaryDecisionDetail().allowedByPermissionsBoundary());
        assertEquals(List.of(), iam.getContextKeysForPrincipalPolicy(ctx, new GetContextKeysForPrincipalPolicyRequest(u.arn(), null)).contextKeyNames());
        assertEquals("NoSuchEntityException", code(() -> iam.simulatePrincipalPolicy(ctx, new SimulatePrincipalPolicyRequest(
                "arn:aws:iam::" + ACCOUNT + ":role/none", null, null, List.of("s3:GetObject"), null, null, null, null, null, null, null, null))));
    }
}
