package dev.stratus.cloudwatch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.Arn;
import dev.stratus.platform.identity.Actions;
import dev.stratus.protocol.RequestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What IAM checks for CloudWatch's operations, as the service authorization reference lists them:
 * dashboards on their ARNs ({@code arn:aws:cloudwatch::account:dashboard/name}, no region),
 * PutMetricData on {@code *} with the namespace as {@code cloudwatch:namespace}, the alarm
 * operations on the ARNs of the alarms they name ({@code arn:aws:cloudwatch:region:account:alarm:name};
 * PutMetricAlarm and PutCompositeAlarm with their actions as {@code cloudwatch:AlarmActions}), and
 * the other metric operations on {@code *}.
 */
final class CloudWatchActions implements Actions {

    @Override
    public List<Check> of(RequestContext ctx, JsonNode input) {
        String action = "cloudwatch:" + ctx.operation();
        return switch (ctx.operation()) {
            case "PutMetricData" -> List.of(new Check(action, "*", Map.of("cloudwatch:namespace", List.of(input.path("Namespace").asText()))));
            case "PutDashboard", "GetDashboard" -> List.of(Check.of(action, Dashboards.arn(ctx.accountId(),
                    input.path("DashboardName").asText())));
            case "DeleteDashboards" -> {
                List<Check> checks = new ArrayList<>();
                input.path("DashboardNames").forEach(n -> checks.add(Check.of(action, Dashboards.arn(ctx.accountId(), n.asText()))));
                yield checks.isEmpty() ? List.of(Check.of(action, "*")) : checks;
            }
            case "PutMetricAlarm", "PutCompositeAlarm" -> List.of(new Check(action, alarmArn(ctx, input.path("AlarmName").asText()),
                    alarmActions(input)));
            case "SetAlarmState" -> List.of(Check.of(action, alarmArn(ctx, input.path("AlarmName").asText())));
            case "DescribeAlarmHistory" -> List.of(Check.of(action, input.hasNonNull("AlarmName")
                    ? alarmArn(ctx, input.path("AlarmName").asText()) : "*"));
            case "DeleteAlarms", "DescribeAlarms", "EnableAlarmActions", "DisableAlarmActions" -> {
                List<Check> checks = new ArrayList<>();
                input.path("AlarmNames").forEach(n -> checks.add(Check.of(action, alarmArn(ctx, n.asText()))));
                yield checks.isEmpty() ? List.of(Check.of(action, "*")) : checks;
            }
            case "TagResource", "UntagResource", "ListTagsForResource" -> List.of(Check.of(action, input.path("ResourceARN").asText("*")));
            default -> List.of(Check.of(action, "*"));
        };
    }

    private static String alarmArn(RequestContext ctx, String name) {
        return Arn.of("cloudwatch", ctx.region(), ctx.accountId(), "alarm:" + name).toString();
    }

    /** Every action the alarm is given, for whichever state, as {@code cloudwatch:AlarmActions}; no key when it has none. */
    private static Map<String, List<String>> alarmActions(JsonNode input) {
        List<String> actions = new ArrayList<>();
        for (String field : List.of("AlarmActions", "OKActions", "InsufficientDataActions")) {
            input.path(field).forEach(a -> actions.add(a.asText()));
        }
        return actions.isEmpty() ? Map.of() : Map.of("cloudwatch:AlarmActions", actions);
    }
}
