package dev.stratus.autoscaling;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.Arn;
import dev.stratus.platform.identity.Actions;
import dev.stratus.protocol.RequestContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What IAM checks for Auto Scaling's operations, as the service authorization reference lists
 * them: an operation that names a group acts on the group's ARN (its id a wildcard, as policies
 * write it: {@code autoScalingGroup:*:autoScalingGroupName/NAME}), one that names a launch
 * configuration on the configuration's; tags given (CreateAutoScalingGroup, CreateOrUpdateTags,
 * DeleteTags) bring aws:RequestTag/… and aws:TagKeys. Describe operations and the rest act on
 * {@code *}.
 */
final class AutoScalingActions implements Actions {

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
            return List.of(new Check(action, group(ctx, name), context));
        }
        if (input.hasNonNull("LaunchConfigurationName")) {
            return List.of(Check.of(action, Arn.of("autoscaling", ctx.region(), ctx.accountId(), "launchConfiguration:*:launchConfigurationName/"
                    + input.get("LaunchConfigurationName").asText()).toString()));
        }
        return List.of(Check.of(action, "*"));
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
