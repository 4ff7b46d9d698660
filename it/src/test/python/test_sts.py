"""STS through boto3 and the AWS CLI, and `--auth strict`.

Expected answers come from AWS: the STS API reference (GetCallerIdentity's examples for the root,
users and assumed roles; AssumeRole's DurationSeconds, RoleSessionName and PackedPolicySize; the
AccessDenied message "User: ... is not authorized to perform: sts:AssumeRole on resource: ..."),
the messages clients report from AWS for ValidationError ("The requested DurationSeconds exceeds
the MaxSessionDuration set for this role.") and expired or invalid tokens, and the SigV4 signing
documentation (clock skew of five minutes, presigned URL expiry).
"""

import datetime
import json
import os
import subprocess
import time
import urllib.request
import uuid
from unittest import mock

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from conftest import ACCOUNT, CLI_ENV, CLIS, REGION, _client, expect_error, package, unique_name

ROOT_ARN = f"arn:aws:iam::{ACCOUNT}:root"
STRICT = os.environ.get("STRATUS_STRICT_ENDPOINT_URL", "").rstrip("/")


def trust(principal, action="sts:AssumeRole", condition=None):
    statement = {"Effect": "Allow", "Principal": principal, "Action": action}
    if condition:
        statement["Condition"] = condition
    return json.dumps({"Version": "2012-10-17", "Statement": [statement]})


def make_role(iam, principal, max_seconds=3600, condition=None, action="sts:AssumeRole"):
    name = unique_name("role")
    return iam.create_role(RoleName=name, AssumeRolePolicyDocument=trust(principal, action, condition),
                           MaxSessionDuration=max_seconds)["Role"]


def allow(iam, role, *actions):
    """Lets the role's sessions do these actions on anything: IAM is enforced, so a session may do only what its role allows."""
    iam.put_role_policy(RoleName=role["RoleName"], PolicyName="allow", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": list(actions), "Resource": "*"}]}))


def session_client(service, creds, endpoint=None):
    return boto3.client(service, endpoint_url=endpoint or os.environ.get("AWS_ENDPOINT_URL"), region_name=REGION,
                        aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                        aws_session_token=creds["SessionToken"], config=Config(retries={"max_attempts": 1}))


def test_the_default_keys_are_the_account_root(sts):
    me = sts.get_caller_identity()
    assert (me["UserId"], me["Account"], me["Arn"]) == (ACCOUNT, ACCOUNT, ROOT_ARN)


def test_assume_role_then_call_as_the_session(sts, iam):
    role = make_role(iam, {"AWS": ROOT_ARN})
    r = sts.assume_role(RoleArn=role["Arn"], RoleSessionName="ci@build-7")
    creds = r["Credentials"]
    assert creds["AccessKeyId"].startswith("ASIA") and len(creds["AccessKeyId"]) == 20
    assert creds["Expiration"] > datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=59)
    session_arn = f"arn:aws:sts::{ACCOUNT}:assumed-role/{role['RoleName']}/ci@build-7"
    assert r["AssumedRoleUser"] == {"AssumedRoleId": f"{role['RoleId']}:ci@build-7", "Arn": session_arn}
    assert "PackedPolicySize" not in r
    me = session_client("sts", creds).get_caller_identity()
    assert (me["UserId"], me["Account"], me["Arn"]) == (f"{role['RoleId']}:ci@build-7", ACCOUNT, session_arn)
    assert sts.get_access_key_info(AccessKeyId=creds["AccessKeyId"])["Account"] == ACCOUNT


def test_untrusted_callers_and_missing_roles_are_denied(sts, iam):
    role = make_role(iam, {"Service": "lambda.amazonaws.com"})
    expect_error(sts.assume_role, "AccessDenied", 403,
                 message=f"User: {ROOT_ARN} is not authorized to perform: sts:AssumeRole on resource: {role['Arn']}",
                 RoleArn=role["Arn"], RoleSessionName="s1")
    missing = f"arn:aws:iam::{ACCOUNT}:role/{unique_name('gone')}"
    expect_error(sts.assume_role, "AccessDenied", 403, RoleArn=missing, RoleSessionName="s1")


def test_external_id_condition(sts, iam):
    role = make_role(iam, {"AWS": ACCOUNT}, condition={"StringEquals": {"sts:ExternalId": "partner-42"}})
    expect_error(sts.assume_role, "AccessDenied", 403, RoleArn=role["Arn"], RoleSessionName="s1")
    expect_error(sts.assume_role, "AccessDenied", 403, RoleArn=role["Arn"], RoleSessionName="s1", ExternalId="other")
    assert sts.assume_role(RoleArn=role["Arn"], RoleSessionName="s1", ExternalId="partner-42")["Credentials"]["AccessKeyId"]


def test_durations(sts, iam):
    role = make_role(iam, {"AWS": ACCOUNT}, max_seconds=7200)
    expect_error(sts.assume_role, "ValidationError", 400,
                 message="The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
                 RoleArn=role["Arn"], RoleSessionName="s1", DurationSeconds=7201)
    r = sts.assume_role(RoleArn=role["Arn"], RoleSessionName="s1", DurationSeconds=7200)
    assert r["Credentials"]["Expiration"] > datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=119)
    # A session assuming a role (role chaining) gets an hour at most; its own role must allow sts:AssumeRole.
    allow(iam, role, "sts:AssumeRole")
    chained = make_role(iam, {"AWS": role["Arn"]})
    session = session_client("sts", r["Credentials"])
    expect_error(session.assume_role, "ValidationError", 400,
                 message="The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
                 RoleArn=chained["Arn"], RoleSessionName="s2", DurationSeconds=3601)
    assert session.assume_role(RoleArn=chained["Arn"], RoleSessionName="s2")["AssumedRoleUser"]["Arn"].endswith(f"/{chained['RoleName']}/s2")


def test_session_policies_tags_and_source_identity(sts, iam):
    role = make_role(iam, {"AWS": ACCOUNT}, action=["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"])
    policy = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sqs:*", "Resource": "*"}]})
    r = sts.assume_role(RoleArn=role["Arn"], RoleSessionName="s1", Policy=policy,
                        PolicyArns=[{"arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}],
                        Tags=[{"Key": "team", "Value": "blue"}], TransitiveTagKeys=["team"], SourceIdentity="alice")
    assert 0 < r["PackedPolicySize"] <= 100
    assert r["SourceIdentity"] == "alice"
    expect_error(sts.assume_role, "MalformedPolicyDocument", 400, RoleArn=role["Arn"], RoleSessionName="s1", Policy="{not json")
    big = [{"Key": f"k{i}-{uuid.uuid4()}{uuid.uuid4()}", "Value": f"{uuid.uuid4()}{uuid.uuid4()}{uuid.uuid4()}"} for i in range(50)]
    err = expect_error(sts.assume_role, "PackedPolicyTooLarge", 400, RoleArn=role["Arn"], RoleSessionName="s1", Tags=big)
    assert err["Message"].startswith("Packed policy consumes ")
    # Tags need sts:TagSession in the trust policy.
    plain = make_role(iam, {"AWS": ACCOUNT})
    expect_error(sts.assume_role, "AccessDenied", 403,
                 message=f"User: {ROOT_ARN} is not authorized to perform: sts:TagSession on resource: {plain['Arn']}",
                 RoleArn=plain["Arn"], RoleSessionName="s1", Tags=[{"Key": "a", "Value": "b"}])


def test_bad_input(iam):
    sts = _client("sts", parameter_validation=False)
    role = make_role(iam, {"AWS": ACCOUNT})
    expect_error(sts.assume_role, "ValidationError", 400, RoleArn=role["Arn"], RoleSessionName="has space")
    expect_error(sts.assume_role, "ValidationError", 400, RoleArn=role["Arn"], RoleSessionName="s1", DurationSeconds=899)
    expect_error(sts.get_session_token, "ValidationError", 400, DurationSeconds=129601)


def test_get_session_token(sts):
    creds = sts.get_session_token(DurationSeconds=900)["Credentials"]
    session = session_client("sts", creds)
    assert session.get_caller_identity()["Arn"] == ROOT_ARN
    expect_error(session.get_session_token, "AccessDenied", 403, message="Cannot call GetSessionToken with session credentials")


def test_cli_get_caller_identity_and_assume_role(cli, iam):
    me = cli("sts", "get-caller-identity")
    assert me.returncode == 0, me
    assert me.json == {"UserId": ACCOUNT, "Account": ACCOUNT, "Arn": ROOT_ARN}
    role = make_role(iam, {"AWS": ACCOUNT})
    r = cli("sts", "assume-role", "--role-arn", role["Arn"], "--role-session-name", "cli-session")
    assert r.returncode == 0, r
    assert r.json["AssumedRoleUser"]["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/{role['RoleName']}/cli-session"
    denied = cli("sts", "assume-role", "--role-arn", f"arn:aws:iam::{ACCOUNT}:role/{unique_name('none')}", "--role-session-name", "x1")
    assert denied.returncode != 0 and "AccessDenied" in denied.stderr, denied


def test_a_function_calls_as_its_execution_role(awslambda, iam):
    role = make_role(iam, {"Service": "lambda.amazonaws.com"})
    name = unique_name("whoami")
    awslambda.create_function(FunctionName=name, Runtime="python3.12", Handler="app.handler", Role=role["Arn"],
                              Code={"ZipFile": package("python")}, Timeout=30)
    awslambda.get_waiter("function_active_v2").wait(FunctionName=name)
    out = awslambda.invoke(FunctionName=name, Payload=json.dumps({"action": "whoami"}))
    assert "FunctionError" not in out, out["Payload"].read()
    me = json.loads(out["Payload"].read())
    assert me["Arn"] == f"arn:aws:sts::{ACCOUNT}:assumed-role/{role['RoleName']}/{name}"
    assert me["UserId"] == f"{role['RoleId']}:{name}"
    assert (me["Account"], me["KeyId"][:4], me["HasToken"]) == (ACCOUNT, "ASIA", True)


# --auth strict: a second Stratus that verifies every signature (PythonClientsIT starts it)

strict_only = pytest.mark.skipif(not STRICT, reason="STRATUS_STRICT_ENDPOINT_URL names no Stratus started with --auth strict")


def strict_client(service, key="test", secret="test", token=None):
    return boto3.client(service, endpoint_url=STRICT, region_name=REGION, aws_access_key_id=key, aws_secret_access_key=secret,
                        aws_session_token=token, config=Config(retries={"max_attempts": 1}))


@strict_only
def test_strict_accepts_the_root_keys_and_issued_keys():
    sts = strict_client("sts")
    assert sts.get_caller_identity()["Arn"] == ROOT_ARN
    role = make_role(strict_client("iam"), {"AWS": ACCOUNT})
    allow(strict_client("iam"), role, "sqs:ListQueues", "lambda:ListFunctions")
    creds = sts.assume_role(RoleArn=role["Arn"], RoleSessionName="strict")["Credentials"]
    session = session_client("sts", creds, STRICT)
    assert session.get_caller_identity()["Arn"].endswith(f"/{role['RoleName']}/strict")
    session_client("sqs", creds, STRICT).list_queues()
    session_client("lambda", creds, STRICT).list_functions()


@strict_only
def test_strict_refuses_wrong_secrets_unknown_keys_and_forged_tokens():
    expect_error(strict_client("sts", secret="wrong").get_caller_identity, "SignatureDoesNotMatch", 403,
                 message="The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key "
                         "and signing method. Consult the service documentation for details.")
    expect_error(strict_client("sts", key="AKIAIOSFODNN7EXAMPLE").get_caller_identity, "InvalidClientTokenId", 403,
                 message="The security token included in the request is invalid.")
    expect_error(strict_client("sqs", secret="wrong").list_queues, "InvalidSignatureException", 400)
    expect_error(strict_client("lambda", key="AKIAIOSFODNN7EXAMPLE").list_functions, "UnrecognizedClientException", 403)
    role = make_role(strict_client("iam"), {"AWS": ACCOUNT})
    creds = strict_client("sts").assume_role(RoleArn=role["Arn"], RoleSessionName="forger")["Credentials"]
    forged = strict_client("sts", creds["AccessKeyId"], creds["SecretAccessKey"], "AQoDYXdzEJr" + creds["SessionToken"][11:])
    expect_error(forged.get_caller_identity, "InvalidClientTokenId", 403)
    without = strict_client("sts", creds["AccessKeyId"], creds["SecretAccessKey"])
    expect_error(without.get_caller_identity, "InvalidClientTokenId", 403)


@strict_only
def test_strict_refuses_a_skewed_clock():
    skewed = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=10)
    with mock.patch("botocore.auth.get_current_datetime", return_value=skewed):
        err = expect_error(strict_client("sts").get_caller_identity, "SignatureDoesNotMatch", 403)
        assert err["Message"].startswith("Signature expired: ") and err["Message"].endswith(" - 5 min.)"), err
        expect_error(strict_client("sqs").list_queues, "InvalidSignatureException", 400)


@strict_only
def test_strict_presigned_urls_until_they_expire():
    # Presigned for GET, the method it is fetched with: the method is part of what is signed.
    url = strict_client("sts").generate_presigned_url("get_caller_identity", ExpiresIn=60, HttpMethod="GET")
    with urllib.request.urlopen(url) as r:
        assert r.status == 200 and f"<Arn>{ROOT_ARN}</Arn>" in r.read().decode()
    past = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=2)
    with mock.patch("botocore.auth.get_current_datetime", return_value=past):
        expired = strict_client("sts").generate_presigned_url("get_caller_identity", ExpiresIn=60, HttpMethod="GET")
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(expired)
    assert info.value.code == 403
    assert "<Code>SignatureDoesNotMatch</Code>" in info.value.read().decode()
    tampered = url.replace("X-Amz-Expires=60", "X-Amz-Expires=61")
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(tampered)
    assert info.value.code == 403


@strict_only
@pytest.mark.parametrize("version", sorted(CLIS))
def test_strict_through_the_cli(version):
    if not CLIS[version]:
        pytest.skip(f"no AWS CLI {version} here")
    base = [*CLIS[version], "--endpoint-url", STRICT, "--region", REGION, "--output", "json", "sts", "get-caller-identity"]
    ok = subprocess.run(base, env=CLI_ENV, capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0 and json.loads(ok.stdout)["Arn"] == ROOT_ARN, ok
    wrong = subprocess.run(base, env=dict(CLI_ENV, AWS_SECRET_ACCESS_KEY="wrong"), capture_output=True, text=True, timeout=60)
    assert wrong.returncode != 0 and "SignatureDoesNotMatch" in wrong.stderr, wrong
