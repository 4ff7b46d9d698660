"""CloudTrail through boto3 and the AWS CLI: "AWS API Call via CloudTrail" events on the default bus, event
history (LookupEvents), trails, and AWS's answers to bad input.

Sources of the expected answers:
  [Docs-Record]  the CloudTrail user guide, "CloudTrail record contents" and "userIdentity element": eventVersion,
                 userIdentity per caller (IAMUser with AIDA… principalId and userName; Root with the account),
                 eventSource, awsRegion (IAM's in us-east-1), sourceIPAddress, userAgent, requestParameters and
                 responseElements in lower camel case, readOnly, eventType AwsApiCall, managementEvent,
                 recipientAccountId, errorCode/errorMessage on failures
  [Docs-EB]      the EventBridge user guide, "AWS service events delivered via AWS CloudTrail" (source aws.<service>,
                 detail-type "AWS API Call via CloudTrail") and "Receiving read-only management events" (only rules in
                 state ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS see them)
  [Docs-API]     the CloudTrail API reference: CreateTrail (a new trail does not log until StartLogging), GetTrailStatus,
                 LookupEvents (one lookup attribute, MaxResults 1-50, newest first, CloudTrailEvent as a JSON string),
                 the botocore 1.43 cloudtrail model's error shapes (TrailNotFoundException, TrailAlreadyExistsException,
                 InvalidTrailNameException, InvalidLookupAttributesException, InvalidTimeRangeException …)
  [Docs-Names]   the CreateTrail reference's naming rules (3-128 characters, letters, digits, ._-; starts and ends with
                 a letter or digit; no adjacent special characters; not an IP address)
"""
import json
import time
import uuid
from datetime import datetime, timedelta, timezone

import boto3
import pytest
from botocore.config import Config

from conftest import _client, ACCOUNT, ENDPOINT, REGION, allow_service, cli_failed, cli_ok, expect_error

DETAIL_TYPE = "AWS API Call via CloudTrail"


def unique(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@pytest.fixture(scope="module")
def cloudtrail():
    return _client("cloudtrail")


@pytest.fixture(scope="module")
def events():
    return _client("events")


def rule_to_queue(sqs, events, pattern, state="ENABLED"):
    """A rule on the default bus sending what `pattern` matches to a new queue that lets EventBridge deliver to it."""
    url = sqs.create_queue(QueueName=unique("trail"))["QueueUrl"]
    rule = unique("rule")
    arn = events.put_rule(Name=rule, EventPattern=json.dumps(pattern), State=state)["RuleArn"]
    queue_arn = allow_service(sqs, url, "events.amazonaws.com", arn)
    events.put_targets(Rule=rule, Targets=[{"Id": "q", "Arn": queue_arn}])
    return url


def received(sqs, url, count=1, seconds=20):
    got = []
    deadline = time.time() + seconds
    while len(got) < count and time.time() < deadline:
        for m in sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1).get("Messages", []):
            got.append(json.loads(m["Body"]))
            sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
    return got


def user_with_key(iam, actions):
    """An IAM user allowed `actions`, and a boto3 IAM client signing with its access key."""
    name = unique("admin")
    iam.create_user(UserName=name)
    iam.put_user_policy(UserName=name, PolicyName="p", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": actions, "Resource": "*"}]}))
    key = iam.create_access_key(UserName=name)["AccessKey"]
    client = boto3.client("iam", endpoint_url=ENDPOINT, region_name=REGION, aws_access_key_id=key["AccessKeyId"],
                          aws_secret_access_key=key["SecretAccessKey"], config=Config(retries={"max_attempts": 1}))
    return name, key["AccessKeyId"], client


def test_a_users_create_user_reaches_a_rule_with_their_identity_and_the_roots_as_root(sqs, events, iam):
    hire, by_root = unique("hire"), unique("hire")
    url = rule_to_queue(sqs, events, {"source": ["aws.iam"], "detail-type": [DETAIL_TYPE],
                                      "detail": {"eventName": ["CreateUser"], "requestParameters": {"userName": [hire, by_root]}}})
    admin, key_id, as_admin = user_with_key(iam, ["iam:CreateUser"])
    user_id = iam.get_user(UserName=admin)["User"]["UserId"]
    made = as_admin.create_user(UserName=hire)["User"]
    iam.create_user(UserName=by_root)

    got = sorted(received(sqs, url, 2), key=lambda e: e["detail"]["userIdentity"]["type"])
    assert [e["detail"]["userIdentity"]["type"] for e in got] == ["IAMUser", "Root"]  # [Docs-Record]
    event = got[0]
    assert (event["source"], event["detail-type"], event["account"], event["region"]) == ("aws.iam", DETAIL_TYPE, ACCOUNT, "us-east-1")
    detail = event["detail"]
    assert detail["userIdentity"] == {"type": "IAMUser", "principalId": user_id, "arn": f"arn:aws:iam::{ACCOUNT}:user/{admin}",
                                      "accountId": ACCOUNT, "accessKeyId": key_id, "userName": admin}
    assert (detail["eventSource"], detail["eventName"], detail["awsRegion"]) == ("iam.amazonaws.com", "CreateUser", "us-east-1")
    assert detail["requestParameters"] == {"userName": hire}
    assert detail["responseElements"]["user"]["userId"] == made["UserId"]
    assert detail["responseElements"]["user"]["arn"] == made["Arn"]
    assert (detail["readOnly"], detail["eventType"], detail["managementEvent"]) == (False, "AwsApiCall", True)
    assert detail["recipientAccountId"] == ACCOUNT
    assert detail["sourceIPAddress"] == "127.0.0.1"
    assert detail["userAgent"].startswith("Boto3/")
    root = got[1]["detail"]["userIdentity"]
    assert (root["type"], root["principalId"], root["arn"]) == ("Root", ACCOUNT, f"arn:aws:iam::{ACCOUNT}:root")


def test_event_history_finds_calls_by_name_and_user_and_records_failures(cloudtrail, iam):
    admin, _, as_admin = user_with_key(iam, ["iam:CreateUser"])
    hire = unique("hire")
    as_admin.create_user(UserName=hire)
    expect_error(as_admin.delete_user, "AccessDenied", 403, UserName=hire)

    # IAM is global: its events are in us-east-1's event history [Docs-Record].
    by_user = cloudtrail.lookup_events(LookupAttributes=[{"AttributeKey": "Username", "AttributeValue": admin}])["Events"]
    assert [e["EventName"] for e in by_user] == ["DeleteUser", "CreateUser"], "newest first"  # [Docs-API]
    denied = json.loads(by_user[0]["CloudTrailEvent"])
    assert denied["errorCode"] == "AccessDenied"
    assert admin in denied["errorMessage"]
    assert denied["responseElements"] is None
    created = by_user[1]
    assert (created["EventSource"], created["ReadOnly"], created["Username"]) == ("iam.amazonaws.com", "false", admin)
    assert {"ResourceType": "AWS::IAM::User", "ResourceName": f"arn:aws:iam::{ACCOUNT}:user/{hire}"} in created["Resources"]

    by_name = cloudtrail.lookup_events(LookupAttributes=[{"AttributeKey": "EventName", "AttributeValue": "CreateUser"}],
                                       MaxResults=50)["Events"]
    assert created["EventId"] in [e["EventId"] for e in by_name]
    by_id = cloudtrail.lookup_events(LookupAttributes=[{"AttributeKey": "EventId", "AttributeValue": created["EventId"]}])["Events"]
    assert [e["EventId"] for e in by_id] == [created["EventId"]]
    future = datetime.now(timezone.utc) + timedelta(hours=1)
    assert cloudtrail.lookup_events(StartTime=future, EndTime=future + timedelta(hours=1))["Events"] == []


def test_read_only_events_reach_only_rules_enabled_for_all_management_events(sqs, events, iam):
    name = unique("seen")
    iam.create_user(UserName=name)
    pattern = {"source": ["aws.iam"], "detail": {"eventName": ["GetUser"], "requestParameters": {"userName": [name]}}}
    plain = rule_to_queue(sqs, events, pattern)
    everything = rule_to_queue(sqs, events, pattern, state="ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS")
    iam.get_user(UserName=name)
    got = received(sqs, everything)  # [Docs-EB]
    assert [e["detail"]["readOnly"] for e in got] == [True]
    assert got[0]["detail"]["responseElements"] is None
    assert received(sqs, plain, seconds=3) == []


def test_paging_lookup_events(cloudtrail, ssm):
    for i in range(3):
        ssm.put_parameter(Name=f"/{unique('paged')}", Value="v", Type="String")
    first = cloudtrail.lookup_events(LookupAttributes=[{"AttributeKey": "EventName", "AttributeValue": "PutParameter"}], MaxResults=2)
    assert len(first["Events"]) == 2
    second = cloudtrail.lookup_events(LookupAttributes=[{"AttributeKey": "EventName", "AttributeValue": "PutParameter"}], MaxResults=2,
                                      NextToken=first["NextToken"])
    assert second["Events"][0]["EventTime"] <= first["Events"][1]["EventTime"]
    assert second["Events"][0]["EventId"] not in [e["EventId"] for e in first["Events"]]
    record = json.loads(first["Events"][0]["CloudTrailEvent"])
    assert (record["eventSource"], record["awsRegion"]) == ("ssm.amazonaws.com", REGION)
    assert record["requestParameters"]["type"] == "String"


def test_trails_through_the_cli(cli):
    name = unique("audit")
    made = cli_ok(cli("cloudtrail", "create-trail", "--name", name, "--s3-bucket-name", "audit-logs", "--is-multi-region-trail"))
    assert made["TrailARN"] == f"arn:aws:cloudtrail:{REGION}:{ACCOUNT}:trail/{name}"
    assert cli_ok(cli("cloudtrail", "get-trail-status", "--name", name))["IsLogging"] is False  # [Docs-API]
    cli_ok(cli("cloudtrail", "start-logging", "--name", name))
    assert cli_ok(cli("cloudtrail", "get-trail-status", "--name", name))["IsLogging"] is True
    selectors = cli_ok(cli("cloudtrail", "put-event-selectors", "--trail-name", name, "--event-selectors",
                           '[{"ReadWriteType":"All","IncludeManagementEvents":true}]'))
    assert selectors["EventSelectors"][0]["ReadWriteType"] == "All"
    trail = cli_ok(cli("cloudtrail", "describe-trails", "--trail-name-list", name))["trailList"][0]
    assert (trail["S3BucketName"], trail["HomeRegion"], trail["IsMultiRegionTrail"]) == ("audit-logs", REGION, True)
    cli_ok(cli("cloudtrail", "add-tags", "--resource-id", made["TrailARN"], "--tags-list", "Key=team,Value=sec"))
    tags = cli_ok(cli("cloudtrail", "list-tags", "--resource-id-list", made["TrailARN"]))["ResourceTagList"][0]["TagsList"]
    assert tags == [{"Key": "team", "Value": "sec"}]
    cli_failed(cli("cloudtrail", "create-trail", "--name", name, "--s3-bucket-name", "audit-logs"), "TrailAlreadyExistsException", "CreateTrail")
    cli_ok(cli("cloudtrail", "stop-logging", "--name", name))
    cli_ok(cli("cloudtrail", "delete-trail", "--name", name))
    cli_failed(cli("cloudtrail", "get-trail", "--name", name), "TrailNotFoundException", "GetTrail",
               f"Unknown trail: arn:aws:cloudtrail:{REGION}:{ACCOUNT}:trail/{name} for the user: {ACCOUNT}")
    history = cli_ok(cli("cloudtrail", "lookup-events", "--lookup-attributes", f"AttributeKey=EventName,AttributeValue=DeleteTrail",
                         "--max-results", "5"))["Events"]
    assert json.loads(history[0]["CloudTrailEvent"])["userAgent"].startswith("aws-cli/")


GONE = f"arn:aws:cloudtrail:{REGION}:{ACCOUNT}:trail/never-made"


@pytest.mark.parametrize("operation,kwargs,code", [
    ("create_trail", {"Name": "ab", "S3BucketName": "audit-logs"}, "InvalidTrailNameException"),  # [Docs-Names]
    ("create_trail", {"Name": "-starts-badly", "S3BucketName": "audit-logs"}, "InvalidTrailNameException"),
    ("create_trail", {"Name": "two..dots", "S3BucketName": "audit-logs"}, "InvalidTrailNameException"),
    ("create_trail", {"Name": "192.168.0.1", "S3BucketName": "audit-logs"}, "InvalidTrailNameException"),
    ("create_trail", {"Name": "fine-name", "S3BucketName": "Not_A_Bucket"}, "InvalidS3BucketNameException"),
    ("create_trail", {"Name": "fine-name", "S3BucketName": "audit-logs", "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:1:log-group:g"},
     "InvalidParameterCombinationException"),
    ("update_trail", {"Name": "never-made"}, "TrailNotFoundException"),
    ("delete_trail", {"Name": GONE}, "TrailNotFoundException"),
    ("get_trail", {"Name": "arn:aws:sqs:us-east-1:000000000000:q"}, "CloudTrailARNInvalidException"),
    ("describe_trails", {"trailNameList": ["x"]}, "InvalidTrailNameException"),
    ("get_trail_status", {"Name": "never-made"}, "TrailNotFoundException"),
    ("start_logging", {"Name": "never-made"}, "TrailNotFoundException"),
    ("stop_logging", {"Name": "never-made"}, "TrailNotFoundException"),
    ("put_event_selectors", {"TrailName": "never-made", "EventSelectors": [{"ReadWriteType": "All"}]}, "TrailNotFoundException"),
    ("get_event_selectors", {"TrailName": "never-made"}, "TrailNotFoundException"),
    ("add_tags", {"ResourceId": GONE, "TagsList": [{"Key": "a", "Value": "b"}]}, "ResourceNotFoundException"),
    ("remove_tags", {"ResourceId": "not-an-arn", "TagsList": [{"Key": "a"}]}, "CloudTrailARNInvalidException"),
    ("list_tags", {"ResourceIdList": [GONE]}, "ResourceNotFoundException"),
    ("list_trails", {"NextToken": "forged"}, "InvalidNextTokenException"),
    ("lookup_events", {"LookupAttributes": [{"AttributeKey": "EventName", "AttributeValue": "a"},
                                            {"AttributeKey": "Username", "AttributeValue": "b"}]}, "InvalidLookupAttributesException"),
    ("lookup_events", {"LookupAttributes": [{"AttributeKey": "ReadOnly", "AttributeValue": "maybe"}]}, "InvalidLookupAttributesException"),
    ("lookup_events", {"StartTime": datetime(2026, 1, 2, tzinfo=timezone.utc), "EndTime": datetime(2026, 1, 1, tzinfo=timezone.utc)},
     "InvalidTimeRangeException"),
    ("lookup_events", {"NextToken": "forged"}, "InvalidNextTokenException"),
])
def test_bad_input_gets_awss_errors(cloudtrail, operation, kwargs, code):
    expect_error(getattr(cloudtrail, operation), code, **kwargs)


def test_put_event_selectors_needs_exactly_one_kind(cloudtrail):
    name = unique("selectors")
    cloudtrail.create_trail(Name=name, S3BucketName="audit-logs")
    expect_error(cloudtrail.put_event_selectors, "InvalidEventSelectorsException", TrailName=name)
    expect_error(cloudtrail.put_event_selectors, "InvalidEventSelectorsException", TrailName=name,
                 AdvancedEventSelectors=[{"FieldSelectors": [{"Field": "eventName", "Equals": ["CreateUser"]}]}])
    advanced = cloudtrail.put_event_selectors(TrailName=name, AdvancedEventSelectors=[
        {"Name": "management", "FieldSelectors": [{"Field": "eventCategory", "Equals": ["Management"]}]}])
    assert advanced["AdvancedEventSelectors"][0]["Name"] == "management"
    assert "EventSelectors" not in cloudtrail.get_event_selectors(TrailName=name)
    cloudtrail.delete_trail(Name=name)
