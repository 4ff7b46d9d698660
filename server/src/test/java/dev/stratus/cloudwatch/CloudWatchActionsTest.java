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

    @Test
    void alarmOperationsAreCheckedOnTheAlarmsTheyName() {
        String arn = "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:";
        assertEquals(List.of(new Check("cloudwatch:PutMetricAlarm", arn + "high-cpu",
                        Map.of("cloudwatch:AlarmActions", List.of("arn:aws:sns:eu-west-1:123456789012:ops", "arn:aws:sns:eu-west-1:123456789012:ok")))),
                checks("PutMetricAlarm", "{\"AlarmName\":\"high-cpu\",\"AlarmActions\":[\"arn:aws:sns:eu-west-1:123456789012:ops\"],"
                        + "\"OKActions\":[\"arn:aws:sns:eu-west-1:123456789012:ok\"]}"));
        assertEquals(List.of(Check.of("cloudwatch:PutCompositeAlarm", arn + "both")), checks("PutCompositeAlarm", "{\"AlarmName\":\"both\"}"));
        assertEquals(List.of(Check.of("cloudwatch:DeleteAlarms", arn + "a"), Check.of("cloudwatch:DeleteAlarms", arn + "b")),
                checks("DeleteAlarms", "{\"AlarmNames\":[\"a\",\"b\"]}"));
        assertEquals(List.of(Check.of("cloudwatch:SetAlarmState", arn + "a")), checks("SetAlarmState", "{\"AlarmName\":\"a\"}"));
        assertEquals(List.of(Check.of("cloudwatch:DisableAlarmActions", arn + "a")), checks("DisableAlarmActions", "{\"AlarmNames\":[\"a\"]}"));
        assertEquals(List.of(Check.of("cloudwatch:DescribeAlarms", "*")), checks("DescribeAlarms", "{\"AlarmNamePrefix\":\"a\"}"));
        assertEquals(List.of(Check.of("cloudwatch:DescribeAlarmHistory", arn + "a")), checks("DescribeAlarmHistory", "{\"AlarmName\":\"a\"}"));
        assertEquals(List.of(Check.of("cloudwatch:TagResource", arn + "a")), checks("TagResource", "{\"ResourceARN\":\"" + arn + "a\"}"));
    }
}
