package dev.stratus.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.iam.api.*;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Roles changed after they are made, instance profiles, and service-linked roles. */
class RolesAndProfilesTest extends IamFixture {

    @Test
    void aRoleIsUpdated() {
        role("r");
        iam.updateRole(ctx, new UpdateRoleRequest("r", "runs", 7200));
        Role got = iam.getRole(ctx, new GetRoleRequest("r")).role();
        assertEquals("runs", got.description());
        assertEquals(7200, got.maxSessionDuration());
        assertEquals("other", iam.updateRoleDescription(ctx, new UpdateRoleDescriptionRequest("r", "other")).role().description());
        String trust = TRUST.replace("lambda", "ec2");
        iam.updateAssumeRolePolicy(ctx, new UpdateAssumeRolePolicyRequest("r", trust));
        assertEquals(trust, URLDecoder.decode(iam.getRole(ctx, new GetRoleRequest("r")).role().assumeRolePolicyDocument(), StandardCharsets.UTF_8));
        assertEquals("MalformedPolicyDocumentException", code(() -> iam.updateAssumeRolePolicy(ctx, new UpdateAssumeRolePolicyRequest("r", "{"))));
        iam.putRolePermissionsBoundary(ctx, new PutRolePermissionsBoundaryRequest("r", "arn:aws:iam::aws:policy/ReadOnlyAccess"));
        assertEquals(1, iam.getPolicy(ctx, new GetPolicyRequest("arn:aws:iam::aws:policy/ReadOnlyAccess")).policy().permissionsBoundaryUsageCount());
        iam.deleteRolePermissionsBoundary(ctx, new DeleteRolePermissionsBoundaryRequest("r"));
        assertEquals(null, iam.getRole(ctx, new GetRoleRequest("r")).role().permissionsBoundary());
    }

    @Test
    void anInstanceProfileHoldsOneRole() {
        role("web");
        role("db");
        InstanceProfile made = iam.createInstanceProfile(ctx, new CreateInstanceProfileRequest("web-profile", "/app/", List.of(new Tag("k", "v"))))
                .instanceProfile();
        assertEquals("arn:aws:iam::" + ACCOUNT + ":instance-profile/app/web-profile", made.arn());
        assertTrue(made.instanceProfileId().startsWith("AIPA"));
        assertEquals("EntityAlreadyExistsException", code(() -> iam.createInstanceProfile(ctx, new CreateInstanceProfileRequest("WEB-profile", null, null))));
        iam.addRoleToInstanceProfile(ctx, new AddRoleToInstanceProfileRequest("web-profile", "web"));
        assertEquals("LimitExceededException", code(() -> iam.addRoleToInstanceProfile(ctx, new AddRoleToInstanceProfileRequest("web-profile", "db"))));
        assertEquals(List.of("web"), iam.getInstanceProfile(ctx, new GetInstanceProfileRequest("web-profile")).instanceProfile().roles().stream()
                .map(Role::roleName).toList());
        assertEquals(List.of("web-profile"), iam.listInstanceProfilesForRole(ctx, new ListInstanceProfilesForRoleRequest("web", null, null))
                .instanceProfiles().stream().map(InstanceProfile::instanceProfileName).toList());
        assertEquals("Cannot delete entity, must remove roles from instance profile first.",
                message(() -> iam.deleteInstanceProfile(ctx, new DeleteInstanceProfileRequest("web-profile"))));
        assertEquals("DeleteConflictException", code(() -> iam.deleteRole(ctx, new DeleteRoleRequest("web"))));
        iam.removeRoleFromInstanceProfile(ctx, new RemoveRoleFromInstanceProfileRequest("web-profile", "web"));
        assertEquals("NoSuchEntityException", code(() -> iam.removeRoleFromInstanceProfile(ctx, new RemoveRoleFromInstanceProfileRequest("web-profile", "web"))));
        iam.tagInstanceProfile(ctx, new TagInstanceProfileRequest("web-profile", List.of(new Tag("a", "b"))));
        iam.untagInstanceProfile(ctx, new UntagInstanceProfileRequest("web-profile", List.of("k")));
        assertEquals(List.of(new Tag("a", "b")), iam.listInstanceProfileTags(ctx, new ListInstanceProfileTagsRequest("web-profile", null, null)).tags());
        assertEquals(1, iam.listInstanceProfiles(ctx, new ListInstanceProfilesRequest("/app/", null, null)).instanceProfiles().size());
        iam.deleteInstanceProfile(ctx, new DeleteInstanceProfileRequest("web-profile"));
        assertEquals("Instance Profile web-profile cannot be found.", message(() -> iam.getInstanceProfile(ctx, new GetInstanceProfileRequest("web-profile"))));
    }

    @Test
    void aServiceLinkedRoleIsTheServicesOwn() {
        Role slr = iam.createServiceLinkedRole(ctx, new CreateServiceLinkedRoleRequest("autoscaling.amazonaws.com", "scales", null)).role();
        assertEquals("AWSServiceRoleForAutoScaling", slr.roleName());
        assertEquals("/aws-service-role/autoscaling.amazonaws.com/", slr.path());
        assertTrue(URLDecoder.decode(slr.assumeRolePolicyDocument(), StandardCharsets.UTF_8).contains("autoscaling.amazonaws.com"));
        assertEquals("AWSServiceRoleForWidgets_x", iam.createServiceLinkedRole(ctx,
                new CreateServiceLinkedRoleRequest("widgets.amazonaws.com", null, "x")).role().roleName());
        assertEquals("InvalidInputException", code(() -> iam.createServiceLinkedRole(ctx,
                new CreateServiceLinkedRoleRequest("autoscaling.amazonaws.com", null, null))));
        assertEquals("UnmodifiableEntityException", code(() -> iam.deleteRole(ctx, new DeleteRoleRequest(slr.roleName()))));
        assertEquals("UnmodifiableEntityException", code(() -> iam.putRolePolicy(ctx, new PutRolePolicyRequest(slr.roleName(), "p", ALLOW_SQS))));
        String task = iam.deleteServiceLinkedRole(ctx, new DeleteServiceLinkedRoleRequest(slr.roleName())).deletionTaskId();
        assertTrue(task.startsWith("task/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling/"), task);
        assertEquals("SUCCEEDED", iam.getServiceLinkedRoleDeletionStatus(ctx, new GetServiceLinkedRoleDeletionStatusRequest(task)).status());
        assertEquals("NoSuchEntityException", code(() -> iam.getRole(ctx, new GetRoleRequest(slr.roleName()))));
        role("plain");
        assertEquals("NoSuchEntityException", code(() -> iam.deleteServiceLinkedRole(ctx, new DeleteServiceLinkedRoleRequest("plain"))));
    }
}
