"""EventBridge Scheduler through boto3 and the AWS CLI, without waiting for a schedule to fire (the Java
suite moves Stratus's clock for that): groups, schedules' configuration, paging, and AWS's answers to bad input.

Sources of the expected answers:
  [Docs-API]   the EventBridge Scheduler API reference (docs.aws.amazon.com/scheduler/latest/APIReference) and the
               botocore scheduler model: ResourceNotFoundException 404, ConflictException 409, ValidationException 400;
               UpdateSchedule replaces every setting; schedule groups are ACTIVE or DELETING
  [Docs-Guide] the user guide: the default group, at()/rate()/cron() expressions and time zones, context attributes
  [Issues]     "Schedule <name> does not exist." (aws/aws-sdk-js-v3#5720), "Invalid Schedule Expression <expr>"
               (localstack/localstack#9284, quoting AWS), "The StartDate you specify cannot be earlier than 5 minutes ago."
               (getmoto/moto#8172, quoting AWS)
"""
import json
import uuid

from conftest import ACCOUNT, REGION, cli_failed, cli_ok, expect_error

ROLE = f"arn:aws:iam::{ACCOUNT}:role/scheduler-role"
QUEUE = f"arn:aws:sqs:{REGION}:{ACCOUNT}:scheduler-target"
OFF = {"Mode": "OFF"}


def unique(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def target(**extra):
    return {"Arn": QUEUE, "RoleArn": ROLE, "Input": "tick", **extra}


def test_schedules_keep_their_configuration_and_updates_replace_it(scheduler):
    name = unique("conf")
    arn = scheduler.create_schedule(Name=name, ScheduleExpression="cron(30 9 ? * MON-FRI *)", ScheduleExpressionTimezone="Europe/Paris",
                                    StartDate="2030-01-01T00:00:00Z", EndDate="2031-01-01T00:00:00Z", Description="weekday mornings",
                                    FlexibleTimeWindow={"Mode": "FLEXIBLE", "MaximumWindowInMinutes": 15}, State="DISABLED",
                                    KmsKeyArn=f"arn:aws:kms:{REGION}:{ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                                    Target=target(RetryPolicy={"MaximumRetryAttempts": 3, "MaximumEventAgeInSeconds": 600},
                                                  DeadLetterConfig={"Arn": f"arn:aws:sqs:{REGION}:{ACCOUNT}:dlq"}))["ScheduleArn"]
    assert arn == f"arn:aws:scheduler:{REGION}:{ACCOUNT}:schedule/default/{name}"
    got = scheduler.get_schedule(Name=name)
    assert (got["GroupName"], got["State"], got["ScheduleExpressionTimezone"], got["ActionAfterCompletion"]) == (
        "default", "DISABLED", "Europe/Paris", "NONE")
    assert got["FlexibleTimeWindow"] == {"Mode": "FLEXIBLE", "MaximumWindowInMinutes": 15}
    assert got["Target"]["RetryPolicy"] == {"MaximumRetryAttempts": 3, "MaximumEventAgeInSeconds": 600}
    assert got["StartDate"].year == 2030 and got["KmsKeyArn"].endswith("1234567890ab")
    scheduler.update_schedule(Name=name, ScheduleExpression="rate(1 day)", StartDate="2030-01-01T00:00:00Z", FlexibleTimeWindow=OFF,
                              Target=target())  # [Docs-API] what is left out returns to its default
    got = scheduler.get_schedule(Name=name)
    assert (got["State"], got["ScheduleExpressionTimezone"], got.get("Description"), got.get("EndDate")) == ("ENABLED", "UTC", None, None)
    scheduler.delete_schedule(Name=name)
    expect_error(scheduler.get_schedule, "ResourceNotFoundException", 404, f"Schedule {name} does not exist.", Name=name)


def test_groups_tags_and_the_default_group(scheduler):
    group = unique("team")
    arn = scheduler.create_schedule_group(Name=group, Tags=[{"Key": "owner", "Value": "ops"}])["ScheduleGroupArn"]
    assert arn == f"arn:aws:scheduler:{REGION}:{ACCOUNT}:schedule-group/{group}"
    expect_error(scheduler.create_schedule_group, "ConflictException", 409, f"Schedule group {group} already exists.", Name=group)
    scheduler.tag_resource(ResourceArn=arn, Tags=[{"Key": "env", "Value": "dev"}])
    scheduler.untag_resource(ResourceArn=arn, TagKeys=["owner"])
    assert scheduler.list_tags_for_resource(ResourceArn=arn)["Tags"] == [{"Key": "env", "Value": "dev"}]
    assert scheduler.get_schedule_group(Name="default")["State"] == "ACTIVE"  # [Docs-Guide] it always exists
    expect_error(scheduler.delete_schedule_group, "ValidationException", 400, Name="default")
    names = [g["Name"] for g in scheduler.list_schedule_groups()["ScheduleGroups"]]
    assert "default" in names and group in names
    scheduler.create_schedule(Name="in-group", GroupName=group, ScheduleExpression="rate(1 day)", StartDate="2030-01-01T00:00:00Z",
                              FlexibleTimeWindow=OFF, Target=target())
    scheduler.delete_schedule_group(Name=group)
    assert scheduler.get_schedule_group(Name=group)["State"] == "DELETING"  # [Docs-API] then gone
    expect_error(scheduler.get_schedule, "ResourceNotFoundException", 404, GroupName=group, Name="in-group")


def test_listing_filters_and_pages(scheduler):
    prefix = unique("page")
    for i in range(3):
        scheduler.create_schedule(Name=f"{prefix}-{i}", ScheduleExpression="rate(1 day)", StartDate="2030-01-01T00:00:00Z",
                                  FlexibleTimeWindow=OFF, Target=target(), State="DISABLED" if i == 2 else "ENABLED")
    first = scheduler.list_schedules(NamePrefix=prefix, MaxResults=2)
    assert [s["Name"] for s in first["Schedules"]] == [f"{prefix}-0", f"{prefix}-1"]
    rest = scheduler.list_schedules(NamePrefix=prefix, MaxResults=2, NextToken=first["NextToken"])
    assert [s["Name"] for s in rest["Schedules"]] == [f"{prefix}-2"] and "NextToken" not in rest
    assert [s["Name"] for s in scheduler.list_schedules(NamePrefix=prefix, State="DISABLED")["Schedules"]] == [f"{prefix}-2"]
    assert rest["Schedules"][0]["Target"] == {"Arn": QUEUE}
    expect_error(scheduler.list_schedules, "ValidationException", 400, NextToken="forged")


def test_bad_input_gets_aws_errors(scheduler):
    expect_error(scheduler.create_schedule, "ValidationException", 400, "Invalid Schedule Expression rate(1 minutes)",
                 Name="bad", ScheduleExpression="rate(1 minutes)", FlexibleTimeWindow=OFF, Target=target())
    expect_error(scheduler.create_schedule, "ValidationException", 400, "The StartDate you specify cannot be earlier than 5 minutes ago.",
                 Name="bad", ScheduleExpression="rate(1 hour)", StartDate="2020-01-01T00:00:00Z", FlexibleTimeWindow=OFF, Target=target())
    expect_error(scheduler.create_schedule, "ValidationException", 400, Name="bad", ScheduleExpression="at(2030-02-30T10:00:00)",
                 FlexibleTimeWindow=OFF, Target=target())
    expect_error(scheduler.create_schedule, "ValidationException", 400, Name="bad", ScheduleExpression="cron(0 9 * * ? *)",
                 ScheduleExpressionTimezone="Mars/Base", FlexibleTimeWindow=OFF, Target=target())
    expect_error(scheduler.create_schedule, "ValidationException", 400, Name="bad", ScheduleExpression="rate(1 hour)",
                 FlexibleTimeWindow={"Mode": "FLEXIBLE"}, Target=target())
    expect_error(scheduler.create_schedule, "ResourceNotFoundException", 404, "Schedule group nope does not exist.", Name="bad",
                 GroupName="nope", ScheduleExpression="rate(1 hour)", FlexibleTimeWindow=OFF, Target=target())
    expect_error(scheduler.update_schedule, "ResourceNotFoundException", 404, "Schedule nope does not exist.", Name="nope",
                 ScheduleExpression="rate(1 hour)", FlexibleTimeWindow=OFF, Target=target())
    expect_error(scheduler.delete_schedule, "ResourceNotFoundException", 404, Name="nope")
    expect_error(scheduler.get_schedule_group, "ResourceNotFoundException", 404, "Schedule group nope does not exist.", Name="nope")


def test_cli_creates_lists_and_refuses(cli):
    name = unique("cli")
    out = cli_ok(cli("scheduler", "create-schedule", "--name", name, "--schedule-expression", "rate(5 minutes)",
                     "--start-date", "2030-01-01T00:00:00Z", "--flexible-time-window", '{"Mode": "OFF"}',
                     "--target", json.dumps(target(Input="<aws.scheduler.scheduled-time>"))))
    assert out["ScheduleArn"].endswith(f":schedule/default/{name}")
    listed = cli_ok(cli("scheduler", "list-schedules", "--name-prefix", name))
    assert [s["Name"] for s in listed["Schedules"]] == [name]
    cli_failed(cli("scheduler", "get-schedule", "--name", unique("none")), "ResourceNotFoundException", "GetSchedule")
    cli_failed(cli("scheduler", "create-schedule", "--name", name, "--schedule-expression", "rate(5 minutes)",
                   "--flexible-time-window", '{"Mode": "OFF"}', "--target", json.dumps(target())), "ConflictException", "CreateSchedule",
               f"Schedule {name} already exists.")
