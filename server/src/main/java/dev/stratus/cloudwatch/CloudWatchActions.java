package dev.stratus.cloudwatch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.identity.Actions;
import dev.stratus.protocol.RequestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What IAM checks for CloudWatch's operations, as the service authorization reference lists them:
 * dashboards on their ARNs ({@code arn:aws:cloudwatch::account:dashboard/name}, no region),
 * PutMetricData on {@code *} with the namespace as {@code cloudwatch:namespace}, and the other
 * metric operations on {@code *}.
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
            default -> List.of(Check.of(action, "*"));
        };
    }
}
