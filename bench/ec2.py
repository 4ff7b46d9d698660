"""Driver of bench/ec2 (see its header): EC2 launches and DescribeInstances against the Stratus at ENDPOINT.

Prints one JSON object with the measurements. RunInstances goes as a plain HTTP form (boto3 takes seconds
to parse the 4 MB answer of a thousand instances, which would hide the server's time); everything else
through boto3 with retries off. A rule delivers the "EC2 Instance State-change Notification" events of
state "running" to an SQS queue, which a thread drains while the launch is under way.
"""
import json
import os
import re
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request

import boto3
from botocore.config import Config


def report(path):
    """The report's tables of a run's JSON."""
    r = json.load(open(path))
    for l in r["launches"]:
        print("| {batch} | {run_instances_s} | {first_running_event_s} | {last_running_event_s} | {missing_events} | {running_after} |".format(**l))
    d = r["describe"]
    print()
    print(f"DescribeInstances over {d['instances']} instances, ms to the whole answer: over plain HTTP (the server's answer;")
    print("goal < 50 ms with a tag filter) and through boto3 (adding its parsing of the XML):")
    print()
    print("| filter | HTTP p50 | HTTP p95 | HTTP min | boto3 p50 | boto3 p95 |")
    print("|---|---|---|---|---|---|")
    for k, v in d.items():
        if isinstance(v, dict):
            h, b = v["http"], v["boto3"]
            print(f"| {k} | {h['p50_ms']} | {h['p95_ms']} | {h['min_ms']} | {b['p50_ms']} | {b['p95_ms']} |")


if len(sys.argv) == 3 and sys.argv[1] == "--report":
    report(sys.argv[2])
    sys.exit(0)

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


arrived = {}
stop = threading.Event()


def receive():
    """Notes when each instance's running event arrives, until told to stop."""
    client = boto3.client("sqs", **kw)
    while not stop.is_set():
        got = client.receive_message(QueueUrl=queue, MaxNumberOfMessages=10, WaitTimeSeconds=1).get("Messages", [])
        now = time.time()
        for m in got:
            arrived[json.loads(m["Body"])["detail"]["instance-id"]] = now
        if got:
            client.delete_message_batch(QueueUrl=queue, Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(got)])


receivers = [threading.Thread(target=receive, daemon=True) for _ in range(3)]
for r in receivers:
    r.start()
AUTH = "AWS4-HMAC-SHA256 Credential=test/20261206/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=0"
zones = [z["ZoneName"] for z in ec2.describe_availability_zones()["AvailabilityZones"]]


def run_instances(batch, zone):
    """RunInstances as a plain form: the ids launched, in order."""
    form = urllib.parse.urlencode({"Action": "RunInstances", "Version": "2016-11-15", "ImageId": image, "InstanceType": "t3.micro",
                                   "MinCount": PER_LAUNCH, "MaxCount": PER_LAUNCH, "Placement.AvailabilityZone": zone,
                                   "TagSpecification.1.ResourceType": "instance", "TagSpecification.1.Tag.1.Key": "Batch",
                                   "TagSpecification.1.Tag.1.Value": batch}).encode()
    request = urllib.request.Request(ENDPOINT + "/", data=form, headers={"Authorization": AUTH,
                                                                        "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=300) as r:
        body = r.read().decode()
    return re.findall(r"<item><instanceId>(i-[0-9a-f]+)</instanceId>", body) or re.findall(r"<instanceId>(i-[0-9a-f]+)</instanceId>", body)


def running_count(batch):
    pages = ec2.get_paginator("describe_instances").paginate(Filters=[{"Name": "tag:Batch", "Values": [batch]},
                                                                      {"Name": "instance-state-name", "Values": ["running"]}])
    return sum(len(r["Instances"]) for p in pages for r in p["Reservations"])


launches = []
for n in range(LAUNCHES):
    batch = f"b{n}"
    t0 = time.time()
    ids = run_instances(batch, zones[n % len(zones)])
    answered = time.time() - t0
    deadline = t0 + DELAY + 60
    while time.time() < deadline and any(i not in arrived for i in ids):
        time.sleep(0.05)
    times = [arrived[i] - t0 for i in ids if i in arrived]
    launches.append({"batch": batch, "launched": len(ids), "run_instances_s": round(answered, 3),
                     "first_running_event_s": round(min(times), 3) if times else None,
                     "last_running_event_s": round(max(times), 3) if times else None,
                     "missing_events": len(ids) - len(times), "running_after": running_count(batch)})
    log(launches[-1])

total = LAUNCHES * PER_LAUNCH
some = [i["InstanceId"] for r in ec2.describe_instances(Filters=[{"Name": "tag:Batch", "Values": ["b3"]}])["Reservations"]
        for i in r["Instances"]][:10]
ec2.create_tags(Resources=some, Tags=[{"Key": "Role", "Value": "db"}])


def raw_describe(filters):
    """DescribeInstances as a plain form: the answer's bytes."""
    form = {"Action": "DescribeInstances", "Version": "2016-11-15"}
    for i, f in enumerate(filters, 1):
        form[f"Filter.{i}.Name"] = f["Name"]
        for j, v in enumerate(f["Values"], 1):
            form[f"Filter.{i}.Value.{j}"] = v
    request = urllib.request.Request(ENDPOINT + "/", data=urllib.parse.urlencode(form).encode(),
                                     headers={"Authorization": AUTH, "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=60) as r:
        return r.read().decode()


def stats(times):
    times.sort()
    return {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(times[int(len(times) * 0.95) - 1], 1), "min_ms": round(times[0], 1)}


def timed(filters, expected):
    """Each call's time to the whole answer, over plain HTTP (the server's answer) and through boto3 (with its parsing)."""
    raw, parsed = [], []
    for _ in range(QUERIES):
        t = time.perf_counter()
        body = raw_describe(filters)
        raw.append((time.perf_counter() - t) * 1000)
        assert len(set(re.findall(r"<instanceId>(i-[0-9a-f]+)</instanceId>", body))) == expected
        t = time.perf_counter()
        got = ec2.describe_instances(Filters=filters)
        parsed.append((time.perf_counter() - t) * 1000)
        assert sum(len(r["Instances"]) for r in got["Reservations"]) == expected
    return {"http": stats(raw), "boto3": stats(parsed)}


describe = {"instances": total,
            "tag:Role=db (10 match)": timed([{"Name": "tag:Role", "Values": ["db"]}], 10),
            "tag:Batch=b7 (1000 match)": timed([{"Name": "tag:Batch", "Values": ["b7"]}], PER_LAUNCH) if LAUNCHES > 7 else None,
            "tag:Role=db + instance-state-name=running": timed([{"Name": "tag:Role", "Values": ["db"]},
                                                                {"Name": "instance-state-name", "Values": ["running"]}], 10)}
stop.set()
print(json.dumps({"delay_s": DELAY, "launches": launches, "describe": describe}))
