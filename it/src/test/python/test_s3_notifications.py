"""S3 event notifications through boto3 and the AWS CLI: a configuration saved, read back and
delivered to a queue in AWS's event record, and AWS's answers to bad configurations (the
destination check's ArgumentName1/ArgumentValue1 members, which only boto3 shows).

Sources of the expected answers:
  [Docs-notif]  Amazon S3 User Guide, "Event message structure" (eventVersion 2.1, URL-encoded keys,
                the s3:TestEvent), "Configuring event notifications using object key name filtering"
                (overlapping prefixes/suffixes refused) and "Granting permissions to publish event
                notification messages to a destination"
  [Issue-validate] terraform-provider-aws#11219, aws-cdk#20127: a queue whose policy does not allow
                s3.amazonaws.com is InvalidArgument "Unable to validate the following destination configurations"
"""
import json

import pytest

from conftest import _client, allow_service, arn_of, cli_failed, cli_ok, expect_error, unique_name


@pytest.fixture(scope="module")
def s3():
    return _client("s3")


@pytest.fixture
def bucket(s3):
    name = unique_name("notify")
    s3.create_bucket(Bucket=name)
    return name


def receive(sqs, url):
    for _ in range(10):
        got = sqs.receive_message(QueueUrl=url, WaitTimeSeconds=1).get("Messages", [])
        if got:
            sqs.delete_message(QueueUrl=url, ReceiptHandle=got[0]["ReceiptHandle"])
            return json.loads(got[0]["Body"])
    raise AssertionError(f"no message on {url}")


def queue_config(arn, events=("s3:ObjectCreated:*",), prefix=None):
    c = {"QueueArn": arn, "Events": list(events)}
    if prefix is not None:
        c["Filter"] = {"Key": {"FilterRules": [{"Name": "prefix", "Value": prefix}]}}
    return c


def test_a_queue_gets_the_test_event_then_the_record_of_each_put(s3, sqs, make_queue, bucket):
    url = make_queue("s3-events")
    arn = allow_service(sqs, url, "s3.amazonaws.com", f"arn:aws:s3:::{bucket}")
    s3.put_bucket_notification_configuration(Bucket=bucket, NotificationConfiguration={"QueueConfigurations": [queue_config(arn)]})
    saved = s3.get_bucket_notification_configuration(Bucket=bucket)["QueueConfigurations"]
    assert saved[0]["QueueArn"] == arn and saved[0]["Events"] == ["s3:ObjectCreated:*"] and saved[0]["Id"], saved
    assert receive(sqs, url)["Event"] == "s3:TestEvent"  # [Docs-notif]

    s3.put_object(Bucket=bucket, Key="dir/a file+1.txt", Body=b"abc")
    record = receive(sqs, url)["Records"][0]
    assert (record["eventVersion"], record["eventSource"], record["eventName"]) == ("2.1", "aws:s3", "ObjectCreated:Put")
    assert record["s3"]["configurationId"] == saved[0]["Id"]
    assert record["s3"]["object"]["key"] == "dir/a+file%2B1.txt"  # [Docs-notif]: URL-encoded, a space as +
    assert record["s3"]["object"]["size"] == 3
    assert record["s3"]["object"]["eTag"] == "900150983cd24fb0d6963f7d28e17f72"


def test_a_destination_s3_may_not_deliver_to_is_named_in_the_refusal(s3, sqs, make_queue, bucket):
    closed = arn_of(sqs, make_queue("closed"))
    err = expect_error(s3.put_bucket_notification_configuration, "InvalidArgument", Bucket=bucket,
                       NotificationConfiguration={"QueueConfigurations": [queue_config(closed)]},
                       message="Unable to validate the following destination configurations")  # [Issue-validate]
    assert err["ArgumentName1"] == closed, err
    assert err["ArgumentValue1"] == "Permissions on the destination queue do not allow S3 to publish notifications from this bucket", err
    assert s3.get_bucket_notification_configuration(Bucket=bucket).get("QueueConfigurations") is None
    # SkipDestinationValidation saves it unchecked.
    s3.put_bucket_notification_configuration(Bucket=bucket, SkipDestinationValidation=True,
                                             NotificationConfiguration={"QueueConfigurations": [queue_config(closed)]})
    assert len(s3.get_bucket_notification_configuration(Bucket=bucket)["QueueConfigurations"]) == 1


def test_bad_configurations_are_refused(s3, sqs, make_queue, bucket):
    arn = allow_service(sqs, make_queue("s3-events"), "s3.amazonaws.com", f"arn:aws:s3:::{bucket}")
    for bad in ([queue_config(arn, prefix="a/"), queue_config(arn, events=["s3:ObjectCreated:Put"], prefix="a/b")],  # [Docs-notif] overlap
                [queue_config(arn, events=["s3:ObjectCreated:Paste"])],
                [queue_config("arn:aws:sqs:us-east-1:000000000000")],
                [{"QueueArn": arn, "Events": ["s3:ObjectCreated:*"], "Filter": {"Key": {"FilterRules": [{"Name": "middle", "Value": "x"}]}}}]):
        expect_error(s3.put_bucket_notification_configuration, "InvalidArgument", Bucket=bucket,
                     NotificationConfiguration={"QueueConfigurations": bad})
    expect_error(s3.put_bucket_notification_configuration, "NoSuchBucket", 404, Bucket=bucket + "-none", NotificationConfiguration={})
    expect_error(s3.get_bucket_notification_configuration, "NoSuchBucket", 404, Bucket=bucket + "-none")


def test_the_cli_saves_reads_and_refuses_configurations(cli, sqs, make_queue, bucket):
    arn = allow_service(sqs, make_queue("s3-cli"), "s3.amazonaws.com", f"arn:aws:s3:::{bucket}")
    config = {"QueueConfigurations": [dict(queue_config(arn, prefix="in/"), Id="in")], "EventBridgeConfiguration": {}}
    cli_ok(cli("s3api", "put-bucket-notification-configuration", "--bucket", bucket, "--notification-configuration", json.dumps(config)))
    got = cli_ok(cli("s3api", "get-bucket-notification-configuration", "--bucket", bucket))
    assert got["QueueConfigurations"][0]["Id"] == "in"
    assert got["QueueConfigurations"][0]["Filter"]["Key"]["FilterRules"] == [{"Name": "Prefix", "Value": "in/"}]
    assert got["EventBridgeConfiguration"] == {}
    bad = {"QueueConfigurations": [queue_config(arn, events=["s3:Nothing"])]}
    cli_failed(cli("s3api", "put-bucket-notification-configuration", "--bucket", bucket, "--notification-configuration", json.dumps(bad)),
               "InvalidArgument", "PutBucketNotificationConfiguration")


def test_the_first_notification_api_shares_the_configuration(s3, sqs, make_queue, bucket):
    arn = allow_service(sqs, make_queue("s3-old"), "s3.amazonaws.com", f"arn:aws:s3:::{bucket}")
    s3.put_bucket_notification(Bucket=bucket, NotificationConfiguration={"QueueConfiguration": {"Id": "old", "Queue": arn,
                                                                                              "Event": "s3:ObjectCreated:*"}})
    assert s3.get_bucket_notification(Bucket=bucket)["QueueConfiguration"]["Queue"] == arn
    saved = s3.get_bucket_notification_configuration(Bucket=bucket)["QueueConfigurations"]
    assert [(c["Id"], c["Events"]) for c in saved] == [("old", ["s3:ObjectCreated:*"])]
