"""Lambda code from S3 and the Ruby runtime, through boto3 and the AWS CLI: a package put in a bucket,
a function made from it, its Code.Location downloaded back."""
import hashlib
import base64
import json
import shutil
import urllib.request

import pytest

from conftest import _client, cli_failed, cli_ok, package, unique_name


@pytest.fixture(scope="module")
def bucket():
    s3 = _client("s3", s3={"addressing_style": "path"})
    name = unique_name("code")
    s3.create_bucket(Bucket=name)
    s3.put_object(Bucket=name, Key="python.zip", Body=package("python"))
    s3.put_object(Bucket=name, Key="ruby.zip", Body=package("ruby"))
    return name


def test_boto3_creates_a_function_from_s3_and_downloads_its_code(awslambda, lambda_role, bucket):
    name = unique_name("s3code")
    created = awslambda.create_function(FunctionName=name, Runtime="python3.12", Handler="app.handler", Role=lambda_role,
                                        Code={"S3Bucket": bucket, "S3Key": "python.zip"})
    assert created["CodeSha256"] == base64.b64encode(hashlib.sha256(package("python")).digest()).decode()
    out = json.loads(awslambda.invoke(FunctionName=name, Payload=b'{"x": 1}')["Payload"].read())
    assert out["event"] == {"x": 1}
    code = awslambda.get_function(FunctionName=name)["Code"]
    assert code["RepositoryType"] == "S3"
    with urllib.request.urlopen(code["Location"]) as served:
        assert served.read() == package("python")


@pytest.mark.skipif(shutil.which("ruby") is None, reason="no ruby on this machine (./stratus test installs it where it can)")
def test_boto3_runs_a_ruby_function_from_s3(awslambda, lambda_role, bucket):
    name = unique_name("ruby")
    awslambda.create_function(FunctionName=name, Runtime="ruby3.3", Handler="app.Shop::Orders.total", Role=lambda_role,
                              Code={"S3Bucket": bucket, "S3Key": "ruby.zip"})
    r = awslambda.invoke(FunctionName=name, Payload=json.dumps({"items": [{"price": 2, "quantity": 4}]}).encode())
    assert "FunctionError" not in r and json.loads(r["Payload"].read()) == 8


def test_aws_cli_creates_a_function_from_s3_and_is_told_of_a_missing_key(cli, lambda_role, bucket):
    name = unique_name("clis3")
    created = cli_ok(cli("lambda", "create-function", "--function-name", name, "--runtime", "python3.12", "--handler", "app.handler",
                         "--role", lambda_role, "--code", f"S3Bucket={bucket},S3Key=python.zip"))
    assert created["CodeSize"] == len(package("python"))
    missing = cli("lambda", "update-function-code", "--function-name", name, "--s3-bucket", bucket, "--s3-key", "absent.zip")
    cli_failed(missing, "InvalidParameterValueException", "UpdateFunctionCode",
               "Error occurred while GetObject. S3 Error Code: NoSuchKey. S3 Error Message: The specified key does not exist.")
