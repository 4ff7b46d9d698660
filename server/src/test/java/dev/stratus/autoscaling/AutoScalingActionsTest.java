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
    final AutoScalingActions actions = new AutoScalingActions();

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
}
