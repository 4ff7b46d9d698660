"""Issue 13's "done when", driven only by the AWS CLI and boto3, as a user of AWS would drive it.

A function's role decides what the function may do (KMS, Parameter Store); an IAM user's key and an
assumed role's session can do exactly what their policies allow; an EventBridge rule invokes a
function only with a Lambda permission, and the event it could not deliver reaches the rule's
dead-letter queue.
"""
import base64
import io
import json
import time
import zipfile

import boto3
import pytest
from botocore.config import Config

from conftest import ACCOUNT, ENDPOINT, REGION, cli_failed, cli_ok, expect_error, run_cli, unique_name

LAMBDA_TRUST = json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]})

# The lesson's function, written for AWS: it decrypts the environment variable the console's
# encryption helpers encrypted, with the function's name as encryption context.
DECRYPTING_FUNCTION = """
import base64, os, boto3

def handler(event, context):
    kms = boto3.client("kms")
    plaintext = kms.decrypt(CiphertextBlob=base64.b64decode(os.environ["DB_PASSWORD"]),
                            EncryptionContext={"LambdaFunctionName": os.environ["AWS_LAMBDA_FUNCTION_NAME"]})["Plaintext"]
    return {"password": plaintext.decode()}
"""

PARAMETER_FUNCTION = """
import boto3

def handler(event, context):
    return {"value": boto3.client("ssm").get_parameter(Name=event["name"], WithDecryption=True)["Parameter"]["Value"]}
"""


def zipped(source):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        entry = zipfile.ZipInfo("app.py")
        entry.external_attr = 0o644 << 16  # readable, as zip -r makes it
        z.writestr(entry, source)
    return buf.getvalue()


def client(service, key="test", secret="test", token=None):
    return boto3.client(service, endpoint_url=ENDPOINT, region_name=REGION, aws_access_key_id=key,
                        aws_secret_access_key=secret, aws_session_token=token,
                        config=Config(retries={"max_attempts": 1, "mode": "standard"}, read_timeout=60))


def cli(*args):
    return cli_ok(run_cli(*args))


def make_role(name, trust=LAMBDA_TRUST):
    return cli("iam", "create-role", "--role-name", name, "--assume-role-policy-document", trust)["Role"]["Arn"]


def allow(role, policy_name, action, resource):
    cli("iam", "put-role-policy", "--role-name", role, "--policy-name", policy_name, "--policy-document",
        json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": action, "Resource": resource}]}))


def make_function(name, role_arn, source, environment=None):
    with open(f"/tmp/{name}.zip", "wb") as f:
        f.write(zipped(source))
    args = ["lambda", "create-function", "--function-name", name, "--runtime", "python3.12", "--handler", "app.handler",
            "--role", role_arn, "--zip-file", f"fileb:///tmp/{name}.zip", "--timeout", "30"]
    if environment:
        args += ["--environment", json.dumps({"Variables": environment})]
    return cli(*args)["FunctionArn"]


def invoke(name, event):
    out = f"/tmp/{name}-out.json"
    meta = cli("lambda", "invoke", "--function-name", name, "--payload", json.dumps(event), out)
    with open(out) as f:
        return meta, json.load(f)


def test_a_function_decrypts_its_environment_only_once_its_role_allows_kms_decrypt():
    role, name = unique_name("kms-role"), unique_name("kms-fn")
    role_arn = make_role(role)
    key_arn = cli("kms", "create-key", "--description", "database password")["KeyMetadata"]["Arn"]
    ciphertext = cli("kms", "encrypt", "--key-id", key_arn, "--plaintext", "hunter2",
                     "--encryption-context", f"LambdaFunctionName={name}")["CiphertextBlob"]
    make_function(name, role_arn, DECRYPTING_FUNCTION, {"DB_PASSWORD": ciphertext})

    meta, out = invoke(name, {})
    assert meta.get("FunctionError") == "Unhandled", (meta, out)
    assert "AccessDeniedException" in out["errorMessage"], out
    assert (f"User: arn:aws:sts::{ACCOUNT}:assumed-role/{role}/{name} is not authorized to perform: kms:Decrypt "
            f"on resource: {key_arn} because no identity-based policy allows the kms:Decrypt action") in out["errorMessage"], out

    allow(role, "decrypt-db-password", "kms:Decrypt", key_arn)
    meta, out = invoke(name, {})
    assert "FunctionError" not in meta, out
    assert out == {"password": "hunter2"}


def test_a_securestring_reads_as_ssm_get_parameter_and_the_keys_permissions_allow():
    role, name, parameter = unique_name("ssm-role"), unique_name("ssm-fn"), "/" + unique_name("app") + "/db-password"
    role_arn = make_role(role)
    key_arn = cli("kms", "create-key")["KeyMetadata"]["Arn"]
    cli("ssm", "put-parameter", "--name", parameter, "--type", "SecureString", "--value", "s3cr3t", "--key-id", key_arn)
    parameter_arn = f"arn:aws:ssm:{REGION}:{ACCOUNT}:parameter{parameter}"
    make_function(name, role_arn, PARAMETER_FUNCTION)

    _, out = invoke(name, {"name": parameter})
    assert "ssm:GetParameter" in out.get("errorMessage", ""), out

    allow(role, "read-parameter", "ssm:GetParameter", parameter_arn)
    _, out = invoke(name, {"name": parameter})
    assert "kms:Decrypt" in out.get("errorMessage", ""), out

    allow(role, "decrypt-parameter", "kms:Decrypt", key_arn)
    _, out = invoke(name, {"name": parameter})
    assert out == {"value": "s3cr3t"}


def test_an_iam_users_access_key_can_do_exactly_what_its_policies_allow():
    user = unique_name("alice")
    user_arn = cli("iam", "create-user", "--user-name", user)["User"]["Arn"]
    key = cli("iam", "create-access-key", "--user-name", user)["AccessKey"]
    sqs = client("sqs", key["AccessKeyId"], key["SecretAccessKey"])
    assert client("sts", key["AccessKeyId"], key["SecretAccessKey"]).get_caller_identity()["Arn"] == user_arn

    expect_error(sqs.list_queues, "AccessDenied", 403, message_contains=f"User: {user_arn} is not authorized to perform: sqs:listqueues")
    cli("iam", "put-user-policy", "--user-name", user, "--policy-name", "list", "--policy-document",
        json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sqs:ListQueues", "Resource": "*"}]}))
    sqs.list_queues()
    expect_error(sqs.create_queue, "AccessDenied", 403, QueueName=unique_name("q"))


def test_an_assumed_roles_session_can_do_exactly_what_the_roles_policies_allow():
    role = unique_name("reader")
    trust = json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "sts:AssumeRole"}]})
    role_arn = make_role(role, trust)
    allow(role, "topics", "sns:ListTopics", "*")
    session = cli("sts", "assume-role", "--role-arn", role_arn, "--role-session-name", "ci")["Credentials"]
    sns = client("sns", session["AccessKeyId"], session["SecretAccessKey"], session["SessionToken"])
    sns.list_topics()
    expect_error(sns.create_topic, "AuthorizationError", 403, Name=unique_name("t"),
                 message_contains=f"arn:aws:sts::{ACCOUNT}:assumed-role/{role}/ci is not authorized to perform: SNS:CreateTopic")


def test_a_rule_without_a_lambda_permission_does_not_invoke_the_function_and_its_dead_letter_queue_gets_the_event():
    role, name, rule = unique_name("rule-fn-role"), unique_name("rule-fn"), unique_name("rule")
    function_arn = make_function(name, make_role(role), "def handler(event, context):\n    print('ran', event)\n")
    dlq_url = cli("sqs", "create-queue", "--queue-name", unique_name("rule-dlq"))["QueueUrl"]
    dlq_arn = cli("sqs", "get-queue-attributes", "--queue-url", dlq_url, "--attribute-names", "QueueArn")["Attributes"]["QueueArn"]
    rule_arn = cli("events", "put-rule", "--name", rule, "--event-pattern", json.dumps({"source": ["lesson.app"]}))["RuleArn"]
    cli("sqs", "set-queue-attributes", "--queue-url", dlq_url, "--attributes", json.dumps({"Policy": json.dumps({
        "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "events.amazonaws.com"},
                                                "Action": "sqs:SendMessage", "Resource": dlq_arn,
                                                "Condition": {"ArnEquals": {"aws:SourceArn": rule_arn}}}]})}))
    cli("events", "put-targets", "--rule", rule, "--targets",
        json.dumps([{"Id": "fn", "Arn": function_arn, "DeadLetterConfig": {"Arn": dlq_arn}}]))

    cli("events", "put-events", "--entries", json.dumps([{"Source": "lesson.app", "DetailType": "t", "Detail": "{\"n\": 1}"}]))
    dead = []
    deadline = time.time() + 30
    while not dead and time.time() < deadline:
        dead = cli("sqs", "receive-message", "--queue-url", dlq_url, "--wait-time-seconds", "5",
                   "--message-attribute-names", "All").get("Messages", [])
    assert dead, "the event the rule could not deliver reached its dead-letter queue"
    assert json.loads(dead[0]["Body"])["detail"] == {"n": 1}
    assert dead[0]["MessageAttributes"]["RULE_ARN"]["StringValue"] == rule_arn
    assert dead[0]["MessageAttributes"]["ERROR_CODE"]["StringValue"] == "AccessDeniedException"
    streams = cli("logs", "describe-log-streams", "--log-group-name", f"/aws/lambda/{name}") if run_cli(
        "logs", "describe-log-groups", "--log-group-name-prefix", f"/aws/lambda/{name}").json.get("logGroups") else {"logStreams": []}
    assert streams["logStreams"] == [], "the function never ran"

    cli("lambda", "add-permission", "--function-name", name, "--statement-id", "rule", "--action", "lambda:InvokeFunction",
        "--principal", "events.amazonaws.com", "--source-arn", rule_arn)
    cli("events", "put-events", "--entries", json.dumps([{"Source": "lesson.app", "DetailType": "t", "Detail": "{\"n\": 2}"}]))
    deadline = time.time() + 30
    ran = False
    while not ran and time.time() < deadline:
        events = run_cli("logs", "filter-log-events", "--log-group-name", f"/aws/lambda/{name}", "--filter-pattern", "ran").json
        ran = bool(events.get("events"))
        time.sleep(0.5)
    assert ran, "with the permission, the rule invokes the function"


def test_a_kms_grant_lets_a_role_use_a_key_its_policies_do_not_within_the_grants_constraints():
    role = unique_name("grantee")
    trust = json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "sts:AssumeRole"}]})
    role_arn = make_role(role, trust)
    key_arn = cli("kms", "create-key")["KeyMetadata"]["Arn"]
    root_kms = client("kms")
    orders = root_kms.encrypt(KeyId=key_arn, Plaintext=b"order", EncryptionContext={"app": "orders", "env": "prod"})["CiphertextBlob"]
    billing = root_kms.encrypt(KeyId=key_arn, Plaintext=b"bill", EncryptionContext={"app": "billing"})["CiphertextBlob"]
    session = cli("sts", "assume-role", "--role-arn", role_arn, "--role-session-name", "worker")["Credentials"]
    kms = client("kms", session["AccessKeyId"], session["SecretAccessKey"], session["SessionToken"])

    expect_error(kms.decrypt, "AccessDeniedException", CiphertextBlob=orders, EncryptionContext={"app": "orders", "env": "prod"})
    root_kms.create_grant(KeyId=key_arn, GranteePrincipal=role_arn, Operations=["Decrypt"],
                          Constraints={"EncryptionContextSubset": {"app": "orders"}})
    assert kms.decrypt(CiphertextBlob=orders, EncryptionContext={"app": "orders", "env": "prod"})["Plaintext"] == b"order"
    expect_error(kms.decrypt, "AccessDeniedException", CiphertextBlob=billing, EncryptionContext={"app": "billing"})
    expect_error(kms.encrypt, "AccessDeniedException", KeyId=key_arn, Plaintext=b"x", EncryptionContext={"app": "orders"})


def test_a_sessions_managed_session_policy_narrows_what_its_role_allows():
    role = unique_name("narrowed")
    trust = json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "sts:AssumeRole"}]})
    role_arn = make_role(role, trust)
    allow(role, "all-sqs", "sqs:*", "*")
    session = client("sts").assume_role(RoleArn=role_arn, RoleSessionName="narrow",
                                        PolicyArns=[{"arn": "arn:aws:iam::aws:policy/AmazonSQSReadOnlyAccess"}])["Credentials"]
    sqs = client("sqs", session["AccessKeyId"], session["SecretAccessKey"], session["SessionToken"])
    sqs.list_queues()
    expect_error(sqs.create_queue, "AccessDenied", 403, QueueName=unique_name("q"),
                 message_contains="because no session policy allows the sqs:createqueue action")


def test_giving_a_function_a_role_needs_iam_pass_role_and_a_deleted_key_is_refused_not_taken_for_the_root():
    user = unique_name("deployer")
    cli("iam", "create-user", "--user-name", user)
    key = cli("iam", "create-access-key", "--user-name", user)["AccessKey"]
    role_arn = make_role(unique_name("fn-role"))
    cli("iam", "put-user-policy", "--user-name", user, "--policy-name", "deploy", "--policy-document", json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "lambda:CreateFunction", "Resource": "*"}]}))
    awslambda = client("lambda", key["AccessKeyId"], key["SecretAccessKey"])
    args = dict(FunctionName=unique_name("passed"), Runtime="python3.12", Handler="app.handler", Role=role_arn,
                Code={"ZipFile": zipped("def handler(event, context):\n    return 1\n")})
    expect_error(awslambda.create_function, "AccessDeniedException", 403, message_contains=f"iam:PassRole on resource: {role_arn}", **args)
    cli("iam", "put-user-policy", "--user-name", user, "--policy-name", "pass", "--policy-document", json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:PassRole", "Resource": role_arn,
                                                 "Condition": {"StringEquals": {"iam:PassedToService": "lambda.amazonaws.com"}}}]}))
    awslambda.create_function(**args)

    cli("iam", "delete-access-key", "--user-name", user, "--access-key-id", key["AccessKeyId"])
    expect_error(client("sts", key["AccessKeyId"], key["SecretAccessKey"]).get_caller_identity, "InvalidClientTokenId", 403)


def test_a_kms_grant_never_outweighs_an_explicit_deny_in_the_key_policy():
    role_arn = make_role(unique_name("denied"), json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "sts:AssumeRole"}]}))
    policy = {"Version": "2012-10-17", "Statement": [
        {"Sid": "Enable IAM User Permissions", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "kms:*",
         "Resource": "*"},
        {"Sid": "NoDecrypt", "Effect": "Deny", "Principal": {"AWS": role_arn}, "Action": "kms:Decrypt", "Resource": "*"}]}
    key_arn = cli("kms", "create-key", "--policy", json.dumps(policy))["KeyMetadata"]["Arn"]
    root_kms = client("kms")
    blob = root_kms.encrypt(KeyId=key_arn, Plaintext=b"x")["CiphertextBlob"]
    root_kms.create_grant(KeyId=key_arn, GranteePrincipal=role_arn, Operations=["Decrypt"])
    session = cli("sts", "assume-role", "--role-arn", role_arn, "--role-session-name", "denied")["Credentials"]
    kms = client("kms", session["AccessKeyId"], session["SecretAccessKey"], session["SessionToken"])
    expect_error(kms.decrypt, "AccessDeniedException", CiphertextBlob=blob, message_contains="with an explicit deny in a resource-based policy")
