"""CloudWatch's metric operations and dashboards through boto3 (JSON 1.0 with query-compatible errors) and the AWS CLI
(v1: JSON, v2: query): PutMetricData in its forms and AWS's limits, GetMetricStatistics with exact percentiles,
GetMetricData with metric math, ListMetrics, dashboards. Data carry timestamps in the past: nothing waits.

Sources of the expected answers:
  [Docs-API]   the CloudWatch API reference (docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference): PutMetricData
               (1,000 metrics and 150 values per request, 30 dimensions, two weeks back and two hours ahead, AWS/
               namespaces reserved), GetMetricStatistics (1,440 datapoints, Period 1/5/10/30 or a multiple of 60),
               GetMetricData (ScanBy TimestampDescending by default, MaxDatapoints and NextToken), DeleteDashboards
  [Docs-Guide] the CloudWatch user guide: metric math functions, percentiles from Values/Counts
"""
import datetime
import uuid

import pytest

from conftest import _client, cli_failed, cli_ok, expect_error


@pytest.fixture(scope="module")
def cw():
    return _client("cloudwatch")


def namespace():
    return f"Py/{uuid.uuid4().hex[:10]}"


def minute(ago):
    now = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0)
    return now - datetime.timedelta(minutes=ago)


def test_values_with_counts_give_exact_percentiles(cw):
    ns, at = namespace(), minute(30)
    cw.put_metric_data(Namespace=ns, MetricData=[
        {"MetricName": "Latency", "Timestamp": at, "Values": [1.0, 2.0, 100.0], "Counts": [50, 49, 1], "Unit": "Milliseconds"},
        {"MetricName": "Latency", "Timestamp": at, "StatisticValues": {"SampleCount": 2, "Sum": 3, "Minimum": 1, "Maximum": 2},
         "Unit": "Count"}])
    got = cw.get_metric_statistics(Namespace=ns, MetricName="Latency", StartTime=at, EndTime=at + datetime.timedelta(minutes=1),
                                   Period=60, ExtendedStatistics=["p50", "p99", "p100"], Unit="Milliseconds")["Datapoints"]
    assert [d["ExtendedStatistics"] for d in got] == [{"p50": 1.0, "p99": 2.0, "p100": 100.0}]  # [Docs-Guide]
    both = cw.get_metric_statistics(Namespace=ns, MetricName="Latency", StartTime=at, EndTime=at + datetime.timedelta(minutes=1),
                                    Period=60, Statistics=["SampleCount", "Sum"])["Datapoints"]
    assert sorted((d["Unit"], d["SampleCount"]) for d in both) == [("Count", 2.0), ("Milliseconds", 100.0)]


def test_put_metric_data_refusals(cw):
    ns = namespace()
    expect_error(cw.put_metric_data, "InvalidParameterValue", Namespace="AWS/EC2",
                 MetricData=[{"MetricName": "x", "Value": 1}])  # [Docs-API]
    expect_error(cw.put_metric_data, "InvalidParameterCombination", Namespace=ns,
                 MetricData=[{"MetricName": "x", "Value": 1, "Values": [1.0]}])
    expect_error(cw.put_metric_data, "InvalidParameterValue", Namespace=ns,
                 MetricData=[{"MetricName": "x", "Value": 1, "Timestamp": minute(15 * 24 * 60)}])
    expect_error(cw.put_metric_data, "InvalidParameterValue", Namespace=ns,
                 MetricData=[{"MetricName": "x", "Value": 1, "Timestamp": minute(-180)}])
    expect_error(cw.put_metric_data, "InvalidParameterValue", Namespace=ns,
                 MetricData=[{"MetricName": "x", "Values": [1.0, 2.0], "Counts": [1.0]}])
    expect_error(cw.put_metric_data, "InvalidParameterValue", Namespace=ns,
                 MetricData=[{"MetricName": "x", "Value": 1, "StorageResolution": 30}])


def test_a_large_request_arrives_gzipped(cw):
    # boto3 compresses PutMetricData bodies above 10 KB (request_min_compression_size_bytes): the server inflates them.
    ns, at = namespace(), minute(5)
    data = [{"MetricName": "Big", "Dimensions": [{"Name": "Shard", "Value": str(i)}], "Timestamp": at, "Value": float(i)}
            for i in range(1000)]
    encodings = []

    def seen(request, **_):
        encodings.append(request.headers.get("Content-Encoding"))

    cw.meta.events.register("before-send.cloudwatch.PutMetricData", seen)
    try:
        cw.put_metric_data(Namespace=ns, MetricData=data)
    finally:
        cw.meta.events.unregister("before-send.cloudwatch.PutMetricData", seen)
    assert encodings == [b"gzip"] or encodings == ["gzip"]
    listed = cw.get_paginator("list_metrics").paginate(Namespace=ns).build_full_result()["Metrics"]
    assert len(listed) == 1000
    first = cw.list_metrics(Namespace=ns)
    assert len(first["Metrics"]) == 500 and "NextToken" in first  # [Docs-API] 500 a page


def test_get_metric_statistics_limits(cw):
    at = minute(60)
    expect_error(cw.get_metric_statistics, "InvalidParameterCombination", Namespace="Py", MetricName="x", StartTime=at,
                 EndTime=at + datetime.timedelta(days=2), Period=60, Statistics=["Sum"])  # [Docs-API] 1,440 datapoints
    expect_error(cw.get_metric_statistics, "InvalidParameterValue", Namespace="Py", MetricName="x", StartTime=at,
                 EndTime=at + datetime.timedelta(hours=1), Period=45, Statistics=["Sum"])


def test_get_metric_data_math_and_paging(cw):
    ns, at = namespace(), minute(20)
    cw.put_metric_data(Namespace=ns, MetricData=[
        {"MetricName": name, "Timestamp": at + datetime.timedelta(minutes=i), "Value": value}
        for i in range(5) for name, value in (("Errors", float(i)), ("Requests", 4.0))])

    def stat(qid, name):
        return {"Id": qid, "ReturnData": False,
                "MetricStat": {"Metric": {"Namespace": ns, "MetricName": name}, "Period": 60, "Stat": "Sum"}}

    queries = [stat("e", "Errors"), stat("r", "Requests"),
               {"Id": "rate", "Expression": "100 * e / r", "Label": "Error %"},
               {"Id": "filled", "Expression": "FILL(e, 0) + RATE(r)"}]
    page = cw.get_metric_data(MetricDataQueries=queries, StartTime=at, EndTime=at + datetime.timedelta(minutes=5), MaxDatapoints=6)
    rate = page["MetricDataResults"][0]
    assert (rate["Label"], rate["Values"]) == ("Error %", [100.0, 75.0, 50.0, 25.0, 0.0])  # [Docs-API] newest first
    assert page["MetricDataResults"][1]["StatusCode"] == "PartialData"
    rest = cw.get_metric_data(MetricDataQueries=queries, StartTime=at, EndTime=at + datetime.timedelta(minutes=5), MaxDatapoints=6,
                              NextToken=page["NextToken"], ScanBy="TimestampDescending")
    assert "NextToken" not in rest and len(rest["MetricDataResults"][1]["Values"]) == 3
    expect_error(cw.get_metric_data, "ValidationError", MetricDataQueries=[stat("e", "Errors"), {"Id": "x", "Expression": "NOPE(e)"}],
                 StartTime=at, EndTime=at + datetime.timedelta(minutes=5))


def test_dashboards(cw):
    name = f"py-{uuid.uuid4().hex[:8]}"
    assert cw.put_dashboard(DashboardName=name, DashboardBody='{"widgets":[]}')["DashboardValidationMessages"] == []
    assert cw.get_dashboard(DashboardName=name)["DashboardBody"] == '{"widgets":[]}'
    assert [e["DashboardName"] for e in cw.list_dashboards(DashboardNamePrefix=name)["DashboardEntries"]] == [name]
    expect_error(cw.put_dashboard, "InvalidParameterInput", DashboardName=name, DashboardBody="[]")
    expect_error(cw.delete_dashboards, "ResourceNotFound", 404, DashboardNames=[name, name + "-none"])  # [Docs-API]
    cw.delete_dashboards(DashboardNames=[name])
    expect_error(cw.get_dashboard, "ResourceNotFound", 404, DashboardName=name)


def test_cli(cli):
    ns, at = namespace(), minute(10).strftime("%Y-%m-%dT%H:%M:%SZ")
    cli_ok(cli("cloudwatch", "put-metric-data", "--namespace", ns, "--metric-name", "Hits", "--value", "3", "--unit", "Count",
               "--dimensions", "Site=a", "--timestamp", at))
    listed = cli_ok(cli("cloudwatch", "list-metrics", "--namespace", ns))["Metrics"]
    assert listed == [{"Namespace": ns, "MetricName": "Hits", "Dimensions": [{"Name": "Site", "Value": "a"}]}]
    end = minute(-1).strftime("%Y-%m-%dT%H:%M:%SZ")
    points = cli_ok(cli("cloudwatch", "get-metric-statistics", "--namespace", ns, "--metric-name", "Hits", "--dimensions",
                        "Name=Site,Value=a", "--start-time", at, "--end-time", end, "--period", "60", "--statistics", "Sum"))
    assert [(p["Sum"], p["Unit"]) for p in points["Datapoints"]] == [(3.0, "Count")]
    cli_failed(cli("cloudwatch", "put-metric-data", "--namespace", "AWS/Lambda", "--metric-name", "x", "--value", "1"),
               "InvalidParameterValue", "PutMetricData")
