"""Lambda through boto3 and the AWS CLI: functions that run, log, fail, time out, throttle and retry into a dead-letter queue.

Stratus runs with failed asynchronous events retried after 1 s and 2 s (PythonClientsIT), not AWS's minutes.
"""
import base64
import io
import json
import os
import time
import zipfile

import pytest

from conftest import ACCOUNT, LAMBDA_ROLE, REGION, _client, arn_of, expect_error, log_messages, package, unique_name

ROLE = LAMBDA_ROLE




@pytest.fixture
def function(awslambda):
    created = []

    def _make(prefix="fn", **kwargs):
        name = unique_name(prefix)
        args = dict(FunctionName=name, Runtime="python3.12", Handler="app.handler", Role=ROLE, Code={"ZipFile": package("python")})
        args.update(kwargs)
        awslambda.create_function(**args)
        created.append(name)
        return name

    yield _make
    for name in created:
        try:
            awslambda.delete_function(FunctionName=name)
        except Exception:
            pass


def invoke(awslambda, name, event, **kwargs):
    r = awslambda.invoke(FunctionName=name, Payload=json.dumps(event).encode(), **kwargs)
    return r, json.loads(r["Payload"].read() or b"null")



def test_create_invoke_and_logs_with_boto3(awslambda, logs, function):
    name = function("echo", Environment={"Variables": {"GREETING": "hi"}}, MemorySize=512)
    waiter = awslambda.get_waiter("function_active_v2")
    waiter.wait(FunctionName=name, WaiterConfig={"Delay": 1, "MaxAttempts": 5})
    r, out = invoke(awslambda, name, {"x": 1}, LogType="Tail")
    assert r["StatusCode"] == 200 and "FunctionError" not in r
    assert r["ExecutedVersion"] == "$LATEST"
    assert out["event"] == {"x": 1}
    assert out["env"]["GREETING"] == "hi"
    assert out["memory"] == "512", "memory_limit_in_mb is the variable's text, as in AWS's runtime"
    request_id = r["ResponseMetadata"]["RequestId"]
    tail = base64.b64decode(r["LogResult"]).decode()
    assert tail.startswith(f"START RequestId: {request_id} Version: $LATEST\n"), tail
    assert f"END RequestId: {request_id}\n" in tail
    assert f"REPORT RequestId: {request_id}\tDuration: " in tail and "\tMemory Size: 512 MB\t" in tail and "\tInit Duration: " in tail
    messages = log_messages(logs, name, f"REPORT RequestId: {request_id}")
    assert 'echo {"x": 1}\n' in messages
    streams = logs.describe_log_streams(logGroupName=f"/aws/lambda/{name}")["logStreams"]
    assert len(streams) == 1 and streams[0]["logStreamName"] == out["logStream"]


def test_errors_timeouts_and_throttles_with_boto3(awslambda, function):
    name = function("errors", Timeout=1)
    r, error = invoke(awslambda, name, {"action": "fail"})
    assert r["FunctionError"] == "Unhandled"
    assert error["errorType"] == "ValueError" and error["errorMessage"] == "boom"
    r, error = invoke(awslambda, name, {"action": "sleep", "seconds": 3})
    assert r["FunctionError"] == "Unhandled"
    assert error == {"errorType": "Sandbox.Timedout",
                     "errorMessage": f"RequestId: {r['ResponseMetadata']['RequestId']} Error: Task timed out after 1.00 seconds"}
    awslambda.put_function_concurrency(FunctionName=name, ReservedConcurrentExecutions=0)
    err = expect_error(awslambda.invoke, "TooManyRequestsException", 429, message="Rate Exceeded.", FunctionName=name, Payload=b"{}")
    with pytest.raises(awslambda.exceptions.TooManyRequestsException) as info:
        awslambda.invoke(FunctionName=name, Payload=b"{}")
    assert info.value.response["Reason"] == "ReservedFunctionConcurrentInvocationLimitExceeded"
    assert awslambda.get_function_concurrency(FunctionName=name)["ReservedConcurrentExecutions"] == 0
    awslambda.delete_function_concurrency(FunctionName=name)
    assert "ReservedConcurrentExecutions" not in awslambda.get_function_concurrency(FunctionName=name)


def test_async_failure_retries_into_dead_letter_queue_with_boto3(awslambda, sqs, make_queue, function):
    dlq = make_queue("dlq")
    name = function("async", DeadLetterConfig={"TargetArn": arn_of(sqs, dlq)})
    r = awslambda.invoke(FunctionName=name, InvocationType="Event", Payload=b'{"action": "fail"}')
    assert r["StatusCode"] == 202
    until = time.time() + 20
    messages = []
    while not messages and time.time() < until:
        messages = sqs.receive_message(QueueUrl=dlq, WaitTimeSeconds=1, MessageAttributeNames=["All"]).get("Messages", [])
    assert messages, "nothing reached the dead-letter queue"
    m = messages[0]
    assert m["Body"] == '{"action": "fail"}'
    assert m["MessageAttributes"]["ErrorMessage"]["StringValue"] == "boom"
    assert m["MessageAttributes"]["RequestID"]["StringValue"] == r["ResponseMetadata"]["RequestId"]
    assert m["MessageAttributes"]["ErrorCode"] == {"StringValue": "200", "DataType": "Number"}


def test_bad_input_with_boto3(awslambda, function):
    name = function("bad")
    expect_error(awslambda.create_function, "ResourceConflictException", 409, message=f"Function already exist: {name}",
                 FunctionName=name, Runtime="python3.12", Handler="app.handler", Role=ROLE, Code={"ZipFile": package("python")})
    expect_error(awslambda.get_function, "ResourceNotFoundException", 404,
                 message=f"Function not found: arn:aws:lambda:{REGION}:{ACCOUNT}:function:nope-{name}", FunctionName="nope-" + name)
    expect_error(awslambda.create_function, "InvalidParameterValueException", 400,
                 message="Could not unzip uploaded file. Please check your file, then try to upload again.",
                 FunctionName="z" + name, Runtime="python3.12", Handler="app.handler", Role=ROLE, Code={"ZipFile": b"PK not really"})
    expect_error(awslambda.create_function, "InvalidParameterValueException", 400,
                 message="Runtime and Handler are mandatory parameters for functions created with deployment packages.",
                 FunctionName="h" + name, Role=ROLE, Code={"ZipFile": package("python")})
    expect_error(awslambda.invoke, "InvalidRequestContentException", 400, FunctionName=name, Payload=b"{oops")
    expect_error(awslambda.put_function_concurrency, "InvalidParameterValueException", 400,
                 FunctionName=name + ":1", ReservedConcurrentExecutions=1)


def test_aws_cli_create_invoke_logs_and_errors(cli, logs, lambda_role, tmp_path):
    zip_path = tmp_path / "function.zip"
    zip_path.write_bytes(package("python"))
    name = unique_name("cli")
    created = cli("lambda", "create-function", "--function-name", name, "--runtime", "python3.12", "--handler", "app.handler",
                  "--role", lambda_role, "--zip-file", f"fileb://{zip_path}", "--timeout", "1")
    assert created.returncode == 0, created
    assert created.json["State"] == "Pending" and created.json["FunctionArn"] == f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:{name}"
    out = tmp_path / "out.json"
    invoked = cli("lambda", "invoke", "--function-name", name, "--payload", '{"hello": "cli"}', "--log-type", "Tail", str(out))
    assert invoked.returncode == 0, invoked
    assert invoked.json["StatusCode"] == 200
    assert json.loads(out.read_text())["event"] == {"hello": "cli"}
    assert "REPORT RequestId: " in base64.b64decode(invoked.json["LogResult"]).decode()
    log_messages(logs, name, 'echo {"hello": "cli"}')

    failed = cli("lambda", "invoke", "--function-name", name, "--payload", '{"action": "fail"}', str(out))
    assert failed.returncode == 0 and failed.json["FunctionError"] == "Unhandled"
    assert json.loads(out.read_text())["errorType"] == "ValueError"
    timed_out = cli("lambda", "invoke", "--function-name", name, "--payload", '{"action": "sleep", "seconds": 3}', str(out))
    assert timed_out.json["FunctionError"] == "Unhandled"
    assert json.loads(out.read_text())["errorType"] == "Sandbox.Timedout"

    missing = cli("lambda", "invoke", "--function-name", "nope-" + name, str(out))
    assert missing.returncode != 0 and "ResourceNotFoundException" in missing.stderr
    bad_memory = cli("lambda", "update-function-configuration", "--function-name", name, "--memory-size", "20000")
    assert bad_memory.returncode != 0 and "ValidationException" in bad_memory.stderr and "10240" in bad_memory.stderr
    listed = cli("lambda", "list-functions")
    assert name in [f["FunctionName"] for f in listed.json["Functions"]]
    assert cli("lambda", "delete-function", "--function-name", name).returncode == 0


def test_sqs_event_source_mapping_with_boto3_and_cli(awslambda, sqs, logs, make_queue, function, cli):
    queue = make_queue("source", attributes={"VisibilityTimeout": "30"})
    name = function("consumer")
    created = cli("lambda", "create-event-source-mapping", "--function-name", name, "--event-source-arn", arn_of(sqs, queue),
                  "--batch-size", "5", "--function-response-types", "ReportBatchItemFailures")
    assert created.returncode == 0, created
    assert created.json["State"] == "Creating" and created.json["BatchSize"] == 5
    assert created.json["FunctionResponseTypes"] == ["ReportBatchItemFailures"]
    for i in range(3):
        sqs.send_message(QueueUrl=queue, MessageBody=json.dumps({"id": f"cli{i}"}))
    marks = {}
    until = time.time() + 15
    while len(marks) < 3 and time.time() < until:
        # The function logs "MARK <id>-<receive count> <record>" for each record it handled.
        for m in log_messages(logs, name, "MARK", timeout=15):
            if m.startswith("MARK "):
                _, mark, record = m.strip().split(" ", 2)
                marks[mark] = json.loads(record)
        time.sleep(0.05)
    assert sorted(marks) == ["cli0-1", "cli1-1", "cli2-1"]
    record = marks["cli0-1"]
    assert record["eventSource"] == "aws:sqs" and record["eventSourceARN"] == arn_of(sqs, queue)
    mapping = awslambda.get_event_source_mapping(UUID=created.json["UUID"])
    assert mapping["State"] == "Enabled"
    listed = awslambda.list_event_source_mappings(EventSourceArn=arn_of(sqs, queue))["EventSourceMappings"]
    assert [m["UUID"] for m in listed] == [created.json["UUID"]]
    assert awslambda.delete_event_source_mapping(UUID=created.json["UUID"])["State"] == "Deleting"
    expect_error(awslambda.get_event_source_mapping, "ResourceNotFoundException", 404, UUID=created.json["UUID"])
