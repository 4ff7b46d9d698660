"""SQS conformance through the AWS CLI (python3 -m awscli ... --output json).

Errors: the CLI exits non-zero and prints
  "An error occurred (<Code>) when calling the <Operation> operation: <Message>"
on stderr, with the same codes boto3 shows (query-compatible codes from x-amzn-query-error).
Sources for the expected answers are the same as in test_sqs_boto3.py.
"""

import json
import re
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import ACCOUNT, cli_lacks, delete_queues, expected_queue_url, md5_hex, md5_of_attributes, queue_arn, unique_name


def ok(result):
    assert result.returncode == 0, result
    return result.json


def failed(result, code, operation, message=None):
    assert result.returncode != 0, result
    # the CLI may add " (reached max retries: N)" after the operation name
    pattern = (rf"An error occurred \({re.escape(code)}\) when calling the {operation} operation"
               rf"(?: \(reached max retries: \d+\))?: (.*)")
    found = re.search(pattern, result.stderr)
    assert found, result
    if message is not None:
        assert found.group(1).strip() == message, result
    return found.group(1)


def run_parallel(cli, commands):
    """Run independent CLI invocations concurrently (CLI start-up dominates the suite's time)."""
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(lambda args: cli(*args), commands))


@pytest.fixture
def cli_queue(cli, sqs):
    created = []

    def _make(name=None, fifo=False, attributes=None):
        qname = name or unique_name("cli")
        args = ["sqs", "create-queue", "--queue-name", qname]
        attrs = dict(attributes or {})
        if fifo:
            if not qname.endswith(".fifo"):
                qname += ".fifo"
                args[3] = qname
            attrs["FifoQueue"] = "true"
        if attrs:
            args += ["--attributes", json.dumps(attrs)]
        url = ok(cli(*args))["QueueUrl"]
        created.append(url)
        return url

    yield _make
    delete_queues(sqs, created)


def test_create_get_list_delete(cli, cli_queue):
    name = unique_name("cli")
    url = cli_queue(name=name)
    assert url == expected_queue_url(name)
    assert ok(cli("sqs", "get-queue-url", "--queue-name", name))["QueueUrl"] == url
    assert ok(cli("sqs", "get-queue-url", "--queue-name", name, "--queue-owner-aws-account-id", ACCOUNT))["QueueUrl"] == url
    assert ok(cli("sqs", "list-queues", "--queue-name-prefix", name))["QueueUrls"] == [url]
    ok(cli("sqs", "delete-queue", "--queue-url", url))
    failed(cli("sqs", "get-queue-url", "--queue-name", name), "AWS.SimpleQueueService.NonExistentQueue",
           "GetQueueUrl", "The specified queue does not exist.")


def test_list_queues_paging(cli, cli_queue):
    prefix = unique_name("clipg")
    urls = sorted(cli_queue(name=f"{prefix}-{i}") for i in range(3))
    page = ok(cli("sqs", "list-queues", "--queue-name-prefix", prefix, "--max-results", "2", "--no-paginate"))
    assert len(page["QueueUrls"]) == 2 and page["NextToken"]
    rest = ok(cli("sqs", "list-queues", "--queue-name-prefix", prefix, "--max-results", "2",
                  "--next-token", page["NextToken"], "--no-paginate"))
    assert sorted(page["QueueUrls"] + rest["QueueUrls"]) == urls
    # the CLI's own paginator follows NextToken
    assert sorted(ok(cli("sqs", "list-queues", "--queue-name-prefix", prefix, "--page-size", "1"))["QueueUrls"]) == urls


def test_attributes(cli, cli_queue):
    name = unique_name("cliattr")
    url = cli_queue(name=name, attributes={"VisibilityTimeout": "20"})
    got = ok(cli("sqs", "get-queue-attributes", "--queue-url", url, "--attribute-names", "All"))["Attributes"]
    assert got["VisibilityTimeout"] == "20"
    assert got["QueueArn"] == queue_arn(name)
    assert got["MaximumMessageSize"] == "1048576"
    ok(cli("sqs", "set-queue-attributes", "--queue-url", url, "--attributes", "VisibilityTimeout=45,DelaySeconds=2"))
    got = ok(cli("sqs", "get-queue-attributes", "--queue-url", url, "--attribute-names", "VisibilityTimeout",
                 "DelaySeconds"))["Attributes"]
    assert got == {"VisibilityTimeout": "45", "DelaySeconds": "2"}


def test_send_receive_delete(cli, cli_queue):
    url = cli_queue()
    message_attributes = {"name": {"DataType": "String", "StringValue": "value"},
                          "n": {"DataType": "Number.int", "StringValue": "7"}}
    sent = ok(cli("sqs", "send-message", "--queue-url", url, "--message-body", "hello cli",
                  "--message-attributes", json.dumps(message_attributes)))
    assert sent["MD5OfMessageBody"] == md5_hex("hello cli")
    assert sent["MD5OfMessageAttributes"] == md5_of_attributes(message_attributes)
    got = ok(cli("sqs", "receive-message", "--queue-url", url, "--message-attribute-names", "All",
                 "--attribute-names", "All", "--wait-time-seconds", "2"))["Messages"]
    assert len(got) == 1
    msg = got[0]
    assert (msg["MessageId"], msg["Body"], msg["MD5OfBody"]) == (sent["MessageId"], "hello cli", md5_hex("hello cli"))
    assert msg["MessageAttributes"] == message_attributes
    assert msg["Attributes"]["ApproximateReceiveCount"] == "1"
    ok(cli("sqs", "change-message-visibility", "--queue-url", url, "--receipt-handle", msg["ReceiptHandle"],
           "--visibility-timeout", "0"))
    again = ok(cli("sqs", "receive-message", "--queue-url", url, "--wait-time-seconds", "2"))["Messages"][0]
    ok(cli("sqs", "delete-message", "--queue-url", url, "--receipt-handle", again["ReceiptHandle"]))
    empty = cli("sqs", "receive-message", "--queue-url", url)
    assert "Messages" not in ok(empty)


def test_batches(cli, cli_queue):
    url = cli_queue()
    entries = [{"Id": f"e{i}", "MessageBody": f"body {i}"} for i in range(3)]
    resp = ok(cli("sqs", "send-message-batch", "--queue-url", url, "--entries", json.dumps(entries)))
    assert sorted(e["Id"] for e in resp["Successful"]) == ["e0", "e1", "e2"]
    assert {e["Id"]: e["MD5OfMessageBody"] for e in resp["Successful"]} == {
        f"e{i}": md5_hex(f"body {i}") for i in range(3)}
    msgs = []
    for _ in range(5):
        msgs += ok(cli("sqs", "receive-message", "--queue-url", url, "--max-number-of-messages", "10",
                       "--wait-time-seconds", "1")).get("Messages", [])
        if len(msgs) == 3:
            break
    assert sorted(m["Body"] for m in msgs) == ["body 0", "body 1", "body 2"]
    deletes = [{"Id": f"d{i}", "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(msgs)]
    deletes.append({"Id": "bogus", "ReceiptHandle": "not-a-handle"})
    resp = ok(cli("sqs", "delete-message-batch", "--queue-url", url, "--entries", json.dumps(deletes)))
    assert sorted(e["Id"] for e in resp["Successful"]) == ["d0", "d1", "d2"]
    assert [(f["Id"], f["SenderFault"], f["Code"]) for f in resp["Failed"]] == [("bogus", True, "ReceiptHandleIsInvalid")]


def test_purge(cli, cli_queue):
    name = unique_name("clipurge")
    url = cli_queue(name=name)
    ok(cli("sqs", "send-message", "--queue-url", url, "--message-body", "x"))
    ok(cli("sqs", "purge-queue", "--queue-url", url))
    got = ok(cli("sqs", "get-queue-attributes", "--queue-url", url, "--attribute-names", "ApproximateNumberOfMessages"))
    assert got["Attributes"]["ApproximateNumberOfMessages"] == "0"
    failed(cli("sqs", "purge-queue", "--queue-url", url), "AWS.SimpleQueueService.PurgeQueueInProgress", "PurgeQueue",
           f"Only one PurgeQueue operation on {name} is allowed every 60 seconds.")


def test_tags(cli, cli_queue):
    url = cli_queue()
    ok(cli("sqs", "tag-queue", "--queue-url", url, "--tags", "env=test,team=core"))
    assert ok(cli("sqs", "list-queue-tags", "--queue-url", url))["Tags"] == {"env": "test", "team": "core"}
    ok(cli("sqs", "untag-queue", "--queue-url", url, "--tag-keys", "env"))
    assert ok(cli("sqs", "list-queue-tags", "--queue-url", url))["Tags"] == {"team": "core"}


def test_fifo(cli, cli_queue):
    url = cli_queue(fifo=True)
    first = ok(cli("sqs", "send-message", "--queue-url", url, "--message-body", "f1", "--message-group-id", "g",
                   "--message-deduplication-id", "d1"))
    dup = ok(cli("sqs", "send-message", "--queue-url", url, "--message-body", "f1-again", "--message-group-id", "g",
                 "--message-deduplication-id", "d1"))
    assert first["SequenceNumber"].isdigit()
    assert dup["MessageId"] == first["MessageId"]
    failed(cli("sqs", "send-message", "--queue-url", url, "--message-body", "x", "--message-deduplication-id", "d2"),
           "MissingParameter", "SendMessage", "The request must contain the parameter MessageGroupId.")


# --------------------------------------------------------------------------------------------
# Bad input: the CLI must show AWS's error code on stderr and exit non-zero.
# --------------------------------------------------------------------------------------------
def test_bad_inputs(cli, cli_queue):
    url = cli_queue()
    too_many = json.dumps([{"Id": f"e{i}", "MessageBody": "x"} for i in range(11)])
    dup = json.dumps([{"Id": "same", "MessageBody": "a"}, {"Id": "same", "MessageBody": "b"}])
    cases = [
        (("sqs", "receive-message", "--queue-url", url, "--max-number-of-messages", "11"),
         "InvalidParameterValue", "ReceiveMessage",
         "Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided."),
        (("sqs", "create-queue", "--queue-name", unique_name("cli"), "--attributes", "Foo=1"),
         "InvalidAttributeName", "CreateQueue", "Unknown Attribute Foo."),
        (("sqs", "create-queue", "--queue-name", unique_name("cli"), "--attributes", "VisibilityTimeout=43201"),
         "InvalidAttributeValue", "CreateQueue", None),
        (("sqs", "create-queue", "--queue-name", "bad name!"), "InvalidParameterValue", "CreateQueue", None),
        (("sqs", "delete-message", "--queue-url", url, "--receipt-handle", "garbage"),
         "ReceiptHandleIsInvalid", "DeleteMessage", None),
        (("sqs", "send-message", "--queue-url", url, "--message-body", "x", "--delay-seconds", "901"),
         "InvalidParameterValue", "SendMessage", None),
        (("sqs", "send-message-batch", "--queue-url", url, "--entries", too_many),
         "AWS.SimpleQueueService.TooManyEntriesInBatchRequest", "SendMessageBatch",
         "Maximum number of entries per request are 10. You have sent 11."),
        (("sqs", "send-message-batch", "--queue-url", url, "--entries", "[]"),
         "AWS.SimpleQueueService.EmptyBatchRequest", "SendMessageBatch", None),
        (("sqs", "send-message-batch", "--queue-url", url, "--entries", dup),
         "AWS.SimpleQueueService.BatchEntryIdsNotDistinct", "SendMessageBatch", None),
        (("sqs", "remove-permission", "--queue-url", url, "--label", "nolabel"),
         "InvalidParameterValue", "RemovePermission",
         "Value nolabel for parameter Label is invalid. Reason: can't find label."),
        (("sqs", "start-message-move-task", "--source-arn", queue_arn(unique_name("ghost"))),
         "ResourceNotFoundException", "StartMessageMoveTask",
         "The resource that you specified for the SourceArn parameter doesn't exist."),
    ]
    results = run_parallel(cli, [c[0] for c in cases])
    problems = []
    for (args, code, op, message), result in zip(cases, results):
        if cli_lacks(result):
            continue  # an operation newer than this CLI (the AWS CLI v2.9 has no message move tasks)
        try:
            failed(result, code, op, message)
        except AssertionError as e:
            problems.append(f"{' '.join(args[:2])}: {e}")
    assert not problems, "\n".join(problems)


def test_queue_already_exists(cli, cli_queue):
    name = unique_name("cliexists")
    cli_queue(name=name, attributes={"DelaySeconds": "1"})
    failed(cli("sqs", "create-queue", "--queue-name", name, "--attributes", "DelaySeconds=2"),
           "QueueAlreadyExists", "CreateQueue",
           "A queue already exists with the same name and a different value for attribute DelaySeconds")


def test_missing_queue(cli):
    url = expected_queue_url(unique_name("nope"))
    cases = [(("sqs", "send-message", "--queue-url", url, "--message-body", "x"), "SendMessage"),
             (("sqs", "get-queue-attributes", "--queue-url", url, "--attribute-names", "All"), "GetQueueAttributes"),
             (("sqs", "delete-queue", "--queue-url", url), "DeleteQueue")]
    for (args, op), result in zip(cases, run_parallel(cli, [c[0] for c in cases])):
        failed(result, "AWS.SimpleQueueService.NonExistentQueue", op, "The specified queue does not exist.")
