package dev.stratus.autoscaling;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.Arn;
import dev.stratus.platform.identity.Actions;
import dev.stratus.protocol.RequestContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What IAM checks for Auto Scaling's operations, as the service authorization reference lists
 * them: an operation that names a group acts on the group's ARN (its id a wildcard, as policies
 * write it: {@code autoScalingGroup:*:autoScalingGroupName/NAME}), one that names a launch
 * configuration on the configuration's, one that names only an instance on the instance's group; tags given (CreateAutoScalingGroup, CreateOrUpdateTags,
 * DeleteTags) bring aws:RequestTag/… and aws:TagKeys. Describe operations and the rest act on
 * {@code *}. The dependent actions AWS checks as well: ec2:RunInstances on the launch template a
 * group is created or updated with (its ARN by id; any template when named, as the id is not known
 * before the call), and iam:PassRole on a lifecycle hook's role and a group's service-linked role:
 * without them, a caller EC2 refuses could launch instances through a group, and one without the
 * role could have Auto Scaling act as it.
 */
final class AutoScalingActions implements Actions {

    /** The name of the group an instance belongs to, if any. */
    @FunctionalInterface
    interface GroupOfInstance {
        Optional<String> find(String account, String region, String instanceId);
    }

    private final GroupOfInstance groupOfInstance;

    AutoScalingActions(GroupOfInstance groupOfInstance) {
        this.groupOfInstance = groupOfInstance;
    }

    @Override
    public List<Check> of(RequestContext ctx, JsonNode input) {
        String action = "autoscaling:" + ctx.operation();
        String op = ctx.operation();
        if (op.startsWith("Describe")) {
            return List.of(Check.of(action, "*"));
        }
        if (op.equals("CreateOrUpdateTags") || op.equals("DeleteTags")) {
            List<Check> checks = new ArrayList<>();
            for (JsonNode t : input.path("Tags")) {
                checks.add(new Check(action, group(ctx, t.path("ResourceId").asText()), tags(input.path("Tags"))));
            }
            return checks.isEmpty() ? List.of(Check.of(action, "*")) : checks;
        }
        if (input.hasNonNull("AutoScalingGroupName")) {
            String name = input.get("AutoScalingGroupName").asText();
            Map<String, List<String>> context = op.equals("CreateAutoScalingGroup") ? tags(input.path("Tags")) : Map.of();
            List<Check> checks = new ArrayList<>();
            checks.add(new Check(action, group(ctx, name), context));
            checks.addAll(dependent(ctx, op, input));
            return checks;
        }
        if (input.path("InstanceId").isTextual()) {
            // TerminateInstanceInAutoScalingGroup and SetInstanceHealth name only the instance: they act on its group.
            Optional<String> g = groupOfInstance.find(ctx.accountId(), ctx.region(), input.get("InstanceId").asText());
            if (g.isPresent()) {
                return List.of(Check.of(action, group(ctx, g.get())));
            }
        }
        if (input.hasNonNull("LaunchConfigurationName")) {
            return List.of(Check.of(action, Arn.of("autoscaling", ctx.region(), ctx.accountId(), "launchConfiguration:*:launchConfigurationName/"
                    + input.get("LaunchConfigurationName").asText()).toString()));
        }
        return List.of(Check.of(action, "*"));
    }

    /** What AWS checks besides the operation's own action: see the class comment. */
    private static List<Check> dependent(RequestContext ctx, String op, JsonNode input) {
        List<Check> checks = new ArrayList<>();
        if (op.equals("CreateAutoScalingGroup") || op.equals("UpdateAutoScalingGroup")) {
            JsonNode template = input.path("LaunchTemplate");
            if (template.isMissingNode() || template.isNull()) {
                template = input.path("MixedInstancesPolicy").path("LaunchTemplate").path("LaunchTemplateSpecification");
            }
            if (template.isObject()) {
                String id = template.path("LaunchTemplateId").asText("");
                checks.add(Check.of("ec2:RunInstances", "arn:aws:ec2:" + ctx.region() + ":" + ctx.accountId() + ":launch-template/"
                        + (id.isEmpty() ? "*" : id)));
            }
            passRole(input.path("ServiceLinkedRoleARN"), checks);
        }
        if (op.equals("PutLifecycleHook")) {
            passRole(input.path("RoleARN"), checks);
        }
        return checks;
    }

    private static void passRole(JsonNode role, List<Check> checks) {
        if (role.isTextual() && !role.asText().isEmpty()) {
            checks.add(new Check("iam:PassRole", role.asText(), Map.of("iam:PassedToService", List.of("autoscaling.amazonaws.com"))));
        }
    }

    private static String group(RequestContext ctx, String name) {
        return Arn.of("autoscaling", ctx.region(), ctx.accountId(), "autoScalingGroup:*:autoScalingGroupName/" + name).toString();
    }

    private static Map<String, List<String>> tags(JsonNode tags) {
        Map<String, List<String>> context = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        tags.forEach(t -> {
            keys.add(t.path("Key").asText());
            context.put("aws:RequestTag/" + t.path("Key").asText(), List.of(t.path("Value").asText()));
        });
        if (!keys.isEmpty()) {
            context.put("aws:TagKeys", keys);
        }
        return context;
    }
}
