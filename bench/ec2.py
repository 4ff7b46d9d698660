"""Driver of bench/ec2 (see its header): EC2 launches and DescribeInstances against the Stratus at ENDPOINT.

Prints one JSON object with the measurements. boto3 with retries off; the rule → SQS queue receives the
"EC2 Instance State-change Notification" events of state "running".
"""
import json
import os
import statistics
import sys
import time

import boto3
from botocore.config import Config

ENDPOINT = os.environ["ENDPOINT"]
DELAY = float(os.environ["DELAY"])
LAUNCHES = int(os.environ.get("LAUNCHES", "10"))
PER_LAUNCH = int(os.environ.get("PER_LAUNCH", "1000"))
QUERIES = int(os.environ.get("QUERIES", "50"))
config = Config(retries={"max_attempts": 1, "mode": "standard"}, read_timeout=300, max_pool_connections=4)
kw = dict(endpoint_url=ENDPOINT, region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test", config=config)
ec2, sqs, events = boto3.client("ec2", **kw), boto3.client("sqs", **kw), boto3.client("events", **kw)


def log(*a):
    print("[ec2.py]", *a, file=sys.stderr, flush=True)


image = ec2.describe_images(Owners=["amazon"], Filters=[{"Name": "name", "Values": ["al2023-ami-2023*-x86_64"]}])["Images"][0]["ImageId"]
queue = sqs.create_queue(QueueName="ec2-running")["QueueUrl"]
queue_arn = sqs.get_queue_attributes(QueueUrl=queue, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
rule_arn = events.put_rule(Name="ec2-running", EventPattern=json.dumps({"source": ["aws.ec2"], "detail-type": [
    "EC2 Instance State-change Notification"], "detail": {"state": ["running"]}}))["RuleArn"]
sqs.set_queue_attributes(QueueUrl=queue, Attributes={"Policy": json.dumps({"Version": "2012-10-17", "Statement": [{
    "Effect": "Allow", "Principal": {"Service": "events.amazonaws.com"}, "Action": "sqs:SendMessage", "Resource": queue_arn,
    "Condition": {"ArnEquals": {"aws:SourceArn": rule_arn}}}]})})
events.put_targets(Rule="ec2-running", Targets=[{"Id": "q", "Arn": queue_arn}])


def drain_running(ids, t0, deadline):
    """Receives the queue's running events until every id has one; the time (s after t0) the last arrived."""
    waiting, last = set(ids), None
    while waiting and time.time() < deadline:
        got = sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=10, WaitTimeSeconds=1).get("Messages", [])
        for m in got:
            waiting.discard(json.loads(m["Body"])["detail"]["instance-id"])
        if got:
            last = time.time() - t0
            sqs.delete_message_batch(QueueUrl=queue, Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(got)])
    return last, len(waiting)


def running_count(batch):
    pages = ec2.get_paginator("describe_instances").paginate(Filters=[{"Name": "tag:Batch", "Values": [batch]},
                                                                      {"Name": "instance-state-name", "Values": ["running"]}])
    return sum(len(r["Instances"]) for p in pages for r in p["Reservations"])


launches = []
for n in range(LAUNCHES):
    batch = f"b{n}"
    t0 = time.time()
    r = ec2.run_instances(ImageId=image, InstanceType="t3.micro", MinCount=PER_LAUNCH, MaxCount=PER_LAUNCH,
                          TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "Batch", "Value": batch}]}])
    answered = time.time() - t0
    ids = [i["InstanceId"] for i in r["Instances"]]
    last, missing = drain_running(ids, t0, t0 + DELAY + 60)
    all_running = running_count(batch)
    launches.append({"batch": batch, "run_instances_s": round(answered, 3), "last_running_event_s": last and round(last, 3),
                     "missing_events": missing, "running_after": all_running})
    log(launches[-1])

total = LAUNCHES * PER_LAUNCH
some = [i["InstanceId"] for r in ec2.describe_instances(Filters=[{"Name": "tag:Batch", "Values": ["b3"]}])["Reservations"]
        for i in r["Instances"]][:10]
ec2.create_tags(Resources=some, Tags=[{"Key": "Role", "Value": "db"}])


def timed(filters, expected):
    times = []
    for _ in range(QUERIES):
        t = time.perf_counter()
        got = ec2.describe_instances(Filters=filters)
        times.append((time.perf_counter() - t) * 1000)
        assert sum(len(r["Instances"]) for r in got["Reservations"]) == expected
    times.sort()
    return {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(times[int(len(times) * 0.95) - 1], 1), "min_ms": round(times[0], 1)}


describe = {"instances": total,
            "tag:Role=db (10 match)": timed([{"Name": "tag:Role", "Values": ["db"]}], 10),
            "tag:Batch=b7 (1000 match)": timed([{"Name": "tag:Batch", "Values": ["b7"]}], PER_LAUNCH) if LAUNCHES > 7 else None,
            "tag:Role=db + instance-state-name=running": timed([{"Name": "tag:Role", "Values": ["db"]},
                                                                {"Name": "instance-state-name", "Values": ["running"]}], 10)}
print(json.dumps({"delay_s": DELAY, "launches": launches, "describe": describe}))
