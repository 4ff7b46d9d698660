"""SQS conformance through boto3: every operation, and bad input for every operation.

Expected answers are AWS's, from (cited per test where it matters):
  [model]   AWS's Smithy model of SQS (aws/api-models-aws, sqs-2012-11-05.json): error shapes,
            awsQueryError codes and HTTP status; and botocore's service-2.json docs (limits).
  [json]    SQS Developer Guide, "Interpreting Amazon SQS JSON API responses".
  [ls]      Responses recorded against real AWS in LocalStack's AWS-validated snapshots
            (tests/aws/services/sqs/test_sqs.snapshot.json, test_sqs_move_task.snapshot.json).
  [kb]      AWS knowledge-center / public issue threads quoting AWS's answer verbatim.
"""

import base64
import json
import threading
import time
import uuid

import pytest
from botocore.exceptions import ClientError

from conftest import (
    ACCOUNT,
    ENDPOINT,
    REGION,
    arn_of,
    expect_error,
    expected_queue_url,
    md5_hex,
    md5_of_attributes,
    name_of,
    queue_arn,
    unique_name,
)

NON_EXISTENT = "AWS.SimpleQueueService.NonExistentQueue"
NON_EXISTENT_MSG = "The specified queue does not exist."  # [json] [ls]

STANDARD_ALL_KEYS = {  # [ls] test_create_and_update_queue_attributes (2023, JSON protocol)
    "ApproximateNumberOfMessages",
    "ApproximateNumberOfMessagesDelayed",
    "ApproximateNumberOfMessagesNotVisible",
    "CreatedTimestamp",
    "DelaySeconds",
    "LastModifiedTimestamp",
    "MaximumMessageSize",
    "MessageRetentionPeriod",
    "QueueArn",
    "ReceiveMessageWaitTimeSeconds",
    "SqsManagedSseEnabled",
    "VisibilityTimeout",
}
FIFO_EXTRA_KEYS = {"ContentBasedDeduplication", "DeduplicationScope", "FifoQueue", "FifoThroughputLimit"}


def S(value):
    return {"DataType": "String", "StringValue": value}


def attrs(sqs, url, *names):
    return sqs.get_queue_attributes(QueueUrl=url, AttributeNames=list(names) or ["All"]).get("Attributes", {})


def counts(sqs, url):
    a = attrs(sqs, url, "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible",
              "ApproximateNumberOfMessagesDelayed")
    return (int(a["ApproximateNumberOfMessages"]), int(a["ApproximateNumberOfMessagesNotVisible"]),
            int(a["ApproximateNumberOfMessagesDelayed"]))


def receive(sqs, url, **kwargs):
    return sqs.receive_message(QueueUrl=url, **kwargs).get("Messages", [])


def receive_one(sqs, url, wait=2, **kwargs):
    msgs = receive(sqs, url, WaitTimeSeconds=wait, MaxNumberOfMessages=1, **kwargs)
    assert len(msgs) == 1, msgs
    return msgs[0]


# =============================================================================================
# CreateQueue
# =============================================================================================
class TestCreateQueue:
    def test_standard_queue_url_and_default_attributes(self, sqs, make_queue):
        name = unique_name("std")
        url = make_queue(name=name)
        assert url == expected_queue_url(name)
        a = attrs(sqs, url)
        assert set(a) == STANDARD_ALL_KEYS
        assert a["QueueArn"] == queue_arn(name)
        assert a["VisibilityTimeout"] == "30"
        assert a["MaximumMessageSize"] == "1048576"  # [model] default 1 MiB
        assert a["MessageRetentionPeriod"] == "345600"
        assert a["DelaySeconds"] == "0"
        assert a["ReceiveMessageWaitTimeSeconds"] == "0"
        assert a["SqsManagedSseEnabled"] == "true"
        assert (a["ApproximateNumberOfMessages"], a["ApproximateNumberOfMessagesNotVisible"],
                a["ApproximateNumberOfMessagesDelayed"]) == ("0", "0", "0")
        now = time.time()
        for key in ("CreatedTimestamp", "LastModifiedTimestamp"):
            assert a[key].isdigit(), a[key]  # epoch seconds
            assert abs(int(a[key]) - now) < 120

    def test_fifo_queue_default_attributes(self, sqs, make_queue):
        url = make_queue(fifo=True)
        assert url.endswith(".fifo")
        a = attrs(sqs, url)
        assert set(a) == STANDARD_ALL_KEYS | FIFO_EXTRA_KEYS
        assert a["FifoQueue"] == "true"
        assert a["ContentBasedDeduplication"] == "false"
        assert a["DeduplicationScope"] == "queue"
        assert a["FifoThroughputLimit"] == "perQueue"

    def test_high_throughput_fifo(self, sqs, make_queue):
        url = make_queue(fifo=True, attributes={"DeduplicationScope": "messageGroup",
                                                "FifoThroughputLimit": "perMessageGroupId"})
        a = attrs(sqs, url, "DeduplicationScope", "FifoThroughputLimit")
        assert a == {"DeduplicationScope": "messageGroup", "FifoThroughputLimit": "perMessageGroupId"}

    def test_create_with_attributes_and_tags(self, sqs, make_queue):
        url = make_queue(attributes={"VisibilityTimeout": "20", "DelaySeconds": "5",
                                     "MaximumMessageSize": "2048", "MessageRetentionPeriod": "604800",
                                     "ReceiveMessageWaitTimeSeconds": "10"},
                         tags={"team": "core", "empty": ""})
        a = attrs(sqs, url)
        assert (a["VisibilityTimeout"], a["DelaySeconds"], a["MaximumMessageSize"],
                a["MessageRetentionPeriod"], a["ReceiveMessageWaitTimeSeconds"]) == (
            "20", "5", "2048", "604800", "10")
        assert sqs.list_queue_tags(QueueUrl=url)["Tags"] == {"team": "core", "empty": ""}

    def test_boundary_values_accepted(self, sqs, make_queue):
        url = make_queue(attributes={"VisibilityTimeout": "43200", "DelaySeconds": "900",
                                     "MaximumMessageSize": "1024", "MessageRetentionPeriod": "60",
                                     "ReceiveMessageWaitTimeSeconds": "20"})
        url2 = make_queue(attributes={"VisibilityTimeout": "0", "MaximumMessageSize": "1048576",
                                      "MessageRetentionPeriod": "1209600"})
        assert attrs(sqs, url, "VisibilityTimeout")["VisibilityTimeout"] == "43200"
        assert attrs(sqs, url2, "MessageRetentionPeriod")["MessageRetentionPeriod"] == "1209600"

    def test_name_of_80_characters_accepted(self, sqs, make_queue):
        name = ("n" + uuid.uuid4().hex * 3)[:80]
        url = make_queue(name=name)
        assert url == expected_queue_url(name)
        fifo_name = ("f" + uuid.uuid4().hex * 3)[:75] + ".fifo"
        assert len(fifo_name) == 80
        assert make_queue(name=fifo_name, fifo=True).endswith(fifo_name)

    def test_idempotent_recreate_returns_same_url(self, sqs, make_queue):
        name = unique_name("idem")
        a = {"VisibilityTimeout": "45", "DelaySeconds": "3"}
        url = make_queue(name=name, attributes=a)
        assert sqs.create_queue(QueueName=name, Attributes=a)["QueueUrl"] == url
        # AWS (per LocalStack's AWS-validated test) also accepts a re-create without attributes.
        assert sqs.create_queue(QueueName=name)["QueueUrl"] == url

    def test_recreate_with_different_attribute_fails(self, sqs, make_queue):
        # [model] QueueNameExists -> query code QueueAlreadyExists, 400; [ls] message
        name = unique_name("diff")
        make_queue(name=name, attributes={"VisibilityTimeout": "10"})
        expect_error(sqs.create_queue, "QueueAlreadyExists", 400,
                     message="A queue already exists with the same name and a different value for attribute VisibilityTimeout",
                     QueueName=name, Attributes={"VisibilityTimeout": "60"})

    def test_recreate_fifo_with_different_attribute_fails(self, sqs, make_queue):
        name = unique_name("diff") + ".fifo"
        make_queue(name=name, fifo=True, attributes={"ContentBasedDeduplication": "true"})
        expect_error(sqs.create_queue, "QueueAlreadyExists", 400,
                     message="A queue already exists with the same name and a different value for attribute ContentBasedDeduplication",
                     QueueName=name, Attributes={"FifoQueue": "true", "ContentBasedDeduplication": "false"})

    @pytest.mark.parametrize("name", ["x" * 81, "has space", "bad!char", "slash/name", "dot.name", "ünïcode"])
    def test_invalid_queue_names(self, sqs, name):
        # [model] names: up to 80 alphanumeric, hyphen, underscore
        expect_error(sqs.create_queue, "InvalidParameterValue", 400, QueueName=name)

    def test_fifo_suffix_without_fifo_attribute_rejected(self, sqs):
        expect_error(sqs.create_queue, "InvalidParameterValue", 400, QueueName=unique_name("nofifo") + ".fifo")

    def test_fifo_attribute_without_fifo_suffix_rejected(self, sqs):
        expect_error(sqs.create_queue, "InvalidParameterValue", 400,
                     QueueName=unique_name("nosuffix"), Attributes={"FifoQueue": "true"})

    def test_unknown_attribute_name(self, sqs):
        expect_error(sqs.create_queue, "InvalidAttributeName", 400, message="Unknown Attribute Foo.",
                     QueueName=unique_name("attr"), Attributes={"Foo": "1"})

    @pytest.mark.parametrize("attribute,value", [
        ("VisibilityTimeout", "43201"), ("VisibilityTimeout", "-1"), ("VisibilityTimeout", "abc"),
        ("DelaySeconds", "901"), ("MaximumMessageSize", "1023"), ("MaximumMessageSize", "1048577"),
        ("MessageRetentionPeriod", "59"), ("MessageRetentionPeriod", "1209601"),
        ("ReceiveMessageWaitTimeSeconds", "21"),
        ("KmsDataKeyReusePeriodSeconds", "59"), ("KmsDataKeyReusePeriodSeconds", "86401"),
    ])
    def test_invalid_attribute_values(self, sqs, attribute, value):
        # [model] ranges from CreateQueue docs; [ls] message shape "Invalid value for the parameter X."
        err = expect_error(sqs.create_queue, "InvalidAttributeValue", 400,
                           QueueName=unique_name("val"), Attributes={attribute: value})
        assert err["Message"].startswith(f"Invalid value for the parameter {attribute}"), err["Message"]

    def test_create_after_delete_is_allowed_at_once(self, sqs):
        # AWS refuses this for 60 s (QueueDeletedRecently); Stratus allows it on purpose, so that
        # test suites can re-create their queues (docs/decisions.md). The new queue starts empty.
        name = unique_name("recent")
        url = sqs.create_queue(QueueName=name)["QueueUrl"]
        sqs.send_message(QueueUrl=url, MessageBody="old")
        sqs.delete_queue(QueueUrl=url)
        assert sqs.create_queue(QueueName=name)["QueueUrl"] == url
        assert "Messages" not in sqs.receive_message(QueueUrl=url)


# =============================================================================================
# GetQueueUrl / ListQueues / DeleteQueue
# =============================================================================================
class TestQueueDirectory:
    def test_get_queue_url(self, sqs, make_queue):
        name = unique_name("url")
        url = make_queue(name=name)
        assert sqs.get_queue_url(QueueName=name)["QueueUrl"] == url == expected_queue_url(name)

    def test_get_queue_url_with_owner_account(self, sqs, make_queue):
        name = unique_name("url")
        url = make_queue(name=name)
        assert sqs.get_queue_url(QueueName=name, QueueOwnerAWSAccountId=ACCOUNT)["QueueUrl"] == url

    def test_get_queue_url_missing(self, sqs):
        # [json] [ls]
        expect_error(sqs.get_queue_url, NON_EXISTENT, 400, message=NON_EXISTENT_MSG, QueueName=unique_name("nope"))

    def test_list_queues_prefix(self, sqs, make_queue):
        prefix = unique_name("lp")
        urls = {make_queue(name=f"{prefix}-{i}") for i in range(3)}
        other = make_queue(name=unique_name("other"))
        listed = set(sqs.list_queues(QueueNamePrefix=prefix)["QueueUrls"])
        assert listed == urls
        assert other in sqs.list_queues()["QueueUrls"]
        assert "NextToken" not in sqs.list_queues(QueueNamePrefix=prefix)

    def test_list_queues_empty_result_omits_key(self, sqs):
        # AWS omits QueueUrls for an empty result (LocalStack AWS-validated, PR #9828)
        resp = sqs.list_queues(QueueNamePrefix=unique_name("none"))
        assert "QueueUrls" not in resp

    def test_list_queues_paging(self, sqs, make_queue):
        prefix = unique_name("pg")
        urls = {make_queue(name=f"{prefix}-{i}") for i in range(5)}
        seen, token, pages = [], None, 0
        while True:
            kwargs = {"QueueNamePrefix": prefix, "MaxResults": 2}
            if token:
                kwargs["NextToken"] = token
            resp = sqs.list_queues(**kwargs)
            page = resp.get("QueueUrls", [])
            assert len(page) <= 2
            seen += page
            pages += 1
            token = resp.get("NextToken")
            if not token:
                break
            assert pages < 10
        assert pages == 3
        assert sorted(seen) == sorted(urls)

    @pytest.mark.parametrize("max_results", [0, 1001, -1])
    def test_list_queues_max_results_out_of_range(self, sqs, max_results):
        # [model] "Value range is 1 to 1000"
        expect_error(sqs.list_queues, "InvalidParameterValue", 400, MaxResults=max_results)

    def test_delete_queue(self, sqs):
        name = unique_name("del")
        url = sqs.create_queue(QueueName=name)["QueueUrl"]
        sqs.delete_queue(QueueUrl=url)
        expect_error(sqs.get_queue_url, NON_EXISTENT, 400, QueueName=name)
        assert url not in sqs.list_queues(QueueNamePrefix=name).get("QueueUrls", [])
        expect_error(sqs.send_message, NON_EXISTENT, 400, QueueUrl=url, MessageBody="x")

    def test_delete_missing_queue(self, sqs):
        expect_error(sqs.delete_queue, NON_EXISTENT, 400, message=NON_EXISTENT_MSG,
                     QueueUrl=expected_queue_url(unique_name("nope")))


# =============================================================================================
# Get/SetQueueAttributes
# =============================================================================================
class TestQueueAttributes:
    def test_selected_attributes_only(self, sqs, make_queue):
        url = make_queue()
        a = attrs(sqs, url, "VisibilityTimeout", "QueueArn")
        assert set(a) == {"VisibilityTimeout", "QueueArn"}

    @pytest.mark.parametrize("name", sorted(STANDARD_ALL_KEYS))
    def test_each_attribute_alone(self, sqs, make_queue, name):
        url = make_queue()
        assert set(attrs(sqs, url, name)) == {name}

    @pytest.mark.parametrize("name", sorted(FIFO_EXTRA_KEYS))
    def test_each_fifo_attribute_alone(self, sqs, make_queue, name):
        url = make_queue(fifo=True)
        assert set(attrs(sqs, url, name)) == {name}

    def test_no_attribute_names_returns_nothing(self, sqs, make_queue):
        url = make_queue()
        assert sqs.get_queue_attributes(QueueUrl=url).get("Attributes", {}) == {}

    def test_unset_attribute_not_returned(self, sqs, make_queue):
        url = make_queue()
        assert "KmsMasterKeyId" not in sqs.get_queue_attributes(
            QueueUrl=url, AttributeNames=["KmsMasterKeyId"]).get("Attributes", {})

    def test_unknown_attribute_name(self, sqs, make_queue):
        url = make_queue()
        expect_error(sqs.get_queue_attributes, "InvalidAttributeName", 400, message="Unknown Attribute Foo.",
                     QueueUrl=url, AttributeNames=["QueueArn", "Foo"])

    def test_missing_queue(self, sqs):
        expect_error(sqs.get_queue_attributes, NON_EXISTENT, 400,
                     QueueUrl=expected_queue_url(unique_name("nope")), AttributeNames=["All"])
        expect_error(sqs.set_queue_attributes, NON_EXISTENT, 400,
                     QueueUrl=expected_queue_url(unique_name("nope")), Attributes={"DelaySeconds": "1"})

    def test_computed_counts(self, sqs, make_queue):
        url = make_queue()
        for i in range(3):
            sqs.send_message(QueueUrl=url, MessageBody=f"m{i}")
        sqs.send_message(QueueUrl=url, MessageBody="later", DelaySeconds=60)
        assert counts(sqs, url) == (3, 0, 1)
        assert len(receive(sqs, url, MaxNumberOfMessages=2, VisibilityTimeout=60)) == 2
        assert counts(sqs, url) == (1, 2, 1)

    def test_set_each_attribute(self, sqs, make_queue):
        url = make_queue()
        policy = {"Version": "2012-10-17", "Id": "p1", "Statement": [
            {"Sid": "s1", "Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage",
             "Resource": arn_of(sqs, url)}]}
        new = {"VisibilityTimeout": "45", "MaximumMessageSize": "2048", "MessageRetentionPeriod": "120",
               "DelaySeconds": "7", "ReceiveMessageWaitTimeSeconds": "3", "Policy": json.dumps(policy)}
        sqs.set_queue_attributes(QueueUrl=url, Attributes=new)
        got = attrs(sqs, url, *new)
        assert {k: got[k] for k in new if k != "Policy"} == {k: v for k, v in new.items() if k != "Policy"}
        assert json.loads(got["Policy"]) == policy

    def test_empty_policy_removes_it(self, sqs, make_queue):
        url = make_queue()
        policy = {"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": "*", "Action": "sqs:*", "Resource": arn_of(sqs, url)}]}
        sqs.set_queue_attributes(QueueUrl=url, Attributes={"Policy": json.dumps(policy)})
        sqs.set_queue_attributes(QueueUrl=url, Attributes={"Policy": ""})
        assert "Policy" not in attrs(sqs, url)

    def test_fifo_content_based_dedup_toggle(self, sqs, make_queue):
        url = make_queue(fifo=True, attributes={"ContentBasedDeduplication": "true"})
        sqs.set_queue_attributes(QueueUrl=url, Attributes={"ContentBasedDeduplication": "false"})
        assert attrs(sqs, url, "ContentBasedDeduplication")["ContentBasedDeduplication"] == "false"

    def test_set_unknown_attribute(self, sqs, make_queue):
        url = make_queue()
        expect_error(sqs.set_queue_attributes, "InvalidAttributeName", 400, message="Unknown Attribute Foo.",
                     QueueUrl=url, Attributes={"Foo": "bar"})

    @pytest.mark.parametrize("attribute,value", [
        ("VisibilityTimeout", "43201"), ("DelaySeconds", "-1"), ("DelaySeconds", "901"),
        ("MaximumMessageSize", "1023"), ("MaximumMessageSize", "1048577"),
        ("MessageRetentionPeriod", "59"), ("ReceiveMessageWaitTimeSeconds", "21"),
    ])
    def test_set_invalid_values(self, sqs, make_queue, attribute, value):
        url = make_queue()
        err = expect_error(sqs.set_queue_attributes, "InvalidAttributeValue", 400,
                           QueueUrl=url, Attributes={attribute: value})
        assert err["Message"].startswith(f"Invalid value for the parameter {attribute}"), err["Message"]

    def test_queue_type_cannot_change(self, sqs, make_queue):
        # [ls] test_set_unsupported_attribute_fifo (AWS-validated test and snapshot)
        std = make_queue()
        expect_error(sqs.set_queue_attributes, "InvalidAttributeName", 400, message="Unknown Attribute FifoQueue.",
                     QueueUrl=std, Attributes={"FifoQueue": "true"})
        fifo = make_queue(fifo=True)
        sqs.set_queue_attributes(QueueUrl=fifo, Attributes={"FifoQueue": "true"})  # unchanged: accepted
        expect_error(sqs.set_queue_attributes, "InvalidAttributeValue", 400,
                     message="Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not supported.",
                     QueueUrl=fifo, Attributes={"FifoQueue": "false"})


# =============================================================================================
# RedrivePolicy / RedriveAllowPolicy / dead-letter queues / message move tasks
# =============================================================================================
class TestDeadLetter:
    def test_redrive_policy_round_trip_and_removal(self, sqs, make_queue):
        dlq_arn = arn_of(sqs, make_queue(prefix="dlq"))
        url = make_queue(attributes={"RedrivePolicy": json.dumps(
            {"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 5})})
        got = json.loads(attrs(sqs, url, "RedrivePolicy")["RedrivePolicy"])
        assert got == {"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 5}
        sqs.set_queue_attributes(QueueUrl=url, Attributes={"RedrivePolicy": ""})
        assert "RedrivePolicy" not in attrs(sqs, url)

    def test_redrive_policy_to_missing_dlq(self, sqs, make_queue):
        url = make_queue()
        policy = json.dumps({"deadLetterTargetArn": queue_arn(unique_name("ghost")), "maxReceiveCount": 3})
        expect_error(sqs.set_queue_attributes, "InvalidParameterValue", 400,
                     message_contains="Dead letter target does not exist",  # [kb] serverless#5215
                     QueueUrl=url, Attributes={"RedrivePolicy": policy})

    def test_redrive_policy_with_malformed_arn(self, sqs, make_queue):
        url = make_queue()
        policy = '{"deadLetterTargetArn": "dummy", "maxReceiveCount": 42}'
        expect_error(sqs.set_queue_attributes, "InvalidParameterValue", 400,  # [ls] verbatim
                     message=f"Value {policy} for parameter RedrivePolicy is invalid. Reason: Invalid value for deadLetterTargetArn.",
                     QueueUrl=url, Attributes={"RedrivePolicy": policy})

    def test_redrive_policy_queue_type_mismatch(self, sqs, make_queue):
        # [model] "The dead-letter queue of a FIFO queue must also be a FIFO queue" (and vice versa)
        fifo_dlq = arn_of(sqs, make_queue(prefix="dlq", fifo=True))
        std = make_queue()
        expect_error(sqs.set_queue_attributes, "InvalidParameterValue", 400, QueueUrl=std,
                     Attributes={"RedrivePolicy": json.dumps({"deadLetterTargetArn": fifo_dlq, "maxReceiveCount": 2})})

    @pytest.mark.parametrize("count", [0, 1001])
    def test_redrive_policy_max_receive_count_out_of_range(self, sqs, make_queue, count):
        dlq_arn = arn_of(sqs, make_queue(prefix="dlq"))
        url = make_queue()
        expect_error(sqs.set_queue_attributes, "InvalidParameterValue", 400, QueueUrl=url,
                     Attributes={"RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": count})})

    def test_redrive_allow_policy_deny_all(self, sqs, make_queue):
        dlq = make_queue(prefix="dlq", attributes={"RedriveAllowPolicy": json.dumps({"redrivePermission": "denyAll"})})
        assert json.loads(attrs(sqs, dlq, "RedriveAllowPolicy")["RedriveAllowPolicy"]) == {"redrivePermission": "denyAll"}
        src = make_queue()
        expect_error(sqs.set_queue_attributes, "InvalidParameterValue", 400, QueueUrl=src,
                     Attributes={"RedrivePolicy": json.dumps({"deadLetterTargetArn": arn_of(sqs, dlq), "maxReceiveCount": 2})})

    def test_redrive_allow_policy_by_queue(self, sqs, make_queue):
        allowed, refused = make_queue(prefix="ok"), make_queue(prefix="no")
        dlq = make_queue(prefix="dlq", attributes={"RedriveAllowPolicy": json.dumps(
            {"redrivePermission": "byQueue", "sourceQueueArns": [arn_of(sqs, allowed)]})})
        policy = json.dumps({"deadLetterTargetArn": arn_of(sqs, dlq), "maxReceiveCount": 2})
        sqs.set_queue_attributes(QueueUrl=allowed, Attributes={"RedrivePolicy": policy})
        expect_error(sqs.set_queue_attributes, "InvalidParameterValue", 400, QueueUrl=refused,
                     Attributes={"RedrivePolicy": policy})

    def _dead_lettered(self, sqs, make_queue, body="poison"):
        dlq = make_queue(prefix="dlq")
        dlq_arn = arn_of(sqs, dlq)
        src = make_queue(prefix="src", attributes={"VisibilityTimeout": "1", "RedrivePolicy": json.dumps(
            {"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 1})})
        msg_id = sqs.send_message(QueueUrl=src, MessageBody=body)["MessageId"]
        first = receive_one(sqs, src, wait=0)
        assert first["MessageId"] == msg_id
        time.sleep(1.2)
        assert receive(sqs, src) == []  # the second receive moves it instead of delivering it
        return src, dlq, dlq_arn, msg_id

    def test_max_receive_count_moves_message_to_dlq(self, sqs, make_queue):
        src, dlq, _, msg_id = self._dead_lettered(sqs, make_queue)
        moved = receive_one(sqs, dlq, wait=2)
        assert (moved["MessageId"], moved["Body"]) == (msg_id, "poison")
        assert counts(sqs, src) == (0, 0, 0)

    def test_list_dead_letter_source_queues(self, sqs, make_queue):
        dlq = make_queue(prefix="dlq")
        policy = json.dumps({"deadLetterTargetArn": arn_of(sqs, dlq), "maxReceiveCount": 3})
        src1 = make_queue(prefix="s1", attributes={"RedrivePolicy": policy})
        src2 = make_queue(prefix="s2", attributes={"RedrivePolicy": policy})
        assert sorted(sqs.list_dead_letter_source_queues(QueueUrl=dlq)["queueUrls"]) == sorted([src1, src2])
        page = sqs.list_dead_letter_source_queues(QueueUrl=dlq, MaxResults=1)
        assert len(page["queueUrls"]) == 1 and page.get("NextToken")
        rest = sqs.list_dead_letter_source_queues(QueueUrl=dlq, MaxResults=1, NextToken=page["NextToken"])
        assert sorted(page["queueUrls"] + rest["queueUrls"]) == sorted([src1, src2])
        assert sqs.list_dead_letter_source_queues(QueueUrl=src1).get("queueUrls", []) == []

    def test_list_dead_letter_source_queues_missing_queue(self, sqs):
        expect_error(sqs.list_dead_letter_source_queues, NON_EXISTENT, 400,
                     QueueUrl=expected_queue_url(unique_name("nope")))

    def test_message_move_task_redrives_to_source(self, sqs, make_queue):
        src, dlq, dlq_arn, msg_id = self._dead_lettered(sqs, make_queue, body="bring-me-back")
        deadline = time.time() + 5
        while counts(sqs, dlq)[0] != 1:  # the moved message is visible in the DLQ
            assert time.time() < deadline
            time.sleep(0.1)
        handle = sqs.start_message_move_task(SourceArn=dlq_arn)["TaskHandle"]
        assert handle
        deadline, task = time.time() + 15, None
        while time.time() < deadline:
            results = sqs.list_message_move_tasks(SourceArn=dlq_arn, MaxResults=10)["Results"]
            task = results[0]
            if task["Status"] == "COMPLETED":
                break
            assert task["Status"] == "RUNNING", task
            time.sleep(0.2)
        # [ls] test_move_task_workflow_with_default_destination
        assert task["Status"] == "COMPLETED", task
        assert task["SourceArn"] == dlq_arn
        assert task["ApproximateNumberOfMessagesMoved"] == 1
        assert task["ApproximateNumberOfMessagesToMove"] == 1
        assert "DestinationArn" not in task
        assert "TaskHandle" not in task  # [model] only populated for RUNNING tasks
        assert isinstance(task["StartedTimestamp"], int) and task["StartedTimestamp"] > 0
        back = receive_one(sqs, src, wait=2)
        assert back["Body"] == "bring-me-back"
        # Cancelling a finished task is refused ([model]: only RUNNING tasks can be cancelled)
        with pytest.raises(ClientError) as info:
            sqs.cancel_message_move_task(TaskHandle=handle)
        assert info.value.response["ResponseMetadata"]["HTTPStatusCode"] in (400, 404)

    def test_move_task_to_explicit_destination(self, sqs, make_queue):
        src, dlq, dlq_arn, _ = self._dead_lettered(sqs, make_queue, body="elsewhere")
        dest = make_queue(prefix="dest")
        dest_arn = arn_of(sqs, dest)
        deadline = time.time() + 5
        while counts(sqs, dlq)[0] != 1:
            assert time.time() < deadline
            time.sleep(0.1)
        sqs.start_message_move_task(SourceArn=dlq_arn, DestinationArn=dest_arn)
        deadline = time.time() + 15
        while True:
            task = sqs.list_message_move_tasks(SourceArn=dlq_arn)["Results"][0]
            if task["Status"] == "COMPLETED" or time.time() > deadline:
                break
            time.sleep(0.2)
        assert task["Status"] == "COMPLETED"
        assert task["DestinationArn"] == dest_arn
        assert receive_one(sqs, dest, wait=2)["Body"] == "elsewhere"

    def test_start_move_task_on_queue_that_is_not_a_dlq(self, sqs, make_queue):
        url = make_queue()
        expect_error(sqs.start_message_move_task, "InvalidParameterValue", 400,  # [ls] verbatim
                     message="Source queue must be configured as a Dead Letter Queue.",
                     SourceArn=arn_of(sqs, url))

    def test_start_move_task_unknown_source(self, sqs):
        expect_error(sqs.start_message_move_task, "ResourceNotFoundException", 404,  # [model] 404; [ls]
                     message="The resource that you specified for the SourceArn parameter doesn't exist.",
                     SourceArn=queue_arn(unique_name("ghost")))

    def test_start_move_task_unknown_destination(self, sqs, make_queue):
        dlq = make_queue(prefix="dlq")
        make_queue(attributes={"RedrivePolicy": json.dumps({"deadLetterTargetArn": arn_of(sqs, dlq), "maxReceiveCount": 2})})
        expect_error(sqs.start_message_move_task, "ResourceNotFoundException", 404,  # [ls] verbatim
                     message="The resource that you specified for the DestinationArn parameter doesn't exist.",
                     SourceArn=arn_of(sqs, dlq), DestinationArn=queue_arn(unique_name("ghost")))

    def test_list_move_tasks_unknown_source(self, sqs):
        expect_error(sqs.list_message_move_tasks, "ResourceNotFoundException", 404,
                     SourceArn=queue_arn(unique_name("ghost")))

    def test_cancel_move_task_with_garbage_handle(self, sqs):
        expect_error(sqs.cancel_message_move_task, "InvalidParameterValue", 400,  # [ls] verbatim
                     message="Value for parameter TaskHandle is invalid.", TaskHandle="not-a-task-handle")


# =============================================================================================
# PurgeQueue
# =============================================================================================
class TestPurgeQueue:
    def test_purge_then_second_purge_in_progress(self, sqs, make_queue):
        name = unique_name("purge")
        url = make_queue(name=name)
        for i in range(3):
            sqs.send_message(QueueUrl=url, MessageBody=f"m{i}")
        receive(sqs, url, VisibilityTimeout=60)  # one in flight: purged too
        sqs.purge_queue(QueueUrl=url)
        assert counts(sqs, url) == (0, 0, 0)
        assert receive(sqs, url) == []
        # [model] PurgeQueueInProgress: 403; [ls] message verbatim
        expect_error(sqs.purge_queue, "AWS.SimpleQueueService.PurgeQueueInProgress", 403,
                     message=f"Only one PurgeQueue operation on {name} is allowed every 60 seconds.",
                     QueueUrl=url)

    def test_purge_removes_delayed_messages_and_fifo_dedup_history(self, sqs, make_queue):
        # [ls] test_purge_queue_deletes_delayed_messages, test_purge_queue_clears_fifo_deduplication_cache
        url = make_queue()
        sqs.send_message(QueueUrl=url, MessageBody="delayed", DelaySeconds=1)
        sqs.purge_queue(QueueUrl=url)
        assert counts(sqs, url) == (0, 0, 0)
        fifo = make_queue(fifo=True)
        sqs.send_message(QueueUrl=fifo, MessageBody="message-1", MessageGroupId="g", MessageDeduplicationId="d")
        sqs.purge_queue(QueueUrl=fifo)
        sqs.send_message(QueueUrl=fifo, MessageBody="message-2", MessageGroupId="g", MessageDeduplicationId="d")
        assert [m["Body"] for m in receive(sqs, fifo, WaitTimeSeconds=1)] == ["message-2"]

    def test_purge_missing_queue(self, sqs):
        expect_error(sqs.purge_queue, NON_EXISTENT, 400, QueueUrl=expected_queue_url(unique_name("nope")))


# =============================================================================================
# Tags
# =============================================================================================
class TestTags:
    def test_tag_list_untag(self, sqs, make_queue):
        url = make_queue()
        assert sqs.list_queue_tags(QueueUrl=url).get("Tags", {}) == {}
        sqs.tag_queue(QueueUrl=url, Tags={"tag1": "value1", "tag2": "value2", "tag3": ""})
        assert sqs.list_queue_tags(QueueUrl=url)["Tags"] == {"tag1": "value1", "tag2": "value2", "tag3": ""}
        sqs.tag_queue(QueueUrl=url, Tags={"tag1": "changed"})
        assert sqs.list_queue_tags(QueueUrl=url)["Tags"]["tag1"] == "changed"
        sqs.untag_queue(QueueUrl=url, TagKeys=["tag1", "tag3", "not-there"])
        assert sqs.list_queue_tags(QueueUrl=url)["Tags"] == {"tag2": "value2"}
        sqs.untag_queue(QueueUrl=url, TagKeys=["tag2"])
        assert sqs.list_queue_tags(QueueUrl=url).get("Tags", {}) == {}

    def test_tags_on_missing_queue(self, sqs):
        url = expected_queue_url(unique_name("nope"))
        expect_error(sqs.tag_queue, NON_EXISTENT, 400, QueueUrl=url, Tags={"a": "b"})
        expect_error(sqs.untag_queue, NON_EXISTENT, 400, QueueUrl=url, TagKeys=["a"])
        expect_error(sqs.list_queue_tags, NON_EXISTENT, 400, QueueUrl=url)


# =============================================================================================
# AddPermission / RemovePermission
# =============================================================================================
class TestPermissions:
    def test_permission_lifecycle(self, sqs, make_queue):
        url = make_queue()
        arn = arn_of(sqs, url)
        sqs.add_permission(QueueUrl=url, Label="send1", AWSAccountIds=["111122223333"], Actions=["SendMessage"])
        policy = json.loads(attrs(sqs, url, "Policy")["Policy"])
        # [ls] test_sqs_permission_lifecycle (AWS, JSON protocol)
        assert policy["Version"] == "2008-10-17"
        assert policy["Id"] == f"{arn}/SQSDefaultPolicy"
        assert policy["Statement"] == [{
            "Sid": "send1", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
            "Action": "SQS:SendMessage", "Resource": arn}]
        sqs.add_permission(QueueUrl=url, Label="two", AWSAccountIds=["111122223333", "444455556666"],
                           Actions=["ReceiveMessage"])
        statements = json.loads(attrs(sqs, url, "Policy")["Policy"])["Statement"]
        assert [s["Sid"] for s in statements] == ["send1", "two"]
        assert statements[1]["Principal"] == {"AWS": ["arn:aws:iam::111122223333:root",
                                                      "arn:aws:iam::444455556666:root"]}
        sqs.remove_permission(QueueUrl=url, Label="send1")
        statements = json.loads(attrs(sqs, url, "Policy")["Policy"])["Statement"]
        assert [s["Sid"] for s in statements] == ["two"]
        sqs.remove_permission(QueueUrl=url, Label="two")
        assert "Policy" not in attrs(sqs, url)

    def test_duplicate_label(self, sqs, make_queue):
        url = make_queue()
        sqs.add_permission(QueueUrl=url, Label="dup", AWSAccountIds=[ACCOUNT], Actions=["ReceiveMessage"])
        expect_error(sqs.add_permission, "InvalidParameterValue", 400,  # [ls] verbatim
                     message="Value dup for parameter Label is invalid. Reason: Already exists.",
                     QueueUrl=url, Label="dup", AWSAccountIds=["111122223333"], Actions=["ReceiveMessage"])

    def test_remove_unknown_label(self, sqs, make_queue):
        url = make_queue()
        expect_error(sqs.remove_permission, "InvalidParameterValue", 400,  # [ls] verbatim
                     message="Value nolabel for parameter Label is invalid. Reason: can't find label.",
                     QueueUrl=url, Label="nolabel")

    def test_more_than_seven_actions(self, sqs, make_queue):
        # [model] "An Amazon SQS policy can have a maximum of seven actions per statement";
        # OverLimit is AddPermission's limit error, 403
        url = make_queue()
        actions = ["SendMessage", "ReceiveMessage", "DeleteMessage", "ChangeMessageVisibility",
                   "GetQueueAttributes", "GetQueueUrl", "PurgeQueue", "ListDeadLetterSourceQueues"]
        expect_error(sqs.add_permission, "OverLimit", 403, QueueUrl=url, Label="many",
                     AWSAccountIds=[ACCOUNT], Actions=actions)

    def test_permissions_on_missing_queue(self, sqs):
        url = expected_queue_url(unique_name("nope"))
        expect_error(sqs.add_permission, NON_EXISTENT, 400, QueueUrl=url, Label="l",
                     AWSAccountIds=[ACCOUNT], Actions=["SendMessage"])
        expect_error(sqs.remove_permission, NON_EXISTENT, 400, QueueUrl=url, Label="l")


# =============================================================================================
# SendMessage
# =============================================================================================
ALL_TYPES = {
    "str": S("hello wörld"),
    "num": {"DataType": "Number", "StringValue": "1493147359900"},
    "numint": {"DataType": "Number.int", "StringValue": "42"},
    "bin": {"DataType": "Binary", "BinaryValue": b"\x00\x01\xfe\xff"},
    "bin.gif": {"DataType": "Binary.gif", "BinaryValue": b"GIF89a"},
    "custom-str_x": {"DataType": "String.json", "StringValue": '{"a": 1}'},
}


class TestSendMessage:
    def test_md5_algorithm_matches_aws_reference_values(self):
        # Digests AWS returned, recorded in [ls] snapshots and moto's tests: checks our helper.
        assert md5_of_attributes({"General": S("Kenobi"), "Hello": S("There"), "Help.Me": S("Me")}) == \
            "4c360f3fdafd970e05fae2f149d997f5"
        assert md5_of_attributes({"Foo": S("Bar")}) == "ae7155c6026991b6d54b11589678bf9c"
        assert md5_of_attributes({"timestamp": {"DataType": "Number.java.lang.Long",
                                                "StringValue": "1493147359900"}}) == "2e2e4876d8e0bd6b8c2c8f556831c349"
        assert md5_of_attributes({"AWSTraceHeader": S(
            "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1")}) == \
            "5ae4d5d7636402d80f4eb6d213245a88"
        assert md5_hex("msg") == "6e2baaf3b97dbeef01c0043275f9a0e7"

    def test_md5_of_body_and_attributes(self, sqs, make_queue):
        url = make_queue()
        body = "Héllo 😀 {\"json\": true}"
        resp = sqs.send_message(QueueUrl=url, MessageBody=body, MessageAttributes=ALL_TYPES)
        assert resp["MD5OfMessageBody"] == md5_hex(body)
        assert resp["MD5OfMessageAttributes"] == md5_of_attributes(ALL_TYPES)
        assert "MD5OfMessageSystemAttributes" not in resp
        assert "SequenceNumber" not in resp
        uuid.UUID(resp["MessageId"])
        msg = receive_one(sqs, url, MessageAttributeNames=["All"])
        assert msg["Body"] == body
        assert msg["MD5OfBody"] == md5_hex(body)
        assert msg["MessageId"] == resp["MessageId"]
        assert msg["MessageAttributes"] == ALL_TYPES
        assert msg["MD5OfMessageAttributes"] == resp["MD5OfMessageAttributes"]

    def test_no_attributes_no_attribute_md5(self, sqs, make_queue):
        url = make_queue()
        resp = sqs.send_message(QueueUrl=url, MessageBody="derp")
        assert resp["MD5OfMessageBody"] == "58fd9edd83341c29f1aebba81c31e257"
        assert "MD5OfMessageAttributes" not in resp
        msg = receive_one(sqs, url, MessageAttributeNames=["All"])
        assert "MD5OfMessageAttributes" not in msg and not msg.get("MessageAttributes")
        assert "Attributes" not in msg

    def test_aws_trace_header(self, sqs, make_queue):
        url = make_queue()
        trace = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"
        system = {"AWSTraceHeader": S(trace)}
        user = {"timestamp": {"StringValue": "1493147359900", "DataType": "Number"}}
        resp = sqs.send_message(QueueUrl=url, MessageBody="traced", MessageSystemAttributes=system,
                                MessageAttributes=user)
        # [ls] test_system_attributes_have_no_effect_on_attr_md5
        assert resp["MD5OfMessageSystemAttributes"] == "5ae4d5d7636402d80f4eb6d213245a88"
        assert resp["MD5OfMessageAttributes"] == md5_of_attributes(user)
        msg = receive_one(sqs, url, MessageSystemAttributeNames=["AWSTraceHeader"])
        assert msg["Attributes"] == {"AWSTraceHeader": trace}

    def test_per_message_delay(self, sqs, make_queue):
        url = make_queue()
        sqs.send_message(QueueUrl=url, MessageBody="delayed", DelaySeconds=1)
        assert counts(sqs, url) == (0, 0, 1)
        assert receive(sqs, url) == []
        start = time.time()
        msg = receive_one(sqs, url, wait=5)
        assert msg["Body"] == "delayed"
        assert time.time() - start > 0.3  # it was still delayed when we asked

    def test_queue_delay(self, sqs, make_queue):
        url = make_queue(attributes={"DelaySeconds": "1"})
        sqs.send_message(QueueUrl=url, MessageBody="q-delayed")
        assert receive(sqs, url) == []
        assert receive_one(sqs, url, wait=5)["Body"] == "q-delayed"

    def test_per_message_delay_zero_overrides_queue_delay(self, sqs, make_queue):
        url = make_queue(attributes={"DelaySeconds": "60"})
        sqs.send_message(QueueUrl=url, MessageBody="now", DelaySeconds=0)
        assert receive_one(sqs, url, wait=0)["Body"] == "now"

    @pytest.mark.parametrize("delay", [-1, 901])
    def test_delay_out_of_range(self, sqs, make_queue, delay):
        url = make_queue()
        err = expect_error(sqs.send_message, "InvalidParameterValue", 400, QueueUrl=url, MessageBody="x",
                           DelaySeconds=delay)
        assert err["Message"].startswith(f"Value {delay} for parameter DelaySeconds is invalid."), err["Message"]

    def test_body_size_limit_follows_maximum_message_size(self, sqs, make_queue):
        url = make_queue(attributes={"MaximumMessageSize": "1024"})
        sqs.send_message(QueueUrl=url, MessageBody="a" * 1024)
        expect_error(sqs.send_message, "InvalidParameterValue", 400,  # [ls] verbatim
                     message="One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes.",
                     QueueUrl=url, MessageBody="a" * 1025)
        # multi-byte characters count as bytes
        expect_error(sqs.send_message, "InvalidParameterValue", 400, QueueUrl=url, MessageBody="é" * 513)

    def test_attributes_count_towards_size(self, sqs, make_queue):
        # [model] "All parts of the message attribute, including Name, Type, and Value, are part of
        # the message size restriction"
        url = make_queue(attributes={"MaximumMessageSize": "1024"})
        expect_error(sqs.send_message, "InvalidParameterValue", 400, QueueUrl=url, MessageBody="a" * 1000,
                     MessageAttributes={"a" * 20: S("x" * 10)})

    def test_default_size_limit_is_1_mib(self, sqs, make_queue):
        url = make_queue()
        sqs.send_message(QueueUrl=url, MessageBody="b" * 1048576)
        err = expect_error(sqs.send_message, "InvalidParameterValue", 400, QueueUrl=url, MessageBody="b" * 1048577)
        assert "1048576" in err["Message"]

    def test_empty_body(self, sqs, make_queue):
        url = make_queue()
        # [kb] localstack#12317 / goaws#190 quote AWS: MissingParameter
        expect_error(sqs.send_message, "MissingParameter", 400,
                     message="The request must contain the parameter MessageBody.", QueueUrl=url, MessageBody="")

    @pytest.mark.parametrize("body", ["\u0000", "\u0001\u0002", "\ufffe", "\x08",
                                      f"Invalid-{chr(0)}-{chr(8)}-{chr(19)}-{chr(65535)}"])
    def test_invalid_characters(self, sqs, make_queue, body):
        # [model] allowed: #x9 | #xA | #xD | #x20-#xD7FF | #xE000-#xFFFD | #x10000-#x10FFFF;
        # [ls] test_send_message_with_invalid_payload_characters (mixed valid/invalid body)
        url = make_queue()
        expect_error(sqs.send_message, "InvalidMessageContents", 400, QueueUrl=url, MessageBody=body)

    def test_allowed_whitespace_and_astral_characters(self, sqs, make_queue):
        url = make_queue()
        body = "tab\tnl\ncr\r \ud7ff \ue000 \ufffd \U0001F600 \U0010FFFF"
        assert sqs.send_message(QueueUrl=url, MessageBody=body)["MD5OfMessageBody"] == md5_hex(body)
        assert receive_one(sqs, url, wait=0)["Body"] == body

    def test_more_than_ten_attributes(self, sqs, make_queue):
        url = make_queue()
        many = {f"a{i}": S(str(i)) for i in range(11)}
        err = expect_error(sqs.send_message, "InvalidParameterValue", 400, QueueUrl=url, MessageBody="x",
                           MessageAttributes=many)
        assert "[11]" in err["Message"] and "[10]" in err["Message"], err["Message"]  # [kb] aws-sdk-js#2876
        ten = {f"a{i}": S(str(i)) for i in range(10)}
        sqs.send_message(QueueUrl=url, MessageBody="x", MessageAttributes=ten)

    @pytest.mark.parametrize("name", ["AWS.reserved", "Amazon.reserved", "aws.lower", "has space", "bad!name",
                                      ".leading", "trailing.", "dou..ble", "n" * 257])
    def test_invalid_attribute_names(self, sqs, make_queue, name):
        # [model] MessageAttributeNames rules
        url = make_queue()
        expect_error(sqs.send_message, "InvalidParameterValue", 400, QueueUrl=url, MessageBody="x",
                     MessageAttributes={name: S("v")})

    def test_attribute_name_of_256_characters_accepted(self, sqs, make_queue):
        url = make_queue()
        sqs.send_message(QueueUrl=url, MessageBody="x", MessageAttributes={"n" * 256: S("v")})

    @pytest.mark.parametrize("value", [
        {"DataType": "Foo", "StringValue": "v"},
        {"DataType": "Numbers", "StringValue": "1"},
        {"DataType": "Number", "StringValue": "abc"},
        {"DataType": "Binary", "StringValue": "not-binary"},
        {"DataType": "String"},
    ])
    def test_invalid_attribute_types_and_values(self, sqs, make_queue, value):
        url = make_queue()
        expect_error(sqs.send_message, "InvalidParameterValue", 400, QueueUrl=url, MessageBody="x",
                     MessageAttributes={"attr": value})

    def test_invalid_characters_in_string_attribute(self, sqs, make_queue):
        # [ls] test_invalid_string_attributes_cause_invalid_parameter_value_error
        url = make_queue()
        expect_error(sqs.send_message, "InvalidParameterValue", 400, QueueUrl=url, MessageBody="test",
                     MessageAttributes={"attr1": S(f"Invalid-{chr(8)},{chr(11)}")})

    def test_empty_string_attribute(self, sqs, make_queue):
        url = make_queue()
        expect_error(sqs.send_message, "InvalidParameterValue", 400,  # [ls] verbatim
                     message="Message (user) attribute 'ErrorDetails' must contain a non-empty value of type 'String'.",
                     QueueUrl=url, MessageBody="x", MessageAttributes={"ErrorDetails": S("")})

    def test_queue_name_accepted_as_queue_url(self, sqs, make_queue):
        # [ls] test_posting_to_queue_via_queue_name (AWS-validated): QueueUrl=<name> works
        name = unique_name("byname")
        make_queue(name=name)
        resp = sqs.send_message(QueueUrl=name, MessageBody="Using name instead of URL")
        assert resp["MD5OfMessageBody"] == "86a83f96652a1bfad3891e7d523750cb"

    def test_send_to_missing_queue(self, sqs):
        expect_error(sqs.send_message, NON_EXISTENT, 400, message=NON_EXISTENT_MSG,
                     QueueUrl=expected_queue_url(unique_name("nope")), MessageBody="x")


# =============================================================================================
# SendMessageBatch
# =============================================================================================
class TestSendMessageBatch:
    def test_batch_success(self, sqs, make_queue):
        url = make_queue()
        entries = [
            {"Id": "plain", "MessageBody": "one"},
            {"Id": "with-attrs_1", "MessageBody": "two", "MessageAttributes": {"k": S("v")}},
            {"Id": "delayed", "MessageBody": "three", "DelaySeconds": 60},
        ]
        resp = sqs.send_message_batch(QueueUrl=url, Entries=entries)
        assert resp.get("Failed", []) == []
        by_id = {e["Id"]: e for e in resp["Successful"]}
        assert set(by_id) == {"plain", "with-attrs_1", "delayed"}
        assert by_id["plain"]["MD5OfMessageBody"] == md5_hex("one")
        assert "MD5OfMessageAttributes" not in by_id["plain"]
        assert by_id["with-attrs_1"]["MD5OfMessageAttributes"] == md5_of_attributes({"k": S("v")})
        assert len({e["MessageId"] for e in resp["Successful"]}) == 3
        assert counts(sqs, url) == (2, 0, 1)

    def test_batch_trace_header_md5(self, sqs, make_queue):
        url = make_queue()
        system = {"AWSTraceHeader": S("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1")}
        resp = sqs.send_message_batch(QueueUrl=url, Entries=[
            {"Id": "t", "MessageBody": "x", "MessageSystemAttributes": system}])
        assert resp["Successful"][0]["MD5OfMessageSystemAttributes"] == md5_of_attributes(system)

    def test_empty_batch(self, sqs, make_queue):
        url = make_queue()
        expect_error(sqs.send_message_batch, "AWS.SimpleQueueService.EmptyBatchRequest", 400, QueueUrl=url, Entries=[])

    def test_too_many_entries(self, sqs, make_queue):
        url = make_queue()
        entries = [{"Id": f"e{i}", "MessageBody": "x"} for i in range(11)]
        expect_error(sqs.send_message_batch, "AWS.SimpleQueueService.TooManyEntriesInBatchRequest", 400,
                     message="Maximum number of entries per request are 10. You have sent 11.",  # [ls]
                     QueueUrl=url, Entries=entries)

    def test_duplicate_ids(self, sqs, make_queue):
        url = make_queue()
        expect_error(sqs.send_message_batch, "AWS.SimpleQueueService.BatchEntryIdsNotDistinct", 400,
                     QueueUrl=url, Entries=[{"Id": "same", "MessageBody": "a"}, {"Id": "same", "MessageBody": "b"}])

    @pytest.mark.parametrize("bad_id", ["bad id!", "invalid:id", "x" * 81, ""])
    def test_invalid_entry_id(self, sqs, make_queue, bad_id):
        url = make_queue()
        expect_error(sqs.send_message_batch, "AWS.SimpleQueueService.InvalidBatchEntryId", 400,
                     message="A batch entry id can only contain alphanumeric characters, hyphens and underscores. "
                             "It can be at most 80 letters long.",  # [ls] verbatim
                     QueueUrl=url, Entries=[{"Id": "ok", "MessageBody": "a"}, {"Id": bad_id, "MessageBody": "b"}])

    def test_batch_request_too_long(self, sqs, make_queue):
        # [model] "maximum total payload size ... 1 MiB 1,048,576 bytes"
        url = make_queue()
        entries = [{"Id": "a", "MessageBody": "a" * 600000}, {"Id": "b", "MessageBody": "b" * 600000}]
        err = expect_error(sqs.send_message_batch, "AWS.SimpleQueueService.BatchRequestTooLong", 400,
                           QueueUrl=url, Entries=entries)
        assert err["Message"].startswith("Batch requests cannot be longer than 1048576 bytes."), err["Message"]

    def test_per_entry_failures_do_not_stop_the_others(self, sqs, make_queue):
        url = make_queue()
        resp = sqs.send_message_batch(QueueUrl=url, Entries=[
            {"Id": "good1", "MessageBody": "fine"},
            {"Id": "badchars", "MessageBody": "\u0000"},
            {"Id": "baddelay", "MessageBody": "late", "DelaySeconds": 901},
            {"Id": "good2", "MessageBody": "also fine"},
        ])
        assert sorted(e["Id"] for e in resp["Successful"]) == ["good1", "good2"]
        failed = {e["Id"]: e for e in resp["Failed"]}
        assert set(failed) == {"badchars", "baddelay"}
        assert failed["badchars"]["SenderFault"] is True
        assert failed["badchars"]["Code"] == "InvalidMessageContents"
        assert failed["baddelay"]["SenderFault"] is True
        assert failed["baddelay"]["Code"] == "InvalidParameterValue"
        assert all(f.get("Message") for f in failed.values())
        assert counts(sqs, url)[0] == 2

    def test_batch_to_missing_queue(self, sqs):
        expect_error(sqs.send_message_batch, NON_EXISTENT, 400, QueueUrl=expected_queue_url(unique_name("nope")),
                     Entries=[{"Id": "a", "MessageBody": "x"}])


# =============================================================================================
# ReceiveMessage
# =============================================================================================
class TestReceiveMessage:
    @pytest.mark.parametrize("n", [0, 11])
    def test_max_number_of_messages_out_of_range(self, sqs, make_queue, n):
        url = make_queue()
        expect_error(sqs.receive_message, "InvalidParameterValue", 400,  # [ls] verbatim (11)
                     message=f"Value {n} for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.",
                     QueueUrl=url, MaxNumberOfMessages=n)

    @pytest.mark.parametrize("wait", [-1, 21])
    def test_wait_time_out_of_range(self, sqs, make_queue, wait):
        url = make_queue()
        expect_error(sqs.receive_message, "InvalidParameterValue", 400, QueueUrl=url, WaitTimeSeconds=wait)

    @pytest.mark.parametrize("vt", [-1, 43201])
    def test_visibility_timeout_out_of_range(self, sqs, make_queue, vt):
        url = make_queue()
        expect_error(sqs.receive_message, "InvalidParameterValue", 400, QueueUrl=url, VisibilityTimeout=vt)

    def test_max_number_of_messages(self, sqs, make_queue):
        url = make_queue()
        sent = set()
        for chunk in range(2):
            resp = sqs.send_message_batch(QueueUrl=url, Entries=[
                {"Id": f"m{i}", "MessageBody": f"body-{chunk}-{i}"} for i in range(6)])
            sent |= {e["MessageId"] for e in resp["Successful"]}
        assert len(receive(sqs, url, MaxNumberOfMessages=1, VisibilityTimeout=60)) == 1
        got = receive(sqs, url, MaxNumberOfMessages=10, VisibilityTimeout=60)
        assert 1 <= len(got) <= 10
        seen = {m["MessageId"] for m in got}
        deadline = time.time() + 5
        while len(seen) < 11 and time.time() < deadline:
            seen |= {m["MessageId"] for m in receive(sqs, url, MaxNumberOfMessages=10, VisibilityTimeout=60)}
        assert len(seen) == 11 and seen <= sent

    def test_empty_receive_has_no_messages_key(self, sqs, make_queue):
        url = make_queue()
        assert "Messages" not in sqs.receive_message(QueueUrl=url)
        start = time.time()
        resp = sqs.receive_message(QueueUrl=url, WaitTimeSeconds=1)
        elapsed = time.time() - start
        assert "Messages" not in resp
        assert 0.9 <= elapsed < 3, elapsed

    def test_queue_receive_wait_time_applies_by_default(self, sqs, make_queue):
        url = make_queue(attributes={"ReceiveMessageWaitTimeSeconds": "1"})
        start = time.time()
        assert receive(sqs, url) == []
        assert time.time() - start >= 0.9

    def test_long_poll_returns_as_soon_as_a_message_arrives(self, sqs, make_queue):
        url = make_queue()
        timer = threading.Timer(0.5, lambda: sqs.send_message(QueueUrl=url, MessageBody="wake up"))
        start = time.time()
        timer.start()
        try:
            msgs = receive(sqs, url, WaitTimeSeconds=10)
        finally:
            timer.join()
        elapsed = time.time() - start
        assert [m["Body"] for m in msgs] == ["wake up"]
        assert 0.4 <= elapsed < 3, elapsed

    def test_visibility_timeout_hides_then_reappears(self, sqs, make_queue):
        url = make_queue()
        sqs.send_message(QueueUrl=url, MessageBody="vis")
        first = receive_one(sqs, url, wait=0, VisibilityTimeout=1,
                            MessageSystemAttributeNames=["ApproximateReceiveCount"])
        assert first["Attributes"]["ApproximateReceiveCount"] == "1"
        assert receive(sqs, url) == []
        assert counts(sqs, url) == (0, 1, 0)
        start = time.time()
        second = receive_one(sqs, url, wait=5, MessageSystemAttributeNames=["ApproximateReceiveCount"])
        assert time.time() - start > 0.3
        assert second["MessageId"] == first["MessageId"]
        assert second["ReceiptHandle"] != first["ReceiptHandle"]
        assert second["Attributes"]["ApproximateReceiveCount"] == "2"

    def test_queue_visibility_timeout_is_the_default(self, sqs, make_queue):
        url = make_queue(attributes={"VisibilityTimeout": "1"})
        sqs.send_message(QueueUrl=url, MessageBody="q-vis")
        receive_one(sqs, url, wait=0)
        assert receive(sqs, url) == []
        assert receive_one(sqs, url, wait=5)["Body"] == "q-vis"

    def test_system_attributes_all(self, sqs, make_queue):
        url = make_queue()
        before = int(time.time() * 1000)
        sqs.send_message(QueueUrl=url, MessageBody="sys")
        m1 = receive_one(sqs, url, wait=0, VisibilityTimeout=0, MessageSystemAttributeNames=["All"])
        # [ls] test_receive_message_attribute_names_filters: exactly these four
        assert set(m1["Attributes"]) == {"SenderId", "SentTimestamp", "ApproximateReceiveCount",
                                         "ApproximateFirstReceiveTimestamp"}
        a1 = m1["Attributes"]
        assert a1["SenderId"]
        sent = int(a1["SentTimestamp"])
        first = int(a1["ApproximateFirstReceiveTimestamp"])
        assert before - 2000 <= sent <= first <= int(time.time() * 1000) + 2000
        assert a1["ApproximateReceiveCount"] == "1"
        m2 = receive_one(sqs, url, wait=2, AttributeNames=["All"])  # deprecated parameter still works
        a2 = m2["Attributes"]
        assert a2["ApproximateReceiveCount"] == "2"
        assert a2["ApproximateFirstReceiveTimestamp"] == a1["ApproximateFirstReceiveTimestamp"]
        assert a2["SentTimestamp"] == a1["SentTimestamp"]

    def test_single_system_attribute(self, sqs, make_queue):
        url = make_queue()
        sqs.send_message(QueueUrl=url, MessageBody="one")
        msg = receive_one(sqs, url, wait=0, MessageSystemAttributeNames=["SentTimestamp"])
        assert set(msg["Attributes"]) == {"SentTimestamp"}

    def test_message_attribute_name_filters(self, sqs, make_queue):
        url = make_queue()
        sent = {"General": S("Kenobi"), "Hello": S("There"), "Help.Me": S("Me"),
                "foo.a": S("1"), "foo.b": S("2")}
        sqs.send_message(QueueUrl=url, MessageBody="msg", MessageAttributes=sent)

        def names(filters):
            kwargs = {"MessageAttributeNames": filters} if filters is not None else {}
            m = receive_one(sqs, url, wait=0, VisibilityTimeout=0, **kwargs)
            got = m.get("MessageAttributes") or {}
            if got:
                assert m["MD5OfMessageAttributes"] == md5_of_attributes(got)
            else:
                assert "MD5OfMessageAttributes" not in m
            return got

        assert names(None) == {}
        assert names(["All"]) == sent
        assert names([".*"]) == sent
        assert names(["General", "Hello"]) == {"General": sent["General"], "Hello": sent["Hello"]}
        assert names(["Hello", "NotThere"]) == {"Hello": sent["Hello"]}
        assert names(["NotThere"]) == {}
        assert names(["foo.*"]) == {"foo.a": sent["foo.a"], "foo.b": sent["foo.b"]}

    def test_receive_from_missing_queue(self, sqs):
        expect_error(sqs.receive_message, NON_EXISTENT, 400, QueueUrl=expected_queue_url(unique_name("nope")))


# =============================================================================================
# DeleteMessage / DeleteMessageBatch
# =============================================================================================
class TestDeleteMessage:
    def test_delete(self, sqs, make_queue):
        url = make_queue()
        sqs.send_message(QueueUrl=url, MessageBody="bye")
        msg = receive_one(sqs, url, wait=0)
        sqs.delete_message(QueueUrl=url, ReceiptHandle=msg["ReceiptHandle"])
        assert counts(sqs, url) == (0, 0, 0)
        # deleting again with the same handle succeeds on a standard queue
        sqs.delete_message(QueueUrl=url, ReceiptHandle=msg["ReceiptHandle"])

    def test_invalid_receipt_handle(self, sqs, make_queue):
        # [model] ReceiptHandleIsInvalid: query code ReceiptHandleIsInvalid, HTTP 404
        url = make_queue()
        expect_error(sqs.delete_message, "ReceiptHandleIsInvalid", 404,
                     message_contains="is not a valid receipt handle",  # [kb] knowledge-center
                     QueueUrl=url, ReceiptHandle="garbage")

    def test_stale_receipt_handle_on_standard_queue_succeeds(self, sqs, make_queue):
        # DeleteMessage docs: "If you use an old ReceiptHandle, the request will succeed"
        url = make_queue()
        sqs.send_message(QueueUrl=url, MessageBody="twice")
        old = receive_one(sqs, url, wait=0, VisibilityTimeout=0)
        new = receive_one(sqs, url, wait=1)
        assert old["ReceiptHandle"] != new["ReceiptHandle"]
        sqs.delete_message(QueueUrl=url, ReceiptHandle=old["ReceiptHandle"])

    def test_delete_on_missing_queue(self, sqs):
        expect_error(sqs.delete_message, NON_EXISTENT, 400, QueueUrl=expected_queue_url(unique_name("nope")),
                     ReceiptHandle="whatever")

    def test_delete_batch(self, sqs, make_queue):
        url = make_queue()
        for i in range(3):
            sqs.send_message(QueueUrl=url, MessageBody=f"m{i}")
        msgs = []
        while len(msgs) < 3:
            msgs += receive(sqs, url, MaxNumberOfMessages=10, WaitTimeSeconds=1)
        entries = [{"Id": f"d{i}", "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(msgs)]
        entries.append({"Id": "bogus", "ReceiptHandle": "not-a-handle"})
        resp = sqs.delete_message_batch(QueueUrl=url, Entries=entries)
        assert sorted(e["Id"] for e in resp["Successful"]) == ["d0", "d1", "d2"]
        assert len(resp["Failed"]) == 1
        failed = resp["Failed"][0]
        assert (failed["Id"], failed["SenderFault"], failed["Code"]) == ("bogus", True, "ReceiptHandleIsInvalid")
        assert counts(sqs, url) == (0, 0, 0)

    def test_delete_batch_bad_requests(self, sqs, make_queue):
        url = make_queue()
        expect_error(sqs.delete_message_batch, "AWS.SimpleQueueService.EmptyBatchRequest", 400, QueueUrl=url, Entries=[])
        expect_error(sqs.delete_message_batch, "AWS.SimpleQueueService.TooManyEntriesInBatchRequest", 400,
                     message="Maximum number of entries per request are 10. You have sent 11.",
                     QueueUrl=url, Entries=[{"Id": f"e{i}", "ReceiptHandle": "h"} for i in range(11)])
        expect_error(sqs.delete_message_batch, "AWS.SimpleQueueService.BatchEntryIdsNotDistinct", 400,
                     QueueUrl=url, Entries=[{"Id": "a", "ReceiptHandle": "h1"}, {"Id": "a", "ReceiptHandle": "h2"}])
        expect_error(sqs.delete_message_batch, "AWS.SimpleQueueService.InvalidBatchEntryId", 400,
                     QueueUrl=url, Entries=[{"Id": "invalid:id", "ReceiptHandle": "h"}])
        expect_error(sqs.delete_message_batch, NON_EXISTENT, 400, QueueUrl=expected_queue_url(unique_name("nope")),
                     Entries=[{"Id": "a", "ReceiptHandle": "h"}])


# =============================================================================================
# ChangeMessageVisibility / ChangeMessageVisibilityBatch
# =============================================================================================
class TestChangeMessageVisibility:
    def test_zero_makes_message_visible_again(self, sqs, make_queue):
        url = make_queue()
        sqs.send_message(QueueUrl=url, MessageBody="again")
        msg = receive_one(sqs, url, wait=0, VisibilityTimeout=60)
        assert receive(sqs, url) == []
        sqs.change_message_visibility(QueueUrl=url, ReceiptHandle=msg["ReceiptHandle"], VisibilityTimeout=0)
        assert receive_one(sqs, url, wait=0)["MessageId"] == msg["MessageId"]

    def test_extend_visibility(self, sqs, make_queue):
        url = make_queue()
        sqs.send_message(QueueUrl=url, MessageBody="longer")
        msg = receive_one(sqs, url, wait=0, VisibilityTimeout=1)
        sqs.change_message_visibility(QueueUrl=url, ReceiptHandle=msg["ReceiptHandle"], VisibilityTimeout=30)
        assert receive(sqs, url, WaitTimeSeconds=2) == []
        assert counts(sqs, url) == (0, 1, 0)

    @pytest.mark.parametrize("vt", [-1, 43201])
    def test_out_of_range(self, sqs, make_queue, vt):
        url = make_queue()
        sqs.send_message(QueueUrl=url, MessageBody="x")
        msg = receive_one(sqs, url, wait=0)
        expect_error(sqs.change_message_visibility, "InvalidParameterValue", 400, QueueUrl=url,
                     ReceiptHandle=msg["ReceiptHandle"], VisibilityTimeout=vt)

    def test_invalid_receipt_handle(self, sqs, make_queue):
        url = make_queue()
        expect_error(sqs.change_message_visibility, "ReceiptHandleIsInvalid", 404, QueueUrl=url,
                     ReceiptHandle="INVALID", VisibilityTimeout=10)

    def test_expired_handle_is_accepted_and_changes_nothing(self, sqs, make_queue):
        # [ls] test_change_message_visibility_after_visibility_timeout_expiration: AWS answers 200
        # (LocalStack PR #9632: "AWS simply sends back an OK and does nothing").
        url = make_queue()
        sqs.send_message(QueueUrl=url, MessageBody="expired")
        msg = receive_one(sqs, url, wait=0, VisibilityTimeout=1)
        time.sleep(1.2)
        sqs.change_message_visibility(QueueUrl=url, ReceiptHandle=msg["ReceiptHandle"], VisibilityTimeout=60)
        assert receive_one(sqs, url, wait=0)["MessageId"] == msg["MessageId"]

    def test_deleted_message(self, sqs, make_queue):
        # [kb] aws-sdk-net#1927 quotes AWS: InvalidParameterValue "... Reason: Message does not exist
        # or is not available for visibility timeout change."
        url = make_queue()
        sqs.send_message(QueueUrl=url, MessageBody="gone")
        msg = receive_one(sqs, url, wait=0)
        sqs.delete_message(QueueUrl=url, ReceiptHandle=msg["ReceiptHandle"])
        expect_error(sqs.change_message_visibility, "InvalidParameterValue", 400,
                     message_contains="Message does not exist or is not available for visibility timeout change",
                     QueueUrl=url, ReceiptHandle=msg["ReceiptHandle"], VisibilityTimeout=10)

    def test_missing_queue(self, sqs):
        expect_error(sqs.change_message_visibility, NON_EXISTENT, 400,
                     QueueUrl=expected_queue_url(unique_name("nope")), ReceiptHandle="h", VisibilityTimeout=1)

    def test_batch(self, sqs, make_queue):
        url = make_queue()
        for i in range(2):
            sqs.send_message(QueueUrl=url, MessageBody=f"m{i}")
        msgs = []
        while len(msgs) < 2:
            msgs += receive(sqs, url, MaxNumberOfMessages=10, WaitTimeSeconds=1, VisibilityTimeout=60)
        resp = sqs.change_message_visibility_batch(QueueUrl=url, Entries=[
            {"Id": "a", "ReceiptHandle": msgs[0]["ReceiptHandle"], "VisibilityTimeout": 0},
            {"Id": "b", "ReceiptHandle": msgs[1]["ReceiptHandle"], "VisibilityTimeout": 0},
            {"Id": "c", "ReceiptHandle": "not-a-handle", "VisibilityTimeout": 0},
        ])
        assert sorted(e["Id"] for e in resp["Successful"]) == ["a", "b"]
        failed = resp["Failed"]
        assert len(failed) == 1
        assert (failed[0]["Id"], failed[0]["SenderFault"], failed[0]["Code"]) == ("c", True, "ReceiptHandleIsInvalid")
        assert counts(sqs, url) == (2, 0, 0)

    def test_batch_bad_requests(self, sqs, make_queue):
        url = make_queue()
        expect_error(sqs.change_message_visibility_batch, "AWS.SimpleQueueService.EmptyBatchRequest", 400,
                     QueueUrl=url, Entries=[])
        expect_error(sqs.change_message_visibility_batch, "AWS.SimpleQueueService.TooManyEntriesInBatchRequest", 400,
                     message="Maximum number of entries per request are 10. You have sent 11.",
                     QueueUrl=url, Entries=[{"Id": f"e{i}", "ReceiptHandle": "h", "VisibilityTimeout": 1} for i in range(11)])
        expect_error(sqs.change_message_visibility_batch, "AWS.SimpleQueueService.BatchEntryIdsNotDistinct", 400,
                     QueueUrl=url, Entries=[{"Id": "a", "ReceiptHandle": "h1", "VisibilityTimeout": 1},
                                            {"Id": "a", "ReceiptHandle": "h2", "VisibilityTimeout": 1}])
        expect_error(sqs.change_message_visibility_batch, "AWS.SimpleQueueService.InvalidBatchEntryId", 400,
                     QueueUrl=url, Entries=[{"Id": "bad id", "ReceiptHandle": "h", "VisibilityTimeout": 1}])


# =============================================================================================
# FIFO queues
# =============================================================================================
class TestFifo:
    def test_order_within_group_and_sequence_numbers(self, sqs, make_queue):
        url = make_queue(fifo=True)
        seqs, ids = [], []
        for i in range(5):
            r = sqs.send_message(QueueUrl=url, MessageBody=f"m{i}", MessageGroupId="g",
                                 MessageDeduplicationId=f"d{i}")
            assert r["SequenceNumber"].isdigit()
            seqs.append(int(r["SequenceNumber"]))
            ids.append(r["MessageId"])
        assert seqs == sorted(seqs) and len(set(seqs)) == 5
        got = []
        while len(got) < 5:
            batch = receive(sqs, url, MaxNumberOfMessages=10, WaitTimeSeconds=1, MessageSystemAttributeNames=["All"])
            assert batch
            for m in batch:
                sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
            got += batch
        assert [m["Body"] for m in got] == [f"m{i}" for i in range(5)]
        assert [m["MessageId"] for m in got] == ids
        first = got[0]["Attributes"]
        # [ls] test_fifo_message_attributes
        assert set(first) == {"ApproximateFirstReceiveTimestamp", "ApproximateReceiveCount", "MessageDeduplicationId",
                              "MessageGroupId", "SenderId", "SentTimestamp", "SequenceNumber"}
        assert (first["MessageGroupId"], first["MessageDeduplicationId"], int(first["SequenceNumber"])) == ("g", "d0", seqs[0])

    def test_group_locked_while_message_in_flight(self, sqs, make_queue):
        url = make_queue(fifo=True, attributes={"ContentBasedDeduplication": "true"})
        for body, group in (("A1", "A"), ("A2", "A"), ("B1", "B")):
            sqs.send_message(QueueUrl=url, MessageBody=body, MessageGroupId=group)
        a1 = receive_one(sqs, url, wait=0)
        assert a1["Body"] == "A1"
        rest = receive(sqs, url, MaxNumberOfMessages=10)
        assert [m["Body"] for m in rest] == ["B1"]  # A2 waits until A1 is deleted
        sqs.delete_message(QueueUrl=url, ReceiptHandle=a1["ReceiptHandle"])
        assert receive_one(sqs, url, wait=0)["Body"] == "A2"

    def test_message_group_id_required(self, sqs, make_queue):
        url = make_queue(fifo=True, attributes={"ContentBasedDeduplication": "true"})
        expect_error(sqs.send_message, "MissingParameter", 400,  # [ls] verbatim
                     message="The request must contain the parameter MessageGroupId.", QueueUrl=url, MessageBody="x")

    def test_batch_message_group_id_required(self, sqs, make_queue):
        # [ls] test_send_batch_missing_message_group_id_for_fifo_queue: the whole request fails
        url = make_queue(fifo=True)
        expect_error(sqs.send_message_batch, "InvalidParameterValue", 400,
                     message="The request must contain the parameter MessageGroupId.",
                     QueueUrl=url, Entries=[
                         {"Id": "ok", "MessageBody": "x", "MessageGroupId": "g", "MessageDeduplicationId": "d1"},
                         {"Id": "nogroup", "MessageBody": "x", "MessageDeduplicationId": "d2"}])
        assert counts(sqs, url)[0] == 0

    def test_deduplication_id_required_without_content_based_dedup(self, sqs, make_queue):
        url = make_queue(fifo=True)
        msg = "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly"
        expect_error(sqs.send_message, "InvalidParameterValue", 400, message=msg,  # [ls] verbatim
                     QueueUrl=url, MessageBody="x", MessageGroupId="g")
        # [ls] test_send_batch_missing_deduplication_id_for_fifo_queue: the whole request fails
        expect_error(sqs.send_message_batch, "InvalidParameterValue", 400, message=msg,
                     QueueUrl=url, Entries=[
                         {"Id": "ok", "MessageBody": "x", "MessageGroupId": "g", "MessageDeduplicationId": "d1"},
                         {"Id": "nodedup", "MessageBody": "x", "MessageGroupId": "g"}])

    def test_invalid_characters_in_message_group_id(self, sqs, make_queue):
        # [ls] AWS-validated: MessageGroupId f"Invalid-{chr(8)}" -> InvalidParameterValue
        url = make_queue(fifo=True)
        expect_error(sqs.send_message, "InvalidParameterValue", 400, QueueUrl=url, MessageBody="x",
                     MessageGroupId=f"Invalid-{chr(8)}", MessageDeduplicationId="1")

    def test_dedup_by_id_returns_same_message_id(self, sqs, make_queue):
        url = make_queue(fifo=True)
        r1 = sqs.send_message(QueueUrl=url, MessageBody="first", MessageGroupId="g", MessageDeduplicationId="same")
        r2 = sqs.send_message(QueueUrl=url, MessageBody="second", MessageGroupId="g", MessageDeduplicationId="same")
        assert r2["MessageId"] == r1["MessageId"]
        msgs = receive(sqs, url, MaxNumberOfMessages=10, WaitTimeSeconds=1)
        assert [m["Body"] for m in msgs] == ["first"]

    def test_dedup_survives_delete(self, sqs, make_queue):
        # [ls] test_fifo_deduplication_arrives_once_after_delete
        url = make_queue(fifo=True)
        sqs.send_message(QueueUrl=url, MessageBody="once", MessageGroupId="g", MessageDeduplicationId="d")
        m = receive_one(sqs, url, wait=0)
        sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
        sqs.send_message(QueueUrl=url, MessageBody="once", MessageGroupId="g", MessageDeduplicationId="d")
        assert receive(sqs, url) == []

    def test_content_based_dedup(self, sqs, make_queue):
        url = make_queue(fifo=True, attributes={"ContentBasedDeduplication": "true"})
        r1 = sqs.send_message(QueueUrl=url, MessageBody="same body", MessageGroupId="g")
        r2 = sqs.send_message(QueueUrl=url, MessageBody="same body", MessageGroupId="g")
        r3 = sqs.send_message(QueueUrl=url, MessageBody="other body", MessageGroupId="g")
        r4 = sqs.send_message(QueueUrl=url, MessageBody="same body", MessageGroupId="g", MessageDeduplicationId="explicit")
        assert r1["MessageId"] == r2["MessageId"]
        assert len({r1["MessageId"], r3["MessageId"], r4["MessageId"]}) == 3
        bodies = []
        while True:
            batch = receive(sqs, url, MaxNumberOfMessages=10, MessageSystemAttributeNames=["MessageDeduplicationId"])
            if not batch:
                break
            for m in batch:
                sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
                bodies.append(m["Body"])
        assert bodies == ["same body", "other body", "same body"]

    def test_dedup_scope_message_group(self, sqs, make_queue):
        url = make_queue(fifo=True, attributes={"DeduplicationScope": "messageGroup",
                                                "FifoThroughputLimit": "perMessageGroupId"})
        r1 = sqs.send_message(QueueUrl=url, MessageBody="g1", MessageGroupId="g1", MessageDeduplicationId="d")
        r2 = sqs.send_message(QueueUrl=url, MessageBody="g2", MessageGroupId="g2", MessageDeduplicationId="d")
        r3 = sqs.send_message(QueueUrl=url, MessageBody="g1-again", MessageGroupId="g1", MessageDeduplicationId="d")
        assert r1["MessageId"] != r2["MessageId"]
        assert r3["MessageId"] == r1["MessageId"]
        bodies = sorted(m["Body"] for m in receive(sqs, url, MaxNumberOfMessages=10, WaitTimeSeconds=1))
        assert bodies == ["g1", "g2"]

    def test_dedup_scope_queue(self, sqs, make_queue):
        url = make_queue(fifo=True)
        r1 = sqs.send_message(QueueUrl=url, MessageBody="g1", MessageGroupId="g1", MessageDeduplicationId="d")
        r2 = sqs.send_message(QueueUrl=url, MessageBody="g2", MessageGroupId="g2", MessageDeduplicationId="d")
        assert r1["MessageId"] == r2["MessageId"]

    def test_per_message_delay_rejected(self, sqs, make_queue):
        url = make_queue(fifo=True)
        expect_error(sqs.send_message, "InvalidParameterValue", 400,  # [ls] verbatim
                     message="Value 2 for parameter DelaySeconds is invalid. Reason: The request include parameter that is not valid for this queue type.",
                     QueueUrl=url, MessageBody="x", MessageGroupId="g", MessageDeduplicationId="d", DelaySeconds=2)

    def test_queue_delay_allowed(self, sqs, make_queue):
        url = make_queue(fifo=True, attributes={"DelaySeconds": "1", "ContentBasedDeduplication": "true"})
        sqs.send_message(QueueUrl=url, MessageBody="later", MessageGroupId="g")
        assert receive(sqs, url) == []
        assert receive_one(sqs, url, wait=5)["Body"] == "later"

    def test_batch_on_fifo(self, sqs, make_queue):
        url = make_queue(fifo=True)
        resp = sqs.send_message_batch(QueueUrl=url, Entries=[
            {"Id": f"e{i}", "MessageBody": f"b{i}", "MessageGroupId": "g", "MessageDeduplicationId": f"d{i}"}
            for i in range(3)])
        seqs = [int(e["SequenceNumber"]) for e in sorted(resp["Successful"], key=lambda e: e["Id"])]
        assert seqs == sorted(seqs) and len(set(seqs)) == 3
        msgs = receive(sqs, url, MaxNumberOfMessages=10, WaitTimeSeconds=1)
        assert [m["Body"] for m in msgs] == ["b0", "b1", "b2"]

    def test_delete_with_expired_receipt_handle(self, sqs, make_queue):
        url = make_queue(fifo=True)
        sqs.send_message(QueueUrl=url, MessageBody="g1-m1", MessageGroupId="g1", MessageDeduplicationId="d1")
        msg = receive_one(sqs, url, wait=0, VisibilityTimeout=1)
        time.sleep(1.5)
        handle = msg["ReceiptHandle"]
        expect_error(sqs.delete_message, "InvalidParameterValue", 400,  # [ls] verbatim
                     message=f"Value {handle} for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.",
                     QueueUrl=url, ReceiptHandle=handle)


# =============================================================================================
# Queue URLs
# =============================================================================================
class TestQueueUrls:
    def test_url_shape(self, sqs, make_queue):
        name = unique_name("shape")
        url = make_queue(name=name)
        assert url == f"{ENDPOINT}/{ACCOUNT}/{name}"

    @pytest.mark.parametrize("base", [
        "http://sqs.us-east-1.amazonaws.com",
        "https://sqs.us-east-1.amazonaws.com",
        "swap-localhost",
    ])
    def test_other_hosts_address_the_same_queue(self, sqs, make_queue, base):
        name = unique_name("host")
        url = make_queue(name=name)
        if base == "swap-localhost":
            alt = url.replace("127.0.0.1", "localhost") if "127.0.0.1" in url else url.replace("localhost", "127.0.0.1")
        else:
            alt = f"{base}/{ACCOUNT}/{name}"
        assert attrs(sqs, alt, "QueueArn")["QueueArn"] == queue_arn(name)
        sqs.send_message(QueueUrl=alt, MessageBody="via alt")
        msg = receive_one(sqs, url, wait=0)
        assert msg["Body"] == "via alt"
        sqs.delete_message(QueueUrl=alt, ReceiptHandle=msg["ReceiptHandle"])
        assert counts(sqs, url) == (0, 0, 0)

    def test_non_url_queue_url(self, sqs):
        # A bare word is taken as a queue name by AWS ([ls] test_posting_to_queue_via_queue_name),
        # so a name that does not exist is NonExistentQueue.
        expect_error(sqs.get_queue_attributes, NON_EXISTENT, 400, QueueUrl=unique_name("not-a-url"),
                     AttributeNames=["All"])

    def test_unparseable_queue_url(self, sqs):
        # AWS answers NonExistentQueue here (moto #3657, checked against AWS); InvalidAddress
        # (404, [model]) is the other documented answer for a bad address.
        with pytest.raises(ClientError) as info:
            sqs.get_queue_attributes(QueueUrl="http://whatever-incorrect-queue-address", AttributeNames=["All"])
        got = (info.value.response["Error"]["Code"], info.value.response["ResponseMetadata"]["HTTPStatusCode"])
        assert got in ((NON_EXISTENT, 400), ("InvalidAddress", 404)), got
