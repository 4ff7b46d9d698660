"""EC2's instances through boto3 (client, resource API, waiters) and the AWS CLI: RunInstances, the state
machine with its EventBridge State-change Notifications delivered to SQS by a rule, Start/Stop/Terminate,
DescribeInstances filters and paging, launch templates, attributes, status checks, and AWS's errors.

The suite's Stratus moves instances between states in half a second (PythonClientsIT), so the waiters'
first polls after a short pause already see the state they wait for.

Sources of the expected answers:
  [Docs-API]    the EC2 API reference: RunInstances, StopInstances (IncorrectInstanceState, OperationNotPermitted),
                DescribeInstances (filters, MaxResults 5-1000, not with InstanceIds), the instance state codes
                0/16/32/48/64/80, error codes InvalidInstanceID.Malformed/.NotFound, InvalidLaunchTemplateName.AlreadyExistsException
  [Docs-Events] the EC2 user guide's "EC2 Instance State-change Notification" sample: source aws.ec2, the instance's
                ARN in resources, detail {"instance-id", "state"}
"""
import json
import time
import uuid

import pytest

from conftest import ACCOUNT, _client, allow_service, cli_failed, cli_ok, expect_error

FAST = {"Delay": 1, "MaxAttempts": 30}


@pytest.fixture(scope="module")
def ec2():
    return _client("ec2")


@pytest.fixture(scope="module")
def ec2_resource():
    import boto3
    from conftest import ENDPOINT, REGION
    return boto3.resource("ec2", endpoint_url=ENDPOINT, region_name=REGION, aws_access_key_id="test", aws_secret_access_key="test")


@pytest.fixture(scope="module")
def image(ec2):
    images = ec2.describe_images(Owners=["amazon"], Filters=[{"Name": "name", "Values": ["al2023-ami-2023*-x86_64"]}])["Images"]
    return images[0]["ImageId"]


def unique(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def run(ec2, image, count=1, **more):
    return ec2.run_instances(**{"ImageId": image, "InstanceType": "t3.micro", "MinCount": count, "MaxCount": count, **more})


def state(ec2, instance_id):
    return ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]["State"]["Name"]


def test_an_instance_runs_stops_starts_and_terminates_with_the_waiters(ec2, image):
    launched = run(ec2, image, TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "Name", "Value": "web"}]}])
    instance = launched["Instances"][0]
    iid = instance["InstanceId"]
    assert launched["ReservationId"].startswith("r-") and launched["OwnerId"] == ACCOUNT
    assert instance["State"] == {"Code": 0, "Name": "pending"}
    assert instance["Tags"] == [{"Key": "Name", "Value": "web"}]
    assert instance["PrivateIpAddress"].startswith("172.31.")
    assert instance["PrivateDnsName"].endswith(".ec2.internal")
    ec2.get_waiter("instance_exists").wait(InstanceIds=[iid], WaiterConfig=FAST)
    ec2.get_waiter("instance_running").wait(InstanceIds=[iid], WaiterConfig=FAST)
    running = ec2.describe_instances(InstanceIds=[iid])["Reservations"][0]["Instances"][0]
    assert running["State"] == {"Code": 16, "Name": "running"}
    assert running["PublicDnsName"] == "ec2-" + running["PublicIpAddress"].replace(".", "-") + ".compute-1.amazonaws.com"

    stopping = ec2.stop_instances(InstanceIds=[iid])["StoppingInstances"][0]
    assert stopping["CurrentState"] == {"Code": 64, "Name": "stopping"} and stopping["PreviousState"] == {"Code": 16, "Name": "running"}
    ec2.get_waiter("instance_stopped").wait(InstanceIds=[iid], WaiterConfig=FAST)
    stopped = ec2.describe_instances(InstanceIds=[iid])["Reservations"][0]["Instances"][0]
    assert stopped["StateReason"] == {"Code": "Client.UserInitiatedShutdown", "Message": "Client.UserInitiatedShutdown: User initiated shutdown"}
    assert stopped["StateTransitionReason"].startswith("User initiated (") and stopped["StateTransitionReason"].endswith(" GMT)")
    assert "PublicIpAddress" not in stopped

    assert ec2.start_instances(InstanceIds=[iid])["StartingInstances"][0]["CurrentState"]["Name"] == "pending"
    ec2.get_waiter("instance_running").wait(InstanceIds=[iid], WaiterConfig=FAST)
    assert ec2.terminate_instances(InstanceIds=[iid])["TerminatingInstances"][0]["CurrentState"] == {"Code": 32, "Name": "shutting-down"}
    ec2.get_waiter("instance_terminated").wait(InstanceIds=[iid], WaiterConfig=FAST)
    expect_error(lambda: ec2.start_instances(InstanceIds=[iid]), "IncorrectInstanceState",
                 message=f"The instance '{iid}' is not in a state from which it can be started.")


def test_a_rule_on_aws_ec2_delivers_every_state_change_to_a_queue(ec2, image, sqs):
    events = _client("events")
    rule = unique("ec2-states")
    queue = sqs.create_queue(QueueName=unique("ec2-states"))["QueueUrl"]
    rule_arn = events.put_rule(Name=rule, EventPattern=json.dumps({"source": ["aws.ec2"],
                                                                  "detail-type": ["EC2 Instance State-change Notification"]}))["RuleArn"]
    arn = allow_service(sqs, queue, "events.amazonaws.com", rule_arn)
    events.put_targets(Rule=rule, Targets=[{"Id": "q", "Arn": arn}])
    iid = run(ec2, image)["Instances"][0]["InstanceId"]
    ec2.get_waiter("instance_running").wait(InstanceIds=[iid], WaiterConfig=FAST)
    ec2.terminate_instances(InstanceIds=[iid])
    ec2.get_waiter("instance_terminated").wait(InstanceIds=[iid], WaiterConfig=FAST)
    states = []
    deadline = time.time() + 20
    while time.time() < deadline and len([s for s in states if s[0] == iid]) < 4:
        for m in sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=10, WaitTimeSeconds=1).get("Messages", []):
            event = json.loads(m["Body"])
            assert event["source"] == "aws.ec2"
            assert event["detail-type"] == "EC2 Instance State-change Notification"
            assert event["account"] == ACCOUNT and event["region"] == "us-east-1"
            assert event["resources"] == [f"arn:aws:ec2:us-east-1:{ACCOUNT}:instance/{event['detail']['instance-id']}"]
            assert set(event["detail"]) == {"instance-id", "state"}
            states.append((event["detail"]["instance-id"], event["detail"]["state"]))
            sqs.delete_message(QueueUrl=queue, ReceiptHandle=m["ReceiptHandle"])
    assert [s for i, s in states if i == iid] == ["pending", "running", "shutting-down", "terminated"]
    events.remove_targets(Rule=rule, Ids=["q"])
    events.delete_rule(Name=rule)


def test_the_resource_api_creates_filters_tags_and_waits(ec2_resource, image):
    batch = unique("batch")
    made = ec2_resource.create_instances(ImageId=image, InstanceType="t3.micro", MinCount=2, MaxCount=2,
                                         TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "Batch", "Value": batch}]}])
    assert len(made) == 2
    first = made[0]
    first.wait_until_running(WaiterConfig=FAST)
    first.reload()
    assert first.state["Name"] == "running"
    assert {"Key": "Batch", "Value": batch} in first.tags
    first.create_tags(Tags=[{"Key": "Role", "Value": "db"}])
    found = list(ec2_resource.instances.filter(Filters=[{"Name": "tag:Batch", "Values": [batch]}]))
    assert sorted(i.id for i in found) == sorted(i.id for i in made)
    assert [i.id for i in ec2_resource.instances.filter(Filters=[{"Name": "tag:Role", "Values": ["db"]},
                                                                 {"Name": "tag:Batch", "Values": [batch]}])] == [first.id]
    first.stop()
    first.wait_until_stopped(WaiterConfig=FAST)
    assert first.state["Name"] == "stopped"
    ec2_resource.instances.filter(Filters=[{"Name": "tag:Batch", "Values": [batch]}]).terminate()
    first.wait_until_terminated(WaiterConfig=FAST)


def test_describe_filters_and_pages(ec2, image):
    batch = unique("batch")
    launched = run(ec2, image, count=6, TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": "Batch", "Value": batch}]}])
    ids = [i["InstanceId"] for i in launched["Instances"]]
    by_batch = [{"Name": "tag:Batch", "Values": [batch]}]
    pages = list(ec2.get_paginator("describe_instances").paginate(Filters=by_batch, PaginationConfig={"PageSize": 5}))
    assert len(pages) == 2
    assert [i["InstanceId"] for p in pages for r in p["Reservations"] for i in r["Instances"]] == ids
    one = launched["Instances"][2]
    for name, value in [("private-ip-address", one["PrivateIpAddress"]), ("instance-id", one["InstanceId"]),
                        ("private-dns-name", one["PrivateDnsName"])]:
        got = ec2.describe_instances(Filters=by_batch + [{"Name": name, "Values": [value]}])["Reservations"]
        assert [i["InstanceId"] for r in got for i in r["Instances"]] == [one["InstanceId"]], name
    assert len(ec2.describe_instances(Filters=by_batch + [{"Name": "instance-type", "Values": ["t3.*"]},
                                                          {"Name": "reservation-id", "Values": [launched["ReservationId"]]}])
               ["Reservations"][0]["Instances"]) == 6
    expect_error(lambda: ec2.describe_instances(InstanceIds=ids, MaxResults=5), "InvalidParameterCombination")
    expect_error(lambda: ec2.describe_instances(MaxResults=4), "InvalidParameterValue")
    expect_error(lambda: ec2.describe_instances(Filters=[{"Name": "colour", "Values": ["red"]}]), "InvalidParameterValue")
    ec2.terminate_instances(InstanceIds=ids)


def test_launch_templates_and_their_versions(ec2, image):
    name = unique("lt")
    template = ec2.create_launch_template(LaunchTemplateName=name, LaunchTemplateData={"ImageId": image, "InstanceType": "t3.nano"})
    tid = template["LaunchTemplate"]["LaunchTemplateId"]
    assert template["LaunchTemplate"]["DefaultVersionNumber"] == 1
    v2 = ec2.create_launch_template_version(LaunchTemplateId=tid, SourceVersion="1", LaunchTemplateData={"InstanceType": "t3.small"})
    assert v2["LaunchTemplateVersion"]["VersionNumber"] == 2
    assert v2["LaunchTemplateVersion"]["LaunchTemplateData"]["ImageId"] == image
    expect_error(lambda: ec2.create_launch_template(LaunchTemplateName=name, LaunchTemplateData={"ImageId": image}),
                 "InvalidLaunchTemplateName.AlreadyExistsException")
    launched = ec2.run_instances(MinCount=1, MaxCount=1, LaunchTemplate={"LaunchTemplateName": name, "Version": "$Latest"})["Instances"][0]
    assert launched["InstanceType"] == "t3.small"
    tags = {t["Key"]: t["Value"] for t in launched["Tags"]}
    assert tags == {"aws:ec2launchtemplate:id": tid, "aws:ec2launchtemplate:version": "2"}
    ec2.modify_launch_template(LaunchTemplateId=tid, DefaultVersion="2")
    assert ec2.describe_launch_templates(LaunchTemplateNames=[name])["LaunchTemplates"][0]["DefaultVersionNumber"] == 2
    versions = ec2.describe_launch_template_versions(LaunchTemplateId=tid, Versions=["$Latest", "1"])["LaunchTemplateVersions"]
    assert [v["VersionNumber"] for v in versions] == [2, 1]
    ec2.terminate_instances(InstanceIds=[launched["InstanceId"]])
    ec2.delete_launch_template(LaunchTemplateId=tid)
    expect_error(lambda: ec2.describe_launch_templates(LaunchTemplateIds=[tid]), "InvalidLaunchTemplateId.NotFound")


def test_attributes_and_status(ec2, image):
    iid = run(ec2, image, DisableApiTermination=True)["Instances"][0]["InstanceId"]
    expect_error(lambda: ec2.terminate_instances(InstanceIds=[iid]), "OperationNotPermitted")
    ec2.modify_instance_attribute(InstanceId=iid, DisableApiTermination={"Value": False})
    assert ec2.describe_instance_attribute(InstanceId=iid, Attribute="disableApiTermination")["DisableApiTermination"] == {"Value": False}
    ec2.get_waiter("instance_running").wait(InstanceIds=[iid], WaiterConfig=FAST)
    expect_error(lambda: ec2.modify_instance_attribute(InstanceId=iid, InstanceType={"Value": "t3.large"}), "IncorrectInstanceState")
    ec2.get_waiter("instance_status_ok").wait(InstanceIds=[iid], WaiterConfig=FAST)
    status = ec2.describe_instance_status(InstanceIds=[iid])["InstanceStatuses"][0]
    assert status["InstanceState"] == {"Code": 16, "Name": "running"}
    assert status["InstanceStatus"]["Status"] == "ok" and status["SystemStatus"]["Status"] == "ok"
    ec2.stop_instances(InstanceIds=[iid])
    ec2.get_waiter("instance_stopped").wait(InstanceIds=[iid], WaiterConfig=FAST)
    ec2.modify_instance_attribute(InstanceId=iid, InstanceType={"Value": "t3.large"})
    assert ec2.describe_instance_attribute(InstanceId=iid, Attribute="instanceType")["InstanceType"] == {"Value": "t3.large"}
    assert ec2.describe_instance_types(InstanceTypes=["t3.large"])["InstanceTypes"][0]["VCpuInfo"]["DefaultVCpus"] == 2
    ec2.terminate_instances(InstanceIds=[iid])


def test_bad_input(ec2, image):
    expect_error(lambda: ec2.describe_instances(InstanceIds=["web"]), "InvalidInstanceID.Malformed", message='Invalid id: "web"')
    expect_error(lambda: ec2.stop_instances(InstanceIds=["i-0123456789abcdef0"]), "InvalidInstanceID.NotFound",
                 message="The instance ID 'i-0123456789abcdef0' does not exist")
    expect_error(lambda: run(ec2, image, InstanceType="x9.huge"), "InvalidParameterValue", message="Invalid value 'x9.huge' for InstanceType.")
    expect_error(lambda: run(ec2, "ami-0000000000000dead"), "InvalidAMIID.NotFound")
    expect_error(lambda: run(ec2, image, KeyName="no-such-key"), "InvalidKeyPair.NotFound")
    expect_error(lambda: ec2.run_instances(ImageId=image, MinCount=3, MaxCount=2), "InvalidParameterValue")
    expect_error(lambda: ec2.describe_instance_types(InstanceTypes=["x9.huge"]), "InvalidInstanceType")
    expect_error(lambda: ec2.reboot_instances(InstanceIds=["nope"]), "InvalidInstanceID.Malformed")


def test_the_cli_runs_waits_and_describes(cli, ec2, image):
    result = cli("ec2", "run-instances", "--image-id", image, "--instance-type", "t3.micro", "--count", "1")
    cli_ok(result)
    iid = result.json["Instances"][0]["InstanceId"]
    time.sleep(1)
    cli_ok(cli("ec2", "wait", "instance-running", "--instance-ids", iid, timeout=120))
    described = cli("ec2", "describe-instances", "--instance-ids", iid, "--query", "Reservations[0].Instances[0].State.Name")
    cli_ok(described)
    assert described.json == "running"
    cli_ok(cli("ec2", "terminate-instances", "--instance-ids", iid))
    cli_failed(cli("ec2", "describe-instances", "--instance-ids", "i-0123456789abcdef0"), "InvalidInstanceID.NotFound", "DescribeInstances")


def test_monitoring_is_turned_on_and_off_and_the_cpu_tag_is_an_ordinary_tag(cli, ec2, image):
    iid = run(ec2, image)["Instances"][0]["InstanceId"]
    on = cli_ok(cli("ec2", "monitor-instances", "--instance-ids", iid))
    assert on["InstanceMonitorings"] == [{"InstanceId": iid, "Monitoring": {"State": "pending"}}]
    described = ec2.describe_instances(Filters=[{"Name": "monitoring-state", "Values": ["enabled"]}, {"Name": "instance-id", "Values": [iid]}])
    assert [i["InstanceId"] for r in described["Reservations"] for i in r["Instances"]] == [iid]
    off = ec2.unmonitor_instances(InstanceIds=[iid])
    assert off["InstanceMonitorings"][0]["Monitoring"]["State"] == "disabling"
    cli_ok(cli("ec2", "create-tags", "--resources", iid, "--tags", "Key=stratus:cpu-utilization,Value=85"))
    tags = ec2.describe_tags(Filters=[{"Name": "resource-id", "Values": [iid]}])["Tags"]
    assert {"Key": "stratus:cpu-utilization", "Value": "85", "ResourceId": iid, "ResourceType": "instance"} in tags
    expect_error(lambda: ec2.monitor_instances(InstanceIds=["i-0123456789abcdef0"]), "InvalidInstanceID.NotFound")
    ec2.terminate_instances(InstanceIds=[iid])
