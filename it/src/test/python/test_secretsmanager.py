"""AWS Secrets Manager through boto3 and the AWS CLI: secrets, versions and staging labels, lookups by name and partial ARN,
deletion and restore, filters, batches, policies, random passwords, and AWS's answers to bad input.

Sources of the expected answers:
  [Docs-API]   the Secrets Manager API reference (docs.aws.amazon.com/secretsmanager/latest/apireference): PutSecretValue
               (AWSCURRENT moves, the version it left gets AWSPREVIOUS), DeleteSecret (RecoveryWindowInDays 7-30, not with
               ForceDeleteWithoutRecovery), GetRandomPassword (32 characters by default, each included type required), the
               botocore 1.43 secretsmanager model's error shapes
  [Issues]     "You can't perform this operation on the secret because it was marked for deletion." on reading a secret
               scheduled for deletion (terraform-provider-aws), "Access to KMS is not allowed" for a key the caller may
               not use (aws-samples/aws-secrets-manager-rotation-lambdas#53)
"""
import json
import uuid

from conftest import ACCOUNT, REGION, cli_failed, cli_ok, expect_error


def unique(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def test_versions_and_staging_labels(secretsmanager):
    sm = secretsmanager
    name = unique("db/pass")
    made = sm.create_secret(Name=name, SecretString="one", Tags=[{"Key": "team", "Value": "core"}])
    assert made["ARN"].startswith(f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:{name}-") and len(made["ARN"]) == len(
        f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:{name}-") + 6
    second = sm.put_secret_value(SecretId=made["ARN"][:-7], SecretString="two")
    assert second["VersionStages"] == ["AWSCURRENT"]
    described = sm.describe_secret(SecretId=name)
    assert described["VersionIdsToStages"] == {made["VersionId"]: ["AWSPREVIOUS"], second["VersionId"]: ["AWSCURRENT"]}  # [Docs-API]
    assert described["Tags"] == [{"Key": "team", "Value": "core"}]
    assert sm.get_secret_value(SecretId=name)["SecretString"] == "two"
    assert sm.get_secret_value(SecretId=name, VersionStage="AWSPREVIOUS")["SecretString"] == "one"
    binary = sm.update_secret(SecretId=name, SecretBinary=b"\x00\x01")
    assert sm.get_secret_value(SecretId=name)["SecretBinary"] == b"\x00\x01"
    versions = sm.list_secret_version_ids(SecretId=name)["Versions"]
    assert sorted(v["VersionId"] for v in versions) == sorted([second["VersionId"], binary["VersionId"]])


def test_deletion_restore_and_force(secretsmanager):
    sm = secretsmanager
    name = unique("doomed")
    sm.create_secret(Name=name, SecretString="v")
    expect_error(sm.delete_secret, "InvalidParameterException", SecretId=name, RecoveryWindowInDays=31)
    assert "DeletionDate" in sm.delete_secret(SecretId=name, RecoveryWindowInDays=7)
    expect_error(sm.get_secret_value, "InvalidRequestException", SecretId=name,
                 message="You can't perform this operation on the secret because it was marked for deletion.")  # [Issues]
    assert name not in [s["Name"] for s in sm.list_secrets(Filters=[{"Key": "name", "Values": [name]}])["SecretList"]]
    assert name in [s["Name"] for s in sm.list_secrets(Filters=[{"Key": "name", "Values": [name]}], IncludePlannedDeletion=True)["SecretList"]]
    sm.restore_secret(SecretId=name)
    assert sm.get_secret_value(SecretId=name)["SecretString"] == "v"
    sm.delete_secret(SecretId=name, ForceDeleteWithoutRecovery=True)
    expect_error(sm.describe_secret, "ResourceNotFoundException", SecretId=name, message="Secrets Manager can't find the specified secret.")


def test_batches_policies_and_passwords(secretsmanager):
    sm = secretsmanager
    name = unique("batch")
    sm.create_secret(Name=name, SecretString="v")
    batch = sm.batch_get_secret_value(SecretIdList=[name, name + "-none"])
    assert [v["SecretString"] for v in batch["SecretValues"]] == ["v"]
    assert [e["ErrorCode"] for e in batch["Errors"]] == ["ResourceNotFoundException"]
    policy = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"},
                                                                  "Action": "secretsmanager:GetSecretValue", "Resource": "*"}]})
    sm.put_resource_policy(SecretId=name, ResourcePolicy=policy)
    assert sm.get_resource_policy(SecretId=name)["ResourcePolicy"] == policy
    assert sm.validate_resource_policy(ResourcePolicy=policy)["PolicyValidationPassed"] is True
    expect_error(sm.put_resource_policy, "MalformedPolicyDocumentException", SecretId=name, ResourcePolicy="{")
    password = sm.get_random_password(PasswordLength=40, ExcludePunctuation=True)["RandomPassword"]
    assert len(password) == 40 and password.isalnum()
    expect_error(sm.get_random_password, "InvalidParameterException", ExcludeNumbers=True, ExcludePunctuation=True, ExcludeUppercase=True,
                 ExcludeLowercase=True)


def test_bad_input(secretsmanager):
    sm = secretsmanager
    expect_error(sm.create_secret, "InvalidParameterException", Name="bad name!", SecretString="v")
    expect_error(sm.create_secret, "InvalidParameterException", Name=unique("both"), SecretString="v", SecretBinary=b"v")
    name = unique("dup")
    sm.create_secret(Name=name, SecretString="v")
    expect_error(sm.create_secret, "ResourceExistsException", Name=name, SecretString="v")
    expect_error(sm.get_secret_value, "ResourceNotFoundException", SecretId=unique("none"))
    expect_error(sm.rotate_secret, "InvalidRequestException", SecretId=name)
    expect_error(sm.update_secret_version_stage, "InvalidParameterException", SecretId=name, VersionStage="AWSCURRENT",
                 MoveToVersionId=str(uuid.uuid4()))


def test_aws_cli(cli):
    name = unique("cli")
    made = cli_ok(cli("secretsmanager", "create-secret", "--name", name, "--secret-string", '{"user":"u","password":"p"}'))
    got = cli_ok(cli("secretsmanager", "get-secret-value", "--secret-id", made["ARN"]))
    assert json.loads(got["SecretString"]) == {"user": "u", "password": "p"} and got["VersionStages"] == ["AWSCURRENT"]
    cli_failed(cli("secretsmanager", "get-secret-value", "--secret-id", name + "-nope"), "ResourceNotFoundException", "GetSecretValue",
               "Secrets Manager can't find the specified secret.")
