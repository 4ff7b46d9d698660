package dev.stratus.cloudwatch;

import dev.stratus.cloudwatch.api.*;
import dev.stratus.protocol.RequestContext;

/** Amazon CloudWatch's operations: metrics, alarms and dashboards. */
final class CloudWatchService implements CloudWatchApi {
    private final Alarms alarms;

    CloudWatchService(Alarms alarms) {
        this.alarms = alarms;
    }

    // Alarms: see Alarms

    @Override
    public void putMetricAlarm(RequestContext context, PutMetricAlarmInput input) {
        alarms.putMetricAlarm(context, input);
    }

    @Override
    public void putCompositeAlarm(RequestContext context, PutCompositeAlarmInput input) {
        alarms.putCompositeAlarm(context, input);
    }

    @Override
    public DescribeAlarmsOutput describeAlarms(RequestContext context, DescribeAlarmsInput input) {
        return alarms.describeAlarms(context, input);
    }

    @Override
    public DescribeAlarmsForMetricOutput describeAlarmsForMetric(RequestContext context, DescribeAlarmsForMetricInput input) {
        return alarms.describeAlarmsForMetric(context, input);
    }

    @Override
    public void deleteAlarms(RequestContext context, DeleteAlarmsInput input) {
        alarms.deleteAlarms(context, input);
    }

    @Override
    public DescribeAlarmHistoryOutput describeAlarmHistory(RequestContext context, DescribeAlarmHistoryInput input) {
        return alarms.describeAlarmHistory(context, input);
    }

    @Override
    public void setAlarmState(RequestContext context, SetAlarmStateInput input) {
        alarms.setAlarmState(context, input);
    }

    @Override
    public void enableAlarmActions(RequestContext context, EnableAlarmActionsInput input) {
        alarms.actionsEnabled(context, input.alarmNames(), true);
    }

    @Override
    public void disableAlarmActions(RequestContext context, DisableAlarmActionsInput input) {
        alarms.actionsEnabled(context, input.alarmNames(), false);
    }

    @Override
    public TagResourceOutput tagResource(RequestContext context, TagResourceInput input) {
        alarms.tagResource(context, input);
        return new TagResourceOutput();
    }

    @Override
    public UntagResourceOutput untagResource(RequestContext context, UntagResourceInput input) {
        alarms.untagResource(context, input);
        return new UntagResourceOutput();
    }

    @Override
    public ListTagsForResourceOutput listTagsForResource(RequestContext context, ListTagsForResourceInput input) {
        return alarms.listTagsForResource(context, input);
    }
}
