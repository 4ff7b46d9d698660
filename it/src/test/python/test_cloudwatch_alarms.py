"""CloudWatch alarms through boto3 (JSON 1.0) and the AWS CLI v1 and v2 (query), without waiting for the clock:
alarms made, described and paged, their history, SetAlarmState and the SNS notification it sends (read from an SQS
queue), composite alarms, tags, and AWS's answers to bad input. Evaluation on the minute is tested in
CloudWatchAlarmsJavaSdkIT, which moves the clock.

Sources of the expected answers:
  [Docs-API]   the CloudWatch API reference and the botocore 1.43 cloudwatch model: PutMetricAlarm, DescribeAlarms
               (only metric alarms unless AlarmTypes says otherwise), SetAlarmState (ResourceNotFound, InvalidFormat),
               DescribeAlarmHistory
  [Docs-Guide] "Using Amazon CloudWatch alarms" and the SNS notification examples users post: Subject
               'ALARM: "name" in US East (N. Virginia)', the message's AlarmName, NewStateValue, OldStateValue,
               NewStateReason, Region and Trigger
  [Messages]   "Metrics cannot be checked across more than a day (EvaluationPeriods * Period must be <= 86400)"
"""
import json
import time
import uuid

import pytest

from conftest import ACCOUNT, REGION, _client, allow_service, any_source_of, cli_failed, cli_ok, expect_error


@pytest.fixture(scope="module")
def cw():
    return _client("cloudwatch")


def unique(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def put_alarm(cw, name, **more):
    args = dict(AlarmName=name, Namespace="Stratus/Py", MetricName="Latency", Statistic="Average", Period=60, EvaluationPeriods=1,
                Threshold=100.0, ComparisonOperator="GreaterThanThreshold")
    args.update(more)
    cw.put_metric_alarm(**args)


def test_put_describe_and_history(cw):
    name = unique("latency")
    put_alarm(cw, name, AlarmDescription="slow", DatapointsToAlarm=1, TreatMissingData="notBreaching", Tags=[{"Key": "team", "Value": "web"}])
    alarm = cw.describe_alarms(AlarmNames=[name])["MetricAlarms"][0]
    assert alarm["AlarmArn"] == f"arn:aws:cloudwatch:{REGION}:{ACCOUNT}:alarm:{name}"
    assert (alarm["Namespace"], alarm["MetricName"], alarm["Statistic"], alarm["Period"], alarm["Threshold"]) == (
        "Stratus/Py", "Latency", "Average", 60, 100.0)
    assert alarm["StateValue"] == "OK"  # evaluated at once: no data, treated as not breaching
    assert alarm["StateReason"] == "Threshold Crossed: no datapoints were received for 1 period and 1 missing datapoint was treated as [NonBreaching]."
    assert json.loads(alarm["StateReasonData"])["version"] == "1.0"
    assert cw.describe_alarms(AlarmNames=[name], AlarmTypes=["CompositeAlarm"])["MetricAlarms"] == []  # [Docs-API]
    assert cw.list_tags_for_resource(ResourceARN=alarm["AlarmArn"])["Tags"] == [{"Key": "team", "Value": "web"}]
    history = cw.describe_alarm_history(AlarmName=name)["AlarmHistoryItems"]
    assert [h["HistoryItemType"] for h in history] == ["StateUpdate", "ConfigurationUpdate"]
    assert history[0]["HistorySummary"] == "Alarm updated from INSUFFICIENT_DATA to OK"
    assert history[1]["HistorySummary"] == f'Alarm "{name}" created'
    assert cw.describe_alarms_for_metric(Namespace="Stratus/Py", MetricName="Latency", Statistic="Average")["MetricAlarms"]
    cw.delete_alarms(AlarmNames=[name])
    assert cw.describe_alarms(AlarmNames=[name])["MetricAlarms"] == []


def test_set_alarm_state_notifies_a_topic_read_from_a_queue(cw):
    sns, sqs = _client("sns"), _client("sqs")
    topic = sns.create_topic(Name=unique("alarm-topic"))["TopicArn"]
    url = sqs.create_queue(QueueName=unique("alarm-notices"))["QueueUrl"]
    queue = allow_service(sqs, url, "sns.amazonaws.com", any_source_of("sns.amazonaws.com"))
    sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=queue)
    name = unique("manual")
    put_alarm(cw, name, AlarmActions=[topic])
    cw.set_alarm_state(AlarmName=name, StateValue="ALARM", StateReason="Testing the topic")
    got = []
    deadline = time.time() + 10
    while not got and time.time() < deadline:
        got = sqs.receive_message(QueueUrl=url, WaitTimeSeconds=1).get("Messages", [])
    assert got, "the notification arrived"
    envelope = json.loads(got[0]["Body"])
    assert envelope["Subject"] == f'ALARM: "{name}" in US East (N. Virginia)'  # [Docs-Guide]
    message = json.loads(envelope["Message"])
    assert (message["AlarmName"], message["NewStateValue"], message["OldStateValue"], message["NewStateReason"]) == (
        name, "ALARM", "INSUFFICIENT_DATA", "Testing the topic")
    assert message["Region"] == "US East (N. Virginia)" and message["AWSAccountId"] == ACCOUNT
    assert message["Trigger"]["MetricName"] == "Latency" and message["Trigger"]["Statistic"] == "AVERAGE"
    actions = cw.describe_alarm_history(AlarmName=name, HistoryItemType="Action")["AlarmHistoryItems"]
    assert actions[0]["HistorySummary"] == f"Successfully executed action {topic}"


def test_composite_alarms(cw):
    child = unique("child")
    put_alarm(cw, child, TreatMissingData="ignore")
    parent = unique("parent")
    cw.put_composite_alarm(AlarmName=parent, AlarmRule=f"ALARM({child}) OR FALSE")
    composite = cw.describe_alarms(AlarmNames=[parent], AlarmTypes=["CompositeAlarm"])["CompositeAlarms"][0]
    assert (composite["AlarmRule"], composite["StateValue"]) == (f"ALARM({child}) OR FALSE", "OK")
    cw.set_alarm_state(AlarmName=child, StateValue="ALARM", StateReason="testing")
    assert cw.describe_alarms(AlarmNames=[parent], AlarmTypes=["CompositeAlarm"])["CompositeAlarms"][0]["StateValue"] == "ALARM"
    assert [a["AlarmName"] for a in cw.describe_alarms(ParentsOfAlarmName=child)["CompositeAlarms"]] == [parent]
    expect_error(cw.put_composite_alarm, "ValidationError", AlarmName=unique("broken"), AlarmRule=f"ALARM({child}) AND")


def test_bad_input(cw):
    name = unique("bad")
    expect_error(put_alarm, "ValidationError", cw=cw, name=name, Period=3600, EvaluationPeriods=25,
                 message="Metrics cannot be checked across more than a day (EvaluationPeriods * Period must be <= 86400).")  # [Messages]
    expect_error(put_alarm, "ValidationError", cw=cw, name=name, Period=45)
    expect_error(put_alarm, "ValidationError", cw=cw, name=name, TreatMissingData="sometimes")
    expect_error(put_alarm, "ValidationError", cw=cw, name=name, AlarmActions=["arn:aws:ssm:us-east-1:000000000000:opsitem:3"])
    expect_error(cw.set_alarm_state, "ResourceNotFound", 404, AlarmName=name, StateValue="OK", StateReason="x")  # [Docs-API]
    put_alarm(cw, name)
    expect_error(cw.set_alarm_state, "InvalidFormat", AlarmName=name, StateValue="OK", StateReason="x", StateReasonData="{nope")
    expect_error(cw.describe_alarms, "InvalidNextToken", NextToken="forged")


def test_aws_cli(cli):
    name = unique("cli")
    cli_ok(cli("cloudwatch", "put-metric-alarm", "--alarm-name", name, "--namespace", "Stratus/Cli", "--metric-name", "Errors",
               "--statistic", "Sum", "--period", "60", "--evaluation-periods", "1", "--threshold", "1",
               "--comparison-operator", "GreaterThanOrEqualToThreshold",
               # Missing data ignored keeps the state SetAlarmState gives it when the minute's evaluation comes.
               "--treat-missing-data", "ignore"))
    alarms = cli_ok(cli("cloudwatch", "describe-alarms", "--alarm-names", name))["MetricAlarms"]
    assert alarms[0]["StateValue"] == "INSUFFICIENT_DATA"
    cli_ok(cli("cloudwatch", "set-alarm-state", "--alarm-name", name, "--state-value", "ALARM", "--state-reason", "cli"))
    assert cli_ok(cli("cloudwatch", "describe-alarms", "--alarm-names", name))["MetricAlarms"][0]["StateValue"] == "ALARM"
    history = cli_ok(cli("cloudwatch", "describe-alarm-history", "--alarm-name", name, "--history-item-type", "StateUpdate"))
    assert history["AlarmHistoryItems"][0]["HistorySummary"] == "Alarm updated from INSUFFICIENT_DATA to ALARM"
    cli_failed(cli("cloudwatch", "set-alarm-state", "--alarm-name", name + "-none", "--state-value", "OK", "--state-reason", "x"),
               "ResourceNotFound", "SetAlarmState")
    cli_ok(cli("cloudwatch", "delete-alarms", "--alarm-names", name))
