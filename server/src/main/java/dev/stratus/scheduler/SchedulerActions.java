package dev.stratus.scheduler;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.identity.Actions;
import dev.stratus.protocol.RequestContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What IAM checks for EventBridge Scheduler's operations, as the service authorization reference
 * lists them: each schedule operation on {@code schedule/GROUP/NAME}, each group operation and the
 * tag operations on {@code schedule-group/NAME} (tags given as {@code aws:RequestTag/…} and
 * {@code aws:TagKeys}), the two listings on {@code *}; and on CreateSchedule and UpdateSchedule,
 * {@code iam:PassRole} on the target's role, passed to {@code scheduler.amazonaws.com}.
 */
final class SchedulerActions implements Actions {

    @Override
    public List<Check> of(RequestContext ctx, JsonNode input) {
        String action = "scheduler:" + ctx.operation();
        return switch (ctx.operation()) {
            case "CreateSchedule", "UpdateSchedule" -> {
                List<Check> checks = new ArrayList<>();
                checks.add(Check.of(action, schedule(ctx, input)));
                JsonNode role = input.path("Target").path("RoleArn");
                if (role.isTextual()) {
                    checks.add(new Check("iam:PassRole", role.asText(), Map.of("iam:PassedToService", List.of("scheduler.amazonaws.com"))));
                }
                yield checks;
            }
            case "GetSchedule", "DeleteSchedule" -> List.of(Check.of(action, schedule(ctx, input)));
            case "CreateScheduleGroup" -> List.of(new Check(action, group(ctx, input.path("Name").asText()), tagKeys(input.path("Tags"))));
            case "GetScheduleGroup", "DeleteScheduleGroup" -> List.of(Check.of(action, group(ctx, input.path("Name").asText())));
            case "TagResource" -> List.of(new Check(action, input.path("ResourceArn").asText(), tagKeys(input.path("Tags"))));
            case "UntagResource" -> {
                List<String> keys = new ArrayList<>();
                input.path("TagKeys").forEach(k -> keys.add(k.asText()));
                yield List.of(new Check(action, input.path("ResourceArn").asText(), keys.isEmpty() ? Map.of() : Map.of("aws:TagKeys", keys)));
            }
            case "ListTagsForResource" -> List.of(Check.of(action, input.path("ResourceArn").asText()));
            default -> List.of(Check.of(action, "*"));
        };
    }

    private static String schedule(RequestContext ctx, JsonNode input) {
        return SchedulerArns.schedule(ctx.region(), ctx.accountId(), input.path("GroupName").asText(SchedulerArns.DEFAULT_GROUP),
                input.path("Name").asText());
    }

    private static String group(RequestContext ctx, String name) {
        return SchedulerArns.group(ctx.region(), ctx.accountId(), name);
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
}
