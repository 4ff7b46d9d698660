package dev.stratus.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.identity.Actions;
import dev.stratus.protocol.RequestContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What IAM checks for CloudTrail's operations, as the service authorization reference lists them:
 * each trail operation on the ARN of the trail it names (a name is the trail of that name in the
 * caller's region), the tagging operations on the ARNs they name with the tags as
 * {@code aws:RequestTag/…} and {@code aws:TagKeys}, and DescribeTrails, ListTrails and
 * LookupEvents on {@code *}.
 */
final class CloudTrailActions implements Actions {

    @Override
    public List<Check> of(RequestContext ctx, JsonNode input) {
        String action = "cloudtrail:" + ctx.operation();
        return switch (ctx.operation()) {
            case "CreateTrail" -> List.of(new Check(action, trail(ctx, input.path("Name").asText()), tagKeys(input.path("TagsList"))));
            case "UpdateTrail", "DeleteTrail", "GetTrail", "GetTrailStatus", "StartLogging", "StopLogging" ->
                    List.of(Check.of(action, trail(ctx, input.path("Name").asText())));
            case "PutEventSelectors", "GetEventSelectors" -> List.of(Check.of(action, trail(ctx, input.path("TrailName").asText())));
            case "AddTags" -> List.of(new Check(action, input.path("ResourceId").asText(), tagKeys(input.path("TagsList"))));
            case "RemoveTags" -> List.of(new Check(action, input.path("ResourceId").asText(),
                    Map.of("aws:TagKeys", keys(input.path("TagsList")))));
            case "ListTags" -> {
                List<Check> checks = new ArrayList<>();
                input.path("ResourceIdList").forEach(id -> checks.add(Check.of(action, id.asText())));
                yield checks;
            }
            default -> List.of(Check.of(action, "*"));
        };
    }

    private static String trail(RequestContext ctx, String nameOrArn) {
        return nameOrArn.startsWith("arn:") ? nameOrArn : TrailNames.arn(ctx.region(), ctx.accountId(), nameOrArn);
    }

    private static Map<String, List<String>> tagKeys(JsonNode tags) {
        Map<String, List<String>> context = new LinkedHashMap<>();
        tags.forEach(t -> context.put("aws:RequestTag/" + t.path("Key").asText(), List.of(t.path("Value").asText())));
        if (!tags.isEmpty()) {
            context.put("aws:TagKeys", keys(tags));
        }
        return context;
    }

    private static List<String> keys(JsonNode tags) {
        List<String> keys = new ArrayList<>();
        tags.forEach(t -> keys.add(t.path("Key").asText()));
        return keys;
    }
}
