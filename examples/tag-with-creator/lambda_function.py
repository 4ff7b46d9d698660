"""Tags each instance launched in the account with who launched it.

CloudTrail turns each RunInstances call into an "AWS API Call via CloudTrail" event;
EventBridge invokes this function with it. The caller is in detail.userIdentity, the new
instances in detail.responseElements.instancesSet.items.
"""
import boto3

ec2 = boto3.client("ec2")


def creator(identity):
    """An IAM user's name; for an assumed role, the session's name (the principalId's part after the colon)."""
    if identity["type"] == "IAMUser":
        return identity["userName"]
    if identity["type"] == "AssumedRole":
        return identity["principalId"].split(":", 1)[1]
    if identity["type"] == "Root":
        return "root"
    return identity["principalId"]


def lambda_handler(event, context):
    detail = event["detail"]
    identity = detail["userIdentity"]
    instance_ids = [item["instanceId"] for item in detail["responseElements"]["instancesSet"]["items"]]
    owner = creator(identity)
    ec2.create_tags(
        Resources=instance_ids,
        Tags=[{"Key": "Owner", "Value": owner}, {"Key": "PrincipalId", "Value": identity["principalId"]}],
    )
    print(f"{detail['eventName']} by {identity['arn']}: tagged {instance_ids} Owner={owner}")
    return instance_ids
