"""Starts an EC2 instance again as soon as EventBridge reports that it stopped."""
import boto3

ec2 = boto3.client("ec2")


def lambda_handler(event, context):
    instance_id = event["detail"]["instance-id"]
    print(f"{instance_id} is {event['detail']['state']}: starting it again")
    response = ec2.start_instances(InstanceIds=[instance_id])
    for change in response["StartingInstances"]:
        print(f"{change['InstanceId']}: {change['PreviousState']['Name']} -> {change['CurrentState']['Name']}")
