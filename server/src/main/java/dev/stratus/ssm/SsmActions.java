package dev.stratus.ssm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.identity.Actions;
import dev.stratus.protocol.RequestContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What IAM checks for Parameter Store's operations, as the service authorization reference lists
 * them: each action on the ARN of the parameter it names (GetParameters and DeleteParameters: one
 * check per name; GetParametersByPath: the path as a parameter ARN), DescribeParameters on
 * {@code *}, and tags given on PutParameter and AddTagsToResource as {@code aws:RequestTag/…} and
 * {@code aws:TagKeys}. Other SSM operations are their own names on {@code *}.
 */
final class SsmActions implements Actions {

    @Override
    public List<Check> of(RequestContext ctx, JsonNode input) {
        String action = "ssm:" + ctx.operation();
        return switch (ctx.operation()) {
            case "PutParameter" -> List.of(new Check(action, arn(ctx, input.path("Name").asText()), tagKeys(input.path("Tags"))));
            case "GetParameter", "DeleteParameter", "GetParameterHistory", "LabelParameterVersion", "UnlabelParameterVersion" ->
                    List.of(Check.of(action, arn(ctx, input.path("Name").asText())));
            case "GetParametersByPath" -> List.of(Check.of(action, arn(ctx, input.path("Path").asText())));
            case "GetParameters", "DeleteParameters" -> {
                List<Check> checks = new ArrayList<>();
                input.path("Names").forEach(n -> checks.add(Check.of(action, arn(ctx, n.asText()))));
                yield checks;
            }
            case "AddTagsToResource" -> List.of(new Check(action, tagged(ctx, input), tagKeys(input.path("Tags"))));
            case "RemoveTagsFromResource" -> List.of(new Check(action, tagged(ctx, input),
                    Map.of("aws:TagKeys", texts(input.path("TagKeys")))));
            case "ListTagsForResource" -> List.of(Check.of(action, tagged(ctx, input)));
            default -> List.of(Check.of(action, "*"));
        };
    }

    /** The ARN a name (or ARN, with or without a selector) stands for. */
    private static String arn(RequestContext ctx, String name) {
        ParameterNames.Selected s = ParameterNames.select(name);
        return ParameterNames.arn(ctx.region(), ctx.accountId(), s == null ? name : s.name());
    }

    private static String tagged(RequestContext ctx, JsonNode input) {
        String type = input.path("ResourceType").asText();
        String id = input.path("ResourceId").asText();
        return type.equals("Parameter") ? arn(ctx, id) : "*";
    }

    private static Map<String, List<String>> tagKeys(JsonNode tags) {
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

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
