"""S3 objects beyond PUT and GET through boto3 (client and resource) and the AWS CLI s3api: versioning and
versions, conditional reads and writes, copies, multi-object deletes, ListObjects (v1), tags and attributes,
with AWS's answers to bad input.

Sources of the expected answers:
  [Docs-API]  the Amazon S3 API reference (docs.aws.amazon.com/AmazonS3/latest/API): GetObject (conditional
              precedence, 304 and 412, response-* overrides), PutObject (If-None-Match: *, If-Match), CopyObject
              (copying an object onto itself, directives), DeleteObjects (Quiet, 1000 keys), ListObjects (NextMarker only
              with a delimiter), ListObjectVersions, Put/GetObjectTagging (10 tags, key 128, value 256),
              GetObjectAttributes (the ETag unquoted)
  [Docs-Guide] the S3 user guide: "Working with delete markers" (404 with x-amz-delete-marker, 405 by version id)
"""
import datetime
import uuid

import boto3
import pytest
from botocore.config import Config

from conftest import ENDPOINT, REGION, cli_failed, cli_ok, expect_error


def _s3_client():
    return boto3.client("s3", endpoint_url=ENDPOINT, region_name=REGION, aws_access_key_id="test", aws_secret_access_key="test",
                        config=Config(retries={"max_attempts": 1, "mode": "standard"}, s3={"addressing_style": "path"}))


@pytest.fixture(scope="module")
def s3():
    return _s3_client()


@pytest.fixture
def bucket(s3):
    name = f"objects-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=name)
    return name


def versioned(s3, bucket):
    s3.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})
    return bucket


def test_versioning_versions_and_delete_markers(s3, bucket):
    assert "Status" not in s3.get_bucket_versioning(Bucket=bucket)  # never versioned: neither member
    s3.put_object(Bucket=bucket, Key="pre", Body=b"null version")
    versioned(s3, bucket)
    assert s3.get_bucket_versioning(Bucket=bucket)["Status"] == "Enabled"
    assert "MFADelete" not in s3.get_bucket_versioning(Bucket=bucket)
    v1 = s3.put_object(Bucket=bucket, Key="k", Body=b"one")["VersionId"]
    v2 = s3.put_object(Bucket=bucket, Key="k", Body=b"two")["VersionId"]
    assert s3.get_object(Bucket=bucket, Key="k", VersionId=v1)["Body"].read() == b"one"
    gone = s3.delete_object(Bucket=bucket, Key="k")
    assert gone["DeleteMarker"] is True
    marker = gone["VersionId"]
    err = expect_error(s3.get_object, "NoSuchKey", 404, Bucket=bucket, Key="k")  # [Docs-Guide]
    with pytest.raises(s3.exceptions.ClientError) as info:
        s3.head_object(Bucket=bucket, Key="k")
    headers = info.value.response["ResponseMetadata"]["HTTPHeaders"]
    assert (headers["x-amz-delete-marker"], headers["x-amz-version-id"]) == ("true", marker)
    expect_error(s3.get_object, "MethodNotAllowed", 405, Bucket=bucket, Key="k", VersionId=marker)  # [Docs-Guide]
    expect_error(s3.get_object, "NoSuchVersion", 404, Bucket=bucket, Key="k", VersionId="0" * 32)
    expect_error(s3.get_object, "InvalidArgument", 400, Bucket=bucket, Key="k", VersionId="bogus")
    listed = s3.list_object_versions(Bucket=bucket)
    assert [(v["Key"], v["VersionId"], v["IsLatest"]) for v in listed["Versions"]] == [
        ("k", v2, False), ("k", v1, False), ("pre", "null", True)]
    assert [(m["Key"], m["VersionId"], m["IsLatest"]) for m in listed["DeleteMarkers"]] == [("k", marker, True)]
    page = s3.list_object_versions(Bucket=bucket, MaxKeys=2)
    assert page["IsTruncated"] and (page["NextKeyMarker"], page["NextVersionIdMarker"]) == ("k", v2)
    rest = s3.list_object_versions(Bucket=bucket, KeyMarker="k", VersionIdMarker=v2)
    assert [v["VersionId"] for v in rest["Versions"]] == [v1, "null"] and not rest["IsTruncated"]
    expect_error(s3.list_object_versions, "InvalidArgument", 400, Bucket=bucket, VersionIdMarker=v2)
    removed = s3.delete_object(Bucket=bucket, Key="k", VersionId=marker)  # removing the marker brings v2 back
    assert (removed["DeleteMarker"], removed["VersionId"]) == (True, marker)
    assert s3.get_object(Bucket=bucket, Key="k")["Body"].read() == b"two"
    s3.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Suspended"})
    assert s3.put_object(Bucket=bucket, Key="k", Body=b"three").get("VersionId") in (None, "null")


def test_versions_with_a_delimiter_and_the_resource_api(s3, bucket):
    versioned(s3, bucket)
    for key in ("a/1", "a/2", "b"):
        s3.put_object(Bucket=bucket, Key=key, Body=b"x")
    listed = s3.list_object_versions(Bucket=bucket, Delimiter="/")
    assert [p["Prefix"] for p in listed["CommonPrefixes"]] == ["a/"]
    assert [v["Key"] for v in listed["Versions"]] == ["b"]
    res = boto3.resource("s3", endpoint_url=ENDPOINT, region_name=REGION, aws_access_key_id="test", aws_secret_access_key="test")
    assert sorted(v.object_key for v in res.Bucket(bucket).object_versions.all()) == ["a/1", "a/2", "b"]
    assert res.BucketVersioning(bucket).status == "Enabled"
    copy = res.Object(bucket, "c").copy_from(CopySource={"Bucket": bucket, "Key": "b"})
    assert copy["CopyObjectResult"]["ETag"] == res.Object(bucket, "b").e_tag
    assert res.ObjectVersion(bucket, "c", copy["VersionId"]).head()["VersionId"] == copy["VersionId"]


def test_conditional_reads_and_writes(s3, bucket):
    etag = s3.put_object(Bucket=bucket, Key="c", Body=b"data")["ETag"]
    past = datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)
    future = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=1)
    assert s3.get_object(Bucket=bucket, Key="c", IfMatch=etag)["Body"].read() == b"data"
    err = expect_error(s3.get_object, "PreconditionFailed", 412, Bucket=bucket, Key="c", IfMatch='"nope"')
    assert err["Condition"] == "If-Match"
    expect_error(s3.get_object, "304", 304, Bucket=bucket, Key="c", IfNoneMatch=etag)  # no body: the status is the code
    expect_error(s3.head_object, "304", 304, Bucket=bucket, Key="c", IfModifiedSince=future)
    expect_error(s3.get_object, "PreconditionFailed", 412, Bucket=bucket, Key="c", IfUnmodifiedSince=past)
    # [Docs-API] If-Match true wins over If-Unmodified-Since false; If-None-Match false wins over If-Modified-Since true
    assert s3.get_object(Bucket=bucket, Key="c", IfMatch=etag, IfUnmodifiedSince=past)["ETag"] == etag
    expect_error(s3.get_object, "304", 304, Bucket=bucket, Key="c", IfNoneMatch=etag, IfModifiedSince=past)
    err = expect_error(s3.put_object, "PreconditionFailed", 412, Bucket=bucket, Key="c", Body=b"new", IfNoneMatch="*")
    assert s3.put_object(Bucket=bucket, Key="fresh", Body=b"new", IfNoneMatch="*")["ETag"]
    expect_error(s3.put_object, "PreconditionFailed", 412, Bucket=bucket, Key="c", Body=b"new", IfMatch='"0"')
    expect_error(s3.put_object, "NoSuchKey", 404, Bucket=bucket, Key="absent", Body=b"new", IfMatch=etag)
    assert s3.put_object(Bucket=bucket, Key="c", Body=b"new", IfMatch=etag)["ETag"] != etag
    expect_error(s3.delete_object, "PreconditionFailed", 412, Bucket=bucket, Key="c", IfMatch=etag)


def test_copies(s3, bucket):
    s3.put_object(Bucket=bucket, Key="src key+1", Body=b"payload", ContentType="text/plain", Metadata={"a": "1"}, Tagging="t=1&u=two%20words")
    copied = s3.copy_object(Bucket=bucket, Key="dst", CopySource={"Bucket": bucket, "Key": "src key+1"})
    head = s3.head_object(Bucket=bucket, Key="dst")
    assert (head["ContentType"], head["Metadata"], head["ETag"]) == ("text/plain", {"a": "1"}, copied["CopyObjectResult"]["ETag"])
    assert s3.get_object_tagging(Bucket=bucket, Key="dst")["TagSet"] == [{"Key": "t", "Value": "1"}, {"Key": "u", "Value": "two words"}]
    s3.copy_object(Bucket=bucket, Key="dst", CopySource=f"{bucket}/src key+1", MetadataDirective="REPLACE", ContentType="a/b",
                   TaggingDirective="REPLACE", Tagging="x=y")
    assert s3.head_object(Bucket=bucket, Key="dst")["ContentType"] == "a/b"
    assert s3.get_object_tagging(Bucket=bucket, Key="dst")["TagSet"] == [{"Key": "x", "Value": "y"}]
    s3.delete_object(Bucket=bucket, Key="src key+1")  # the copy has bytes of its own
    assert s3.get_object(Bucket=bucket, Key="dst")["Body"].read() == b"payload"
    err = expect_error(s3.copy_object, "InvalidRequest", 400, Bucket=bucket, Key="dst", CopySource={"Bucket": bucket, "Key": "dst"})
    assert "copy an object to itself" in err["Message"]
    assert s3.copy_object(Bucket=bucket, Key="dst", CopySource={"Bucket": bucket, "Key": "dst"}, MetadataDirective="REPLACE")
    expect_error(s3.copy_object, "NoSuchKey", 404, Bucket=bucket, Key="x", CopySource={"Bucket": bucket, "Key": "missing"})
    expect_error(s3.copy_object, "NoSuchBucket", 404, Bucket=bucket, Key="x", CopySource={"Bucket": "no-such-bucket-" + bucket, "Key": "k"})
    expect_error(s3.copy_object, "PreconditionFailed", 412, Bucket=bucket, Key="x", CopySource={"Bucket": bucket, "Key": "dst"},
                 CopySourceIfMatch='"0"')


def test_delete_objects_quiet_and_versioned(s3, bucket):
    for key in ("d1", "d2"):
        s3.put_object(Bucket=bucket, Key=key, Body=b"x")
    out = s3.delete_objects(Bucket=bucket, Delete={"Objects": [{"Key": "d1"}, {"Key": "never"}, {"Key": "d2", "VersionId": "bad"}]})
    assert sorted(d["Key"] for d in out["Deleted"]) == ["d1", "never"]
    assert [(e["Key"], e["Code"]) for e in out["Errors"]] == [("d2", "InvalidArgument")]
    assert "Deleted" not in s3.delete_objects(Bucket=bucket, Delete={"Objects": [{"Key": "d2"}], "Quiet": True})
    versioned(s3, bucket)
    s3.put_object(Bucket=bucket, Key="v", Body=b"x")
    marked = s3.delete_objects(Bucket=bucket, Delete={"Objects": [{"Key": "v"}]})["Deleted"][0]
    assert marked["DeleteMarker"] is True and marked["DeleteMarkerVersionId"]
    expect_error(s3.delete_objects, "MalformedXML", 400, Bucket=bucket, Delete={"Objects": [{"Key": f"k{i}"} for i in range(1001)]})


def test_list_objects_v1_markers(s3, bucket):
    for key in ("a", "b/1", "b/2", "c"):
        s3.put_object(Bucket=bucket, Key=key, Body=b"x")
    first = s3.list_objects(Bucket=bucket, MaxKeys=2)
    assert [o["Key"] for o in first["Contents"]] == ["a", "b/1"] and first["IsTruncated"] and "NextMarker" not in first
    assert [o["Key"] for o in s3.list_objects(Bucket=bucket, Marker="b/1")["Contents"]] == ["b/2", "c"]
    rolled = s3.list_objects(Bucket=bucket, Delimiter="/", MaxKeys=2)
    assert (rolled["NextMarker"], [p["Prefix"] for p in rolled["CommonPrefixes"]]) == ("b/", ["b/"])
    after = s3.list_objects(Bucket=bucket, Delimiter="/", Marker=rolled["NextMarker"])
    assert [o["Key"] for o in after["Contents"]] == ["c"] and "CommonPrefixes" not in after
    assert s3.list_objects(Bucket=bucket)["Contents"][0]["Owner"]["ID"]
    expect_error(s3.list_objects, "InvalidArgument", 400, Bucket=bucket, MaxKeys=-1)
    expect_error(s3.list_object_versions, "InvalidArgument", 400, Bucket=bucket, MaxKeys=-1)
    expect_error(s3.list_objects, "NoSuchBucket", 404, Bucket="no-such-" + bucket)


def test_tags_and_attributes(s3, bucket):
    s3.put_object(Bucket=bucket, Key="t", Body=b"12345", Tagging="a=1")
    assert s3.get_object(Bucket=bucket, Key="t")["TagCount"] == 1
    s3.put_object_tagging(Bucket=bucket, Key="t", Tagging={"TagSet": [{"Key": "k", "Value": "v"}, {"Key": "l", "Value": ""}]})
    assert s3.head_object(Bucket=bucket, Key="t")["TagCount"] == 2
    expect_error(s3.put_object_tagging, "BadRequest", 400, Bucket=bucket, Key="t",
                 Tagging={"TagSet": [{"Key": f"k{i}", "Value": "v"} for i in range(11)]})
    expect_error(s3.put_object_tagging, "InvalidTag", 400, Bucket=bucket, Key="t", Tagging={"TagSet": [{"Key": "k" * 129, "Value": "v"}]})
    expect_error(s3.put_object_tagging, "InvalidTag", 400, Bucket=bucket, Key="t", Tagging={"TagSet": [{"Key": "k", "Value": "v" * 257}]})
    expect_error(s3.put_object_tagging, "InvalidTag", 400, Bucket=bucket, Key="t",
                 Tagging={"TagSet": [{"Key": "k", "Value": "1"}, {"Key": "k", "Value": "2"}]})
    expect_error(s3.put_object_tagging, "NoSuchKey", 404, Bucket=bucket, Key="none", Tagging={"TagSet": []})
    expect_error(s3.put_object_tagging, "NoSuchBucket", 404, Bucket="no-such-" + bucket, Key="t", Tagging={"TagSet": []})
    s3.delete_object_tagging(Bucket=bucket, Key="t")
    assert s3.get_object_tagging(Bucket=bucket, Key="t")["TagSet"] == []
    attrs = s3.get_object_attributes(Bucket=bucket, Key="t", ObjectAttributes=["ETag", "ObjectSize", "StorageClass"])
    assert (attrs["ObjectSize"], attrs["StorageClass"]) == (5, "STANDARD")
    assert '"' not in attrs["ETag"]  # [Docs-API] unquoted
    expect_error(s3.get_object_attributes, "NoSuchKey", 404, Bucket=bucket, Key="none", ObjectAttributes=["ETag"])
    got = s3.get_object(Bucket=bucket, Key="t", ResponseContentType="x/y", ResponseContentDisposition="attachment")
    assert (got["ContentType"], got["ContentDisposition"]) == ("x/y", "attachment")
    part = s3.get_object(Bucket=bucket, Key="t", PartNumber=1)  # an object a single PUT made is one part
    assert (part["ResponseMetadata"]["HTTPStatusCode"], part["ContentRange"]) == (206, "bytes 0-4/5")
    expect_error(s3.get_object, "InvalidPartNumber", 416, Bucket=bucket, Key="t", PartNumber=2)


def test_cli_s3api(cli, s3, bucket):
    cli_ok(cli("s3api", "put-bucket-versioning", "--bucket", bucket, "--versioning-configuration", "Status=Enabled"))
    s3.put_object(Bucket=bucket, Key="k", Body=b"x", Tagging="a=b")
    copied = cli_ok(cli("s3api", "copy-object", "--bucket", bucket, "--key", "k2", "--copy-source", f"{bucket}/k"))
    assert copied["VersionId"] and copied["CopySourceVersionId"] and copied["CopyObjectResult"]["ETag"]
    assert s3.get_object_tagging(Bucket=bucket, Key="k2")["TagSet"] == [{"Key": "a", "Value": "b"}]
    deleted = cli_ok(cli("s3api", "delete-objects", "--bucket", bucket, "--delete", "Objects=[{Key=k},{Key=k2}]"))["Deleted"]
    assert all(d["DeleteMarker"] for d in deleted)
    cli_failed(cli("s3api", "get-object-tagging", "--bucket", bucket, "--key", "k"), "NoSuchKey", "GetObjectTagging")
