"""CloudWatch Logs through boto3 and the AWS CLI: groups, streams, events, filter patterns, paging, errors."""
import json
import time

import pytest
from botocore.exceptions import ClientError

from conftest import ACCOUNT, REGION, expect_error, unique_name


@pytest.fixture
def group(logs):
    name = "/stratus/" + unique_name("g")
    logs.create_log_group(logGroupName=name)
    yield name
    try:
        logs.delete_log_group(logGroupName=name)
    except ClientError:
        pass


def boto3_unvalidated(client):
    """The same client without botocore's own parameter checks, so that bad values reach the server."""
    import boto3
    from botocore.config import Config
    return boto3.client("logs", endpoint_url=client.meta.endpoint_url, region_name=REGION, aws_access_key_id="test",
                        aws_secret_access_key="test", config=Config(parameter_validation=False, retries={"max_attempts": 1}))


def now_ms():
    return int(time.time() * 1000)


def put(logs, group, stream, *messages, start=None):
    t = start or now_ms()
    logs.put_log_events(logGroupName=group, logStreamName=stream,
                        logEvents=[{"timestamp": t + i, "message": m} for i, m in enumerate(messages)])


def test_describe_log_groups_shape_and_paginator(logs):
    prefix = "/stratus/" + unique_name("page")
    for i in range(5):
        logs.create_log_group(logGroupName=f"{prefix}/{i}")
    pages = list(logs.get_paginator("describe_log_groups").paginate(logGroupNamePrefix=prefix, PaginationConfig={"PageSize": 2}))
    names = [g["logGroupName"] for p in pages for g in p["logGroups"]]
    assert names == [f"{prefix}/{i}" for i in range(5)]
    assert len(pages) == 3
    g = pages[0]["logGroups"][0]
    assert g["arn"] == f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:{prefix}/0:*"
    assert g["logGroupArn"] == f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:{prefix}/0"
    assert isinstance(g["creationTime"], int) and g["creationTime"] > 1_600_000_000_000
    assert g["storedBytes"] == 0 and g["metricFilterCount"] == 0


def test_log_group_errors(logs, group):
    expect_error(logs.create_log_group, "ResourceAlreadyExistsException", 400, logGroupName=group)
    expect_error(logs.delete_log_group, "ResourceNotFoundException", 400, logGroupName=group + "-nope")
    expect_error(logs.create_log_group, "InvalidParameterException", 400, logGroupName="bad name",
                 message_contains="Member must satisfy regular expression pattern")
    expect_error(logs.put_retention_policy, "InvalidParameterException", 400, logGroupName=group, retentionInDays=2)
    expect_error(logs.describe_log_groups, "InvalidParameterException", 400, logGroupNamePrefix="/a", logGroupNamePattern="b")
    bad_class = boto3_unvalidated(logs)
    expect_error(bad_class.create_log_group, "InvalidParameterException", 400, logGroupName=group + "-x", logGroupClass="CHEAP",
                 message_contains="Member must satisfy enum value set: [STANDARD, INFREQUENT_ACCESS, DELIVERY]")


def test_streams_ordering_and_errors(logs, group):
    for s in ["b", "a", "c"]:
        logs.create_log_stream(logGroupName=group, logStreamName=s)
    put(logs, group, "b", "late", start=now_ms() + 1000)
    put(logs, group, "c", "early", start=now_ms() - 1000)
    by_name = [s["logStreamName"] for s in logs.describe_log_streams(logGroupName=group)["logStreams"]]
    assert by_name == ["a", "b", "c"]
    by_time = logs.describe_log_streams(logGroupName=group, orderBy="LastEventTime", descending=True)["logStreams"]
    assert by_time[0]["logStreamName"] == "b"
    assert by_time[0]["arn"] == f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:{group}:log-stream:b"
    expect_error(logs.describe_log_streams, "InvalidParameterException", 400, logGroupName=group,
                 orderBy="LastEventTime", logStreamNamePrefix="a")
    expect_error(logs.create_log_stream, "ResourceAlreadyExistsException", 400, logGroupName=group, logStreamName="a")
    expect_error(logs.create_log_stream, "InvalidParameterException", 400, logGroupName=group, logStreamName="has:colon")


def test_put_and_get_events_with_tokens(logs, group):
    logs.create_log_stream(logGroupName=group, logStreamName="s")
    put(logs, group, "s", *[f"m{i}" for i in range(7)])
    got, token = [], None
    while True:
        kwargs = {"nextToken": token} if token else {"startFromHead": True}
        r = logs.get_log_events(logGroupName=group, logStreamName="s", limit=3, **kwargs)
        got += [e["message"] for e in r["events"]]
        if r["nextForwardToken"] == token:
            break
        token = r["nextForwardToken"]
    assert got == [f"m{i}" for i in range(7)]
    event = logs.get_log_events(logGroupName=group, logStreamName="s", limit=1)["events"][0]
    assert event["message"] == "m6" and set(event) == {"timestamp", "message", "ingestionTime"}


def test_filter_patterns_and_paginator(logs, group):
    logs.create_log_stream(logGroupName=group, logStreamName="app")
    put(logs, group, "app",
        json.dumps({"level": "ERROR", "latency": 900}),
        json.dumps({"level": "INFO", "latency": 5}),
        "WARN disk almost full",
        '10.0.0.1 - - [24/Nov/2026:10:00:00 +0000] "GET /x HTTP/1.1" 500 12')

    def messages(pattern):
        pages = logs.get_paginator("filter_log_events").paginate(logGroupName=group, filterPattern=pattern,
                                                                 PaginationConfig={"PageSize": 1})
        return [e["message"] for p in pages for e in p["events"]]

    assert len(messages("")) == 4
    assert messages('{ $.latency > 500 }') == [json.dumps({"level": "ERROR", "latency": 900})]
    assert messages("?WARN ?ERROR") == [json.dumps({"level": "ERROR", "latency": 900}), "WARN disk almost full"]
    assert messages('"almost full" -ERROR') == ["WARN disk almost full"]
    assert len(messages("[ip, ident, user, ts, request, status=5*, size]")) == 1
    expect_error(logs.filter_log_events, "InvalidParameterException", 400, logGroupName=group, filterPattern="{ $.a = ")


def test_retention_hides_old_events(logs, group):
    logs.create_log_stream(logGroupName=group, logStreamName="s")
    old = now_ms() - 3 * 86_400_000
    # Two batches: one batch may not span more than 24 hours.
    r = logs.put_log_events(logGroupName=group, logStreamName="s", logEvents=[{"timestamp": old, "message": "old"}])
    assert "rejectedLogEventsInfo" not in r
    logs.put_log_events(logGroupName=group, logStreamName="s", logEvents=[{"timestamp": now_ms(), "message": "new"}])
    assert len(logs.filter_log_events(logGroupName=group)["events"]) == 2
    logs.put_retention_policy(logGroupName=group, retentionInDays=1)
    assert [e["message"] for e in logs.filter_log_events(logGroupName=group)["events"]] == ["new"]
    r = logs.put_log_events(logGroupName=group, logStreamName="s", logEvents=[{"timestamp": old, "message": "old again"}])
    assert r["rejectedLogEventsInfo"] == {"expiredLogEventEndIndex": 1}
    logs.delete_retention_policy(logGroupName=group)
    assert "retentionInDays" not in logs.describe_log_groups(logGroupNamePrefix=group)["logGroups"][0]


def test_unimplemented_operations_say_so(logs, group):
    expect_error(logs.describe_destinations, "NotImplemented", 501)


def test_metric_filters_and_test_metric_filter(logs, group):
    logs.put_metric_filter(logGroupName=group, filterName="bytes", filterPattern="[ip, user, status = 5*, bytes > 1000]",
                           metricTransformations=[{"metricName": "Bytes", "metricNamespace": "Web", "metricValue": "$bytes",
                                                   "unit": "Bytes", "dimensions": {"Status": "$status"}}])
    described = logs.describe_metric_filters(logGroupName=group)["metricFilters"]
    assert [f["filterName"] for f in described] == ["bytes"]
    assert described[0]["metricTransformations"][0]["dimensions"] == {"Status": "$status"}
    tested = logs.test_metric_filter(filterPattern="{ $.latency > 100 }",
                                     logEventMessages=[json.dumps({"latency": 150}), json.dumps({"latency": 50}), "not json"])
    assert [(m["eventNumber"], m["extractedValues"]) for m in tested["matches"]] == [(1, {"$.latency": "150"})]
    expect_error(logs.put_metric_filter, "InvalidParameterException", 400, logGroupName=group, filterName="bad", filterPattern="%(a)%",
                 metricTransformations=[{"metricName": "M", "metricNamespace": "N", "metricValue": "1"}])
    expect_error(logs.delete_metric_filter, "ResourceNotFoundException", 400, logGroupName=group, filterName="none")


def test_insights_query_completes_with_results(logs, group):
    logs.create_log_stream(logGroupName=group, logStreamName="s")
    put(logs, group, "s", json.dumps({"level": "ERROR", "ms": 30}), json.dumps({"level": "INFO", "ms": 10}),
        json.dumps({"level": "ERROR", "ms": 50}))
    now = int(time.time())
    query_id = logs.start_query(logGroupName=group, startTime=now - 600, endTime=now + 60,
                                queryString="filter level = 'ERROR' | stats count(*) as n, max(ms) as slowest")["queryId"]
    result = logs.get_query_results(queryId=query_id)
    assert result["status"] == "Complete"
    assert result["results"] == [[{"field": "n", "value": "2"}, {"field": "slowest", "value": "50"}]]
    assert result["statistics"]["recordsScanned"] == 3.0
    expect_error(logs.start_query, "MalformedQueryException", 400, logGroupName=group, startTime=now - 600, endTime=now,
                 queryString="stats count(*) by")


def test_cli_round_trip(cli, logs):
    name = "/stratus/" + unique_name("cli")
    assert cli("logs", "create-log-group", "--log-group-name", name).returncode == 0
    assert cli("logs", "create-log-stream", "--log-group-name", name, "--log-stream-name", "s").returncode == 0
    events = json.dumps([{"timestamp": now_ms(), "message": "hello from the CLI"}])
    assert cli("logs", "put-log-events", "--log-group-name", name, "--log-stream-name", "s", "--log-events", events).returncode == 0
    got = cli("logs", "get-log-events", "--log-group-name", name, "--log-stream-name", "s")
    assert [e["message"] for e in got.json["events"]] == ["hello from the CLI"]
    bad = cli("logs", "create-log-group", "--log-group-name", name)
    assert bad.returncode != 0 and "ResourceAlreadyExistsException" in bad.stderr
    assert cli("logs", "put-metric-filter", "--log-group-name", name, "--filter-name", "hello", "--filter-pattern", "hello",
               "--metric-transformations", "metricName=Hellos,metricNamespace=Cli,metricValue=1").returncode == 0
    tested = cli("logs", "test-metric-filter", "--filter-pattern", "[who, greeting = hi*]", "--log-event-messages", "ada hiya", "bob bye")
    assert [m["extractedValues"] for m in tested.json["matches"]] == [{"$who": "ada", "$greeting": "hiya"}]
    now = int(time.time())
    started = cli("logs", "start-query", "--log-group-name", name, "--start-time", str(now - 600), "--end-time", str(now + 60),
                  "--query-string", "fields @message | filter @message like /CLI/")
    results = cli("logs", "get-query-results", "--query-id", started.json["queryId"])
    assert results.json["status"] == "Complete"
    assert [f["value"] for f in results.json["results"][0] if f["field"] == "@message"] == ["hello from the CLI"]
    malformed = cli("logs", "start-query", "--log-group-name", name, "--start-time", str(now - 600), "--end-time", str(now),
                    "--query-string", "fields @message | sort")
    assert malformed.returncode != 0 and "MalformedQueryException" in malformed.stderr
    logs.delete_log_group(logGroupName=name)
