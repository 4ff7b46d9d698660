"""For each object S3 reports created under uploads/, writes thumbnails/<name>.txt beside it: a
stand-in for a thumbnail that says what the function was told (the object's size and the event)."""
import urllib.parse

import boto3

s3 = boto3.client("s3")


def lambda_handler(event, context):
    for record in event["Records"]:
        bucket = record["s3"]["bucket"]["name"]
        # S3 writes keys URL-encoded into its records ("my photo.jpg" arrives as "my+photo.jpg").
        key = urllib.parse.unquote_plus(record["s3"]["object"]["key"])
        size = record["s3"]["object"]["size"]
        derived = "thumbnails/" + key.removeprefix("uploads/") + ".txt"
        body = f"{key}: {size} bytes, {record['eventName']}, etag {record['s3']['object']['eTag']}\n"
        s3.put_object(Bucket=bucket, Key=derived, Body=body.encode(), ContentType="text/plain")
        print(f"{record['eventName']} s3://{bucket}/{key} ({size} bytes) -> {derived}")
