#!/usr/bin/env bash
# Keeps the given EC2 instances running: an EventBridge rule on their "stopped" state change
# invokes a function that starts them again.
#   ./setup.sh i-0123456789abcdef0 [i-…]
# Against Stratus, AWS_ENDPOINT_URL says where it is; without it the script sets this up in AWS.
set -euo pipefail
if [ $# -eq 0 ]; then
    echo "usage: $0 INSTANCE_ID..." >&2
    exit 2
fi
NAME=restart-on-stop
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(mktemp -d)
trap 'rm -rf "$BUILD"' EXIT
export AWS_PAGER=""
# The AWS CLI v2 from 2.13 on reads AWS_ENDPOINT_URL itself; older CLIs need it as a flag.
aws() { command aws ${AWS_ENDPOINT_URL:+--endpoint-url "$AWS_ENDPOINT_URL"} "$@"; }

ids=$(printf '"%s",' "$@")
instances=$(printf '"arn:aws:ec2:*:*:instance/%s",' "$@")

# The function's role: Lambda may assume it; it may write its logs and start these instances, nothing else.
role_arn=$(aws iam create-role --role-name "$NAME" --query Role.Arn --output text --assume-role-policy-document \
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}')
aws iam attach-role-policy --role-name "$NAME" --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
aws iam put-role-policy --role-name "$NAME" --policy-name start-instances --policy-document \
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:StartInstances","Resource":['"${instances%,}"']}]}'

python3 -m zipfile -c "$BUILD/function.zip" "$HERE/lambda_function.py"
# IAM is eventually consistent: in AWS a new role may take a few seconds before Lambda can assume it.
tries=0
until function_arn=$(aws lambda create-function --function-name "$NAME" --runtime python3.12 --handler lambda_function.lambda_handler \
        --role "$role_arn" --timeout 30 --zip-file "fileb://$BUILD/function.zip" --query FunctionArn --output text); do
    if ((++tries == 10)); then exit 1; fi
    sleep 3
done
aws lambda wait function-active-v2 --function-name "$NAME"

# EC2 puts "EC2 Instance State-change Notification" events on the default bus for every transition;
# the rule takes only the "stopped" ones of these instances.
rule_arn=$(aws events put-rule --name "$NAME" --query RuleArn --output text --event-pattern \
    '{"source":["aws.ec2"],"detail-type":["EC2 Instance State-change Notification"],"detail":{"state":["stopped"],"instance-id":['"${ids%,}"']}}')
# EventBridge may invoke the function only for this rule: the function's resource policy says so.
aws lambda add-permission --function-name "$NAME" --statement-id "$NAME-rule" --action lambda:InvokeFunction \
    --principal events.amazonaws.com --source-arn "$rule_arn" >/dev/null
failed=$(aws events put-targets --rule "$NAME" --targets "Id=$NAME,Arn=$function_arn" --query FailedEntryCount --output text)
[ "$failed" = 0 ]
echo "$NAME: rule $rule_arn invokes $function_arn when $* stops"
