#!/usr/bin/env bash
# Stops every running EC2 instance at 20:50 UTC each day, and starts again any instance tagged
# Protected=true whenever it stops: two functions from one file, each behind its EventBridge rule.
#   ./setup.sh
# Against Stratus, AWS_ENDPOINT_URL says where it is; without it the script sets this up in AWS.
set -euo pipefail
NAME=stop-at-2050
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(mktemp -d)
trap 'rm -rf "$BUILD"' EXIT
export AWS_PAGER=""
# The AWS CLI v2 from 2.13 on reads AWS_ENDPOINT_URL itself; older CLIs need it as a flag.
aws() { command aws ${AWS_ENDPOINT_URL:+--endpoint-url "$AWS_ENDPOINT_URL"} "$@"; }

# One role for both functions: they list instances and their tags, stop and start them.
role_arn=$(aws iam create-role --role-name "$NAME" --query Role.Arn --output text --assume-role-policy-document \
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}')
aws iam attach-role-policy --role-name "$NAME" --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
aws iam put-role-policy --role-name "$NAME" --policy-name stop-and-start --policy-document \
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:DescribeInstances","ec2:StopInstances","ec2:StartInstances"],"Resource":"*"}]}'
python3 -m zipfile -c "$BUILD/function.zip" "$HERE/lambda_function.py"

# create_function NAME HANDLER: creates the function and prints its ARN.
create_function() {
    local tries=0 arn
    # IAM is eventually consistent: in AWS a new role may take a few seconds before Lambda can assume it.
    until arn=$(aws lambda create-function --function-name "$1" --runtime python3.12 --handler "lambda_function.$2" \
            --role "$role_arn" --timeout 60 --zip-file "fileb://$BUILD/function.zip" --query FunctionArn --output text); do
        if ((++tries == 10)); then return 1; fi
        sleep 3
    done
    aws lambda wait function-active-v2 --function-name "$1" && echo "$arn"
}

# create_rule NAME FUNCTION_ARN RULE_OPTION...: the rule, allowed to invoke the function, with the function as its target.
create_rule() {
    local name=$1 function_arn=$2 rule_arn failed
    shift 2
    rule_arn=$(aws events put-rule --name "$name" "$@" --query RuleArn --output text)
    aws lambda add-permission --function-name "$function_arn" --statement-id "$name" --action lambda:InvokeFunction \
        --principal events.amazonaws.com --source-arn "$rule_arn" >/dev/null
    failed=$(aws events put-targets --rule "$name" --targets "Id=$name,Arn=$function_arn" --query FailedEntryCount --output text)
    [ "$failed" = 0 ]
    echo "$NAME: rule $rule_arn invokes $function_arn"
}

stop_arn=$(create_function "$NAME-stop" stop_running_instances)
restart_arn=$(create_function "$NAME-restart-protected" restart_protected_instance)
# EventBridge's schedules are in UTC: minute 50 of hour 20, every day.
create_rule "$NAME" "$stop_arn" --schedule-expression 'cron(50 20 * * ? *)'
# Events carry no tags: the rule takes every instance that stops, and the function looks at its tags.
create_rule "$NAME-restart-protected" "$restart_arn" --event-pattern \
    '{"source":["aws.ec2"],"detail-type":["EC2 Instance State-change Notification"],"detail":{"state":["stopped"]}}'
