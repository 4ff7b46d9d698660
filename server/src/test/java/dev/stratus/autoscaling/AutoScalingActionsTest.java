package dev.stratus.autoscaling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.identity.Actions.Check;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What IAM is asked for Auto Scaling's operations. */
class AutoScalingActionsTest {
    final AutoScalingActions actions = new AutoScalingActions(
            (account, region, id) -> id.equals("i-0123456789abcdef0") ? java.util.Optional.of("web") : java.util.Optional.empty());

    static RequestContext ctx(String operation) {
        return new RequestContext("r", "autoscaling", operation, "us-east-1", "111122223333", "k", "h",
                new Principal(Principal.Type.ROOT, "arn:aws:iam::111122223333:root", "111122223333"));
    }

    @Test
    void aGroupsOperationActsOnTheGroupAndCarriesTheTagsGiven() {
        List<Check> checks = actions.of(ctx("CreateAutoScalingGroup"), Json.tree(Map.of("AutoScalingGroupName", "web",
                "Tags", List.of(Map.of("Key", "Env", "Value", "prod")))));
        assertEquals(List.of(new Check("autoscaling:CreateAutoScalingGroup",
                "arn:aws:autoscaling:us-east-1:111122223333:autoScalingGroup:*:autoScalingGroupName/web",
                Map.of("aws:RequestTag/Env", List.of("prod"), "aws:TagKeys", List.of("Env")))), checks);
        assertEquals("arn:aws:autoscaling:us-east-1:111122223333:launchConfiguration:*:launchConfigurationName/lc",
                actions.of(ctx("DeleteLaunchConfiguration"), Json.tree(Map.of("LaunchConfigurationName", "lc"))).getFirst().resource());
        assertEquals(List.of(Check.of("autoscaling:DescribeAutoScalingGroups", "*")),
                actions.of(ctx("DescribeAutoScalingGroups"), Json.tree(Map.of("AutoScalingGroupNames", List.of("web")))));
    }

    @Test
    void aGroupWithALaunchTemplateNeedsRunInstancesAndAHooksRoleNeedsPassRole() {
        String group = "arn:aws:autoscaling:us-east-1:111122223333:autoScalingGroup:*:autoScalingGroupName/web";
        assertEquals(List.of(Check.of("autoscaling:CreateAutoScalingGroup", group),
                        Check.of("ec2:RunInstances", "arn:aws:ec2:us-east-1:111122223333:launch-template/lt-0123")),
                actions.of(ctx("CreateAutoScalingGroup"), Json.tree(Map.of("AutoScalingGroupName", "web",
                        "LaunchTemplate", Map.of("LaunchTemplateId", "lt-0123")))));
        assertEquals(List.of(Check.of("autoscaling:UpdateAutoScalingGroup", group),
                        Check.of("ec2:RunInstances", "arn:aws:ec2:us-east-1:111122223333:launch-template/*")),
                actions.of(ctx("UpdateAutoScalingGroup"), Json.tree(Map.of("AutoScalingGroupName", "web",
                        "MixedInstancesPolicy", Map.of("LaunchTemplate", Map.of("LaunchTemplateSpecification",
                                Map.of("LaunchTemplateName", "tpl")))))));
        assertEquals(List.of(Check.of("autoscaling:PutLifecycleHook", group),
                        new Check("iam:PassRole", "arn:aws:iam::111122223333:role/hooks",
                                Map.of("iam:PassedToService", List.of("autoscaling.amazonaws.com")))),
                actions.of(ctx("PutLifecycleHook"), Json.tree(Map.of("AutoScalingGroupName", "web", "LifecycleHookName", "h",
                        "RoleARN", "arn:aws:iam::111122223333:role/hooks"))));
        assertEquals(List.of(Check.of("autoscaling:UpdateAutoScalingGroup", group)),
                actions.of(ctx("UpdateAutoScalingGroup"), Json.tree(Map.of("AutoScalingGroupName", "web", "MaxSize", 3))));
    }

    @Test
    void anOperationNamingOnlyAnInstanceActsOnItsGroup() {
        assertEquals(List.of(Check.of("autoscaling:TerminateInstanceInAutoScalingGroup",
                        "arn:aws:autoscaling:us-east-1:111122223333:autoScalingGroup:*:autoScalingGroupName/web")),
                actions.of(ctx("TerminateInstanceInAutoScalingGroup"), Json.tree(Map.of("InstanceId", "i-0123456789abcdef0",
                        "ShouldDecrementDesiredCapacity", true))), "a Deny on the group is obeyed");
        assertEquals(List.of(Check.of("autoscaling:SetInstanceHealth", "*")),
                actions.of(ctx("SetInstanceHealth"), Json.tree(Map.of("InstanceId", "i-00000000000000000", "HealthStatus", "Unhealthy"))),
                "an instance of no group: the service answers it");
    }
}
