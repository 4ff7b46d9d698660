package dev.stratus.cloudwatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.identity.Actions.Check;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudWatchActionsTest {
    private static RequestContext ctx(String operation) {
        return new RequestContext("r", "cloudwatch", operation, "eu-west-1", "123456789012", "AKID", "localhost", null, null, null);
    }

    private static List<Check> checks(String operation, String input) {
        return new CloudWatchActions().of(ctx(operation), Json.MAPPER.valueToTree(Json.parse(input, Map.class)));
    }

    @Test
    void putMetricDataCarriesItsNamespace() {
        assertEquals(List.of(new Check("cloudwatch:PutMetricData", "*", Map.of("cloudwatch:namespace", List.of("App")))),
                checks("PutMetricData", "{\"Namespace\":\"App\"}"));
    }

    @Test
    void dashboardsAreCheckedOnTheirGlobalArns() {
        assertEquals(List.of(Check.of("cloudwatch:GetDashboard", "arn:aws:cloudwatch::123456789012:dashboard/ops")),
                checks("GetDashboard", "{\"DashboardName\":\"ops\"}"));
        assertEquals(List.of(Check.of("cloudwatch:DeleteDashboards", "arn:aws:cloudwatch::123456789012:dashboard/a"),
                        Check.of("cloudwatch:DeleteDashboards", "arn:aws:cloudwatch::123456789012:dashboard/b")),
                checks("DeleteDashboards", "{\"DashboardNames\":[\"a\",\"b\"]}"));
        assertEquals(List.of(Check.of("cloudwatch:ListMetrics", "*")), checks("ListMetrics", "{}"));
    }
}
