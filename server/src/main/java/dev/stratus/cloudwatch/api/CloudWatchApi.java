// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;

/** The operations of cloudwatch, one method each; those a service does not override answer 501. */
public interface CloudWatchApi {

    default void deleteAlarmMuteRule(RequestContext context, DeleteAlarmMuteRuleInput input) {
        throw AwsException.notImplemented(context);
    }

    default void deleteAlarms(RequestContext context, DeleteAlarmsInput input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteAnomalyDetectorOutput deleteAnomalyDetector(RequestContext context, DeleteAnomalyDetectorInput input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteDashboardsOutput deleteDashboards(RequestContext context, DeleteDashboardsInput input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteInsightRulesOutput deleteInsightRules(RequestContext context, DeleteInsightRulesInput input) {
        throw AwsException.notImplemented(context);
    }

    default DeleteMetricStreamOutput deleteMetricStream(RequestContext context, DeleteMetricStreamInput input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAlarmContributorsOutput describeAlarmContributors(RequestContext context, DescribeAlarmContributorsInput input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAlarmHistoryOutput describeAlarmHistory(RequestContext context, DescribeAlarmHistoryInput input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAlarmsOutput describeAlarms(RequestContext context, DescribeAlarmsInput input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAlarmsForMetricOutput describeAlarmsForMetric(RequestContext context, DescribeAlarmsForMetricInput input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeAnomalyDetectorsOutput describeAnomalyDetectors(RequestContext context, DescribeAnomalyDetectorsInput input) {
        throw AwsException.notImplemented(context);
    }

    default DescribeInsightRulesOutput describeInsightRules(RequestContext context, DescribeInsightRulesInput input) {
        throw AwsException.notImplemented(context);
    }

    default void disableAlarmActions(RequestContext context, DisableAlarmActionsInput input) {
        throw AwsException.notImplemented(context);
    }

    default DisableInsightRulesOutput disableInsightRules(RequestContext context, DisableInsightRulesInput input) {
        throw AwsException.notImplemented(context);
    }

    default void enableAlarmActions(RequestContext context, EnableAlarmActionsInput input) {
        throw AwsException.notImplemented(context);
    }

    default EnableInsightRulesOutput enableInsightRules(RequestContext context, EnableInsightRulesInput input) {
        throw AwsException.notImplemented(context);
    }

    default GetAlarmMuteRuleOutput getAlarmMuteRule(RequestContext context, GetAlarmMuteRuleInput input) {
        throw AwsException.notImplemented(context);
    }

    default GetDashboardOutput getDashboard(RequestContext context, GetDashboardInput input) {
        throw AwsException.notImplemented(context);
    }

    default GetInsightRuleReportOutput getInsightRuleReport(RequestContext context, GetInsightRuleReportInput input) {
        throw AwsException.notImplemented(context);
    }

    default GetMetricDataOutput getMetricData(RequestContext context, GetMetricDataInput input) {
        throw AwsException.notImplemented(context);
    }

    default GetMetricStatisticsOutput getMetricStatistics(RequestContext context, GetMetricStatisticsInput input) {
        throw AwsException.notImplemented(context);
    }

    default GetMetricStreamOutput getMetricStream(RequestContext context, GetMetricStreamInput input) {
        throw AwsException.notImplemented(context);
    }

    default GetMetricWidgetImageOutput getMetricWidgetImage(RequestContext context, GetMetricWidgetImageInput input) {
        throw AwsException.notImplemented(context);
    }

    default GetOTelEnrichmentOutput getOTelEnrichment(RequestContext context, GetOTelEnrichmentInput input) {
        throw AwsException.notImplemented(context);
    }

    default ListAlarmMuteRulesOutput listAlarmMuteRules(RequestContext context, ListAlarmMuteRulesInput input) {
        throw AwsException.notImplemented(context);
    }

    default ListDashboardsOutput listDashboards(RequestContext context, ListDashboardsInput input) {
        throw AwsException.notImplemented(context);
    }

    default ListManagedInsightRulesOutput listManagedInsightRules(RequestContext context, ListManagedInsightRulesInput input) {
        throw AwsException.notImplemented(context);
    }

    default ListMetricStreamsOutput listMetricStreams(RequestContext context, ListMetricStreamsInput input) {
        throw AwsException.notImplemented(context);
    }

    default ListMetricsOutput listMetrics(RequestContext context, ListMetricsInput input) {
        throw AwsException.notImplemented(context);
    }

    default ListTagsForResourceOutput listTagsForResource(RequestContext context, ListTagsForResourceInput input) {
        throw AwsException.notImplemented(context);
    }

    default void putAlarmMuteRule(RequestContext context, PutAlarmMuteRuleInput input) {
        throw AwsException.notImplemented(context);
    }

    default PutAnomalyDetectorOutput putAnomalyDetector(RequestContext context, PutAnomalyDetectorInput input) {
        throw AwsException.notImplemented(context);
    }

    default void putCompositeAlarm(RequestContext context, PutCompositeAlarmInput input) {
        throw AwsException.notImplemented(context);
    }

    default PutDashboardOutput putDashboard(RequestContext context, PutDashboardInput input) {
        throw AwsException.notImplemented(context);
    }

    default PutInsightRuleOutput putInsightRule(RequestContext context, PutInsightRuleInput input) {
        throw AwsException.notImplemented(context);
    }

    default PutManagedInsightRulesOutput putManagedInsightRules(RequestContext context, PutManagedInsightRulesInput input) {
        throw AwsException.notImplemented(context);
    }

    default void putMetricAlarm(RequestContext context, PutMetricAlarmInput input) {
        throw AwsException.notImplemented(context);
    }

    default void putMetricData(RequestContext context, PutMetricDataInput input) {
        throw AwsException.notImplemented(context);
    }

    default PutMetricStreamOutput putMetricStream(RequestContext context, PutMetricStreamInput input) {
        throw AwsException.notImplemented(context);
    }

    default void setAlarmState(RequestContext context, SetAlarmStateInput input) {
        throw AwsException.notImplemented(context);
    }

    default StartMetricStreamsOutput startMetricStreams(RequestContext context, StartMetricStreamsInput input) {
        throw AwsException.notImplemented(context);
    }

    default StartOTelEnrichmentOutput startOTelEnrichment(RequestContext context, StartOTelEnrichmentInput input) {
        throw AwsException.notImplemented(context);
    }

    default StopMetricStreamsOutput stopMetricStreams(RequestContext context, StopMetricStreamsInput input) {
        throw AwsException.notImplemented(context);
    }

    default StopOTelEnrichmentOutput stopOTelEnrichment(RequestContext context, StopOTelEnrichmentInput input) {
        throw AwsException.notImplemented(context);
    }

    default TagResourceOutput tagResource(RequestContext context, TagResourceInput input) {
        throw AwsException.notImplemented(context);
    }

    default UntagResourceOutput untagResource(RequestContext context, UntagResourceInput input) {
        throw AwsException.notImplemented(context);
    }
}
