"""EBS volumes and snapshots through boto3 (client, resource API, waiters) and the AWS CLI.

Expected answers come from the EC2 API reference (CreateVolume's sizes per volume type and IOPS rules,
DescribeVolumes' and DescribeSnapshots' filters, OwnerIds `self`, MaxResults 5..500 for volumes), EC2's
error codes as the clients show them (InvalidZone.NotFound "The zone '…' does not exist.",
InvalidParameterCombination "The parameter iops is not supported for gp2 volumes.", IncorrectState
"Volume '…' is in the 'available' state."), and the EBS user guide's "EventBridge for Amazon EBS" samples
for the "EBS Snapshot Notification" event. Stratus runs on the real clock here: a volume is available
after 2 s, a snapshot completed after 20 s, so the waiters poll every second or two.
"""

import json
import time
import uuid

import boto3
import pytest

from conftest import ACCOUNT, ENDPOINT, REGION, _client, allow_service, cli_failed, cli_ok, expect_error

ZONE = REGION + "a"
MISSING_VOLUME = "vol-0123456789abcdef0"
MISSING_SNAPSHOT = "snap-0123456789abcdef0"
MISSING_INSTANCE = "i-0123456789abcdef0"
FAST = {"Delay": 1, "MaxAttempts": 60}


@pytest.fixture(scope="module")
def ec2():
    return _client("ec2")


@pytest.fixture(scope="module")
def ec2_resource():
    return boto3.resource("ec2", endpoint_url=ENDPOINT, region_name=REGION, aws_access_key_id="test", aws_secret_access_key="test")


def unique(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def new_volume(ec2, **kwargs):
    args = {"AvailabilityZone": ZONE, "Size": 1, **kwargs}
    volume_id = ec2.create_volume(**args)["VolumeId"]
    ec2.get_waiter("volume_available").wait(VolumeIds=[volume_id], WaiterConfig=FAST)
    return volume_id


def test_a_volume_is_created_described_by_filters_and_deleted_with_waiters(ec2):
    name = unique("data")
    created = ec2.create_volume(AvailabilityZone=ZONE, Size=100, VolumeType="gp3", Iops=4000, Throughput=250,
                                TagSpecifications=[{"ResourceType": "volume", "Tags": [{"Key": "Name", "Value": name}]}])
    assert created["State"] == "creating"
    assert (created["Iops"], created["Throughput"], created["Size"]) == (4000, 250, 100)
    volume_id = created["VolumeId"]
    ec2.get_waiter("volume_available").wait(VolumeIds=[volume_id], WaiterConfig=FAST)

    found = ec2.describe_volumes(Filters=[{"Name": "tag:Name", "Values": [name]}, {"Name": "status", "Values": ["available"]},
                                          {"Name": "size", "Values": ["100"]}, {"Name": "volume-type", "Values": ["gp3"]},
                                          {"Name": "availability-zone", "Values": [ZONE]}, {"Name": "encrypted", "Values": ["false"]}])
    assert [v["VolumeId"] for v in found["Volumes"]] == [volume_id]
    assert found["Volumes"][0]["Tags"] == [{"Key": "Name", "Value": name}]
    assert found["Volumes"][0]["Attachments"] == []

    status = ec2.describe_volume_status(VolumeIds=[volume_id])["VolumeStatuses"][0]
    assert status["VolumeStatus"]["Status"] == "ok"
    ec2.modify_volume_attribute(VolumeId=volume_id, AutoEnableIO={"Value": True})
    assert ec2.describe_volume_attribute(VolumeId=volume_id, Attribute="autoEnableIO")["AutoEnableIO"] == {"Value": True}
    modification = ec2.modify_volume(VolumeId=volume_id, Size=200)["VolumeModification"]
    assert (modification["ModificationState"], modification["OriginalSize"], modification["TargetSize"]) == ("optimizing", 100, 200)

    ec2.delete_volume(VolumeId=volume_id)
    ec2.get_waiter("volume_deleted").wait(VolumeIds=[volume_id], WaiterConfig=FAST)
    expect_error(ec2.describe_volumes, "InvalidVolume.NotFound", VolumeIds=[volume_id],
                 message=f"The volume '{volume_id}' does not exist.")


def test_describe_volumes_pages_through_the_paginator(ec2):
    name = unique("paged")
    for _ in range(6):
        ec2.create_volume(AvailabilityZone=ZONE, Size=1, TagSpecifications=[{"ResourceType": "volume", "Tags": [{"Key": "Set", "Value": name}]}])
    pages = list(ec2.get_paginator("describe_volumes").paginate(Filters=[{"Name": "tag:Set", "Values": [name]}],
                                                                PaginationConfig={"PageSize": 5}))
    assert [len(p["Volumes"]) for p in pages] == [5, 1]
    expect_error(ec2.describe_volumes, "InvalidParameterValue", MaxResults=501)


def test_snapshots_complete_for_the_resource_api_the_waiters_and_a_rule(ec2, ec2_resource, sqs):
    events = _client("events")
    url = sqs.create_queue(QueueName=unique("ebs-snapshots"))["QueueUrl"]
    rule = unique("ebs-snapshots")
    rule_arn = events.put_rule(Name=rule, EventPattern=json.dumps({"source": ["aws.ec2"], "detail-type": ["EBS Snapshot Notification"]}))["RuleArn"]
    queue_arn = allow_service(sqs, url, "events.amazonaws.com", rule_arn)
    events.put_targets(Rule=rule, Targets=[{"Id": "q", "Arn": queue_arn}])

    name = unique("web")
    volume_id = new_volume(ec2, Size=3, TagSpecifications=[{"ResourceType": "volume", "Tags": [{"Key": "App", "Value": name}]}])
    volumes = list(ec2_resource.volumes.filter(Filters=[{"Name": "tag:App", "Values": [name]}]))
    assert [v.id for v in volumes] == [volume_id]
    assert list(ec2_resource.volumes.filter(Filters=[{"Name": "attachment.instance-id", "Values": [MISSING_INSTANCE]}])) == []

    snapshot = volumes[0].create_snapshot(Description="nightly")
    assert snapshot.state == "pending"
    snapshot.create_tags(Tags=[{"Key": "Backup", "Value": name}])
    other = ec2.create_snapshot(VolumeId=volume_id, Description="second",
                                TagSpecifications=[{"ResourceType": "snapshot", "Tags": [{"Key": "Backup", "Value": name}]}])
    snapshot.wait_until_completed(WaiterConfig={"Delay": 2, "MaxAttempts": 30})
    ec2.get_waiter("snapshot_completed").wait(SnapshotIds=[other["SnapshotId"]], WaiterConfig={"Delay": 2, "MaxAttempts": 30})
    snapshot.reload()
    assert (snapshot.state, snapshot.progress, snapshot.volume_size, snapshot.owner_id) == ("completed", "100%", 3, ACCOUNT)
    assert snapshot.tags == [{"Key": "Backup", "Value": name}]

    mine = ec2.describe_snapshots(OwnerIds=["self"], Filters=[{"Name": "tag:Backup", "Values": [name]}])["Snapshots"]
    assert sorted(s["SnapshotId"] for s in mine) == sorted([snapshot.id, other["SnapshotId"]])
    assert [s["Description"] for s in ec2.describe_snapshots(Filters=[{"Name": "volume-id", "Values": [volume_id]},
                                                                       {"Name": "description", "Values": ["night*"]}])["Snapshots"]] == ["nightly"]

    restored = ec2.create_volume(AvailabilityZone=REGION + "b", SnapshotId=snapshot.id)
    assert (restored["Size"], restored["SnapshotId"]) == (3, snapshot.id)

    expected = {f"arn:aws:ec2:{REGION}::snapshot/{snapshot.id}", f"arn:aws:ec2:{REGION}::snapshot/{other['SnapshotId']}"}
    got = {}
    deadline = time.time() + 30
    while set(got) != expected and time.time() < deadline:
        for m in sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1).get("Messages", []):
            event = json.loads(m["Body"])
            got[event["resources"][0]] = event
    assert set(got) == expected
    event = got[f"arn:aws:ec2:{REGION}::snapshot/{snapshot.id}"]
    assert (event["source"], event["detail-type"], event["account"], event["region"]) == ("aws.ec2", "EBS Snapshot Notification", ACCOUNT, REGION)
    detail = event["detail"]
    assert (detail["event"], detail["result"], detail["cause"]) == ("createSnapshot", "succeeded", "")
    assert detail["snapshot_id"] == f"arn:aws:ec2:{REGION}::snapshot/{snapshot.id}"
    assert detail["source"] == f"arn:aws:ec2:{REGION}::volume/{volume_id}"
    assert detail["startTime"].endswith("Z") and detail["endTime"].endswith("Z")

    copy = ec2.copy_snapshot(SourceRegion=REGION, SourceSnapshotId=snapshot.id, Description="copy")
    assert ec2.describe_snapshots(SnapshotIds=[copy["SnapshotId"]])["Snapshots"][0]["State"] == "pending"
    ec2.modify_snapshot_attribute(SnapshotId=snapshot.id, Attribute="createVolumePermission", OperationType="add", UserIds=["123456789012"])
    assert ec2.describe_snapshot_attribute(SnapshotId=snapshot.id, Attribute="createVolumePermission")["CreateVolumePermissions"] == [
        {"UserId": "123456789012"}]
    ec2.reset_snapshot_attribute(SnapshotId=snapshot.id, Attribute="createVolumePermission")
    snapshot.delete()
    expect_error(ec2.describe_snapshots, "InvalidSnapshot.NotFound", SnapshotIds=[snapshot.id])


def test_bad_input_for_every_operation(ec2):
    volume_id = new_volume(ec2)
    expect_error(ec2.create_volume, "InvalidZone.NotFound", AvailabilityZone=REGION + "q", Size=1,
                 message=f"The zone '{REGION}q' does not exist.")
    expect_error(ec2.create_volume, "MissingParameter", AvailabilityZone=ZONE)
    expect_error(ec2.create_volume, "InvalidParameterCombination", AvailabilityZone=ZONE, Size=10, VolumeType="gp2", Iops=300,
                 message="The parameter iops is not supported for gp2 volumes.")
    expect_error(ec2.create_volume, "InvalidParameterCombination", AvailabilityZone=ZONE, Size=10, VolumeType="io2")
    expect_error(ec2.create_volume, "InvalidParameterValue", AvailabilityZone=ZONE, Size=20000, VolumeType="gp2")
    expect_error(ec2.create_volume, "InvalidSnapshot.NotFound", AvailabilityZone=ZONE, SnapshotId=MISSING_SNAPSHOT)
    expect_error(ec2.describe_volumes, "InvalidVolumeID.Malformed", VolumeIds=["nope"])
    expect_error(ec2.describe_volumes, "InvalidParameterValue", Filters=[{"Name": "colour", "Values": ["red"]}])
    expect_error(ec2.attach_volume, "InvalidInstanceID.NotFound", VolumeId=volume_id, InstanceId=MISSING_INSTANCE, Device="/dev/sdf")
    expect_error(ec2.attach_volume, "InvalidParameterValue", VolumeId=volume_id, InstanceId=MISSING_INSTANCE, Device="/dev/nope")
    expect_error(ec2.detach_volume, "IncorrectState", VolumeId=volume_id, message=f"Volume '{volume_id}' is in the 'available' state.")
    expect_error(ec2.delete_volume, "InvalidVolume.NotFound", VolumeId=MISSING_VOLUME)
    expect_error(ec2.modify_volume, "InvalidParameterValue", VolumeId=volume_id, VolumeType="st1")
    expect_error(ec2.describe_volume_status, "InvalidVolume.NotFound", VolumeIds=[MISSING_VOLUME])
    expect_error(ec2.describe_volumes_modifications, "InvalidVolume.NotFound", VolumeIds=[MISSING_VOLUME])
    expect_error(ec2.describe_volume_attribute, "InvalidVolume.NotFound", VolumeId=MISSING_VOLUME, Attribute="autoEnableIO")
    expect_error(ec2.modify_volume_attribute, "MissingParameter", VolumeId=volume_id)
    expect_error(ec2.create_snapshot, "InvalidVolume.NotFound", VolumeId=MISSING_VOLUME)
    expect_error(ec2.create_snapshots, "InvalidInstanceID.NotFound", InstanceSpecification={"InstanceId": MISSING_INSTANCE})
    expect_error(ec2.create_snapshots, "InvalidParameterValue", InstanceSpecification={"InstanceId": MISSING_INSTANCE},
                 CopyTagsFromSource="instance")
    expect_error(ec2.describe_snapshots, "InvalidParameterValue", SnapshotIds=["nope"])
    expect_error(ec2.describe_snapshots, "InvalidSnapshot.NotFound", SnapshotIds=[MISSING_SNAPSHOT])
    expect_error(ec2.describe_snapshots, "InvalidUserID.Malformed", OwnerIds=["someone"])
    expect_error(ec2.copy_snapshot, "InvalidSnapshot.NotFound", SourceRegion=REGION, SourceSnapshotId=MISSING_SNAPSHOT)
    expect_error(ec2.delete_snapshot, "InvalidSnapshot.NotFound", SnapshotId=MISSING_SNAPSHOT)
    expect_error(ec2.describe_snapshot_attribute, "InvalidSnapshot.NotFound", SnapshotId=MISSING_SNAPSHOT, Attribute="createVolumePermission")
    expect_error(ec2.reset_snapshot_attribute, "InvalidSnapshot.NotFound", SnapshotId=MISSING_SNAPSHOT, Attribute="createVolumePermission")
    snapshot_id = ec2.create_snapshot(VolumeId=volume_id)["SnapshotId"]
    expect_error(ec2.modify_snapshot_attribute, "InvalidParameterValue", SnapshotId=snapshot_id, OperationType="add", GroupNames=["friends"])
    expect_error(ec2.create_volume, "IncorrectState", AvailabilityZone=ZONE, SnapshotId=snapshot_id,
                 message="Snapshot is in invalid state - pending")


def test_the_cli_creates_describes_and_deletes_a_volume(cli):
    name = unique("cli")
    created = cli_ok(cli("ec2", "create-volume", "--availability-zone", ZONE, "--size", "2", "--volume-type", "gp3",
                         "--tag-specifications", f"ResourceType=volume,Tags=[{{Key=Name,Value={name}}}]"))
    volume_id = created["VolumeId"]
    assert created["State"] == "creating"
    listed = cli_ok(cli("ec2", "describe-volumes", "--filters", f"Name=tag:Name,Values={name}"))
    assert [v["VolumeId"] for v in listed["Volumes"]] == [volume_id]
    cli_failed(cli("ec2", "create-volume", "--availability-zone", REGION + "q", "--size", "1"), "InvalidZone.NotFound", "CreateVolume",
               f"The zone '{REGION}q' does not exist.")
    cli_ok(cli("ec2", "delete-volume", "--volume-id", volume_id))
    cli_failed(cli("ec2", "describe-snapshots", "--snapshot-ids", MISSING_SNAPSHOT), "InvalidSnapshot.NotFound", "DescribeSnapshots",
               f"The snapshot '{MISSING_SNAPSHOT}' does not exist.")


def test_an_instances_volumes_attach_snapshot_and_end_with_it(ec2, ec2_resource):
    """Needs EC2's images and instances (and EBS's InstanceLookup given them): skipped while RunInstances is not served."""
    from botocore.exceptions import ClientError
    try:
        images = ec2.describe_images(Owners=["amazon"], Filters=[{"Name": "name", "Values": ["al2023-ami-*-x86_64"]}])["Images"]
        instance = ec2.run_instances(ImageId=images[0]["ImageId"], InstanceType="t3.micro", MinCount=1, MaxCount=1,
                                     TagSpecifications=[{"ResourceType": "volume", "Tags": [{"Key": "Owner", "Value": "ebs-suite"}]}])["Instances"][0]
    except (ClientError, IndexError) as e:
        if isinstance(e, IndexError) or e.response["Error"]["Code"] == "NotImplemented":
            pytest.skip("EC2's images and instances are not served yet")
        raise
    instance_id, zone = instance["InstanceId"], instance["Placement"]["AvailabilityZone"]
    ec2.get_waiter("instance_running").wait(InstanceIds=[instance_id], WaiterConfig=FAST)

    root = list(ec2_resource.volumes.filter(Filters=[{"Name": "attachment.instance-id", "Values": [instance_id]}]))
    assert len(root) == 1 and root[0].attachments[0]["Device"] == images[0]["RootDeviceName"]
    assert root[0].attachments[0]["DeleteOnTermination"] is True
    assert root[0].snapshot_id == images[0]["BlockDeviceMappings"][0]["Ebs"]["SnapshotId"]
    assert root[0].tags == [{"Key": "Owner", "Value": "ebs-suite"}]

    data_id = new_volume(ec2, AvailabilityZone=zone, Size=2)
    attachment = ec2.attach_volume(VolumeId=data_id, InstanceId=instance_id, Device="/dev/sdf")
    assert attachment["State"] == "attaching"
    ec2.get_waiter("volume_in_use").wait(VolumeIds=[data_id], WaiterConfig=FAST)
    expect_error(ec2.attach_volume, "InvalidParameterValue", VolumeId=new_volume(ec2, AvailabilityZone=zone), InstanceId=instance_id,
                 Device="/dev/sdf", message="Invalid value '/dev/sdf' for unixDevice. Attachment point /dev/sdf is already in use")
    expect_error(ec2.delete_volume, "VolumeInUse", VolumeId=data_id)
    devices = {m["DeviceName"] for m in ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]["BlockDeviceMappings"]}
    assert devices == {images[0]["RootDeviceName"], "/dev/sdf"}

    taken = ec2.create_snapshots(InstanceSpecification={"InstanceId": instance_id, "ExcludeBootVolume": True}, CopyTagsFromSource="volume")
    assert [s["VolumeId"] for s in taken["Snapshots"]] == [data_id]

    ec2.terminate_instances(InstanceIds=[instance_id])
    ec2.get_waiter("instance_terminated").wait(InstanceIds=[instance_id], WaiterConfig=FAST)
    ec2.get_waiter("volume_deleted").wait(VolumeIds=[root[0].id], WaiterConfig=FAST)
    ec2.get_waiter("volume_available").wait(VolumeIds=[data_id], WaiterConfig=FAST)
    assert ec2.describe_volumes(VolumeIds=[data_id])["Volumes"][0]["Attachments"] == []
