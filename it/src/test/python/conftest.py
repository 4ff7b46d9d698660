"""Fixtures for the SQS conformance suites (boto3 and AWS CLI).

The suites assert what AWS SQS answers (error codes as the clients show them, HTTP status,
documented messages). Where Stratus answers differently the test fails: that is the point.

Environment:
  AWS_ENDPOINT_URL  the Stratus endpoint, e.g. http://127.0.0.1:4610 (required)

Region us-east-1 and credentials test/test are forced here, for boto3 and for the CLI
subprocesses. Every test creates its own uniquely named queues.
"""

import hashlib
import json
import os
import re
import struct
import subprocess
import sys
import uuid
from urllib.parse import urlparse

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

ENDPOINT = os.environ.get("AWS_ENDPOINT_URL", "http://127.0.0.1:4566").rstrip("/")
REGION = "us-east-1"
ACCOUNT = "000000000000"

# Force the credentials/region for everything started from this process.
os.environ["AWS_ACCESS_KEY_ID"] = "test"
os.environ["AWS_SECRET_ACCESS_KEY"] = "test"
os.environ["AWS_DEFAULT_REGION"] = REGION
os.environ["AWS_REGION"] = REGION
os.environ.pop("AWS_SESSION_TOKEN", None)
os.environ.pop("AWS_PROFILE", None)


def _client(service="sqs", **config):
    return boto3.client(
        service,
        endpoint_url=ENDPOINT,
        region_name=REGION,
        aws_access_key_id="test",
        aws_secret_access_key="test",
        config=Config(
            retries={"max_attempts": 1, "mode": "standard"},
            connect_timeout=5,
            read_timeout=40,
            **config,
        ),
    )


@pytest.fixture(scope="session")
def sqs():
    """A boto3 SQS client against Stratus, no retries (errors surface at once)."""
    return _client()


@pytest.fixture(scope="session")
def logs():
    """A boto3 CloudWatch Logs client against Stratus, no retries."""
    return _client("logs")


@pytest.fixture(scope="session")
def sns():
    """A boto3 SNS client against Stratus, no retries."""
    return _client("sns")


@pytest.fixture(scope="session")
def iam():
    """A boto3 IAM client against Stratus, no retries."""
    return _client("iam")


@pytest.fixture(scope="session")
def kms():
    """A boto3 KMS client against Stratus, no retries."""
    return _client("kms")


@pytest.fixture(scope="session")
def sts():
    """A boto3 STS client against Stratus, no retries."""
    return _client("sts")


@pytest.fixture(scope="session")
def scheduler():
    """A boto3 EventBridge Scheduler client against Stratus, no retries."""
    return _client("scheduler")


@pytest.fixture(scope="session")
def ssm():
    """A boto3 SSM client against Stratus, no retries."""
    return _client("ssm")


@pytest.fixture(scope="session")
def secretsmanager():
    """A boto3 Secrets Manager client against Stratus, no retries."""
    return _client("secretsmanager")


@pytest.fixture(scope="session")
def iam_unvalidated():
    """An IAM client that skips botocore's parameter validation, to reach the server with bad input."""
    return _client("iam", parameter_validation=False)


@pytest.fixture(scope="session")
def sns_unvalidated():
    """A client that skips botocore's parameter validation, to reach the server with bad input."""
    return _client("sns", parameter_validation=False)


@pytest.fixture(scope="session")
def sqs_unvalidated():
    """A client that skips botocore's own parameter validation, to reach the server with bad input."""
    return _client(parameter_validation=False)


def unique_name(prefix="q"):
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def queue_arn(name):
    return f"arn:aws:sqs:{REGION}:{ACCOUNT}:{name}"


def expected_queue_url(name):
    return f"{ENDPOINT}/{ACCOUNT}/{name}"


def name_of(url):
    return urlparse(url).path.rsplit("/", 1)[-1]


@pytest.fixture
def make_queue(sqs):
    """Create a uniquely named queue; returns its URL. Deletes the queues afterwards (best effort)."""
    created = []

    def _make(prefix="q", fifo=False, attributes=None, tags=None, name=None):
        qname = name or unique_name(prefix)
        attrs = dict(attributes or {})
        if fifo:
            if not qname.endswith(".fifo"):
                qname += ".fifo"
            attrs.setdefault("FifoQueue", "true")
        kwargs = {"QueueName": qname}
        if attrs:
            kwargs["Attributes"] = attrs
        if tags:
            kwargs["tags"] = tags
        url = sqs.create_queue(**kwargs)["QueueUrl"]
        created.append(url)
        return url

    yield _make
    delete_queues(sqs, created)


def delete_queues(sqs, urls):
    """Fixture cleanup: deletes the queues a test made, whatever state the test left them in."""
    for url in urls:
        try:
            sqs.delete_queue(QueueUrl=url)
        except Exception:
            pass


def arn_of(sqs, url):
    return sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]


def allow_service(sqs, url, service, source_arn):
    """Adds to the queue's policy the statement AWS's guides give for a service's deliveries: `service`
    (sns.amazonaws.com, events.amazonaws.com) may SendMessage when the delivery comes from `source_arn`
    (its aws:SourceArn: the topic or rule; `*` wildcards match as ArnLike does). Returns the queue's ARN."""
    arn = arn_of(sqs, url)
    current = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["Policy"]).get("Attributes", {}).get("Policy")
    policy = json.loads(current) if current else {"Version": "2012-10-17", "Statement": []}
    operator = "ArnLike" if "*" in source_arn else "ArnEquals"
    policy["Statement"].append({"Sid": f"{service.split('.')[0]}{len(policy['Statement']) + 1}", "Effect": "Allow",
                                "Principal": {"Service": service}, "Action": "sqs:SendMessage", "Resource": arn,
                                "Condition": {operator: {"aws:SourceArn": source_arn}}})
    sqs.set_queue_attributes(QueueUrl=url, Attributes={"Policy": json.dumps(policy)})
    return arn


def any_source_of(service):
    """Every topic or rule of this account, for a queue made before the topic or rule that sends to it."""
    return f"arn:aws:{service.split('.')[0]}:{REGION}:{ACCOUNT}:*"


def cli_ok(result):
    """The JSON of an AWS CLI call that must succeed."""
    assert result.returncode == 0, result
    return result.json


def cli_failed(result, code, operation, message=None):
    """The message of an AWS CLI call that must fail with {code}, as the CLI prints it (and checks it when given)."""
    assert result.returncode != 0, result
    found = re.search(rf"An error occurred \({re.escape(code)}\) when calling the {operation} operation"
                      rf"(?: \(reached max retries: \d+\))?: (.*)", result.stderr)
    assert found, result
    if message is not None:
        assert found.group(1).strip() == message, result
    return found.group(1)


def expect_error(call, code, status=400, message=None, message_contains=None, **kwargs):
    """Run call(**kwargs), require a ClientError with the given code/status (and message)."""
    with pytest.raises(ClientError) as info:
        call(**kwargs)
    response = info.value.response
    err = response["Error"]
    got_status = response["ResponseMetadata"]["HTTPStatusCode"]
    assert (err.get("Code"), got_status) == (code, status), (
        f"expected {code}/{status}, got {err.get('Code')}/{got_status}: {err.get('Message')!r}"
    )
    if message is not None:
        assert err.get("Message") == message
    if message_contains is not None:
        assert message_contains in (err.get("Message") or ""), err.get("Message")
    return err


# ---------------------------------------------------------------------------------------------
# AWS's documented MD5 algorithm for message attributes (SQS Developer Guide, "Calculating the
# MD5 message digest for message attributes"): attributes sorted by name; for each: 4-byte
# big-endian length + UTF-8 name, length + UTF-8 data type, one transport byte (1 = String and
# Number, 2 = Binary), length + value bytes. MessageSystemAttributes use the same encoding.
# ---------------------------------------------------------------------------------------------
def md5_of_attributes(attributes):
    buf = bytearray()
    for name in sorted(attributes):
        value = attributes[name]
        data_type = value["DataType"]
        for part in (name.encode("utf-8"), data_type.encode("utf-8")):
            buf += struct.pack(">I", len(part)) + part
        if "BinaryValue" in value:
            raw = value["BinaryValue"]
            raw = raw if isinstance(raw, (bytes, bytearray)) else raw.encode("utf-8")
            buf += b"\x02"
        else:
            raw = value["StringValue"].encode("utf-8")
            buf += b"\x01"
        buf += struct.pack(">I", len(raw)) + raw
    return hashlib.md5(bytes(buf)).hexdigest()


def md5_hex(text):
    return hashlib.md5(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------------------------
# AWS CLI
# ---------------------------------------------------------------------------------------------
CLI_ENV = dict(
    os.environ,
    AWS_ACCESS_KEY_ID="test",
    AWS_SECRET_ACCESS_KEY="test",
    AWS_DEFAULT_REGION=REGION,
    AWS_REGION=REGION,
    AWS_ENDPOINT_URL=ENDPOINT,
    AWS_PAGER="",
    AWS_CONFIG_FILE=os.devnull,
    AWS_SHARED_CREDENTIALS_FILE=os.devnull,
)


class CliResult:
    def __init__(self, proc):
        self.returncode = proc.returncode
        self.stdout = proc.stdout
        self.stderr = proc.stderr

    @property
    def json(self):
        return json.loads(self.stdout) if self.stdout.strip() else {}

    def __repr__(self):
        return f"CliResult(rc={self.returncode}, stdout={self.stdout!r}, stderr={self.stderr!r})"


# Each CLI suite runs through the AWS CLI v1 and v2, as users have either. PythonClientsIT names
# the commands it found (STRATUS_AWS_CLI_V1 / _V2, space-separated); v1 defaults to this python's.
# v2 reads blob arguments (a Lambda --payload) as base64 unless told otherwise; this option, which
# AWS's migration guide gives, keeps v1's raw reading the suites are written with.
CLIS = {
    "v1": os.environ.get("STRATUS_AWS_CLI_V1", f"{sys.executable} -m awscli").split(),
    "v2": os.environ.get("STRATUS_AWS_CLI_V2", "").split(),
}
if CLIS["v2"]:
    CLIS["v2"] += ["--cli-binary-format", "raw-in-base64-out"]


def cli_lacks(result):
    """Whether the CLI itself refused the command as one it does not know (older than the operation)."""
    return result.returncode == 252 and "Invalid choice" in result.stderr


def run_cli(*args, timeout=60, version="v1", env=None):
    """The CLI's run of args; env adds to (or replaces) the environment, such as another access key."""
    cmd = [*CLIS[version], "--endpoint-url", ENDPOINT, "--region", REGION, "--output", "json", *args]
    proc = subprocess.run(cmd, env=dict(CLI_ENV, **(env or {})), capture_output=True, text=True, timeout=timeout)
    return CliResult(proc)


@pytest.fixture(scope="session", params=sorted(CLIS))
def cli(request):
    """The AWS CLI, once as v1 and once as v2: run(*args) gives a CliResult."""
    version = request.param
    if not CLIS[version]:
        pytest.skip(f"no AWS CLI {version} here (./stratus test installs v2 when run as root)")
    return lambda *args, timeout=60, env=None: run_cli(*args, timeout=timeout, version=version, env=env)


# ---------------------------------------------------------------------------------------------
# Lambda: sample packages, the client, and waiting for a function's log lines
# ---------------------------------------------------------------------------------------------
FUNCTIONS = os.path.join(os.path.dirname(__file__), "..", "resources", "functions")
LAMBDA_ROLE_NAME = "lambda-role"
LAMBDA_ROLE = f"arn:aws:iam::{ACCOUNT}:role/{LAMBDA_ROLE_NAME}"
LAMBDA_TRUST = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
                                                        "Action": "sts:AssumeRole"}]}
# What the suites' functions may do with their role's session: their own SQS calls, an event source mapping's polling,
# dead-letter queues and destinations, logs. Broad on purpose: these suites are about what functions, mappings and
# destinations do, not about permissions, which have tests of their own.
LAMBDA_POLICY = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Resource": "*",
                 "Action": ["sqs:*", "sns:*", "lambda:InvokeFunction", "events:PutEvents", "logs:*"]}]}


def package(sample):
    """The sample's files (src/test/resources/functions/<sample>) zipped as a user would zip them."""
    import io
    import zipfile
    buf = io.BytesIO()
    root = os.path.join(FUNCTIONS, sample)
    with zipfile.ZipFile(buf, "w") as z:
        for dirpath, _, files in os.walk(root):
            for f in files:
                path = os.path.join(dirpath, f)
                z.write(path, os.path.relpath(path, root))
    return buf.getvalue()


@pytest.fixture(scope="session")
def lambda_role(iam):
    """LAMBDA_ROLE, made as AWS requires before create-function: a role that exists and that Lambda may
    assume (else "The role defined for the function cannot be assumed by Lambda."), with LAMBDA_POLICY."""
    try:
        iam.create_role(RoleName=LAMBDA_ROLE_NAME, AssumeRolePolicyDocument=json.dumps(LAMBDA_TRUST))
    except iam.exceptions.EntityAlreadyExistsException:
        pass  # the same role, made before; putting the same policy again changes nothing
    iam.put_role_policy(RoleName=LAMBDA_ROLE_NAME, PolicyName="stratus-tests", PolicyDocument=json.dumps(LAMBDA_POLICY))
    return LAMBDA_ROLE


@pytest.fixture(scope="session")
def awslambda(lambda_role):
    """A boto3 Lambda client against Stratus, no retries; the suites' functions' role exists once it does."""
    return _client("lambda")


def log_messages(logs, name, contains, timeout=30):
    """The function's log events once one contains the text (logs are written just behind the invocation)."""
    import time
    until = time.time() + timeout
    while time.time() < until:
        try:
            messages = [e["message"] for e in logs.filter_log_events(logGroupName=f"/aws/lambda/{name}")["events"]]
            if any(contains in m for m in messages):
                return messages
        except logs.exceptions.ResourceNotFoundException:
            pass
        time.sleep(0.1)
    raise AssertionError(f"no log event containing {contains!r} for {name}")
