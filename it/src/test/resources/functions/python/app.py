"""A test function: what it does is chosen by the event's "action"."""
import json
import logging
import os
import time

logger = logging.getLogger()
logger.setLevel(logging.INFO)
COLD = {"started": time.time()}


def handler(event, context):
    if "Records" in event:
        if event["Records"] and event["Records"][0].get("eventSource") == "aws:s3":
            print("S3", json.dumps(event))
            return None
        return sqs_batch(event)
    action = event.get("action", "echo")
    if action == "echo":
        print("echo", json.dumps(event))
        logger.info("logged at info")
        return {
            "event": event,
            "requestId": context.aws_request_id,
            "functionName": context.function_name,
            "functionVersion": context.function_version,
            "invokedArn": context.invoked_function_arn,
            "memory": context.memory_limit_in_mb,
            "remainingMs": context.get_remaining_time_in_millis(),
            "logStream": context.log_stream_name,
            "env": {k: os.environ.get(k) for k in (
                "AWS_LAMBDA_FUNCTION_NAME", "AWS_REGION", "GREETING", "AWS_ENDPOINT_URL", "AWS_LAMBDA_LOG_STREAM_NAME",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_EXECUTION_ENV", "_HANDLER", "TZ", "AWS_LAMBDA_RUNTIME_API")},
            "started": COLD["started"],
        }
    if action == "version":
        import platform
        import sys
        print("sys.version", sys.version)
        return {"version": platform.python_version(), "executable": sys.executable}
    if action == "fail":
        raise ValueError("boom")
    if action == "sleep":
        time.sleep(event["seconds"])
        return "slept"
    if action == "spawn":
        import subprocess
        subprocess.Popen(["sleep", str(event["seconds"])], start_new_session=False)
        os._exit(3)
    if action == "big":
        return "x" * event["bytes"]
    if action == "exit":
        os._exit(event.get("status", 3))
    if action == "eat":
        hog = bytearray(event["mb"] * 1024 * 1024)
        time.sleep(5)
        return len(hog)
    if action == "print":
        for i in range(event["lines"]):
            print("line", i, "x" * event.get("width", 10))
        return "printed"
    if action == "sqs":
        import boto3
        sqs = boto3.client("sqs")
        url = sqs.create_queue(QueueName=event["queue"])["QueueUrl"]
        sqs.send_message(QueueUrl=url, MessageBody="from " + context.function_name)
        return url
    if action == "whoami":
        import boto3
        me = boto3.client("sts").get_caller_identity()
        return {"Arn": me["Arn"], "UserId": me["UserId"], "Account": me["Account"], "KeyId": os.environ["AWS_ACCESS_KEY_ID"],
                "HasToken": bool(os.environ.get("AWS_SESSION_TOKEN"))}
    if action == "touch":
        time.sleep(event.get("seconds", 0))
        with open(os.path.join(event["dir"], event["id"]), "a") as f:
            f.write(context.aws_request_id + "\n")
        return event["id"]
    if action == "layer":
        import greeting
        return greeting.hello(event["name"])
    if action == "clientContext":
        return {"custom": context.client_context.custom if context.client_context else None}
    return {"unknown": action}


def sqs_batch(event):
    """An SQS event: each record is marked done by a log line "MARK <id>-<receive count> <record>" (the
    function runs in a sandbox and cannot write where the test looks); bodies with "fail" are reported as failures."""
    failures = []
    for r in event["Records"]:
        body = json.loads(r["body"])
        print("MARK", body["id"] + "-" + r["attributes"]["ApproximateReceiveCount"], json.dumps(r))
        if body.get("fail"):
            failures.append({"itemIdentifier": r["messageId"]})
    return {"batchItemFailures": failures}
