"""Amazon SNS through boto3 and the AWS CLI: standard and FIFO topics, their attributes and listings, SQS and Lambda
subscriptions, Publish and PublishBatch in AWS's envelope (or raw), MessageStructure=json, filter policies on attributes
and on the body, FIFO sequence numbers and deduplication, tags, and AWS's answers to bad input. HTTP/S and email
subscriptions are in test_sns_endpoints.py.

Sources of the expected answers (cited beside each assertion):
  [LS-sns]      LocalStack's AWS-recorded snapshots tests/aws/services/sns/test_sns.snapshot.json and the requests in
                test_sns.py that produced them (github.com/localstack/localstack, recorded against AWS 2023-08 ... 2025-10)
  [LS-filter]   tests/aws/services/sns/test_sns_filter_policy.snapshot.json (recorded against AWS 2024-05)
  [Docs-API]    the SNS API reference in botocore 1.43's model: listings "up to 100" with a NextToken; DeleteTopic deletes
                the topic's subscriptions and is idempotent; Publish "at most 256 KB (262,144 bytes, not 262,144
                characters)", MessageStructure json ignores non-string values; ContentBasedDeduplication is a SHA-256 of
                the body; SequenceNumber increases within a MessageGroupId
  [Docs-filter] SNS Developer Guide "Amazon SNS subscription filter policies", "Amazon SNS example filter policies",
                "Key matching" (exists)
  [Lambda-event] SNS events captured from AWS: gist mikegrima/e4e754ccf22b1aa45ed9a6e18a063ee3, gist
                purdy/8a8f6986a7b8fb427e1591e29ca22ec4, serverless/event-mocks sns-template.json
  [Issue-topic-attrs] MassTransit/MassTransit#3720: "Invalid parameter: Attributes Reason: Topic already exists with
                different attributes"
  [Issue-fifo-name] awsdocs/aws-cloudformation-user-guide#860, cloudformation-coverage-roadmap#681, localstack PR #13714:
                a FIFO topic name must end in .fifo and a .fifo name needs FifoTopic=true, else "Invalid parameter: Topic Name"

The FIFO attribute of a topic is FifoTopic ([Docs-API] CreateTopic, every FIFO test in [LS-sns]), not SQS's FifoQueue.
"""
import base64
import hashlib
import io
import json
import re
import time
import uuid
import zipfile

import pytest

from conftest import ACCOUNT, allow_service, any_source_of, cli_failed, cli_ok, expect_error, LAMBDA_ROLE, md5_of_attributes, REGION, unique_name

ROLE = LAMBDA_ROLE
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# [LS-sns] every recorded SQS delivery of a standard topic (test_publish_message_before_subscribe_topic, test_subscribe_sqs_queue).
ENVELOPE_KEYS = ["Type", "MessageId", "TopicArn", "Subject", "Message", "Timestamp", "SignatureVersion", "Signature",
                 "SigningCertURL", "UnsubscribeURL", "MessageAttributes"]
# [LS-sns] test_message_to_fifo_sqs, test_publish_fifo_messages_to_dlq[False]: no signature fields on FIFO topics.
FIFO_ENVELOPE_KEYS = ["Type", "MessageId", "SequenceNumber", "TopicArn", "Subject", "Message", "Timestamp", "UnsubscribeURL",
                      "MessageAttributes"]
SUBSCRIPTION_KEYS = {"ConfirmationWasAuthenticated", "Endpoint", "Owner", "PendingConfirmation", "Protocol",
                     "RawMessageDelivery", "SubscriptionArn", "SubscriptionPrincipal", "TopicArn"}
# [LS-sns] test_create_topic_test_arn (2025-09).
DEFAULT_EFFECTIVE_DELIVERY_POLICY = {"http": {
    "defaultHealthyRetryPolicy": {"minDelayTarget": 20, "maxDelayTarget": 20, "numRetries": 3, "numMaxDelayRetries": 0,
                                  "numNoDelayRetries": 0, "numMinDelayRetries": 0, "backoffFunction": "linear"},
    "disableSubscriptionOverrides": False,
    "defaultRequestPolicy": {"headerContentType": "text/plain; charset=UTF-8"}}}


def default_policy(topic_arn):
    # [LS-sns] test_create_topic_test_arn "get-topic-attrs".
    return {"Version": "2008-10-17", "Id": "__default_policy_ID", "Statement": [{
        "Sid": "__default_statement_ID", "Effect": "Allow", "Principal": {"AWS": "*"},
        "Action": ["SNS:GetTopicAttributes", "SNS:SetTopicAttributes", "SNS:AddPermission", "SNS:RemovePermission",
                   "SNS:DeleteTopic", "SNS:Subscribe", "SNS:ListSubscriptionsByTopic", "SNS:Publish"],
        "Resource": topic_arn, "Condition": {"StringEquals": {"AWS:SourceOwner": ACCOUNT}}}]}




@pytest.fixture
def topics(sns):
    """Creates topics (name + optional attributes/tags); deletes them afterwards."""
    created = []

    def _make(prefix="topic", fifo=False, name=None, **kwargs):
        topic_name = name or unique_name(prefix) + (".fifo" if fifo else "")
        if fifo:
            kwargs.setdefault("Attributes", {})
            kwargs["Attributes"].setdefault("FifoTopic", "true")
        arn = sns.create_topic(Name=topic_name, **kwargs)["TopicArn"]
        created.append(arn)
        return arn

    yield _make
    for arn in created:
        try:
            sns.delete_topic(TopicArn=arn)
        except Exception:
            pass


@pytest.fixture
def target_queue(sqs, make_queue):
    """A queue SNS may send to (its policy lets sns.amazonaws.com SendMessage for this account's topics, as AWS requires);
    (url, arn)."""

    def _make(prefix="sns", **kwargs):
        url = make_queue(prefix, **kwargs)
        return url, allow_service(sqs, url, "sns.amazonaws.com", any_source_of("sns.amazonaws.com"))

    return _make


def subscribe(sns, topic_arn, queue_arn, **attributes):
    kwargs = {"Attributes": attributes} if attributes else {}
    return sns.subscribe(TopicArn=topic_arn, Protocol="sqs", Endpoint=queue_arn, ReturnSubscriptionArn=True, **kwargs)["SubscriptionArn"]


def receive(sqs, url, expected, timeout=20):
    """The messages that reach the queue: waits for `expected`, then takes whatever else is already there."""
    got = []
    until = time.time() + timeout
    while len(got) < expected and time.time() < until:
        got += _take(sqs, url, 1)
    got += _take(sqs, url, 0)
    return got


def nothing_more(sqs, url):
    """Waits one second for anything at all: for a queue that must have received nothing."""
    return _take(sqs, url, 1)


def _take(sqs, url, wait):
    ms = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=wait, MessageAttributeNames=["All"],
                             MessageSystemAttributeNames=["All"]).get("Messages", [])
    for m in ms:
        sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
    return ms


def bodies(sqs, url, expected):
    return [m["Body"] for m in receive(sqs, url, expected)]


def assert_envelope(body, message_id, topic_arn, subscription_arn, message, subject=None, attributes=None):
    envelope = json.loads(body)
    keys = [k for k in ENVELOPE_KEYS if (k != "Subject" or subject is not None) and (k != "MessageAttributes" or attributes is not None)]
    assert list(envelope) == keys, envelope
    assert envelope["Type"] == "Notification"
    assert envelope["MessageId"] == message_id
    assert envelope["TopicArn"] == topic_arn
    if subject is not None:
        assert envelope["Subject"] == subject
    assert envelope["Message"] == message
    # [LS-sns], [Lambda-event]: milliseconds and a Z.
    assert TIMESTAMP.fullmatch(envelope["Timestamp"]), envelope["Timestamp"]
    # [LS-sns] test_publish_sqs_verify_signature[1]: SignatureVersion "1", a base64 signature, the certificate and unsubscribe URLs.
    assert envelope["SignatureVersion"] == "1"
    assert base64.b64decode(envelope["Signature"])
    assert "/SimpleNotificationService-" in envelope["SigningCertURL"] and envelope["SigningCertURL"].endswith(".pem")
    assert envelope["UnsubscribeURL"].endswith(f"/?Action=Unsubscribe&SubscriptionArn={subscription_arn}")
    if attributes is not None:
        assert envelope["MessageAttributes"] == attributes
    return envelope


def list_all(call, key, **kwargs):
    items, token = [], None
    while True:
        page = call(**kwargs, **({"NextToken": token} if token else {}))
        items += page[key]
        token = page.get("NextToken")
        if not token:
            return items


# -------------------------------------------------------------------------------------------------
# Topics
# -------------------------------------------------------------------------------------------------

def test_topic_lifecycle_and_default_attributes_with_boto3(sns, topics):
    name = unique_name("standard")
    arn = topics(name=name)
    assert arn == f"arn:aws:sns:{REGION}:{ACCOUNT}:{name}"
    attrs = sns.get_topic_attributes(TopicArn=arn)["Attributes"]
    # [LS-sns] test_create_topic_test_arn "get-topic-attrs" (2025-09): exactly these, no FifoTopic on a standard topic.
    assert set(attrs) == {"DisplayName", "EffectiveDeliveryPolicy", "Owner", "Policy", "SubscriptionsConfirmed",
                          "SubscriptionsDeleted", "SubscriptionsPending", "TopicArn"}, attrs
    assert (attrs["DisplayName"], attrs["Owner"], attrs["TopicArn"]) == ("", ACCOUNT, arn)
    assert (attrs["SubscriptionsConfirmed"], attrs["SubscriptionsPending"], attrs["SubscriptionsDeleted"]) == ("0", "0", "0")
    assert json.loads(attrs["Policy"]) == default_policy(arn)
    assert json.loads(attrs["EffectiveDeliveryPolicy"]) == DEFAULT_EFFECTIVE_DELIVERY_POLICY

    sns.set_topic_attributes(TopicArn=arn, AttributeName="DisplayName", AttributeValue="Shown")
    # [LS-sns] test_topic_delivery_policy_crud (2024-10): the policy as set, the effective one with defaults filled in.
    delivery = {"http": {"defaultHealthyRetryPolicy": {"minDelayTarget": 5, "maxDelayTarget": 6, "numRetries": 1},
                         "disableSubscriptionOverrides": False}}
    sns.set_topic_attributes(TopicArn=arn, AttributeName="DeliveryPolicy", AttributeValue=json.dumps(delivery))
    attrs = sns.get_topic_attributes(TopicArn=arn)["Attributes"]
    assert attrs["DisplayName"] == "Shown"
    assert json.loads(attrs["DeliveryPolicy"]) == delivery
    effective = json.loads(json.dumps(DEFAULT_EFFECTIVE_DELIVERY_POLICY))
    effective["http"]["defaultHealthyRetryPolicy"].update({"minDelayTarget": 5, "maxDelayTarget": 6, "numRetries": 1})
    assert json.loads(attrs["EffectiveDeliveryPolicy"]) == effective
    # [LS-sns] test_topic_get_attributes_with_fifo_false "set-fifo-false-after-creation".
    expect_error(sns.set_topic_attributes, "InvalidParameter", 400, message="Invalid parameter: AttributeName",
                 TopicArn=arn, AttributeName="FifoTopic", AttributeValue="false")

    sns.delete_topic(TopicArn=arn)
    # [LS-sns] test_create_topic_test_arn "topic-not-exists"; test_delete_topic_idempotency (2025-09).
    expect_error(sns.get_topic_attributes, "NotFound", 404, message="Topic does not exist", TopicArn=arn)
    sns.delete_topic(TopicArn=arn)
    # [LS-sns] test_create_topic_with_attributes "get-attrs-malformed-topic".
    expect_error(sns.get_topic_attributes, "InvalidParameter", 400,
                 message="Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1", TopicArn="test-topic")


def test_fifo_topics_idempotency_and_name_rules_with_boto3(sns, sns_unvalidated, topics):
    name = unique_name("orders") + ".fifo"
    arn = topics(name=name, Attributes={"FifoTopic": "true", "ContentBasedDeduplication": "true", "DisplayName": "Orders"})
    attrs = sns.get_topic_attributes(TopicArn=arn)["Attributes"]
    # [LS-sns] test_publish_fifo_messages_to_dlq "topic-attrs".
    assert set(attrs) == {"ContentBasedDeduplication", "DisplayName", "EffectiveDeliveryPolicy", "FifoTopic", "Owner", "Policy",
                          "SubscriptionsConfirmed", "SubscriptionsDeleted", "SubscriptionsPending", "TopicArn"}, attrs
    assert (attrs["FifoTopic"], attrs["ContentBasedDeduplication"], attrs["DisplayName"]) == ("true", "true", "Orders")

    # [LS-sns] test_create_topic_should_be_idempotent (2025-09); [Issue-topic-attrs].
    assert sns.create_topic(Name=name, Attributes={"FifoTopic": "true", "ContentBasedDeduplication": "true",
                                                   "DisplayName": "Orders"})["TopicArn"] == arn
    assert sns.create_topic(Name=name, Attributes={"FifoTopic": "true"})["TopicArn"] == arn
    expect_error(sns.create_topic, "InvalidParameter", 400,
                 message="Invalid parameter: Attributes Reason: Topic already exists with different attributes",
                 Name=name, Attributes={"FifoTopic": "true", "DisplayName": "Other"})
    # [LS-sns] test_create_duplicate_topic_with_more_tags / test_create_duplicate_topic_check_idempotency.
    expect_error(sns.create_topic, "InvalidParameter", 400,
                 message="Invalid parameter: Tags Reason: Topic already exists with different tags",
                 Name=name, Attributes={"FifoTopic": "true"}, Tags=[{"Key": "key1", "Value": "value1"}])
    tagged = unique_name("tagged")
    tags = [{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "2"}]
    tagged_arn = topics(name=tagged, Tags=tags)
    for again in (tags, [tags[0]], []):
        assert sns.create_topic(Name=tagged, Tags=again)["TopicArn"] == tagged_arn

    # [LS-sns] test_create_topic_name_constraints (2025-09) and [Issue-fifo-name].
    for bad in ["a" * 257, "", "bad:name", "bad;name", "bad!name", "bad@name", "bad|name", "bad^name", "bad%name", "bad name"]:
        expect_error(sns_unvalidated.create_topic, "InvalidParameter", 400, message="Invalid parameter: Topic Name", Name=bad)
    expect_error(sns.create_topic, "InvalidParameter", 400, message="Invalid parameter: Topic Name",
                 Name=unique_name("nosuffix"), Attributes={"FifoTopic": "true"})
    expect_error(sns.create_topic, "InvalidParameter", 400, message="Invalid parameter: Topic Name", Name=unique_name("suffix") + ".fifo")


def test_list_topics_pages_by_a_hundred_with_boto3(sns, topics):
    prefix = unique_name("page")
    mine = {topics(name=f"{prefix}-{i}") for i in range(101)}
    # [Docs-API] ListTopics: up to 100 per call and a NextToken when there are more.
    first = sns.list_topics()
    assert len(first["Topics"]) == 100 and first.get("NextToken"), first
    listed = [t["TopicArn"] for t in list_all(sns.list_topics, "Topics")]
    assert len(listed) == len(set(listed))
    assert mine <= set(listed)
    # botocore's paginator follows the NextTokens.
    paginated = [t["TopicArn"] for page in sns.get_paginator("list_topics").paginate() for t in page["Topics"]]
    assert mine <= set(paginated)


# -------------------------------------------------------------------------------------------------
# Subscriptions and delivery to SQS
# -------------------------------------------------------------------------------------------------

def test_sqs_subscription_delivers_the_envelope_with_boto3(sns, sqs, topics, target_queue):
    arn = topics("envelope")
    url, qarn = target_queue("envelope")
    sub = subscribe(sns, arn, qarn)
    # [LS-sns] test_list_subscriptions (2025-10): <topic ARN>:<uuid>.
    assert re.fullmatch(re.escape(arn) + ":" + UUID.pattern, sub), sub
    attrs = sns.get_subscription_attributes(SubscriptionArn=sub)["Attributes"]
    # [LS-sns] test_not_found_error_on_set_subscription_attributes "sub-attrs" (2025-10).
    assert set(attrs) == SUBSCRIPTION_KEYS, attrs
    assert {k: attrs[k] for k in SUBSCRIPTION_KEYS - {"SubscriptionPrincipal"}} == {
        "ConfirmationWasAuthenticated": "true", "Endpoint": qarn, "Owner": ACCOUNT, "PendingConfirmation": "false",
        "Protocol": "sqs", "RawMessageDelivery": "false", "SubscriptionArn": sub, "TopicArn": arn}
    assert attrs["SubscriptionPrincipal"].startswith(f"arn:aws:iam::{ACCOUNT}:")
    assert sns.list_subscriptions_by_topic(TopicArn=arn)["Subscriptions"] == [
        {"SubscriptionArn": sub, "Owner": ACCOUNT, "Protocol": "sqs", "Endpoint": qarn, "TopicArn": arn}]
    assert sub in [s["SubscriptionArn"] for s in list_all(sns.list_subscriptions, "Subscriptions")]
    # [LS-sns] test_subscribe_idempotency (2025-10).
    assert subscribe(sns, arn, qarn) == sub
    expect_error(sns.subscribe, "InvalidParameter", 400,
                 message="Invalid parameter: Attributes Reason: Subscription already exists with different attributes",
                 TopicArn=arn, Protocol="sqs", Endpoint=qarn, Attributes={"RawMessageDelivery": "true"})

    attributes = {"store": {"DataType": "String", "StringValue": "example_corp"},
                  "price_usd": {"DataType": "Number", "StringValue": "210.75"},
                  "binary-attribute": {"DataType": "Binary", "BinaryValue": b"\x02\x03\x04"},
                  "customer_interests": {"DataType": "String.Array", "StringValue": '["soccer", "rugby", "hockey"]'}}
    r = sns.publish(TopicArn=arn, Subject="test-subject", Message='ö§a1"_!?,. £$-', MessageAttributes=attributes)
    assert UUID.fullmatch(r["MessageId"]) and "SequenceNumber" not in r, r
    # [LS-sns] test_publish_unicode_chars, test_message_attributes_not_missing "json-delivery-msg-attrs" (binary in base64).
    assert_envelope(bodies(sqs, url, 1)[0], r["MessageId"], arn, sub, 'ö§a1"_!?,. £$-', subject="test-subject", attributes={
        "store": {"Type": "String", "Value": "example_corp"}, "price_usd": {"Type": "Number", "Value": "210.75"},
        "binary-attribute": {"Type": "Binary", "Value": "AgME"},
        "customer_interests": {"Type": "String.Array", "Value": '["soccer", "rugby", "hockey"]'}})
    # [LS-sns] test_publish_message_by_target_arn: TargetArn works as TopicArn; no Subject, no MessageAttributes.
    r = sns.publish(TargetArn=arn, Message="test-msg-2")
    assert_envelope(bodies(sqs, url, 1)[0], r["MessageId"], arn, sub, "test-msg-2")

    # [LS-sns] test_publish_sqs_from_sns: raw delivery hands over the message and SQS message attributes.
    sns.set_subscription_attributes(SubscriptionArn=sub, AttributeName="RawMessageDelivery", AttributeValue="true")
    sns.publish(TopicArn=arn, Message="Test msg", MessageAttributes={
        "attr1": {"DataType": "Number", "StringValue": "99.12"},
        "binary-attribute": {"DataType": "Binary", "BinaryValue": b"\x02\x03\x04"}})
    [m] = receive(sqs, url, 1)
    assert m["Body"] == "Test msg"
    assert m["MessageAttributes"] == {"attr1": {"DataType": "Number", "StringValue": "99.12"},
                                      "binary-attribute": {"DataType": "Binary", "BinaryValue": b"\x02\x03\x04"}}
    assert m["MD5OfMessageAttributes"] == md5_of_attributes(m["MessageAttributes"])


def test_subscription_attribute_and_endpoint_refusals_with_boto3(sns, sns_unvalidated, topics, target_queue):
    arn = topics("refusals")
    url, qarn = target_queue("refusals")
    # [LS-sns] test_create_subscriptions_with_attributes (2025-10): the value is read case-insensitively.
    expect_error(sns.subscribe, "InvalidParameter", 400,
                 message="Invalid parameter: Attributes Reason: RawMessageDelivery: Invalid value [wrongvalue]. Must be true or false.",
                 TopicArn=arn, Protocol="sqs", Endpoint=qarn, Attributes={"RawMessageDelivery": "wrongvalue"})
    sub = subscribe(sns, arn, qarn, RawMessageDelivery="TrUe")
    assert sns.get_subscription_attributes(SubscriptionArn=sub)["Attributes"]["RawMessageDelivery"] == "true"
    # [LS-sns] test_validate_set_sub_attributes (2025-10).
    for name, value, message in [
        ("FakeAttribute", "test-value", "Invalid parameter: AttributeName"),
        ("RawMessageDelivery", "test-ValUe", "Invalid parameter: RawMessageDelivery: Invalid value [test-ValUe]. Must be true or false."),
        ("RedrivePolicy", json.dumps({"deadLetterTargetArn": "fake-arn"}), "Invalid parameter: RedrivePolicy: deadLetterTargetArn is an invalid arn"),
        # [LS-filter] test_set_subscription_filter_policy_scope / test_sub_filter_policy_nested_property.
        ("FilterPolicyScope", "RandomValue", "Invalid parameter: FilterPolicyScope: Invalid value [RandomValue]. Please use either MessageBody or MessageAttributes"),
        ("FilterPolicy", json.dumps({"object": {"key": [{"prefix": "auto-"}]}}),
         "Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy"),
    ]:
        expect_error(sns.set_subscription_attributes, "InvalidParameter", 400, message=message,
                     SubscriptionArn=sub, AttributeName=name, AttributeValue=value)
    err = expect_error(sns.set_subscription_attributes, "InvalidParameter", 400,
                       SubscriptionArn=sub, AttributeName="FilterPolicy", AttributeValue="{invalidjson}")
    assert err["Message"].startswith("Invalid parameter: FilterPolicy: failed to parse JSON."), err
    # [LS-sns] test_subscribe_invalid_filter_policy (2025-10), [LS-filter] test_validate_policy.
    url2, qarn2 = target_queue("refusals-2")
    err = expect_error(sns.subscribe, "InvalidParameter", 400, TopicArn=arn, Protocol="sqs", Endpoint=qarn2,
                       Attributes={"FilterPolicy": "invalid"})
    assert err["Message"].startswith("Invalid parameter: Attributes Reason: FilterPolicy: failed to parse JSON."), err
    err = expect_error(sns.subscribe, "InvalidParameter", 400, TopicArn=arn, Protocol="sqs", Endpoint=qarn2,
                       Attributes={"FilterPolicy": json.dumps({"key": [{"numeric": [">", 3, "<", 1]}]})})
    assert err["Message"].startswith("Invalid parameter: Attributes Reason: FilterPolicy: Bottom must be less than top"), err

    # [LS-sns] test_subscribe_to_sqs_with_queue_url; test_validations_for_fifo "not-fifo-topic"; test_subscribe_with_invalid_protocol.
    expect_error(sns.subscribe, "InvalidParameter", 400, message="Invalid parameter: SQS endpoint ARN",
                 TopicArn=arn, Protocol="sqs", Endpoint=url)
    fifo_url, fifo_arn = target_queue("fifo", fifo=True)
    expect_error(sns.subscribe, "InvalidParameter", 400,
                 message="Invalid parameter: Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics",
                 TopicArn=arn, Protocol="sqs", Endpoint=fifo_arn)
    expect_error(sns.subscribe, "InvalidParameter", 400,
                 message="Invalid parameter: Amazon SNS does not support this protocol string: test-protocol",
                 TopicArn=arn, Protocol="test-protocol", Endpoint="localstack@yopmail.com")
    # [LS-sns] test_subscribe_unknown_topic (2025-10).
    expect_error(sns.subscribe, "NotFound", 404, message="Topic does not exist",
                 TopicArn=arn + "-missing", Protocol="sqs", Endpoint=qarn)
    # SMS, mobile push and Firehose, which Stratus cannot deliver to: refused with InvalidParameter (code and status only; not an AWS fact).
    for protocol, endpoint in [("sms", "+15555550100"),
                               ("application", f"arn:aws:sns:{REGION}:{ACCOUNT}:endpoint/GCM/app/{uuid.uuid4()}"),
                               ("firehose", f"arn:aws:firehose:{REGION}:{ACCOUNT}:deliverystream/stream")]:
        extra = {"Attributes": {"SubscriptionRoleArn": f"arn:aws:iam::{ACCOUNT}:role/firehose"}} if protocol == "firehose" else {}
        expect_error(sns.subscribe, "InvalidParameter", 400, TopicArn=arn, Protocol=protocol, Endpoint=endpoint, **extra)

    # [LS-sns] test_not_found_error_on_set_subscription_attributes, test_unsubscribe_idempotency, test_unsubscribe_wrong_arn_format.
    sns.unsubscribe(SubscriptionArn=sub)
    assert sns.list_subscriptions_by_topic(TopicArn=arn)["Subscriptions"] == []
    expect_error(sns.get_subscription_attributes, "NotFound", 404, message="Subscription does not exist", SubscriptionArn=sub)
    sns.unsubscribe(SubscriptionArn=sub)
    expect_error(sns.unsubscribe, "InvalidParameter", 400,
                 message="Invalid parameter: SubscriptionArn Reason: An ARN must have at least 6 elements, not 1",
                 SubscriptionArn="randomstring")
    expect_error(sns.unsubscribe, "InvalidParameter", 400, message="Invalid parameter: SubscriptionId",
                 SubscriptionArn=f"arn:aws:sns:{REGION}:{ACCOUNT}:random")


def test_message_structure_json_and_publish_refusals_with_boto3(sns, sns_unvalidated, sqs, topics, target_queue):
    arn = topics("structure")
    url, qarn = target_queue("structure")
    sub = subscribe(sns, arn, qarn)
    # [LS-sns] test_message_structure_json_to_sqs: the "sqs" string, or the default when "sqs" is not a string.
    r = sns.publish(TopicArn=arn, MessageStructure="json",
                    Message=json.dumps({"default": "default field", "sqs": json.dumps({"field": "value"})}))
    assert_envelope(bodies(sqs, url, 1)[0], r["MessageId"], arn, sub, '{"field": "value"}')
    r = sns.publish(TopicArn=arn, MessageStructure="json", Message=json.dumps({"default": "default field", "sqs": {"field": "value"}}))
    assert_envelope(bodies(sqs, url, 1)[0], r["MessageId"], arn, sub, "default field")

    # [LS-sns] test_message_structure_json_exc, test_publish_too_long_message, test_empty_sns_message,
    # test_publish_with_empty_subject, test_validations_for_fifo "no-msg-dedup-regular-topic".
    for kwargs, message in [
        ({"MessageStructure": "json", "Message": json.dumps({"sqs": "Test message"})},
         "Invalid parameter: Message Structure - No default entry in JSON message body"),
        ({"MessageStructure": "json", "Message": '{"default": "This is a default message"} }'},
         "Invalid parameter: Message Structure - JSON message body failed to parse"),
        ({"Message": "x" * 262145}, "Invalid parameter: Message too long"),
        ({"Message": "é" * 131073}, "Invalid parameter: Message too long"),  # [Docs-API] bytes, not characters
        ({"Message": ""}, "Invalid parameter: Empty message"),
        ({"Message": "m", "Subject": ""}, "Invalid parameter: Subject"),
        ({"Message": "test", "MessageDeduplicationId": "dedup"},
         "Invalid parameter: MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type"),
    ]:
        expect_error(sns_unvalidated.publish, "InvalidParameter", 400, message=message, TopicArn=arn, **kwargs)
    # [LS-sns] test_unknown_topic_publish.
    expect_error(sns.publish, "NotFound", 404, message="Topic does not exist", TopicArn=arn + "-fake", Message="m")
    assert nothing_more(sqs, url) == [], "nothing refused was delivered"


# -------------------------------------------------------------------------------------------------
# Filter policies
# -------------------------------------------------------------------------------------------------

# [Docs-filter] "Amazon SNS example filter policies": its example message, one unlike it, one without attributes.
FILTER_MESSAGES = {
    "example": {"customer_interests": {"DataType": "String.Array", "StringValue": '["soccer", "rugby", "hockey"]'},
                "store": {"DataType": "String", "StringValue": "example_corp"},
                "event": {"DataType": "String", "StringValue": "order_placed"},
                "price_usd": {"DataType": "Number", "StringValue": "210.75"}},
    "other": {"customer_interests": {"DataType": "String.Array", "StringValue": '["basketball"]'},
              "store": {"DataType": "String", "StringValue": "other_corp"},
              "event": {"DataType": "String", "StringValue": "order_cancelled"},
              "price_usd": {"DataType": "Number", "StringValue": "50"}},
    "bare": {},
}
FILTER_CASES = [
    ("exact", {"store": ["example_corp"]}, {"example"}),
    ("array", {"customer_interests": ["rugby", "football"]}, {"example"}),  # any element of a String.Array
    ("numeric-range", {"price_usd": [{"numeric": [">=", 100, "<", 300]}]}, {"example"}),
    ("numeric-equals", {"price_usd": [{"numeric": ["=", 210.75]}]}, {"example"}),
    ("prefix", {"event": [{"prefix": "order_"}]}, {"example", "other"}),
    ("anything-but", {"event": [{"anything-but": ["order_cancelled"]}]}, {"example"}),
    # [Docs-filter] "Key matching": exists false needs at least one attribute.
    ("exists", {"store": [{"exists": True}]}, {"example", "other"}),
    ("not-exists", {"encrypted": [{"exists": False}]}, {"example", "other"}),
    ("or", {"$or": [{"store": ["nobody"]}, {"price_usd": [{"numeric": [">", 200]}]}]}, {"example"}),
    ("docs-accepts", {"store": ["example_corp"], "event": [{"anything-but": "order_cancelled"}],
                      "customer_interests": ["rugby", "football", "baseball"], "price_usd": [{"numeric": [">=", 100]}]}, {"example"}),
    # An attribute the message lacks ("encrypted") means no match.
    ("docs-rejects", {"store": ["example_corp"], "event": ["order_cancelled"], "encrypted": [False],
                      "customer_interests": ["basketball", "baseball"]}, set()),
]


def test_filter_policies_on_attributes_and_body_with_boto3(sns, sqs, topics, target_queue):
    arn = topics("filter")
    control_url, control_arn = target_queue("control")
    subscribe(sns, arn, control_arn)
    queues = {}
    for name, policy, _ in FILTER_CASES:
        url, qarn = target_queue("filter")
        subscribe(sns, arn, qarn, FilterPolicy=json.dumps(policy))
        queues[name] = url
    # [Docs-filter] FilterPolicyScope MessageBody, matching the example's body properties (arrays by any element).
    body_url, body_arn = target_queue("body")
    subscribe(sns, arn, body_arn, FilterPolicyScope="MessageBody", RawMessageDelivery="true",
              FilterPolicy=json.dumps({"store": ["example_corp"], "customer_interests": ["rugby"], "price_usd": [{"numeric": [">", 100]}]}))

    ids = {}
    for name, attrs in FILTER_MESSAGES.items():
        ids[sns.publish(TopicArn=arn, Message=name, **({"MessageAttributes": attrs} if attrs else {}))["MessageId"]] = name
    example_body = json.dumps({"customer_interests": ["soccer", "rugby", "hockey"], "store": "example_corp", "event": "order_placed",
                               "price_usd": 210.75})
    for body in (example_body, example_body.replace("210.75", "50"), "not json"):
        # Without attributes: no attribute-scoped policy matches these ([Docs-filter] "Key matching").
        sns.publish(TopicArn=arn, Message=body)
    assert len(receive(sqs, control_url, 6)) == 6
    for name, policy, expected in FILTER_CASES:
        got = {ids.get(json.loads(b)["MessageId"], "a body message") for b in bodies(sqs, queues[name], len(expected))}
        assert got == expected, (name, policy)
    assert bodies(sqs, body_url, 1) == [example_body]


# -------------------------------------------------------------------------------------------------
# FIFO and batches
# -------------------------------------------------------------------------------------------------

def test_fifo_topic_delivery_with_boto3(sns, sns_unvalidated, sqs, topics, target_queue):
    arn = topics("fifo", fifo=True, Attributes={"ContentBasedDeduplication": "true"})
    url, qarn = target_queue("fifo", fifo=True)
    std_url, std_arn = target_queue("std")
    sub = subscribe(sns, arn, qarn)
    subscribe(sns, arn, std_arn)
    # [LS-sns] test_validations_for_fifo "no-msg-group-id".
    expect_error(sns.publish, "InvalidParameter", 400,
                 message="Invalid parameter: The MessageGroupId parameter is required for FIFO topics", TopicArn=arn, Message="test")
    first = sns.publish(TopicArn=arn, Message="Test", MessageGroupId="message-group-id-1")
    second = sns.publish(TopicArn=arn, Message="Test 2", Subject="Subject", MessageGroupId="message-group-id-1",
                         MessageAttributes={"attr1": {"DataType": "Number", "StringValue": "99.12"}})
    # [Docs-API] SequenceNumber: FIFO only, increasing within the group.
    assert int(second["SequenceNumber"]) > int(first["SequenceNumber"])
    duplicate = sns.publish(TopicArn=arn, Message="Test", MessageGroupId="message-group-id-1")
    assert "MessageId" in duplicate

    got = receive(sqs, url, 2)
    assert len(got) == 2, got
    # [LS-sns] test_message_to_fifo_sqs[True] (2025-08): FIFO envelope without signature fields; group; SHA-256 dedup id.
    one, two = (json.loads(m["Body"]) for m in got)
    assert list(one) == ["Type", "MessageId", "SequenceNumber", "TopicArn", "Message", "Timestamp", "UnsubscribeURL"], one
    assert (one["MessageId"], one["SequenceNumber"], one["TopicArn"], one["Message"]) == (
        first["MessageId"], first["SequenceNumber"], arn, "Test")
    assert one["UnsubscribeURL"].endswith(f"/?Action=Unsubscribe&SubscriptionArn={sub}")
    assert got[0]["Attributes"]["MessageGroupId"] == "message-group-id-1"
    assert got[0]["Attributes"]["MessageDeduplicationId"] == hashlib.sha256(b"Test").hexdigest() == \
        "532eaabd9574880dbf76b9b8cc00832c20a6ec113d682299550d7a6e0f345e25"
    # [LS-sns] test_publish_fifo_messages_to_dlq[False]: Subject after TopicArn, MessageAttributes last.
    assert list(two) == FIFO_ENVELOPE_KEYS, two
    assert two["MessageAttributes"] == {"attr1": {"Type": "Number", "Value": "99.12"}}
    # [LS-sns] test_fifo_topic_to_regular_sqs (2025-08): deduplicated at the topic, so a standard queue gets it once too.
    std = receive(sqs, std_url, 2) + nothing_more(sqs, std_url)
    assert sorted(json.loads(m["Body"])["MessageId"] for m in std) == sorted([first["MessageId"], second["MessageId"]])

    # [LS-sns] test_publish_fifo_messages_to_dlq "publish-batch-response-fifo".
    batch = sns.publish_batch(TopicArn=arn, PublishBatchRequestEntries=[
        {"Id": str(i), "Message": f"batch {i}", "MessageGroupId": "g", "MessageDeduplicationId": f"MessageDeduplicationId-{i}"}
        for i in range(1, 4)])
    assert batch["Failed"] == []
    assert [e["Id"] for e in batch["Successful"]] == ["1", "2", "3"]
    numbers = [int(e["SequenceNumber"]) for e in batch["Successful"]]
    assert numbers == sorted(numbers) and len(set(numbers)) == 3
    got = receive(sqs, url, 3)
    assert [json.loads(m["Body"])["Message"] for m in got] == ["batch 1", "batch 2", "batch 3"]
    assert [m["Attributes"]["MessageDeduplicationId"] for m in got] == [f"MessageDeduplicationId-{i}" for i in range(1, 4)]
    # [LS-sns] test_publish_batch_exceptions "no-dedup-id" on a topic without content-based deduplication.
    plain = topics("fifo-plain", fifo=True)
    expect_error(sns.publish_batch, "InvalidParameter", 400,
                 message="Invalid parameter: The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly",
                 TopicArn=plain, PublishBatchRequestEntries=[{"Id": "1", "Message": "m", "MessageGroupId": "msg1"}])


def test_publish_batch_with_boto3(sns, sqs, topics, target_queue):
    arn = topics("batch")
    url, qarn = target_queue("batch")
    subscribe(sns, arn, qarn, RawMessageDelivery="true")
    r = sns.publish_batch(TopicArn=arn, PublishBatchRequestEntries=[
        {"Id": "1", "Message": "Test Message with two attributes", "Subject": "Subject", "MessageAttributes": {
            "attr1": {"DataType": "Number", "StringValue": "99.12"}, "attr2": {"DataType": "Number", "StringValue": "109.12"}}},
        {"Id": "2", "Message": "Test Message with one attribute", "Subject": "Subject",
         "MessageAttributes": {"attr1": {"DataType": "Number", "StringValue": "19.12"}}},
        {"Id": "3", "Message": "Test Message without attribute", "Subject": "Subject"},
        {"Id": "4", "Message": "Test Message without subject"},
        {"Id": "5", "Message": json.dumps({"default": "test default", "sqs": "test sqs"}), "MessageStructure": "json"},
    ])
    # [LS-sns] test_publish_batch_messages_from_sns_to_sqs "publish-batch" and "messages".
    assert r["Failed"] == []
    assert [e["Id"] for e in r["Successful"]] == ["1", "2", "3", "4", "5"]
    assert all(set(e) == {"Id", "MessageId"} for e in r["Successful"]), r
    got = {m["Body"]: m for m in receive(sqs, url, 5)}
    assert set(got) == {"Test Message with two attributes", "Test Message with one attribute", "Test Message without attribute",
                        "Test Message without subject", "test sqs"}
    assert got["Test Message with two attributes"]["MD5OfMessageAttributes"] == "9b720b3af309c1c4b0d395c53b08c502"
    assert got["Test Message with one attribute"]["MD5OfMessageAttributes"] == "1f07082409022a373fa2a2601f82b3cb"

    # [LS-sns] test_publish_batch_exceptions, test_publish_batch_messages_without_topic.
    expect_error(sns.publish_batch, "TooManyEntriesInBatchRequest", 400,
                 message="The batch request contains more entries than permissible.",
                 TopicArn=arn, PublishBatchRequestEntries=[{"Id": f"Id_{i}", "Message": "Too many messages"} for i in range(11)])
    expect_error(sns.publish_batch, "BatchEntryIdsNotDistinct", 400,
                 message="Two or more batch entries in the request have the same Id.",
                 TopicArn=arn, PublishBatchRequestEntries=[{"Id": "1", "Message": "Messages with the same ID"}] * 2)
    expect_error(sns.publish_batch, "InvalidParameter", 400,
                 message="Invalid parameter: Message Structure - No default entry in JSON message body",
                 TopicArn=arn, PublishBatchRequestEntries=[{"Id": "1", "Message": json.dumps({"sqs": "test sqs"}), "MessageStructure": "json"}])
    expect_error(sns.publish_batch, "NotFound", 404, message="Topic does not exist",
                 TopicArn=arn + "fake-topic", PublishBatchRequestEntries=[{"Id": "1", "Message": "m"}])


def test_tags_with_boto3(sns, topics):
    arn = topics("tags")
    # [LS-sns] test_tags.
    expect_error(sns.tag_resource, "InvalidParameter", 400, message="Invalid parameter: Duplicated keys are not allowed.",
                 ResourceArn=arn, Tags=[{"Key": "k1", "Value": "v1"}, {"Key": "k2", "Value": "v2"}, {"Key": "k2", "Value": "v2"}])
    sns.tag_resource(ResourceArn=arn, Tags=[{"Key": "k1", "Value": "v1"}, {"Key": "k2", "Value": "v2"}])
    assert sorted(sns.list_tags_for_resource(ResourceArn=arn)["Tags"], key=lambda t: t["Key"]) == [
        {"Key": "k1", "Value": "v1"}, {"Key": "k2", "Value": "v2"}]
    sns.untag_resource(ResourceArn=arn, TagKeys=["k1"])
    assert sns.list_tags_for_resource(ResourceArn=arn)["Tags"] == [{"Key": "k2", "Value": "v2"}]
    sns.tag_resource(ResourceArn=arn, Tags=[{"Key": "k2", "Value": "v2b"}])
    assert sns.list_tags_for_resource(ResourceArn=arn)["Tags"] == [{"Key": "k2", "Value": "v2b"}]


# -------------------------------------------------------------------------------------------------
# Lambda
# -------------------------------------------------------------------------------------------------

def echo_function():
    """Prints every event: `echo <json>`. The sample app.py treats events with "Records" as SQS batches, so not that one."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        # writestr alone makes the file 0600; AWS (and Stratus's sandbox) need it world-readable (644).
        info = zipfile.ZipInfo("echo.py")
        info.external_attr = 0o644 << 16
        z.writestr(info, 'import json\n\n\ndef handler(event, context):\n    print("echo", json.dumps(event))\n    return "ok"\n')
    return buf.getvalue()


def echoed(logs, function, message_id, timeout=30):
    until = time.time() + timeout
    while time.time() < until:
        try:
            for e in logs.filter_log_events(logGroupName=f"/aws/lambda/{function}")["events"]:
                if e["message"].startswith("echo ") and message_id in e["message"]:
                    return json.loads(e["message"][len("echo "):])
        except logs.exceptions.ResourceNotFoundException:
            pass
        time.sleep(0.2)
    raise AssertionError(f"no echo of {message_id} in /aws/lambda/{function}")


def test_lambda_subscriber_gets_the_sns_event_with_boto3(sns, awslambda, logs, topics):
    function = unique_name("sns-echo")
    fn_arn = awslambda.create_function(FunctionName=function, Runtime="python3.12", Handler="echo.handler", Role=ROLE,
                                       Code={"ZipFile": echo_function()})["FunctionArn"]
    try:
        awslambda.get_waiter("function_active_v2").wait(FunctionName=function, WaiterConfig={"Delay": 1, "MaxAttempts": 30})
        arn = topics("to-lambda")
        awslambda.add_permission(FunctionName=function, StatementId="sns", Action="lambda:InvokeFunction",
                                 Principal="sns.amazonaws.com", SourceArn=arn)
        sub = sns.subscribe(TopicArn=arn, Protocol="lambda", Endpoint=fn_arn, ReturnSubscriptionArn=True)["SubscriptionArn"]
        attrs = sns.get_subscription_attributes(SubscriptionArn=sub)["Attributes"]
        # [LS-sns] test_redrive_policy_lambda_subscription "subscription-attributes".
        assert set(attrs) == SUBSCRIPTION_KEYS, attrs
        assert (attrs["Protocol"], attrs["Endpoint"], attrs["PendingConfirmation"], attrs["RawMessageDelivery"]) == (
            "lambda", fn_arn, "false", "false")

        message_id = sns.publish(TopicArn=arn, Subject="[Subject] Test subject", Message="Hello world.",
                                 MessageAttributes={"Test": {"DataType": "String", "StringValue": "TestString"}})["MessageId"]
        event = echoed(logs, function, message_id)
        # [Lambda-event]
        assert list(event) == ["Records"] and len(event["Records"]) == 1
        record = event["Records"][0]
        assert list(record) == ["EventSource", "EventVersion", "EventSubscriptionArn", "Sns"], record
        assert (record["EventSource"], record["EventVersion"], record["EventSubscriptionArn"]) == ("aws:sns", "1.0", sub)
        s = record["Sns"]
        assert list(s) == ["Type", "MessageId", "TopicArn", "Subject", "Message", "Timestamp", "SignatureVersion", "Signature",
                           "SigningCertUrl", "UnsubscribeUrl", "MessageAttributes"], s
        assert (s["Type"], s["MessageId"], s["TopicArn"], s["Subject"], s["Message"], s["SignatureVersion"]) == (
            "Notification", message_id, arn, "[Subject] Test subject", "Hello world.", "1")
        assert TIMESTAMP.fullmatch(s["Timestamp"]) and s["Signature"] and s["SigningCertUrl"].endswith(".pem")
        assert s["UnsubscribeUrl"].endswith(f"/?Action=Unsubscribe&SubscriptionArn={sub}")
        assert s["MessageAttributes"] == {"Test": {"Type": "String", "Value": "TestString"}}

        # [Lambda-event] "Subject": null and "MessageAttributes": {}; MessageStructure=json gives the "lambda" entry.
        message_id = sns.publish(TopicArn=arn, MessageStructure="json",
                                 Message=json.dumps({"default": "for everyone", "lambda": "for functions"}))["MessageId"]
        s = echoed(logs, function, message_id)["Records"][0]["Sns"]
        assert (s["Subject"], s["MessageAttributes"], s["Message"]) == (None, {}, "for functions")
    finally:
        awslambda.delete_function(FunctionName=function)


# -------------------------------------------------------------------------------------------------
# The AWS CLI
# -------------------------------------------------------------------------------------------------

def test_aws_cli_topics_subscriptions_publish_and_errors(cli, sqs, target_queue):
    name = unique_name("cli")
    arn = cli_ok(cli("sns", "create-topic", "--name", name, "--attributes", "DisplayName=from-the-cli",
                 "--tags", "Key=team,Value=cli"))["TopicArn"]
    try:
        assert arn == f"arn:aws:sns:{REGION}:{ACCOUNT}:{name}"
        assert cli_ok(cli("sns", "get-topic-attributes", "--topic-arn", arn))["Attributes"]["DisplayName"] == "from-the-cli"
        assert arn in [t["TopicArn"] for t in cli_ok(cli("sns", "list-topics"))["Topics"]]
        assert cli_ok(cli("sns", "list-tags-for-resource", "--resource-arn", arn))["Tags"] == [{"Key": "team", "Value": "cli"}]
        url, qarn = target_queue("cli")
        sub = cli_ok(cli("sns", "subscribe", "--topic-arn", arn, "--protocol", "sqs", "--notification-endpoint", qarn,
                     "--attributes", json.dumps({"FilterPolicy": json.dumps({"kind": ["wanted"]})}),
                     "--return-subscription-arn"))["SubscriptionArn"]
        assert sub.startswith(arn + ":")
        listed = cli_ok(cli("sns", "list-subscriptions-by-topic", "--topic-arn", arn))["Subscriptions"]
        assert [s["SubscriptionArn"] for s in listed] == [sub]
        published = cli_ok(cli("sns", "publish", "--topic-arn", arn, "--message", "hello from the cli", "--subject", "cli",
                           "--message-attributes", json.dumps({"kind": {"DataType": "String", "StringValue": "wanted"}})))
        cli_ok(cli("sns", "publish", "--topic-arn", arn, "--message", "filtered out",
               "--message-attributes", json.dumps({"kind": {"DataType": "String", "StringValue": "unwanted"}})))
        [body] = bodies(sqs, url, 1)
        assert_envelope(body, published["MessageId"], arn, sub, "hello from the cli", subject="cli",
                        attributes={"kind": {"Type": "String", "Value": "wanted"}})
        assert nothing_more(sqs, url) == []
        batch = cli_ok(cli("sns", "publish-batch", "--topic-arn", arn, "--publish-batch-request-entries",
                       json.dumps([{"Id": "a", "Message": "one"}, {"Id": "b", "Message": "two"}])))
        assert batch["Failed"] == [] and [e["Id"] for e in batch["Successful"]] == ["a", "b"]
        cli_ok(cli("sns", "set-subscription-attributes", "--subscription-arn", sub, "--attribute-name", "RawMessageDelivery",
               "--attribute-value", "true"))
        assert cli_ok(cli("sns", "get-subscription-attributes", "--subscription-arn", sub))["Attributes"]["RawMessageDelivery"] == "true"
        cli_ok(cli("sns", "unsubscribe", "--subscription-arn", sub))
        assert cli_ok(cli("sns", "list-subscriptions-by-topic", "--topic-arn", arn))["Subscriptions"] == []

        # [LS-sns] test_unknown_topic_publish, test_validations_for_fifo, test_create_topic_name_constraints.
        cli_failed(cli("sns", "publish", "--topic-arn", arn + "-fake", "--message", "m"), "NotFound", "Publish", "Topic does not exist")
        cli_failed(cli("sns", "create-topic", "--name", "bad name"), "InvalidParameter", "CreateTopic", "Invalid parameter: Topic Name")
        cli_failed(cli("sns", "publish", "--topic-arn", arn, "--message", "m", "--message-structure", "json"),
               "InvalidParameter", "Publish", "Invalid parameter: Message Structure - JSON message body failed to parse")
        cli_failed(cli("sns", "subscribe", "--topic-arn", arn, "--protocol", "sqs", "--notification-endpoint", url),
               "InvalidParameter", "Subscribe", "Invalid parameter: SQS endpoint ARN")
    finally:
        cli("sns", "delete-topic", "--topic-arn", arn)
    cli_failed(cli("sns", "get-topic-attributes", "--topic-arn", arn), "NotFound", "GetTopicAttributes", "Topic does not exist")
