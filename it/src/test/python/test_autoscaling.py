"""Amazon EC2 Auto Scaling through boto3 and the AWS CLI, over Stratus's simulated EC2: launch configurations, groups
that launch, balance, tag and replace instances, scaling activities, SNS notifications, lifecycle hooks, scaling
policies, scheduled actions, and AWS's answers to bad input.

Sources of the expected answers:
  [Docs-API]   the Amazon EC2 Auto Scaling API reference (docs.aws.amazon.com/autoscaling/ec2/APIReference) and the
               botocore 1.43 autoscaling model: error shapes AlreadyExists, ResourceInUse, ScalingActivityInProgress,
               InvalidNextToken; DescribeAutoScalingNotificationTypes' five types
  [Docs-Guide] the Auto Scaling user guide: "Amazon SNS notification options" (the notification's JSON, with
               Progress, AccountId, Description, RequestId, EndTime, AutoScalingGroupARN, ActivityId, StartTime,
               Service, Time, EC2InstanceId, StatusCode, StatusMessage, Details, AutoScalingGroupName, Cause, Event,
               the test notification, and its Subjects such as 'Auto Scaling: launch for group "NAME"'), "Lifecycle
               hooks" (the message to a hook's SQS target), the default termination policy and zone balancing; the
               aws:autoscaling:groupName tag on instances
  [Messages]   AWS's ValidationError texts as users report them: "Max bound, 1, must be greater than or equal to
               min bound, 2", "Desired capacity:5 must be between the specified min size:1 and max size:3",
               "AutoScalingGroup by this name already exists - A group with the name X already exists"
"""
import json
import time
import uuid

import boto3
import pytest
from botocore.config import Config

from conftest import ACCOUNT, ENDPOINT, REGION, _client, allow_service, any_source_of, cli_failed, cli_ok, expect_error

ZONES = [f"{REGION}a", f"{REGION}b", f"{REGION}c"]


@pytest.fixture(scope="module")
def autoscaling():
    return _client("autoscaling")


@pytest.fixture(scope="module")
def ec2():
    return _client("ec2")


@pytest.fixture(scope="module")
def image(ec2):
    images = ec2.describe_images(Owners=["amazon"], Filters=[{"Name": "name", "Values": ["al2023-ami-2023*-x86_64"]}])["Images"]
    assert images, "Stratus's EC2 has a built-in Amazon Linux 2023 image"
    return images[0]["ImageId"]


def unique(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def eventually(check, timeout=90):
    """Polls until check() is truthy (EC2's transitions take their configured delay), and answers it."""
    deadline = time.time() + timeout
    while True:
        got = check()
        if got or time.time() > deadline:
            assert got, "the condition held in time"
            return got
        time.sleep(0.5)


def group(autoscaling, name):
    return autoscaling.describe_auto_scaling_groups(AutoScalingGroupNames=[name])["AutoScalingGroups"][0]


def in_service(autoscaling, name, count):
    instances = group(autoscaling, name)["Instances"]
    return len(instances) == count and all(i["LifecycleState"] == "InService" for i in instances)


def launch_configuration(autoscaling, image):
    name = unique("lc")
    autoscaling.create_launch_configuration(LaunchConfigurationName=name, ImageId=image, InstanceType="t3.micro")
    return name


def test_a_group_launches_balanced_tagged_instances_and_scales_in(autoscaling, ec2, image):
    lc = launch_configuration(autoscaling, image)
    name = unique("web")
    autoscaling.create_auto_scaling_group(AutoScalingGroupName=name, LaunchConfigurationName=lc, MinSize=1, MaxSize=4, DesiredCapacity=3,
                                          AvailabilityZones=ZONES,
                                          Tags=[{"Key": "Env", "Value": "prod", "PropagateAtLaunch": True},
                                                {"Key": "Team", "Value": "core", "PropagateAtLaunch": False}])
    eventually(lambda: in_service(autoscaling, name, 3))
    g = group(autoscaling, name)
    assert sorted(i["AvailabilityZone"] for i in g["Instances"]) == ZONES  # [Docs-Guide] zone balancing
    assert g["AutoScalingGroupARN"].startswith(f"arn:aws:autoscaling:{REGION}:{ACCOUNT}:autoScalingGroup:")
    assert g["AutoScalingGroupARN"].endswith(f":autoScalingGroupName/{name}")
    reservations = ec2.describe_instances(Filters=[{"Name": "tag:aws:autoscaling:groupName", "Values": [name]}])["Reservations"]
    tagged = [i for r in reservations for i in r["Instances"]]
    assert len(tagged) == 3
    tags = {t["Key"]: t["Value"] for t in tagged[0]["Tags"]}
    assert tags["Env"] == "prod" and "Team" not in tags  # only PropagateAtLaunch tags
    details = autoscaling.describe_auto_scaling_instances(InstanceIds=[i["InstanceId"] for i in g["Instances"]])["AutoScalingInstances"]
    assert {d["LifecycleState"] for d in details} == {"InService"} and {d["AutoScalingGroupName"] for d in details} == {name}

    activities = autoscaling.describe_scaling_activities(AutoScalingGroupName=name)["Activities"]
    assert len(activities) == 3 and all(a["StatusCode"] == "Successful" for a in activities)
    assert "a user request created an AutoScalingGroup changing the desired capacity from 0 to 3." in activities[0]["Cause"]

    autoscaling.set_desired_capacity(AutoScalingGroupName=name, DesiredCapacity=1)
    eventually(lambda: in_service(autoscaling, name, 1))
    latest = autoscaling.describe_scaling_activities(AutoScalingGroupName=name, MaxRecords=1)
    assert latest["Activities"][0]["Description"].startswith("Terminating EC2 instance: i-") and "NextToken" in latest

    expect_error(autoscaling.delete_auto_scaling_group, "ResourceInUse", AutoScalingGroupName=name)  # [Docs-API]
    autoscaling.delete_auto_scaling_group(AutoScalingGroupName=name, ForceDelete=True)
    eventually(lambda: not autoscaling.describe_auto_scaling_groups(AutoScalingGroupNames=[name])["AutoScalingGroups"])
    autoscaling.delete_launch_configuration(LaunchConfigurationName=lc)


def test_an_instance_stopped_outside_the_group_is_replaced(autoscaling, ec2, image):
    lc = launch_configuration(autoscaling, image)
    name = unique("healing")
    autoscaling.create_auto_scaling_group(AutoScalingGroupName=name, LaunchConfigurationName=lc, MinSize=1, MaxSize=2, AvailabilityZones=ZONES[:1])
    eventually(lambda: in_service(autoscaling, name, 1))
    victim = group(autoscaling, name)["Instances"][0]["InstanceId"]
    ec2.stop_instances(InstanceIds=[victim])
    eventually(lambda: [i["InstanceId"] for i in group(autoscaling, name)["Instances"] if i["LifecycleState"] == "InService"
                        and i["InstanceId"] != victim])
    causes = [a["Cause"] for a in autoscaling.describe_scaling_activities(AutoScalingGroupName=name)["Activities"]]
    assert any("an EC2 health check indicating it has been terminated or stopped" in c for c in causes)
    autoscaling.delete_auto_scaling_group(AutoScalingGroupName=name, ForceDelete=True)


def test_notifications_reach_a_queue_through_sns(autoscaling, image, make_queue):
    sns, sqs = _client("sns"), _client("sqs")
    lc = launch_configuration(autoscaling, image)
    name = unique("notified")
    topic = sns.create_topic(Name=unique("asg-news"))["TopicArn"]
    url = make_queue("asg-notices")
    queue = allow_service(sqs, url, "sns.amazonaws.com", any_source_of("sns.amazonaws.com"))
    sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=queue)
    autoscaling.create_auto_scaling_group(AutoScalingGroupName=name, LaunchConfigurationName=lc, MinSize=0, MaxSize=2, AvailabilityZones=ZONES)
    autoscaling.put_notification_configuration(AutoScalingGroupName=name, TopicARN=topic,
                                               NotificationTypes=["autoscaling:EC2_INSTANCE_LAUNCH", "autoscaling:EC2_INSTANCE_TERMINATE"])
    configs = autoscaling.describe_notification_configurations(AutoScalingGroupNames=[name])["NotificationConfigurations"]
    assert sorted(c["NotificationType"] for c in configs) == ["autoscaling:EC2_INSTANCE_LAUNCH", "autoscaling:EC2_INSTANCE_TERMINATE"]
    autoscaling.set_desired_capacity(AutoScalingGroupName=name, DesiredCapacity=1)
    envelopes, received = [], []

    def launch_notice():
        for m in sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", []):
            envelopes.append(json.loads(m["Body"]))
            received.append(json.loads(envelopes[-1]["Message"]))
            sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
        return [n for n in received if n.get("Event") == "autoscaling:EC2_INSTANCE_LAUNCH"]

    notice = eventually(launch_notice)[0]
    assert received[0]["Event"] == "autoscaling:TEST_NOTIFICATION"  # [Docs-Guide]
    assert envelopes[0]["Subject"] == f'Auto Scaling: test notification for group "{name}"'
    assert envelopes[received.index(notice)]["Subject"] == f'Auto Scaling: launch for group "{name}"'
    for key in ("Progress", "AccountId", "Description", "RequestId", "EndTime", "AutoScalingGroupARN", "ActivityId", "StartTime", "Service",
                "Time", "EC2InstanceId", "StatusCode", "StatusMessage", "Details", "AutoScalingGroupName", "Cause"):
        assert key in notice, key
    assert notice["Service"] == "AWS Auto Scaling" and notice["AccountId"] == ACCOUNT
    assert set(notice["Details"]) == {"Subnet ID", "Availability Zone"}
    assert notice["Description"] == "Launching a new EC2 instance: " + notice["EC2InstanceId"]
    autoscaling.delete_notification_configuration(AutoScalingGroupName=name, TopicARN=topic)
    assert autoscaling.describe_notification_configurations(AutoScalingGroupNames=[name])["NotificationConfigurations"] == []
    autoscaling.delete_auto_scaling_group(AutoScalingGroupName=name, ForceDelete=True)


def test_a_lifecycle_hook_holds_the_launch_until_completed(autoscaling, image, make_queue):
    sqs = _client("sqs")
    lc = launch_configuration(autoscaling, image)
    name = unique("hooked")
    url = make_queue("asg-hooks")
    queue = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    autoscaling.create_auto_scaling_group(AutoScalingGroupName=name, LaunchConfigurationName=lc, MinSize=0, MaxSize=1, AvailabilityZones=ZONES[:1])
    autoscaling.put_lifecycle_hook(AutoScalingGroupName=name, LifecycleHookName="boot", LifecycleTransition="autoscaling:EC2_INSTANCE_LAUNCHING",
                                   NotificationTargetARN=queue, RoleARN=f"arn:aws:iam::{ACCOUNT}:role/asg-hooks", HeartbeatTimeout=300,
                                   NotificationMetadata="warm the cache")
    hook = autoscaling.describe_lifecycle_hooks(AutoScalingGroupName=name)["LifecycleHooks"][0]
    assert (hook["DefaultResult"], hook["GlobalTimeout"]) == ("ABANDON", 30000)  # 100 heartbeats
    autoscaling.set_desired_capacity(AutoScalingGroupName=name, DesiredCapacity=1)
    eventually(lambda: [i for i in group(autoscaling, name)["Instances"] if i["LifecycleState"] == "Pending:Wait"])
    messages = []

    def action():
        for m in sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", []):
            messages.append(json.loads(m["Body"]))
        return [m for m in messages if "LifecycleActionToken" in m]

    message = eventually(action)[0]
    assert message["LifecycleTransition"] == "autoscaling:EC2_INSTANCE_LAUNCHING" and message["NotificationMetadata"] == "warm the cache"
    autoscaling.record_lifecycle_action_heartbeat(AutoScalingGroupName=name, LifecycleHookName="boot", InstanceId=message["EC2InstanceId"])
    autoscaling.complete_lifecycle_action(AutoScalingGroupName=name, LifecycleHookName="boot", LifecycleActionResult="CONTINUE",
                                          LifecycleActionToken=message["LifecycleActionToken"])
    assert in_service(autoscaling, name, 1)
    expect_error(autoscaling.complete_lifecycle_action, "ValidationError", AutoScalingGroupName=name, LifecycleHookName="boot",
                 LifecycleActionResult="CONTINUE", LifecycleActionToken=message["LifecycleActionToken"],
                 message="No active Lifecycle Action found with token " + message["LifecycleActionToken"])
    autoscaling.delete_lifecycle_hook(AutoScalingGroupName=name, LifecycleHookName="boot")
    autoscaling.delete_auto_scaling_group(AutoScalingGroupName=name, ForceDelete=True)


def test_policies_scheduled_actions_and_processes(autoscaling, image):
    lc = launch_configuration(autoscaling, image)
    name = unique("scaled")
    autoscaling.create_auto_scaling_group(AutoScalingGroupName=name, LaunchConfigurationName=lc, MinSize=0, MaxSize=4, AvailabilityZones=ZONES)
    autoscaling.suspend_processes(AutoScalingGroupName=name, ScalingProcesses=["Launch"])
    arn = autoscaling.put_scaling_policy(AutoScalingGroupName=name, PolicyName="out", AdjustmentType="ChangeInCapacity", ScalingAdjustment=2)["PolicyARN"]
    assert arn.endswith(f":autoScalingGroupName/{name}:policyName/out")
    autoscaling.put_scaling_policy(AutoScalingGroupName=name, PolicyName="track", PolicyType="TargetTrackingScaling",
                                   TargetTrackingConfiguration={"PredefinedMetricSpecification": {"PredefinedMetricType": "ASGAverageCPUUtilization"},
                                                                "TargetValue": 50.0})
    autoscaling.execute_policy(AutoScalingGroupName=name, PolicyName="out")
    g = group(autoscaling, name)
    assert g["DesiredCapacity"] == 2 and g["Instances"] == [] and g["SuspendedProcesses"][0]["ProcessName"] == "Launch"
    expect_error(autoscaling.execute_policy, "ValidationError", AutoScalingGroupName=name, PolicyName="track")
    policies = autoscaling.describe_policies(AutoScalingGroupName=name, PolicyTypes=["TargetTrackingScaling"])["ScalingPolicies"]
    assert [p["PolicyName"] for p in policies] == ["track"]
    autoscaling.put_scheduled_update_group_action(AutoScalingGroupName=name, ScheduledActionName="night", Recurrence="0 20 * * *",
                                                  TimeZone="Europe/Paris", DesiredCapacity=0)
    action = autoscaling.describe_scheduled_actions(AutoScalingGroupName=name)["ScheduledUpdateGroupActions"][0]
    assert action["Recurrence"] == "0 20 * * *" and action["TimeZone"] == "Europe/Paris" and action["StartTime"].minute == 0
    failed = autoscaling.batch_put_scheduled_update_group_action(AutoScalingGroupName=name, ScheduledUpdateGroupActions=[
        {"ScheduledActionName": "ok", "Recurrence": "*/30 * * * *", "DesiredCapacity": 1},
        {"ScheduledActionName": "bad", "Recurrence": "every day", "DesiredCapacity": 1}])["FailedScheduledUpdateGroupActions"]
    assert [f["ScheduledActionName"] for f in failed] == ["bad"]
    autoscaling.delete_scheduled_action(AutoScalingGroupName=name, ScheduledActionName="night")
    autoscaling.batch_delete_scheduled_action(AutoScalingGroupName=name, ScheduledActionNames=["ok"])
    autoscaling.delete_policy(AutoScalingGroupName=name, PolicyName="out")
    autoscaling.resume_processes(AutoScalingGroupName=name)
    eventually(lambda: in_service(autoscaling, name, 2))
    autoscaling.delete_auto_scaling_group(AutoScalingGroupName=name, ForceDelete=True)


def test_iam_refuses_as_auto_scaling_does_and_a_template_needs_run_instances(ec2, image):
    """[Docs-Guide] "Control Amazon EC2 launch template usage": ec2:RunInstances is checked when a group is created or
    updated with a launch template; Auto Scaling refuses with AccessDenied, 403 (as users report it)."""
    iam = _client("iam")
    name = unique("asg-user")
    iam.create_user(UserName=name)
    iam.put_user_policy(UserName=name, PolicyName="p", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["autoscaling:CreateAutoScalingGroup"], "Resource": "*"}]}))
    key = iam.create_access_key(UserName=name)["AccessKey"]
    as_user = boto3.client("autoscaling", endpoint_url=ENDPOINT, region_name=REGION, aws_access_key_id=key["AccessKeyId"],
                           aws_secret_access_key=key["SecretAccessKey"], config=Config(retries={"max_attempts": 1}))
    template = ec2.create_launch_template(LaunchTemplateName=unique("lt"),
                                          LaunchTemplateData={"ImageId": image, "InstanceType": "t3.micro"})["LaunchTemplate"]
    err = expect_error(lambda: as_user.create_auto_scaling_group(
        AutoScalingGroupName=unique("sneaky"), LaunchTemplate={"LaunchTemplateId": template["LaunchTemplateId"]},
        MinSize=1, MaxSize=1, AvailabilityZones=ZONES[:1]), "AccessDenied", 403)
    assert "ec2:RunInstances" in err["Message"]
    expect_error(lambda: as_user.delete_auto_scaling_group(AutoScalingGroupName="anything"), "AccessDenied", 403)


def test_bad_input(autoscaling, image):
    lc = launch_configuration(autoscaling, image)
    expect_error(autoscaling.create_launch_configuration, "AlreadyExists", LaunchConfigurationName=lc, ImageId=image, InstanceType="t3.micro")
    base = {"LaunchConfigurationName": lc, "AvailabilityZones": ZONES}
    expect_error(autoscaling.create_auto_scaling_group, "ValidationError", AutoScalingGroupName=unique("g"), MinSize=2, MaxSize=1, **base,
                 message="Max bound, 1, must be greater than or equal to min bound, 2")  # [Messages]
    expect_error(autoscaling.create_auto_scaling_group, "ValidationError", AutoScalingGroupName=unique("g"), MinSize=1, MaxSize=3,
                 DesiredCapacity=5, **base, message="Desired capacity:5 must be between the specified min size:1 and max size:3")
    expect_error(autoscaling.create_auto_scaling_group, "ValidationError", AutoScalingGroupName=unique("g"), MinSize=0, MaxSize=1,
                 LaunchConfigurationName=lc, message="At least one Availability Zone or VPC Subnet is required.")
    expect_error(autoscaling.create_auto_scaling_group, "ValidationError", AutoScalingGroupName=unique("g"), MinSize=0, MaxSize=1,
                 AvailabilityZones=ZONES,
                 message="Valid requests must contain either LaunchTemplate, LaunchConfigurationName, InstanceId or MixedInstancesPolicy parameter.")
    expect_error(autoscaling.create_auto_scaling_group, "ValidationError", AutoScalingGroupName=unique("g"), MinSize=0, MaxSize=1,
                 VPCZoneIdentifier="subnet-00000000", LaunchConfigurationName=lc, message="The subnet ID 'subnet-00000000' does not exist")
    name = unique("g")
    autoscaling.create_auto_scaling_group(AutoScalingGroupName=name, MinSize=0, MaxSize=1, **base)
    expect_error(autoscaling.create_auto_scaling_group, "AlreadyExists", AutoScalingGroupName=name, MinSize=0, MaxSize=1, **base,
                 message=f"AutoScalingGroup by this name already exists - A group with the name {name} already exists")
    expect_error(autoscaling.delete_launch_configuration, "ResourceInUse", LaunchConfigurationName=lc)
    expect_error(autoscaling.set_desired_capacity, "ValidationError", AutoScalingGroupName=name, DesiredCapacity=2,
                 message="New SetDesiredCapacity value 2 is above max value 1 for the AutoScalingGroup.")
    expect_error(autoscaling.update_auto_scaling_group, "ValidationError", AutoScalingGroupName="nope", MinSize=1)
    expect_error(autoscaling.terminate_instance_in_auto_scaling_group, "ValidationError", InstanceId="i-0123456789abcdef0",
                 ShouldDecrementDesiredCapacity=False)
    expect_error(autoscaling.put_notification_configuration, "ValidationError", AutoScalingGroupName=name, TopicARN="not-an-arn",
                 NotificationTypes=["autoscaling:EC2_INSTANCE_LAUNCH"])
    expect_error(autoscaling.put_lifecycle_hook, "ValidationError", AutoScalingGroupName=name, LifecycleHookName="h",
                 LifecycleTransition="autoscaling:EC2_INSTANCE_LAUNCHING", HeartbeatTimeout=10)
    expect_error(autoscaling.put_scaling_policy, "ValidationError", AutoScalingGroupName=name, PolicyName="p", ScalingAdjustment=1)
    expect_error(autoscaling.put_scheduled_update_group_action, "ValidationError", AutoScalingGroupName=name, ScheduledActionName="s",
                 Recurrence="0 9 * * *", TimeZone="Mars/Olympus", DesiredCapacity=1)
    expect_error(autoscaling.suspend_processes, "ValidationError", AutoScalingGroupName=name, ScalingProcesses=["Nope"])
    expect_error(autoscaling.describe_auto_scaling_groups, "InvalidNextToken", NextToken="forged")
    autoscaling.delete_auto_scaling_group(AutoScalingGroupName=name)
    autoscaling.delete_launch_configuration(LaunchConfigurationName=lc)


def test_aws_cli(cli, image):
    lc, name = unique("lc"), unique("cli")
    cli_ok(cli("autoscaling", "create-launch-configuration", "--launch-configuration-name", lc, "--image-id", image, "--instance-type", "t3.micro"))
    cli_ok(cli("autoscaling", "create-auto-scaling-group", "--auto-scaling-group-name", name, "--launch-configuration-name", lc,
               "--min-size", "0", "--max-size", "2", "--availability-zones", *ZONES,
               "--tags", f"ResourceId={name},ResourceType=auto-scaling-group,Key=Env,Value=dev,PropagateAtLaunch=true"))
    got = cli_ok(cli("autoscaling", "describe-auto-scaling-groups", "--auto-scaling-group-names", name))["AutoScalingGroups"][0]
    assert (got["MinSize"], got["MaxSize"], got["DesiredCapacity"], got["Tags"][0]["Key"]) == (0, 2, 0, "Env")
    cli_failed(cli("autoscaling", "create-auto-scaling-group", "--auto-scaling-group-name", name, "--launch-configuration-name", lc,
                   "--min-size", "0", "--max-size", "2", "--availability-zones", ZONES[0]), "AlreadyExists", "CreateAutoScalingGroup",
               f"AutoScalingGroup by this name already exists - A group with the name {name} already exists")
    cli_failed(cli("autoscaling", "update-auto-scaling-group", "--auto-scaling-group-name", name, "--min-size", "3"), "ValidationError",
               "UpdateAutoScalingGroup", "Max bound, 2, must be greater than or equal to min bound, 3")
    tags = cli_ok(cli("autoscaling", "describe-tags", "--filters", f"Name=auto-scaling-group,Values={name}"))["Tags"]
    assert [(t["Key"], t["Value"], t["PropagateAtLaunch"]) for t in tags] == [("Env", "dev", True)]
    types = cli_ok(cli("autoscaling", "describe-termination-policy-types"))["TerminationPolicyTypes"]
    assert "Default" in types and "OldestInstance" in types
    cli_ok(cli("autoscaling", "delete-auto-scaling-group", "--auto-scaling-group-name", name))
    cli_ok(cli("autoscaling", "delete-launch-configuration", "--launch-configuration-name", lc))
