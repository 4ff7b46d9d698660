package dev.stratus.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.identity.Actions;
import dev.stratus.protocol.RequestContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What IAM checks for EC2's operations: {@code ec2:<Operation>}; Describe and Get operations on
 * {@code *}, as EC2 supports no resource-level permissions for them, but for the Describe…Attribute
 * ones, which act on the resource they read; RunInstances on the instances
 * it makes, with the tags asked for as {@code aws:RequestTag/…}; every other operation on each
 * resource its input names by id (the instances StopInstances stops, the resources CreateTags tags),
 * or {@code *} when it names none. A key pair's ARN carries its name ({@code key-pair/NAME}): the key
 * pair operations given a KeyName act on it, so a policy denying a key pair by name is not passed
 * by naming it.
 */
final class Ec2Actions implements Actions {

    @Override
    public List<Check> of(RequestContext ctx, JsonNode input) {
        String op = ctx.operation();
        String action = "ec2:" + op;
        if ((op.startsWith("Describe") || op.startsWith("Get")) && !describesOneResource(op)) {
            return List.of(Check.of(action, "*"));
        }
        if (op.equals("RunInstances")) {
            return List.of(new Check(action, "arn:aws:ec2:" + ctx.region() + ":" + ctx.accountId() + ":instance/*",
                    requestTags(input.path("TagSpecifications"), "instance")));
        }
        Map<String, List<String>> context = op.equals("CreateTags") ? requestTags(input.path("Tags")) : Map.of();
        List<Check> checks = new ArrayList<>();
        if (op.endsWith("KeyPair") && input.path("KeyName").isTextual()) {
            checks.add(new Check(action, "arn:aws:ec2:" + ctx.region() + ":" + ctx.accountId() + ":key-pair/" + input.get("KeyName").asText(),
                    op.equals("CreateKeyPair") || op.equals("ImportKeyPair") ? requestTags(input.path("TagSpecifications"), "key-pair") : context));
        }
        input.properties().forEach(member -> {
            String name = member.getKey();
            if (name.endsWith("Id") || name.endsWith("Ids") || name.equals("Resources")) {
                ids(member.getValue()).forEach(id -> ResourceType.ofId(id).ifPresent(
                        type -> checks.add(new Check(action, type.arn(ctx.region(), ctx.accountId(), id), context))));
            }
        });
        return checks.isEmpty() ? List.of(new Check(action, "*", context)) : checks;
    }

    /**
     * DescribeInstanceAttribute and its kin read one resource's attribute (an instance's user data,
     * which often holds secrets): they act on that resource, so a policy denying it is obeyed.
     */
    private static boolean describesOneResource(String op) {
        return op.startsWith("Describe") && op.endsWith("Attribute");
    }

    private static List<String> ids(JsonNode value) {
        List<String> out = new ArrayList<>();
        if (value.isTextual()) {
            out.add(value.asText());
        } else if (value.isArray()) {
            value.forEach(v -> {
                if (v.isTextual()) {
                    out.add(v.asText());
                }
            });
        }
        return out;
    }

    private static Map<String, List<String>> requestTags(JsonNode specifications, String resourceType) {
        for (JsonNode spec : specifications) {
            if (resourceType.equals(spec.path("ResourceType").asText())) {
                return requestTags(spec.path("Tags"));
            }
        }
        return Map.of();
    }

    private static Map<String, List<String>> requestTags(JsonNode tags) {
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
