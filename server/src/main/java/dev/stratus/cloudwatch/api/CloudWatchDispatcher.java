// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.ServiceDispatcher;

public final class CloudWatchDispatcher implements ServiceDispatcher {
    private final CloudWatchApi api;

    public CloudWatchDispatcher(CloudWatchApi api) {
        this.api = api;
    }

    @Override
    public Object invoke(String operation, RequestContext context, JsonNode input) {
        switch (operation) {
            case "DeleteAlarmMuteRule":
                api.deleteAlarmMuteRule(context, Json.read(input, DeleteAlarmMuteRuleInput.class));
                return null;
            case "DeleteAlarms":
                api.deleteAlarms(context, Json.read(input, DeleteAlarmsInput.class));
                return null;
            case "DeleteAnomalyDetector":
                return api.deleteAnomalyDetector(context, Json.read(input, DeleteAnomalyDetectorInput.class));
            case "DeleteDashboards":
                return api.deleteDashboards(context, Json.read(input, DeleteDashboardsInput.class));
            case "DeleteInsightRules":
                return api.deleteInsightRules(context, Json.read(input, DeleteInsightRulesInput.class));
            case "DeleteMetricStream":
                return api.deleteMetricStream(context, Json.read(input, DeleteMetricStreamInput.class));
            case "DescribeAlarmContributors":
                return api.describeAlarmContributors(context, Json.read(input, DescribeAlarmContributorsInput.class));
            case "DescribeAlarmHistory":
                return api.describeAlarmHistory(context, Json.read(input, DescribeAlarmHistoryInput.class));
            case "DescribeAlarms":
                return api.describeAlarms(context, Json.read(input, DescribeAlarmsInput.class));
            case "DescribeAlarmsForMetric":
                return api.describeAlarmsForMetric(context, Json.read(input, DescribeAlarmsForMetricInput.class));
            case "DescribeAnomalyDetectors":
                return api.describeAnomalyDetectors(context, Json.read(input, DescribeAnomalyDetectorsInput.class));
            case "DescribeInsightRules":
                return api.describeInsightRules(context, Json.read(input, DescribeInsightRulesInput.class));
            case "DisableAlarmActions":
                api.disableAlarmActions(context, Json.read(input, DisableAlarmActionsInput.class));
                return null;
            case "DisableInsightRules":
                return api.disableInsightRules(context, Json.read(input, DisableInsightRulesInput.class));
            case "EnableAlarmActions":
                api.enableAlarmActions(context, Json.read(input, EnableAlarmActionsInput.class));
                return null;
            case "EnableInsightRules":
                return api.enableInsightRules(context, Json.read(input, EnableInsightRulesInput.class));
            case "GetAlarmMuteRule":
                return api.getAlarmMuteRule(context, Json.read(input, GetAlarmMuteRuleInput.class));
            case "GetDashboard":
                return api.getDashboard(context, Json.read(input, GetDashboardInput.class));
            case "GetInsightRuleReport":
                return api.getInsightRuleReport(context, Json.read(input, GetInsightRuleReportInput.class));
            case "GetMetricData":
                return api.getMetricData(context, Json.read(input, GetMetricDataInput.class));
            case "GetMetricStatistics":
                return api.getMetricStatistics(context, Json.read(input, GetMetricStatisticsInput.class));
            case "GetMetricStream":
                return api.getMetricStream(context, Json.read(input, GetMetricStreamInput.class));
            case "GetMetricWidgetImage":
                return api.getMetricWidgetImage(context, Json.read(input, GetMetricWidgetImageInput.class));
            case "GetOTelEnrichment":
                return api.getOTelEnrichment(context, Json.read(input, GetOTelEnrichmentInput.class));
            case "ListAlarmMuteRules":
                return api.listAlarmMuteRules(context, Json.read(input, ListAlarmMuteRulesInput.class));
            case "ListDashboards":
                return api.listDashboards(context, Json.read(input, ListDashboardsInput.class));
            case "ListManagedInsightRules":
                return api.listManagedInsightRules(context, Json.read(input, ListManagedInsightRulesInput.class));
            case "ListMetricStreams":
                return api.listMetricStreams(context, Json.read(input, ListMetricStreamsInput.class));
            case "ListMetrics":
                return api.listMetrics(context, Json.read(input, ListMetricsInput.class));
            case "ListTagsForResource":
                return api.listTagsForResource(context, Json.read(input, ListTagsForResourceInput.class));
            case "PutAlarmMuteRule":
                api.putAlarmMuteRule(context, Json.read(input, PutAlarmMuteRuleInput.class));
                return null;
            case "PutAnomalyDetector":
                return api.putAnomalyDetector(context, Json.read(input, PutAnomalyDetectorInput.class));
            case "PutCompositeAlarm":
                api.putCompositeAlarm(context, Json.read(input, PutCompositeAlarmInput.class));
                return null;
            case "PutDashboard":
                return api.putDashboard(context, Json.read(input, PutDashboardInput.class));
            case "PutInsightRule":
                return api.putInsightRule(context, Json.read(input, PutInsightRuleInput.class));
            case "PutManagedInsightRules":
                return api.putManagedInsightRules(context, Json.read(input, PutManagedInsightRulesInput.class));
            case "PutMetricAlarm":
                api.putMetricAlarm(context, Json.read(input, PutMetricAlarmInput.class));
                return null;
            case "PutMetricData":
                api.putMetricData(context, Json.read(input, PutMetricDataInput.class));
                return null;
            case "PutMetricStream":
                return api.putMetricStream(context, Json.read(input, PutMetricStreamInput.class));
            case "SetAlarmState":
                api.setAlarmState(context, Json.read(input, SetAlarmStateInput.class));
                return null;
            case "StartMetricStreams":
                return api.startMetricStreams(context, Json.read(input, StartMetricStreamsInput.class));
            case "StartOTelEnrichment":
                return api.startOTelEnrichment(context, Json.read(input, StartOTelEnrichmentInput.class));
            case "StopMetricStreams":
                return api.stopMetricStreams(context, Json.read(input, StopMetricStreamsInput.class));
            case "StopOTelEnrichment":
                return api.stopOTelEnrichment(context, Json.read(input, StopOTelEnrichmentInput.class));
            case "TagResource":
                return api.tagResource(context, Json.read(input, TagResourceInput.class));
            case "UntagResource":
                return api.untagResource(context, Json.read(input, UntagResourceInput.class));
            default:
                throw new IllegalArgumentException("no operation " + operation);
        }
    }
}
