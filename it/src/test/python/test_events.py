"""EventBridge through boto3 and the AWS CLI: rules whose patterns deliver PutEvents entries to SQS
queues and Lambda functions in AWS's envelope, Input / InputPath / InputTransformer, custom buses,
listings, and AWS's answers to bad input. Schedules are out of scope here.

Sources of the expected answers (cited beside each assertion):
  [LS-events]   LocalStack's AWS-recorded snapshot tests/aws/services/events/test_events.snapshot.json
                (github.com/localstack/localstack, recorded against AWS 2024-12-06)
  [LS-patterns] tests/aws/services/events/test_events_patterns.snapshot.json (recorded 2024-11/12)
  [LS-inputs]   tests/aws/services/events/test_events_inputs.snapshot.json (recorded 2024-05/06)
  [Docs-transform] EventBridge User Guide "Transforming target input": table of templates and outputs
  [Docs-filtering] EventBridge User Guide "Content filtering in event patterns"
  [Issue-bus]   aws/aws-cli#9186 (2025-01), aws/aws-sdk#186: PutEvents to a missing bus answers an EventId,
                FailedEntryCount 0, and the event is dropped
  [Issue-source] aws-samples/serverless-patterns#3089, prowler-cloud/prowler#12471: "aws." sources are refused
                per entry with NotAuthorizedForSourceException
  [Issue-fifo]  awslabs/aws-ddk#183: "Parameter(s) SqsParameters must be specified for target: Target0."
                with Status Code 400 (a refused request)
  [Issue-rule]  TerraConstructs/base#88, turbot/steampipe-plugin-aws#1591: "Rule X does not exist on EventBus default."
  [LS-permission] [LS-events]'s TestEventBus::test_put_permission, test_remove_permission, test_remove_permission_non_existing_sid,
                test_put_permission_non_existing_event_bus: statements as Sid, Effect, Principal {"AWS": "arn:aws:iam::ACCOUNT:root"}
                or "*", Action, Resource; "*" needs no Condition; a Policy document replaces every statement; no Policy after
                RemoveAllPermissions, which is an error on a bus without a policy (that AWS-validated test's comment)
  [TF-permission] hashicorp/terraform-provider-aws internal/service/events/permission.go, permission_test.go (acceptance tests
                against AWS): PutPermission with an existing StatementId updates it; Condition reads back as
                {"StringEquals": {"aws:PrincipalOrgID": "o-..."}}
  [Docs-permission] EventBridge API reference, PutPermission: only events:PutEvents; a policy of at most 10 KB
  [moto]        getmoto/moto moto/events/models.py: "Provided value in parameter 'action' is not supported.", "This policy
                contains invalid Json", "EventBus does not have a policy." (no AWS recording of these texts was found)
"""
import io
import json
import os
import re
import time
import uuid
import zipfile
from datetime import datetime, timezone

import pytest

from conftest import _client, ACCOUNT, allow_service, any_source_of, cli_failed, cli_ok, expect_error, LAMBDA_ROLE, log_messages, package, REGION, unique_name

ROLE = LAMBDA_ROLE
ENVELOPE_KEYS = ["version", "id", "detail-type", "source", "account", "time", "region", "resources", "detail"]
TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


@pytest.fixture(scope="session")
def events():
    """A boto3 EventBridge client against Stratus, no retries."""
    return _client("events")


@pytest.fixture(scope="session")
def events_unvalidated():
    """A client that skips botocore's parameter validation, to reach the server with bad input."""
    return _client("events", parameter_validation=False)



@pytest.fixture
def target_queue(sqs, make_queue):
    """A queue EventBridge may send to (its policy lets events.amazonaws.com SendMessage for this account's rules, as AWS
    requires); (url, arn)."""

    def _make(prefix="ev", **kwargs):
        url = make_queue(prefix, **kwargs)
        return url, allow_service(sqs, url, "events.amazonaws.com", any_source_of("events.amazonaws.com"))

    return _make


@pytest.fixture
def rules(events):
    """Creates rules on the default (or a named) bus; removes their targets and deletes them afterwards."""
    created = []

    def _make(name, pattern, bus=None, **kwargs):
        args = dict(Name=name, EventPattern=json.dumps(pattern) if isinstance(pattern, dict) else pattern, **kwargs)
        if bus:
            args["EventBusName"] = bus
        arn = events.put_rule(**args)["RuleArn"]
        created.append((name, bus))
        return arn

    yield _make
    for name, bus in created:
        extra = {"EventBusName": bus} if bus else {}
        try:
            ids = [t["Id"] for t in events.list_targets_by_rule(Rule=name, **extra)["Targets"]]
            if ids:
                events.remove_targets(Rule=name, Ids=ids, **extra)
            events.delete_rule(Name=name, **extra)
        except Exception:
            pass


def receive(sqs, url, expected, timeout=30):
    """The messages that reach the queue: waits for `expected`, then one more second for any that should not have come."""
    got = []
    until = time.time() + timeout
    while len(got) < expected and time.time() < until:
        got += _take(sqs, url)
    got += _take(sqs, url)
    return got


def _take(sqs, url):
    ms = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1,
                             MessageSystemAttributeNames=["MessageGroupId"]).get("Messages", [])
    for m in ms:
        sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
    return ms


def bodies(sqs, url, expected):
    return [m["Body"] for m in receive(sqs, url, expected)]


def accepted(events, *entries):
    r = events.put_events(Entries=list(entries))
    assert r["FailedEntryCount"] == 0, r
    assert len(r["Entries"]) == len(entries)
    return [e["EventId"] for e in r["Entries"]]


def assert_envelope(event, event_id, source, detail_type, detail):
    # [LS-events] every recorded delivery has these keys, in this order.
    assert list(event) == ENVELOPE_KEYS, event
    assert event["version"] == "0"
    assert event["id"] == event_id
    assert event["detail-type"] == detail_type
    assert event["source"] == source
    assert event["account"] == ACCOUNT
    # [LS-events] test_put_events_time: "time" is whole seconds with a Z.
    assert TIME.fullmatch(event["time"]), event["time"]
    assert event["region"] == REGION
    assert isinstance(event["resources"], list)
    assert event["detail"] == detail



def test_ec2_style_pattern_delivers_exactly_the_matching_entry_with_boto3(events, sqs, rules, target_queue):
    # "aws." sources are AWS's own and PutEvents refuses them [Issue-source]: the EC2-shaped pattern runs on a custom source.
    source = unique_name("stratus.ec2")
    name = unique_name("ec2-stopped")
    arn = rules(name, {"source": [source], "detail-type": ["EC2 Instance State-change Notification"], "detail": {"state": ["stopped"]}})
    assert arn == f"arn:aws:events:{REGION}:{ACCOUNT}:rule/{name}"
    url, qarn = target_queue("ec2")
    put = events.put_targets(Rule=name, Targets=[{"Id": "q", "Arn": qarn}])
    assert (put["FailedEntryCount"], put["FailedEntries"]) == (0, [])  # [LS-events] put-target
    stopped = {"instance-id": "i-0123456789", "state": "stopped"}
    resource = f"arn:aws:ec2:{REGION}:{ACCOUNT}:instance/i-0123456789"
    ids = accepted(events,
                   {"Source": source, "DetailType": "EC2 Instance State-change Notification", "Detail": json.dumps(stopped), "Resources": [resource]},
                   {"Source": source, "DetailType": "EC2 Instance State-change Notification", "Detail": json.dumps({"state": "running"})},
                   {"Source": source + "-other", "DetailType": "EC2 Instance State-change Notification", "Detail": json.dumps(stopped)})
    got = bodies(sqs, url, 1)
    assert len(got) == 1, got
    event = json.loads(got[0])
    assert_envelope(event, ids[0], source, "EC2 Instance State-change Notification", stopped)
    assert event["resources"] == [resource]


def test_entry_time_is_the_envelope_time_with_boto3(events, sqs, rules, target_queue):
    source = unique_name("stratus.time")
    name = unique_name("time")
    rules(name, {"source": [source]})
    url, qarn = target_queue("time")
    events.put_targets(Rule=name, Targets=[{"Id": "q", "Arn": qarn}])
    [event_id] = accepted(events, {"Source": source, "DetailType": "t", "Detail": '{"message": "dated"}',
                                   "Time": datetime(2022, 1, 1, tzinfo=timezone.utc)})
    event = json.loads(bodies(sqs, url, 1)[0])
    assert_envelope(event, event_id, source, "t", {"message": "dated"})
    # [LS-events] test_put_events_time: "time" == "2022-01-01T00:00:00Z"; no Resources gives "resources": [].
    assert event["time"] == "2022-01-01T00:00:00Z"
    assert event["resources"] == []


PATTERN_CASES = [
    # [Docs-filtering] and LocalStack's AWS-validated event_pattern_templates.
    ("prefix", {"region": [{"prefix": "us-"}]}, {"region": "us-west-2"}, True),
    ("prefix-miss", {"region": [{"prefix": "us-"}]}, {"region": "eu-west-1"}, False),
    ("suffix", {"file": [{"suffix": ".png"}]}, {"file": "photo.png"}, True),
    ("suffix-miss", {"file": [{"suffix": ".png"}]}, {"file": "photo.jpg"}, False),
    ("anything-but", {"state": [{"anything-but": ["stopped", "overloaded"]}]}, {"state": "running"}, True),
    ("anything-but-miss", {"state": [{"anything-but": ["stopped", "overloaded"]}]}, {"state": "stopped"}, False),
    ("anything-but-null", {"command": [{"anything-but": ["no-message"]}]}, {"command": None}, True),
    ("anything-but-prefix", {"state": [{"anything-but": {"prefix": "init"}}]}, {"state": "initializing"}, False),
    ("numeric", {"c-count": [{"numeric": [">", 0, "<=", 5]}]}, {"c-count": 5}, True),
    ("numeric-miss", {"c-count": [{"numeric": [">", 0, "<=", 5]}]}, {"c-count": 0}, False),
    ("numeric-string", {"c-count": [{"numeric": [">", 0, "<=", 5]}]}, {"c-count": "3"}, False),
    ("exists", {"key": [{"exists": True}]}, {"key": "value"}, True),
    ("exists-miss", {"key": [{"exists": True}]}, {"other": "value"}, False),
    ("not-exists", {"key": [{"exists": False}]}, {"other": "value"}, True),
    ("cidr", {"ip": [{"cidr": "10.0.0.0/24"}]}, {"ip": "10.0.0.255"}, True),
    ("cidr-miss", {"ip": [{"cidr": "10.0.0.0/24"}]}, {"ip": "10.0.1.1"}, False),
    ("ignore-case", {"name": [{"equals-ignore-case": "Alice"}]}, {"name": "ALICE"}, True),
    ("wildcard", {"path": [{"wildcard": "dir/*.png"}]}, {"path": "dir/a/b.png"}, True),
    ("wildcard-miss", {"path": [{"wildcard": "dir/*.png"}]}, {"path": "dir/a/b.jpg"}, False),
    ("or", {"$or": [{"c-count": [{"numeric": [">", 0]}]}, {"d-count": [{"numeric": ["<", 10]}]}]}, {"c-count": 0, "d-count": 9}, True),
    ("or-miss", {"$or": [{"c-count": [{"numeric": [">", 0]}]}, {"d-count": [{"numeric": ["<", 10]}]}]}, {"c-count": 0, "d-count": 10}, False),
]


def sample_event(source, detail):
    return json.dumps({"version": "0", "id": str(uuid.uuid4()), "detail-type": "Test", "source": source, "account": ACCOUNT,
                       "time": "2024-01-01T00:00:00Z", "region": REGION, "resources": [], "detail": detail})


@pytest.mark.parametrize("name,pattern,detail,matches", PATTERN_CASES, ids=[c[0] for c in PATTERN_CASES])
def test_test_event_pattern_with_boto3(events, name, pattern, detail, matches):
    r = events.test_event_pattern(EventPattern=json.dumps({"detail": pattern}), Event=sample_event("stratus.test", detail))
    assert r["Result"] is matches


def test_rules_deliver_what_the_pattern_language_matches_with_boto3(events, sqs, rules, target_queue):
    source = unique_name("stratus.lang")
    url, qarn = target_queue("lang")
    # One rule per case, all sending to one queue with the case name as a constant Input.
    for name, pattern, _, _ in PATTERN_CASES:
        rule = unique_name("lang")
        rules(rule, {"source": [source], "detail-type": [name], "detail": pattern})
        events.put_targets(Rule=rule, Targets=[{"Id": "q", "Arn": qarn, "Input": json.dumps({"case": name})}])
    entries = [{"Source": source, "DetailType": name, "Detail": json.dumps(detail)} for name, _, detail, _ in PATTERN_CASES]
    for i in range(0, len(entries), 10):
        accepted(events, *entries[i:i + 10])
    expected = sorted(name for name, _, _, matches in PATTERN_CASES if matches)
    got = sorted(json.loads(b)["case"] for b in bodies(sqs, url, len(expected)))
    assert got == expected


def test_put_events_to_a_bus_that_does_not_exist_is_accepted_and_dropped_with_boto3(events, sqs, rules, target_queue):
    # [Issue-bus]; [LS-events] test_put_events_nonexistent_event_bus: both entries get an EventId, FailedEntryCount 0.
    source = unique_name("stratus.nobus")
    name = unique_name("nobus")
    rules(name, {"source": [source]})
    url, qarn = target_queue("nobus")
    events.put_targets(Rule=name, Targets=[{"Id": "q", "Arn": qarn}])
    missing = unique_name("no-such-bus")
    r = events.put_events(Entries=[{"Source": source, "DetailType": "for the default bus", "Detail": "{}"},
                                   {"Source": source, "DetailType": "for the missing bus", "Detail": "{}", "EventBusName": missing}])
    assert r["FailedEntryCount"] == 0, r
    assert all("EventId" in e and "ErrorCode" not in e for e in r["Entries"]), r
    got = bodies(sqs, url, 1)
    assert [json.loads(b)["detail-type"] for b in got] == ["for the default bus"]
    expect_error(events.describe_event_bus, "ResourceNotFoundException", 400, message=f"Event bus {missing} does not exist.", Name=missing)


# -------------------------------------------------------------------------------------------------
# Input, InputPath, InputTransformer
# -------------------------------------------------------------------------------------------------

def test_input_input_path_and_input_transformer_with_boto3(events, sqs, rules, target_queue):
    source = unique_name("stratus.input")
    name = unique_name("input")
    rule_arn = rules(name, {"source": [source]})
    queues = {k: target_queue(k) for k in ("constant", "path", "leaf", "text", "object")}
    paths = {"instance": "$.detail.instance-id", "state": "$.detail.state", "count": "$.detail.count"}
    events.put_targets(Rule=name, Targets=[
        {"Id": "constant", "Arn": queues["constant"][1], "Input": '{"fixed": true}'},
        {"Id": "path", "Arn": queues["path"][1], "InputPath": "$.detail"},
        {"Id": "leaf", "Arn": queues["leaf"][1], "InputPath": "$.detail.payload.sf_id"},
        # [Docs-transform] "Simple string".
        {"Id": "text", "Arn": queues["text"][1], "InputTransformer": {"InputPathsMap": paths, "InputTemplate": '"instance <instance> is in <state>"'}},
        # [Docs-transform] "JSON with strings and variables" / "a mix of variables and static information".
        {"Id": "object", "Arn": queues["object"][1], "InputTransformer": {"InputPathsMap": paths, "InputTemplate":
            '{"instance": <instance>, "state": "<state>", "list": [9, <state>, true], "count": <count>, "rule": <aws.events.rule-name>}'}},
    ])
    detail = {"instance-id": "i-0123456789", "state": "RUNNING", "count": 3, "payload": {"sf_id": "baz"}}
    accepted(events, {"Source": source, "DetailType": "EC2 Instance State-change Notification", "Detail": json.dumps(detail)})

    assert json.loads(bodies(sqs, queues["constant"][0], 1)[0]) == {"fixed": True}
    assert json.loads(bodies(sqs, queues["path"][0], 1)[0]) == detail  # [LS-inputs] test_put_events_with_input_path
    assert bodies(sqs, queues["leaf"][0], 1) == ['"baz"']  # [LS-inputs] test_put_events_with_input_path_max_level_depth
    assert bodies(sqs, queues["text"][0], 1) == ['"instance i-0123456789 is in RUNNING"']
    body = bodies(sqs, queues["object"][0], 1)[0]
    assert json.loads(body) == {"instance": "i-0123456789", "state": "RUNNING", "list": [9, "RUNNING", True], "count": 3, "rule": name}, body
    assert rule_arn.endswith("/" + name)


def test_put_targets_bad_input_with_boto3(events, events_unvalidated, rules, target_queue):
    name = unique_name("bad-targets")
    rules(name, {"source": [name]})
    _, qarn = target_queue("bad")
    # [LS-inputs] test_put_event_input_path_and_input_transformer.
    expect_error(events.put_targets, "ValidationException", 400,
                 message="Only one of Input, InputPath, or InputTransformer must be provided for target both.",
                 Rule=name, Targets=[{"Id": "both", "Arn": qarn, "InputPath": "$.detail",
                                      "InputTransformer": {"InputPathsMap": {"c": "$.detail.c"}, "InputTemplate": '{"c": <c>}'}}])
    # [LS-inputs] test_put_events_with_input_transformer_missing_keys.
    expect_error(events_unvalidated.put_targets, "ValidationException", 400,
                 message="InputTemplate for target undefined contains invalid placeholder notdefinedkey.",
                 Rule=name, Targets=[{"Id": "undefined", "Arn": qarn, "InputTransformer": {
                     "InputPathsMap": {"detail-type": "$.detail-type"},
                     "InputTemplate": '"Event of <detail-type> type, with not defined key <notdefinedkey>"'}}])
    # [LS-events] test_add_exceed_fife_targets_per_rule.
    expect_error(events.put_targets, "LimitExceededException", 400, message="The requested resource exceeds the maximum number allowed.",
                 Rule=name, Targets=[{"Id": f"t{i}", "Arn": qarn} for i in range(6)])
    # [Issue-fifo]
    _, fifo_arn = target_queue("bad", fifo=True, attributes={"ContentBasedDeduplication": "true"})
    expect_error(events.put_targets, "ValidationException", 400, message="Parameter(s) SqsParameters must be specified for target: fifo.",
                 Rule=name, Targets=[{"Id": "fifo", "Arn": fifo_arn}])
    assert events.list_targets_by_rule(Rule=name)["Targets"] == []
    missing = unique_name("no-such-rule")
    # [LS-events] test_describe_nonexistent_rule; [Issue-rule].
    for call, kwargs in ((events.describe_rule, {"Name": missing}), (events.list_targets_by_rule, {"Rule": missing}),
                         (events.put_targets, {"Rule": missing, "Targets": [{"Id": "q", "Arn": qarn}]})):
        expect_error(call, "ResourceNotFoundException", 400, message=f"Rule {missing} does not exist on EventBus default.", **kwargs)
    events.put_targets(Rule=name, Targets=[{"Id": "q", "Arn": qarn}])
    # [LS-events] test_delete_rule_with_targets.
    expect_error(events.delete_rule, "ValidationException", 400, message="Rule can't be deleted since it has targets.", Name=name)


# -------------------------------------------------------------------------------------------------
# Lambda, FIFO, custom buses
# -------------------------------------------------------------------------------------------------


def test_lambda_target_is_invoked_with_the_event_with_boto3(events, awslambda, logs, rules):
    function = unique_name("events-fn")
    fn_arn = awslambda.create_function(FunctionName=function, Runtime="python3.12", Handler="app.handler", Role=ROLE,
                                       Code={"ZipFile": package("python")})["FunctionArn"]
    try:
        awslambda.get_waiter("function_active_v2").wait(FunctionName=function, WaiterConfig={"Delay": 1, "MaxAttempts": 30})
        source = unique_name("stratus.lambda")
        name = unique_name("to-lambda")
        rule_arn = rules(name, {"source": [source]})
        awslambda.add_permission(FunctionName=function, StatementId="events", Action="lambda:InvokeFunction",
                                 Principal="events.amazonaws.com", SourceArn=rule_arn)
        events.put_targets(Rule=name, Targets=[{"Id": "fn", "Arn": fn_arn}])
        detail = {"order": 42}
        [event_id] = accepted(events, {"Source": source, "DetailType": "Order Placed", "Detail": json.dumps(detail)})
        # The sample function echoes an event without "action": `echo <json.dumps(event)>`.
        line = next(m for m in log_messages(logs, function, event_id) if m.startswith("echo ") and event_id in m)
        assert_envelope(json.loads(line[len("echo "):]), event_id, source, "Order Placed", detail)
    finally:
        awslambda.delete_function(FunctionName=function)


def test_fifo_target_gets_the_message_group_id_with_boto3(events, sqs, rules, target_queue):
    source = unique_name("stratus.fifo")
    name = unique_name("fifo")
    rules(name, {"source": [source]})
    # SqsParameters: "the queue must have content-based deduplication enabled".
    url, qarn = target_queue("fifo", fifo=True, attributes={"ContentBasedDeduplication": "true"})
    events.put_targets(Rule=name, Targets=[{"Id": "fifo", "Arn": qarn, "SqsParameters": {"MessageGroupId": "orders"}}])
    ids = accepted(events, {"Source": source, "DetailType": "one", "Detail": "{}"}, {"Source": source, "DetailType": "two", "Detail": "{}"})
    got = receive(sqs, url, 2)
    assert sorted(json.loads(m["Body"])["id"] for m in got) == sorted(ids)
    assert all(m["Attributes"]["MessageGroupId"] == "orders" for m in got)


def test_custom_bus_with_boto3(events, sqs, rules, target_queue):
    bus = unique_name("bus")
    bus_arn = events.create_event_bus(Name=bus)["EventBusArn"]
    try:
        assert bus_arn == f"arn:aws:events:{REGION}:{ACCOUNT}:event-bus/{bus}"
        # [LS-events] test_create_multiple_event_buses_same_name.
        expect_error(events.create_event_bus, "ResourceAlreadyExistsException", 400, message=f"Event bus {bus} already exists.", Name=bus)
        assert [b["Name"] for b in events.list_event_buses(NamePrefix=bus)["EventBuses"]] == [bus]
        source = unique_name("stratus.bus")
        name = unique_name("on-bus")
        arn = rules(name, {"source": [source]}, bus=bus)
        assert arn == f"arn:aws:events:{REGION}:{ACCOUNT}:rule/{bus}/{name}"
        url, qarn = target_queue("bus")
        events.put_targets(Rule=name, EventBusName=bus, Targets=[{"Id": "q", "Arn": qarn}])
        ids = accepted(events, {"Source": source, "DetailType": "custom", "Detail": "{}", "EventBusName": bus},
                       {"Source": source, "DetailType": "default", "Detail": "{}"})
        got = bodies(sqs, url, 1)
        assert [json.loads(b)["id"] for b in got] == [ids[0]]
        described = events.describe_rule(Name=name, EventBusName=bus)
        assert (described["Arn"], described["EventBusName"], described["State"]) == (arn, bus, "ENABLED")
        # [Issue-rule] without EventBusName the rule is looked up on the default bus.
        expect_error(events.describe_rule, "ResourceNotFoundException", 400, message=f"Rule {name} does not exist on EventBus default.", Name=name)
    finally:
        for r in events.list_rules(EventBusName=bus)["Rules"]:
            ids = [t["Id"] for t in events.list_targets_by_rule(Rule=r["Name"], EventBusName=bus)["Targets"]]
            if ids:
                events.remove_targets(Rule=r["Name"], EventBusName=bus, Ids=ids)
            events.delete_rule(Name=r["Name"], EventBusName=bus)
        events.delete_event_bus(Name=bus)
    # [LS-events] test_delete_default_event_bus / test_describe_delete_not_existing_event_bus.
    expect_error(events.delete_event_bus, "ValidationException", 400, message="Cannot delete event bus default.", Name="default")
    expect_error(events.describe_event_bus, "ResourceNotFoundException", 400, message=f"Event bus {bus} does not exist.", Name=bus)


# -------------------------------------------------------------------------------------------------
# Bus policies (kept as AWS writes them; nothing enforces them before Stratus has IAM)
# -------------------------------------------------------------------------------------------------

def bus_arn(bus):
    return f"arn:aws:events:{REGION}:{ACCOUNT}:event-bus/{bus}"


def statement(sid, principal, bus, org_id=None):
    """The statement PutPermission writes [LS-permission]; an organization condition as [TF-permission] reads it back."""
    s = {"Sid": sid, "Effect": "Allow", "Principal": "*" if principal == "*" else {"AWS": f"arn:aws:iam::{principal}:root"},
         "Action": "events:PutEvents", "Resource": bus_arn(bus)}
    if org_id:
        s["Condition"] = {"StringEquals": {"aws:PrincipalOrgID": org_id}}
    return s


def described_policy(events, bus):
    described = events.describe_event_bus(Name=bus)
    return json.loads(described["Policy"]) if "Policy" in described else None


@pytest.fixture
def bus(events):
    name = unique_name("policy")
    events.create_event_bus(Name=name)
    yield name
    events.delete_event_bus(Name=name)


def test_bus_policies_with_boto3(events, bus):
    assert described_policy(events, bus) is None  # [LS-permission]
    events.put_permission(EventBusName=bus, Action="events:PutEvents", Principal="111122223333", StatementId="partner")
    events.put_permission(EventBusName=bus, Action="events:PutEvents", Principal="*", StatementId="org",
                          Condition={"Type": "StringEquals", "Key": "aws:PrincipalOrgID", "Value": "o-1234567890"})
    assert described_policy(events, bus) == {"Version": "2012-10-17", "Statement": [
        statement("partner", "111122223333", bus), statement("org", "*", bus, "o-1234567890")]}
    # [TF-permission] the same StatementId again replaces that statement.
    events.put_permission(EventBusName=bus, Action="events:PutEvents", Principal="444455556666", StatementId="partner")
    assert described_policy(events, bus)["Statement"] == [statement("partner", "444455556666", bus), statement("org", "*", bus, "o-1234567890")]
    # [LS-permission] test_remove_permission.
    events.remove_permission(EventBusName=bus, StatementId="partner")
    assert described_policy(events, bus)["Statement"] == [statement("org", "*", bus, "o-1234567890")]
    # [LS-permission] put-permission-policy: a document replaces every statement.
    document = {"Version": "2012-10-17", "Statement": [{"Sid": "whole", "Effect": "Allow", "Principal": {"Service": "events.amazonaws.com"},
                                                        "Action": "events:ListRules", "Resource": "*"}]}
    events.put_permission(EventBusName=bus, Policy=json.dumps(document))
    assert described_policy(events, bus) == document
    events.remove_permission(EventBusName=bus, RemoveAllPermissions=True)
    assert described_policy(events, bus) is None


def test_bus_policy_refusals_with_boto3(events, bus):
    missing = unique_name("no-such-bus")
    # [LS-permission] test_put_permission_non_existing_event_bus.
    expect_error(events.put_permission, "ResourceNotFoundException", 400, message=f"Event bus {missing} does not exist.",
                 EventBusName=missing, Action="events:PutEvents", Principal="*", StatementId="s")
    # The model's patterns in AWS's validation form ([LS-events] test_create_connection_validations).
    expect_error(events.put_permission, "ValidationException", 400,
                 message="1 validation error detected: Value 'bad id!' at 'statementId' failed to satisfy constraint: "
                         "Member must satisfy regular expression pattern: [a-zA-Z0-9-_]+",
                 EventBusName=bus, Action="events:PutEvents", Principal="*", StatementId="bad id!")
    expect_error(events.put_permission, "ValidationException", 400,
                 message="1 validation error detected: Value 'abcdefghijkl' at 'principal' failed to satisfy constraint: "
                         r"Member must satisfy regular expression pattern: (\d{12}|\*)",
                 EventBusName=bus, Action="events:PutEvents", Principal="abcdefghijkl", StatementId="s")
    # [Docs-permission] only events:PutEvents; the text is [moto]'s.
    expect_error(events.put_permission, "ValidationException", 400, message="Provided value in parameter 'action' is not supported.",
                 EventBusName=bus, Action="events:ListRules", Principal="*", StatementId="s")
    expect_error(events.put_permission, "ValidationException", 400, message="This policy contains invalid Json",  # [moto]
                 EventBusName=bus, Policy="{not json")
    # [Docs-permission] 10 KB at most.
    expect_error(events.put_permission, "PolicyLengthExceededException", 400,
                 EventBusName=bus, Policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Sid": "s" * 10240}]}))
    assert described_policy(events, bus) is None, "nothing refused was written"
    # [LS-permission] test_remove_permission_non_existing_sid[False-custom] and [True-custom]: with or without a policy.
    expect_error(events.remove_permission, "ResourceNotFoundException", 400, message="Statement with the provided id does not exist.",
                 EventBusName=bus, StatementId="non-existing-sid")
    events.put_permission(EventBusName=bus, Action="events:PutEvents", Principal="111122223333", StatementId="kept")
    expect_error(events.remove_permission, "ResourceNotFoundException", 400, message="Statement with the provided id does not exist.",
                 EventBusName=bus, StatementId="non-existing-sid")
    events.remove_permission(EventBusName=bus, RemoveAllPermissions=True)
    # [LS-permission] an error without a policy; the text is [moto]'s.
    expect_error(events.remove_permission, "ResourceNotFoundException", 400, message="EventBus does not have a policy.",
                 EventBusName=bus, RemoveAllPermissions=True)


def test_deleting_a_bus_drops_its_policy_with_boto3(events):
    name = unique_name("dropped")
    events.create_event_bus(Name=name)
    events.put_permission(EventBusName=name, Action="events:PutEvents", Principal="111122223333", StatementId="gone")
    events.delete_event_bus(Name=name)
    events.create_event_bus(Name=name)
    try:
        assert described_policy(events, name) is None
    finally:
        events.delete_event_bus(Name=name)


# -------------------------------------------------------------------------------------------------
# Bad input through boto3
# -------------------------------------------------------------------------------------------------

def test_put_events_refusals_with_boto3(events):
    source = unique_name("stratus.bad")
    r = events.put_events(Entries=[
        {"DetailType": "t", "Detail": "{}"},
        {"Source": source, "Detail": "{}"},
        {"Source": source, "DetailType": "t"},
        {"Source": source, "DetailType": "t", "Detail": "[]"},
        {"Source": source, "DetailType": "t", "Detail": "{}"},
    ])
    assert r["FailedEntryCount"] == 4, r
    # [LS-events] test_put_events_without_source / _without_detail_type / _without_detail / test_put_event_malformed_detail[ARRAY].
    assert r["Entries"][:4] == [
        {"ErrorCode": "InvalidArgument", "ErrorMessage": "Parameter Source is not valid. Reason: Source is a required argument."},
        {"ErrorCode": "InvalidArgument", "ErrorMessage": "Parameter DetailType is not valid. Reason: DetailType is a required argument."},
        {"ErrorCode": "InvalidArgument", "ErrorMessage": "Parameter Detail is not valid. Reason: Detail is a required argument."},
        {"ErrorCode": "MalformedDetail", "ErrorMessage": "Detail is malformed."},
    ]
    assert set(r["Entries"][4]) == {"EventId"}
    # [Issue-source]
    r = events.put_events(Entries=[{"Source": "aws.ec2", "DetailType": "EC2 Instance State-change Notification", "Detail": "{}"}])
    assert r["FailedEntryCount"] == 1 and r["Entries"][0]["ErrorCode"] == "NotAuthorizedForSourceException", r
    # [LS-events] test_put_events_exceed_limit_ten_entries (the entries' text in AWS's message is AWS's own; the frame is asserted).
    err = expect_error(events.put_events, "ValidationException", 400, Entries=[{"Source": source, "DetailType": "t", "Detail": "{}"}] * 11)
    assert re.fullmatch(r"1 validation error detected: Value '\[.*\]' at 'entries' failed to satisfy constraint: "
                        r"Member must have length less than or equal to 10", err["Message"], re.S), err["Message"]
    # [LS-events] test_put_event_with_too_big_detail: refused as a whole. Over 1 MB, so over the old 256 KB and the 2026 1 MB limit.
    expect_error(events.put_events, "ValidationException", 400, message="Total size of the entries in the request is over the limit.",
                 Entries=[{"Source": source, "DetailType": "t", "Detail": json.dumps({"payload": ["p" * (1024 * 1024)]})}])


def test_put_rule_and_test_event_pattern_refusals_with_boto3(events, events_unvalidated):
    name = unique_name("bad-rule")
    # [LS-patterns] test_event_pattern[int_nolist_EXC]; AWS appends "\n at [Source: ...]": the reason is a prefix.
    err = expect_error(events.put_rule, "InvalidEventPatternException", 400, Name=name, EventPattern='{"int": 42}')
    assert err["Message"].startswith('Event pattern is not valid. Reason: "int" must be an object or an array'), err
    # [LS-patterns] test_invalid_json_event_pattern[[...]]
    err = expect_error(events.test_event_pattern, "InvalidEventPatternException", 400,
                       EventPattern='["not", "a", "dict", "but valid json"]', Event=sample_event("x", {}))
    assert err["Message"].startswith("Event pattern is not valid. Reason: Filter is not an object"), err
    # [LS-patterns] test_invalid_event_payload / test_plain_string_payload.
    for event in ('{"testEvent": "value"}', "plain string"):
        expect_error(events.test_event_pattern, "ValidationException", 400, message="Parameter Event is not valid.",
                     EventPattern='{"source": ["x"]}', Event=event)
    expect_error(events.put_rule, "ValidationException", 400, message="Parameter(s) EventPattern or ScheduleExpression must be specified.",
                 Name=name)
    bus = unique_name("no-such-bus")
    expect_error(events.put_rule, "ResourceNotFoundException", 400, message=f"Event bus {bus} does not exist.",
                 Name=name, EventBusName=bus, EventPattern='{"source": ["x"]}')
    expect_error(events_unvalidated.put_rule, "ValidationException", 400,
                 message="1 validation error detected: Value 'SOMETIMES' at 'state' failed to satisfy constraint: "
                         "Member must satisfy enum value set: [ENABLED, DISABLED, ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS]",
                 Name=name, EventPattern='{"source": ["x"]}', State="SOMETIMES")
    assert events.list_rules(NamePrefix=name)["Rules"] == []


# -------------------------------------------------------------------------------------------------
# The AWS CLI
# -------------------------------------------------------------------------------------------------

def test_aws_cli_rules_targets_events_and_errors(cli, sqs, target_queue, tmp_path):
    source = unique_name("stratus.cli")
    name = unique_name("cli")
    pattern = {"source": [source], "detail": {"state": ["stopped"]}}
    arn = cli_ok(cli("events", "put-rule", "--name", name, "--event-pattern", json.dumps(pattern), "--description", "from the cli"))["RuleArn"]
    try:
        assert arn == f"arn:aws:events:{REGION}:{ACCOUNT}:rule/{name}"
        url, qarn = target_queue("cli")
        put = cli_ok(cli("events", "put-targets", "--rule", name, "--targets", json.dumps([{"Id": "q", "Arn": qarn, "InputPath": "$.detail"}])))
        assert put == {"FailedEntryCount": 0, "FailedEntries": []}  # [LS-events] put-target
        entries = tmp_path / "entries.json"
        entries.write_text(json.dumps([{"Source": source, "DetailType": "d", "Detail": json.dumps({"state": "stopped", "n": 1})},
                                       {"Source": source, "DetailType": "d", "Detail": json.dumps({"state": "running", "n": 2})}]))
        r = cli_ok(cli("events", "put-events", "--entries", f"file://{entries}"))
        assert r["FailedEntryCount"] == 0 and len(r["Entries"]) == 2, r
        assert [json.loads(b) for b in bodies(sqs, url, 1)] == [{"state": "stopped", "n": 1}]

        described = cli_ok(cli("events", "describe-rule", "--name", name))
        # [LS-events] describe-rule: Name, Arn, EventPattern, State, Description, EventBusName, CreatedBy.
        assert (described["Name"], described["Arn"], described["State"], described["EventBusName"], described["CreatedBy"],
                described["Description"]) == (name, arn, "ENABLED", "default", ACCOUNT, "from the cli")
        assert json.loads(described["EventPattern"]) == pattern
        assert [x["Name"] for x in cli_ok(cli("events", "list-rules", "--name-prefix", name))["Rules"]] == [name]
        assert name in cli_ok(cli("events", "list-rule-names-by-target", "--target-arn", qarn))["RuleNames"]
        assert cli_ok(cli("events", "list-targets-by-rule", "--rule", name))["Targets"] == [{"Id": "q", "Arn": qarn, "InputPath": "$.detail"}]
        result = cli_ok(cli("events", "test-event-pattern", "--event-pattern", json.dumps(pattern),
                        "--event", sample_event(source, {"state": "stopped"})))
        assert result == {"Result": True}

        cli_ok(cli("events", "tag-resource", "--resource-arn", arn, "--tags", "Key=team,Value=cli"))
        assert cli_ok(cli("events", "list-tags-for-resource", "--resource-arn", arn))["Tags"] == [{"Key": "team", "Value": "cli"}]
        cli_ok(cli("events", "disable-rule", "--name", name))
        assert cli_ok(cli("events", "describe-rule", "--name", name))["State"] == "DISABLED"

        # [LS-events] test_delete_rule_with_targets / test_describe_nonexistent_rule.
        cli_failed(cli("events", "delete-rule", "--name", name), "ValidationException", "DeleteRule", "Rule can't be deleted since it has targets.")
        missing = unique_name("no-such-rule")
        cli_failed(cli("events", "describe-rule", "--name", missing), "ResourceNotFoundException", "DescribeRule",
               f"Rule {missing} does not exist on EventBus default.")
        cli_failed(cli("events", "put-rule", "--name", missing, "--event-pattern", '{"int": 42}'), "InvalidEventPatternException", "PutRule")
        cli_failed(cli("events", "delete-event-bus", "--name", "default"), "ValidationException", "DeleteEventBus", "Cannot delete event bus default.")
        cli_ok(cli("events", "remove-targets", "--rule", name, "--ids", "q"))
    finally:
        cli("events", "delete-rule", "--name", name)
    assert cli_ok(cli("events", "list-rules", "--name-prefix", name))["Rules"] == []


def test_aws_cli_bus_policy_on_the_default_bus(cli):
    # Without --event-bus-name, the default bus ([Docs-permission]).
    cli_ok(cli("events", "put-permission", "--action", "events:PutEvents", "--principal", "111122223333", "--statement-id", "cli"))
    try:
        described = cli_ok(cli("events", "describe-event-bus"))
        assert described["Name"] == "default"
        assert json.loads(described["Policy"]) == {"Version": "2012-10-17", "Statement": [statement("cli", "111122223333", "default")]}
        # [LS-permission] test_remove_permission_non_existing_sid[True-default].
        cli_failed(cli("events", "remove-permission", "--statement-id", "non-existing-sid"), "ResourceNotFoundException", "RemovePermission",
               "Statement with the provided id does not exist.")
        cli_ok(cli("events", "remove-permission", "--statement-id", "cli"))
        assert "Policy" not in cli_ok(cli("events", "describe-event-bus"))
    finally:
        cli("events", "remove-permission", "--remove-all-permissions")
