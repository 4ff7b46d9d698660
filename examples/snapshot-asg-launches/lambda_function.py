"""Snapshots the EBS volumes of each instance an Auto Scaling group launches.

The group notifies an SNS topic; the topic invokes this function with Auto Scaling's message
(JSON in Records[].Sns.Message). Each snapshot gets the instance's tags, and says which
instance and device it came from.
"""
import json

import boto3

ec2 = boto3.resource("ec2")


def lambda_handler(event, context):
    for record in event["Records"]:
        message = json.loads(record["Sns"]["Message"])
        # The group also sends autoscaling:TEST_NOTIFICATION when the notification is set up.
        if message.get("Event") != "autoscaling:EC2_INSTANCE_LAUNCH":
            print(f"ignoring {message.get('Event')}")
            continue
        snapshot_volumes(message["EC2InstanceId"], message["AutoScalingGroupName"])


def snapshot_volumes(instance_id, group):
    instance = ec2.Instance(instance_id)
    # Keys starting with aws: (as aws:autoscaling:groupName) are AWS's own and cannot be set by anyone.
    tags = [t for t in instance.tags or [] if not t["Key"].startswith("aws:")]
    tags.append({"Key": "SourceInstance", "Value": instance_id})
    volumes = ec2.volumes.filter(Filters=[{"Name": "attachment.instance-id", "Values": [instance_id]}])
    for volume in volumes:
        device = next(a["Device"] for a in volume.attachments if a["InstanceId"] == instance_id)
        snapshot = volume.create_snapshot(
            Description=f"{device} of {instance_id}, launched by Auto Scaling group {group}",
            TagSpecifications=[{"ResourceType": "snapshot", "Tags": tags + [{"Key": "SourceDevice", "Value": device}]}],
        )
        print(f"{snapshot.id}: {volume.id} ({device} of {instance_id}), {snapshot.state}")
