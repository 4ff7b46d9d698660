"""S3 bucket settings through boto3 and the AWS CLI's s3api: tags, encryption, public access
block, ownership and ACLs, CORS (and a browser's preflight, path and virtual-hosted), lifecycle
and bucket policies, with bad input for each."""

import http.client
import json
import uuid
from urllib.parse import urlparse

import pytest

from conftest import ENDPOINT, _client, cli_failed, cli_ok, expect_error


@pytest.fixture(scope="module")
def s3():
    return _client("s3", s3={"addressing_style": "path"})


@pytest.fixture
def bucket(s3):
    name = "py-" + uuid.uuid4().hex[:12]
    s3.create_bucket(Bucket=name)
    return name


def test_tagging(s3, bucket):
    expect_error(s3.get_bucket_tagging, "NoSuchTagSet", 404, Bucket=bucket)
    s3.put_bucket_tagging(Bucket=bucket, Tagging={"TagSet": [{"Key": "team", "Value": "data"}]})
    assert s3.get_bucket_tagging(Bucket=bucket)["TagSet"] == [{"Key": "team", "Value": "data"}]
    expect_error(s3.put_bucket_tagging, "InvalidTag", Bucket=bucket, Tagging={"TagSet": [{"Key": "k" * 129, "Value": "v"}]})
    expect_error(s3.put_bucket_tagging, "InvalidTag", Bucket=bucket,
                 Tagging={"TagSet": [{"Key": f"k{i}", "Value": "v"} for i in range(51)]})
    s3.delete_bucket_tagging(Bucket=bucket)
    expect_error(s3.get_bucket_tagging, "NoSuchTagSet", 404, Bucket=bucket)
    expect_error(s3.put_bucket_tagging, "NoSuchBucket", 404, Bucket="py-missing-" + bucket, Tagging={"TagSet": []})


def test_encryption_and_object_headers(s3, bucket):
    rules = s3.get_bucket_encryption(Bucket=bucket)["ServerSideEncryptionConfiguration"]["Rules"]
    assert rules[0]["ApplyServerSideEncryptionByDefault"]["SSEAlgorithm"] == "AES256"
    assert s3.put_object(Bucket=bucket, Key="k", Body=b"x")["ServerSideEncryption"] == "AES256"
    assert s3.head_object(Bucket=bucket, Key="k")["ServerSideEncryption"] == "AES256"
    expect_error(s3.put_bucket_encryption, "MalformedXML", Bucket=bucket, ServerSideEncryptionConfiguration={
        "Rules": [{"BucketKeyEnabled": True}]})
    expect_error(s3.put_bucket_encryption, "InvalidArgument", Bucket=bucket, ServerSideEncryptionConfiguration={
        "Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256", "KMSMasterKeyID": "alias/x"}}]})
    s3.put_bucket_encryption(Bucket=bucket, ServerSideEncryptionConfiguration={
        "Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms"}}]})
    assert s3.put_object(Bucket=bucket, Key="kms", Body=b"y")["ServerSideEncryption"] == "aws:kms"
    head = s3.head_object(Bucket=bucket, Key="kms")
    assert head["ServerSideEncryption"] == "aws:kms"
    assert head["SSEKMSKeyId"].startswith("arn:aws:kms:us-east-1:")
    s3.delete_bucket_encryption(Bucket=bucket)


def test_public_access_block_ownership_and_acls(s3, bucket):
    expect_error(s3.get_public_access_block, "NoSuchPublicAccessBlockConfiguration", 404, Bucket=bucket)
    s3.put_public_access_block(Bucket=bucket, PublicAccessBlockConfiguration={"BlockPublicAcls": True})
    assert s3.get_public_access_block(Bucket=bucket)["PublicAccessBlockConfiguration"] == {
        "BlockPublicAcls": True, "IgnorePublicAcls": False, "BlockPublicPolicy": False, "RestrictPublicBuckets": False}
    s3.delete_public_access_block(Bucket=bucket)
    rules = s3.get_bucket_ownership_controls(Bucket=bucket)["OwnershipControls"]["Rules"]
    assert rules == [{"ObjectOwnership": "BucketOwnerEnforced"}]
    expect_error(s3.put_bucket_ownership_controls, "MalformedXML", Bucket=bucket,
                 OwnershipControls={"Rules": [{"ObjectOwnership": "ObjectWriter"}, {"ObjectOwnership": "BucketOwnerPreferred"}]})
    expect_error(s3.put_bucket_acl, "AccessControlListNotSupported", Bucket=bucket, ACL="public-read")
    acl = s3.get_bucket_acl(Bucket=bucket)
    assert acl["Grants"] == [{"Grantee": {"ID": acl["Owner"]["ID"], "Type": "CanonicalUser"}, "Permission": "FULL_CONTROL"}]
    s3.put_object(Bucket=bucket, Key="o", Body=b"o")
    expect_error(s3.put_object_acl, "AccessControlListNotSupported", Bucket=bucket, Key="o", ACL="public-read")
    expect_error(s3.get_object_acl, "NoSuchKey", 404, Bucket=bucket, Key="missing")
    s3.put_bucket_ownership_controls(Bucket=bucket, OwnershipControls={"Rules": [{"ObjectOwnership": "BucketOwnerPreferred"}]})
    s3.put_object_acl(Bucket=bucket, Key="o", ACL="public-read")
    grants = s3.get_object_acl(Bucket=bucket, Key="o")["Grants"]
    assert {"Grantee": {"Type": "Group", "URI": "http://acs.amazonaws.com/groups/global/AllUsers"}, "Permission": "READ"} in grants
    expect_error(s3.put_bucket_acl, "InvalidArgument", Bucket=bucket, GrantRead="nobody")


def _preflight(host, path, origin, method):
    url = urlparse(ENDPOINT)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    conn.request("OPTIONS", path, headers={"Host": host, "Origin": origin, "Access-Control-Request-Method": method})
    response = conn.getresponse()
    body = response.read().decode()
    conn.close()
    return response.status, dict(response.getheaders()), body


def test_cors_rules_and_preflight(s3, bucket):
    expect_error(s3.get_bucket_cors, "NoSuchCORSConfiguration", 404, Bucket=bucket)
    expect_error(s3.put_bucket_cors, "InvalidRequest", Bucket=bucket,
                 CORSConfiguration={"CORSRules": [{"AllowedMethods": ["TRACE"], "AllowedOrigins": ["*"]}]})
    s3.put_bucket_cors(Bucket=bucket, CORSConfiguration={"CORSRules": [
        {"AllowedMethods": ["GET"], "AllowedOrigins": ["https://app.example"], "ExposeHeaders": ["ETag"], "MaxAgeSeconds": 60}]})
    assert s3.get_bucket_cors(Bucket=bucket)["CORSRules"][0]["AllowedOrigins"] == ["https://app.example"]
    port = urlparse(ENDPOINT).port
    status, headers, _ = _preflight(f"localhost:{port}", f"/{bucket}/k", "https://app.example", "GET")
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "https://app.example"
    status, headers, _ = _preflight(f"{bucket}.localhost:{port}", "/k", "https://app.example", "GET")
    assert status == 200 and headers["Access-Control-Max-Age"] == "60"
    status, _, body = _preflight(f"{bucket}.localhost:{port}", "/k", "https://app.example", "DELETE")
    assert status == 403 and "CORSResponse: This CORS request is not allowed." in body
    s3.delete_bucket_cors(Bucket=bucket)
    expect_error(s3.get_bucket_cors, "NoSuchCORSConfiguration", 404, Bucket=bucket)


def test_lifecycle_configuration(s3, bucket):
    expect_error(s3.get_bucket_lifecycle_configuration, "NoSuchLifecycleConfiguration", 404, Bucket=bucket)
    rule = {"ID": "logs", "Status": "Enabled", "Filter": {"And": {"Prefix": "logs/", "Tags": [{"Key": "t", "Value": "1"}],
                                                                   "ObjectSizeGreaterThan": 10}},
            "Expiration": {"Days": 30}, "NoncurrentVersionExpiration": {"NoncurrentDays": 7}}
    s3.put_bucket_lifecycle_configuration(Bucket=bucket, LifecycleConfiguration={"Rules": [rule]})
    assert s3.get_bucket_lifecycle_configuration(Bucket=bucket)["Rules"] == [rule]
    expect_error(s3.put_bucket_lifecycle_configuration, "InvalidArgument", Bucket=bucket, LifecycleConfiguration={"Rules": [
        {"ID": "a", "Status": "Enabled", "Filter": {}, "Expiration": {"Days": 1}},
        {"ID": "a", "Status": "Enabled", "Filter": {}, "Expiration": {"Days": 2}}]})
    expect_error(s3.put_bucket_lifecycle_configuration, "MalformedXML", Bucket=bucket, LifecycleConfiguration={"Rules": [
        {"ID": "b", "Status": "Enabled", "Filter": {}, "Expiration": {"Days": 1, "ExpiredObjectDeleteMarker": True}}]})
    s3.delete_bucket_lifecycle(Bucket=bucket)


def test_bucket_policy_with_the_cli(cli, s3, bucket):
    policy = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::000000000000:root"},
                                                                 "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{bucket}/*"}]})
    cli_failed(cli("s3api", "get-bucket-policy", "--bucket", bucket), "NoSuchBucketPolicy", "GetBucketPolicy")
    cli_failed(cli("s3api", "put-bucket-policy", "--bucket", bucket, "--policy", "{nope"), "MalformedPolicy", "PutBucketPolicy")
    cli_failed(cli("s3api", "put-bucket-policy", "--bucket", bucket, "--policy", policy.replace("s3:GetObject", "sqs:SendMessage")),
               "MalformedPolicy", "PutBucketPolicy", "Policy has invalid action")
    cli_ok(cli("s3api", "put-bucket-policy", "--bucket", bucket, "--policy", policy))
    assert json.loads(cli_ok(cli("s3api", "get-bucket-policy", "--bucket", bucket))["Policy"]) == json.loads(policy)
    assert cli_ok(cli("s3api", "get-bucket-policy-status", "--bucket", bucket))["PolicyStatus"]["IsPublic"] is False
    controls = cli_ok(cli("s3api", "get-bucket-ownership-controls", "--bucket", bucket))
    assert controls["OwnershipControls"]["Rules"][0]["ObjectOwnership"] == "BucketOwnerEnforced"
    cli("s3api", "delete-bucket-policy", "--bucket", bucket)
    cli_failed(cli("s3api", "get-bucket-policy", "--bucket", bucket), "NoSuchBucketPolicy", "GetBucketPolicy")
