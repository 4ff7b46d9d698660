package dev.stratus.it;

import static dev.stratus.it.ModelSweepIT.REQUESTS_PER_OPERATION;
import static dev.stratus.it.ModelSweepIT.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.cloudwatch.CloudWatchService;
import dev.stratus.it.ModelSweepIT.Target;
import dev.stratus.protocol.model.ServiceModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sweep of CloudWatch through json 1.0 (query-compatible errors): the metric operations aimed
 * at the metric {@code Sweep/Hits} and the dashboard {@code sweep-d}, made again after
 * DeleteDashboards; the operations not served yet answer 501.
 */
final class CloudWatchSweepTarget {
    private CloudWatchSweepTarget() {
    }

    static Target of() throws Exception {
        ServiceModel model = ServiceModel.load("cloudwatch");
        Map<String, List<String>> known = new LinkedHashMap<>();
        known.put("=Namespace", List.of("Sweep", "Sweep", "AWS/Sweep"));
        known.put("=MetricName", List.of("Hits", "Hits", "Misses"));
        known.put("=DashboardName", List.of("sweep-d", "sweep-d", "sweep-none"));
        known.put("=DashboardNames", List.of("sweep-d"));
        known.put("=DashboardBody", List.of("{\"widgets\":[]}", "{\"widgets\":[]}", "{}", "not json"));
        known.put("=Stat", List.of("Sum", "p99", "Bogus"));
        known.put("=Expression", List.of("m1 * 2", "SUM(METRICS())", "m1 +"));
        // DeleteDashboards answers DashboardNotFoundError (ResourceNotFound) for a missing dashboard, as AWS's API reference
        // lists, though the model no longer declares it for that operation.
        Target[] t = new Target[1];
        t[0] = new Target(model, "application/x-amz-json-1.0", CloudWatchService.class,
                Set.of("MissingParameter", "InvalidParameterValue", "ValidationError", "SerializationException", "DashboardNotFoundError"), known,
                Set.of("DeleteDashboards"), REQUESTS_PER_OPERATION, () -> {
                    var r = call(t[0], "PutMetricData", "{\"Namespace\":\"Sweep\",\"MetricData\":[{\"MetricName\":\"Hits\",\"Value\":1}]}");
                    assertEquals(200, r.statusCode(), r.body());
                    r = call(t[0], "PutDashboard", "{\"DashboardName\":\"sweep-d\",\"DashboardBody\":\"{\\\"widgets\\\":[]}\"}");
                    assertEquals(200, r.statusCode(), r.body());
                });
        return t[0];
    }
}
