"""S3 uploads as current SDKs and the CLI make them: multipart (the CLI's cp and sync, boto3's
transfer manager), additional checksums (headers and aws-chunked trailers; COMPOSITE and
FULL_OBJECT multipart checksums), presigned URLs, and the errors S3 answers for bad input.

Expected answers are S3's documented ones (API reference: CreateMultipartUpload, UploadPart,
CompleteMultipartUpload, "Checking object integrity in Amazon S3", "Uploading and copying objects
using multipart upload"); ETags and checksums are computed here independently of Stratus.
"""

import base64
import filecmp
import hashlib
import os
import time
import urllib.error
import urllib.request
import uuid
import zlib

import pytest
from boto3.s3.transfer import TransferConfig

from conftest import _client, cli_ok, expect_error

MIB = 1024 * 1024


@pytest.fixture(scope="module")
def s3():
    return _client("s3")


@pytest.fixture
def bucket(s3):
    name = f"xfer-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=name)
    return name


def multipart_etag(parts):
    """AWS's ETag of a multipart object: the MD5 of the parts' binary MD5s, then -N."""
    return '"%s-%d"' % (hashlib.md5(b"".join(hashlib.md5(p).digest() for p in parts)).hexdigest(), len(parts))


def b64(raw):
    return base64.b64encode(raw).decode()


def crc32(data):
    return zlib.crc32(data).to_bytes(4, "big")


# ---------------------------------------------------------------------------------------------
# The AWS CLI
# ---------------------------------------------------------------------------------------------
def test_cli_cp_above_the_multipart_threshold_and_back(cli, bucket, tmp_path):
    data = os.urandom(9 * MIB)  # the CLI's default threshold and part size are 8 MiB
    src = tmp_path / "big.bin"
    src.write_bytes(data)
    cli_ok(cli("s3", "cp", str(src), f"s3://{bucket}/big.bin", "--only-show-errors"))
    head = cli_ok(cli("s3api", "head-object", "--bucket", bucket, "--key", "big.bin"))
    assert head["ETag"] == multipart_etag([data[:8 * MIB], data[8 * MIB:]])
    assert head["ContentLength"] == len(data)
    back = tmp_path / "back.bin"
    cli_ok(cli("s3", "cp", f"s3://{bucket}/big.bin", str(back), "--only-show-errors"))
    assert back.read_bytes() == data


def test_cli_sync_of_a_thousand_files_up_and_back(cli, bucket, tmp_path):
    up = tmp_path / "up"
    for d in range(10):
        (up / f"d{d}").mkdir(parents=True)
        for f in range(100):
            (up / f"d{d}" / f"f{f}.txt").write_bytes(os.urandom(64 + f))
    started = time.monotonic()
    cli_ok(cli("s3", "sync", str(up), f"s3://{bucket}/tree", "--only-show-errors", timeout=180))
    down = tmp_path / "down"
    cli_ok(cli("s3", "sync", f"s3://{bucket}/tree", str(down), "--only-show-errors", timeout=180))
    elapsed = time.monotonic() - started
    for d in range(10):
        cmp = filecmp.dircmp(up / f"d{d}", down / f"d{d}")
        assert not cmp.left_only and not cmp.right_only
        assert filecmp.cmpfiles(up / f"d{d}", down / f"d{d}", cmp.common_files, shallow=False)[0] == sorted(cmp.common_files)
    # A second sync finds nothing to do: sizes and times agree.
    again = cli("s3", "sync", str(up), f"s3://{bucket}/tree")
    assert again.returncode == 0 and "upload:" not in again.stdout, again
    print(f"sync of 1,000 files up and back: {elapsed:.1f}s")


# ---------------------------------------------------------------------------------------------
# boto3's transfer manager
# ---------------------------------------------------------------------------------------------
def test_boto3_upload_file_and_download_file_in_parts(s3, bucket, tmp_path):
    data = os.urandom(11 * MIB)
    src = tmp_path / "src.bin"
    src.write_bytes(data)
    config = TransferConfig(multipart_threshold=5 * MIB, multipart_chunksize=5 * MIB, max_concurrency=4)
    s3.upload_file(str(src), bucket, "k/src.bin", Config=config)
    head = s3.head_object(Bucket=bucket, Key="k/src.bin", ChecksumMode="ENABLED")
    assert head["ETag"] == multipart_etag([data[:5 * MIB], data[5 * MIB:10 * MIB], data[10 * MIB:]])
    # boto3 asks for CRC32 parts by default: a COMPOSITE checksum of the parts' checksums.
    parts = [crc32(data[:5 * MIB]), crc32(data[5 * MIB:10 * MIB]), crc32(data[10 * MIB:])]
    assert head["ChecksumCRC32"] == b64(crc32(b"".join(parts))) + "-3"
    assert head["ChecksumType"] == "COMPOSITE"
    dst = tmp_path / "dst.bin"
    s3.download_file(bucket, "k/src.bin", str(dst), Config=config)
    assert dst.read_bytes() == data


# ---------------------------------------------------------------------------------------------
# The operations one by one
# ---------------------------------------------------------------------------------------------
def test_parts_are_listed_in_pages_copied_by_range_and_completed(s3, bucket):
    s3.put_object(Bucket=bucket, Key="source", Body=b"0123456789" * (MIB // 10 + 1))
    upload = s3.create_multipart_upload(Bucket=bucket, Key="target", ContentType="text/plain", Metadata={"team": "a"})["UploadId"]
    first = os.urandom(5 * MIB)
    e1 = s3.upload_part(Bucket=bucket, Key="target", UploadId=upload, PartNumber=1, Body=first)["ETag"]
    copied = s3.upload_part_copy(Bucket=bucket, Key="target", UploadId=upload, PartNumber=2, CopySource={"Bucket": bucket, "Key": "source"},
                                 CopySourceRange="bytes=3-12")["CopyPartResult"]
    assert copied["ETag"] == '"%s"' % hashlib.md5(b"3456789012").hexdigest()
    s3.upload_part(Bucket=bucket, Key="target", UploadId=upload, PartNumber=3, Body=b"unused")
    page = s3.list_parts(Bucket=bucket, Key="target", UploadId=upload, MaxParts=2)
    assert [p["PartNumber"] for p in page["Parts"]] == [1, 2] and page["IsTruncated"] and page["NextPartNumberMarker"] == 2
    rest = s3.list_parts(Bucket=bucket, Key="target", UploadId=upload, PartNumberMarker=2)
    assert [(p["PartNumber"], p["Size"]) for p in rest["Parts"]] == [(3, 6)] and not rest["IsTruncated"]
    done = s3.complete_multipart_upload(Bucket=bucket, Key="target", UploadId=upload, MultipartUpload={"Parts": [
        {"PartNumber": 1, "ETag": e1}, {"PartNumber": 2, "ETag": copied["ETag"]}]})
    assert done["ETag"] == multipart_etag([first, b"3456789012"])
    got = s3.get_object(Bucket=bucket, Key="target")
    assert got["Body"].read() == first + b"3456789012"
    assert (got["ContentType"], got["Metadata"]) == ("text/plain", {"team": "a"})
    # A range across the parts' boundary reads from both.
    assert s3.get_object(Bucket=bucket, Key="target", Range=f"bytes={5 * MIB - 2}-{5 * MIB + 1}")["Body"].read() == first[-2:] + b"34"
    expect_error(s3.list_parts, "NoSuchUpload", 404, Bucket=bucket, Key="target", UploadId=upload)


def test_uploads_are_listed_by_prefix_and_delimiter_and_aborted(s3, bucket):
    ids = {k: s3.create_multipart_upload(Bucket=bucket, Key=k)["UploadId"] for k in ["a/1", "a/2", "b", "c"]}
    second_b = s3.create_multipart_upload(Bucket=bucket, Key="b")["UploadId"]
    listed = s3.list_multipart_uploads(Bucket=bucket, Delimiter="/")
    assert [u["Key"] for u in listed["Uploads"]] == ["b", "b", "c"]
    assert [u["UploadId"] for u in listed["Uploads"]][:2] == [ids["b"], second_b]
    assert [p["Prefix"] for p in listed["CommonPrefixes"]] == ["a/"]
    assert [u["Key"] for u in s3.list_multipart_uploads(Bucket=bucket, Prefix="a/")["Uploads"]] == ["a/1", "a/2"]
    page = s3.list_multipart_uploads(Bucket=bucket, MaxUploads=3)
    assert page["IsTruncated"] and (page["NextKeyMarker"], page["NextUploadIdMarker"]) == ("b", ids["b"])
    after = s3.list_multipart_uploads(Bucket=bucket, KeyMarker="b", UploadIdMarker=ids["b"])
    assert [(u["Key"], u["UploadId"]) for u in after["Uploads"]] == [("b", second_b), ("c", ids["c"])]
    s3.upload_part(Bucket=bucket, Key="c", UploadId=ids["c"], PartNumber=1, Body=b"x")
    s3.abort_multipart_upload(Bucket=bucket, Key="c", UploadId=ids["c"])
    assert "c" not in [u["Key"] for u in s3.list_multipart_uploads(Bucket=bucket)["Uploads"]]
    expect_error(s3.abort_multipart_upload, "NoSuchUpload", 404, Bucket=bucket, Key="c", UploadId=ids["c"])


def test_bad_multipart_input_is_refused_as_s3_refuses_it(s3, bucket):
    upload = s3.create_multipart_upload(Bucket=bucket, Key="k")["UploadId"]
    small = s3.upload_part(Bucket=bucket, Key="k", UploadId=upload, PartNumber=1, Body=b"tiny")["ETag"]
    last = s3.upload_part(Bucket=bucket, Key="k", UploadId=upload, PartNumber=2, Body=b"end")["ETag"]
    expect_error(s3.complete_multipart_upload, "InvalidPartOrder", Bucket=bucket, Key="k", UploadId=upload,
                 MultipartUpload={"Parts": [{"PartNumber": 2, "ETag": last}, {"PartNumber": 1, "ETag": small}]})
    expect_error(s3.complete_multipart_upload, "EntityTooSmall", Bucket=bucket, Key="k", UploadId=upload,
                 message="Your proposed upload is smaller than the minimum allowed object size.",
                 MultipartUpload={"Parts": [{"PartNumber": 1, "ETag": small}, {"PartNumber": 2, "ETag": last}]})
    expect_error(s3.complete_multipart_upload, "InvalidPart", Bucket=bucket, Key="k", UploadId=upload,
                 MultipartUpload={"Parts": [{"PartNumber": 1, "ETag": '"0123456789abcdef0123456789abcdef"'}]})
    expect_error(s3.complete_multipart_upload, "InvalidPart", Bucket=bucket, Key="k", UploadId=upload,
                 MultipartUpload={"Parts": [{"PartNumber": 7, "ETag": small}]})
    expect_error(s3.upload_part, "InvalidArgument", Bucket=bucket, Key="k", UploadId=upload, PartNumber=10001, Body=b"x",
                 message="Part number must be an integer between 1 and 10000, inclusive")
    expect_error(s3.upload_part, "NoSuchUpload", 404, Bucket=bucket, Key="k", UploadId="no-such-upload", PartNumber=1, Body=b"x")
    expect_error(s3.upload_part, "NoSuchUpload", 404, Bucket=bucket, Key="other-key", UploadId=upload, PartNumber=1, Body=b"x")
    expect_error(s3.upload_part, "BadDigest", Bucket=bucket, Key="k", UploadId=upload, PartNumber=3, Body=b"data",
                 ChecksumCRC32=b64(crc32(b"other")), message="The CRC32 you specified did not match the calculated checksum.")
    s3.put_object(Bucket=bucket, Key="ten", Body=b"0123456789")
    for bad in ["bytes=5-1", "bytes=0-10", "5-6"]:
        expect_error(s3.upload_part_copy, "InvalidArgument", Bucket=bucket, Key="k", UploadId=upload, PartNumber=3,
                     CopySource={"Bucket": bucket, "Key": "ten"}, CopySourceRange=bad)
    expect_error(s3.upload_part_copy, "NoSuchKey", 404, Bucket=bucket, Key="k", UploadId=upload, PartNumber=3,
                 CopySource={"Bucket": bucket, "Key": "k-missing"})
    # The one-part upload that is also the last completes, whatever its size.
    done = s3.complete_multipart_upload(Bucket=bucket, Key="k", UploadId=upload, MultipartUpload={"Parts": [{"PartNumber": 2, "ETag": last}]})
    assert done["ETag"] == multipart_etag([b"end"])
    assert s3.get_object(Bucket=bucket, Key="k")["Body"].read() == b"end"
    expect_error(s3.complete_multipart_upload, "NoSuchUpload", 404, Bucket=bucket, Key="k", UploadId=upload,
                 MultipartUpload={"Parts": [{"PartNumber": 2, "ETag": last}]})


# ---------------------------------------------------------------------------------------------
# Checksums
# ---------------------------------------------------------------------------------------------
CHECK = b"123456789"
CHECK_VALUES = {"CRC32": crc32(CHECK), "CRC32C": bytes.fromhex("e3069283"), "CRC64NVME": bytes.fromhex("ae8b14860a799888"),
                "SHA1": hashlib.sha1(CHECK).digest(), "SHA256": hashlib.sha256(CHECK).digest()}


@pytest.mark.parametrize("algorithm", sorted(CHECK_VALUES))
def test_each_checksum_is_verified_kept_and_shown_when_asked(s3, bucket, algorithm):
    value = b64(CHECK_VALUES[algorithm])
    if algorithm in ("CRC32", "SHA1", "SHA256"):
        # boto3 computes these itself and sends them in the aws-chunked trailer.
        put = s3.put_object(Bucket=bucket, Key=algorithm, Body=CHECK, ChecksumAlgorithm=algorithm)
    else:
        # The others need botocore[crt]: sent as the header a client that has them sends.
        put = s3.put_object(Bucket=bucket, Key=algorithm, Body=CHECK, **{"Checksum" + algorithm: value})
    assert put["Checksum" + algorithm] == value
    assert "Checksum" + algorithm not in s3.head_object(Bucket=bucket, Key=algorithm)
    head = s3.head_object(Bucket=bucket, Key=algorithm, ChecksumMode="ENABLED")
    assert (head["Checksum" + algorithm], head["ChecksumType"]) == (value, "FULL_OBJECT")


def test_a_checksum_that_does_not_match_is_bad_digest(s3, bucket):
    expect_error(s3.put_object, "BadDigest", Bucket=bucket, Key="k", Body=b"data", ChecksumSHA256=b64(hashlib.sha256(b"other").digest()),
                 message="The SHA256 you specified did not match the calculated checksum.")
    expect_error(s3.put_object, "InvalidRequest", Bucket=bucket, Key="k", Body=b"data", ChecksumCRC32="not-a-crc")
    expect_error(s3.head_object, "404", 404, Bucket=bucket, Key="k")


def test_a_full_object_crc_is_combined_from_the_parts(s3, bucket):
    first, second = os.urandom(5 * MIB), b"the rest"
    upload = s3.create_multipart_upload(Bucket=bucket, Key="k", ChecksumAlgorithm="CRC32", ChecksumType="FULL_OBJECT")
    assert upload["ChecksumType"] == "FULL_OBJECT"
    parts = []
    for n, data in enumerate([first, second], start=1):
        r = s3.upload_part(Bucket=bucket, Key="k", UploadId=upload["UploadId"], PartNumber=n, Body=data, ChecksumAlgorithm="CRC32")
        assert r["ChecksumCRC32"] == b64(crc32(data))
        parts.append({"PartNumber": n, "ETag": r["ETag"], "ChecksumCRC32": r["ChecksumCRC32"]})
    whole = b64(crc32(first + second))
    done = s3.complete_multipart_upload(Bucket=bucket, Key="k", UploadId=upload["UploadId"], MultipartUpload={"Parts": parts},
                                        ChecksumCRC32=whole, ChecksumType="FULL_OBJECT")
    assert (done["ChecksumCRC32"], done["ChecksumType"]) == (whole, "FULL_OBJECT")
    expect_error(s3.create_multipart_upload, "InvalidRequest", Bucket=bucket, Key="k", ChecksumAlgorithm="SHA256", ChecksumType="FULL_OBJECT")


def test_a_body_that_is_not_its_declared_sha256_is_refused(bucket):
    request = urllib.request.Request(f"{_client('s3').meta.endpoint_url}/{bucket}/k", data=b"sent", method="PUT",
                                     headers={"x-amz-content-sha256": hashlib.sha256(b"signed").hexdigest()})
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request)
    assert info.value.code == 400 and b"<Code>XAmzContentSHA256Mismatch</Code>" in info.value.read()


# ---------------------------------------------------------------------------------------------
# Presigned URLs: boto3 makes S3's legacy query signature unless configured for s3v4
# ---------------------------------------------------------------------------------------------
def expired(url):
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(url)
    body = info.value.read()
    return info.value.code == 403 and b"<Code>AccessDenied</Code>" in body and b"<Message>Request has expired</Message>" in body


@pytest.mark.parametrize("signature_version", [None, "s3v4"])
def test_presigned_put_and_get(bucket, signature_version):
    s3 = _client("s3", signature_version=signature_version) if signature_version else _client("s3")
    put_url = s3.generate_presigned_url("put_object", Params={"Bucket": bucket, "Key": "shared.txt"}, ExpiresIn=300)
    urllib.request.urlopen(urllib.request.Request(put_url, data=b"by url", method="PUT")).read()
    get_url = s3.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": "shared.txt"}, ExpiresIn=300)
    assert urllib.request.urlopen(get_url).read() == b"by url"


def test_a_presigned_url_past_its_expiry_is_refused(s3, bucket):
    s3.put_object(Bucket=bucket, Key="k", Body=b"x")
    legacy = s3.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": "k"}, ExpiresIn=300)
    expires = legacy.split("Expires=")[1].split("&")[0]
    assert expired(legacy.replace("Expires=" + expires, "Expires=" + str(int(time.time()) - 1)))
    v4 = _client("s3", signature_version="s3v4").generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": "k"}, ExpiresIn=60)
    signed = v4.split("X-Amz-Date=")[1].split("&")[0]
    two_minutes_ago = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(time.time() - 120))
    assert expired(v4.replace("X-Amz-Date=" + signed, "X-Amz-Date=" + two_minutes_ago))
