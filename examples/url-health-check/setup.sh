#!/usr/bin/env bash
# Checks a URL every minute: an EventBridge Scheduler schedule invokes a function that fetches the
# URL and publishes HealthCheck Up (1 or 0) and Latency; an alarm goes to ALARM when a minute's
# check failed, or when no check ran, and notifies an SNS topic.
#   ./setup.sh URL
# Against Stratus, AWS_ENDPOINT_URL says where it is; without it the script sets this up in AWS.
set -euo pipefail
if [ $# -ne 1 ]; then
    echo "usage: $0 URL" >&2
    exit 2
fi
URL=$1
NAME=url-health-check
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(mktemp -d)
trap 'rm -rf "$BUILD"' EXIT
export AWS_PAGER=""
# The AWS CLI v2 from 2.13 on reads AWS_ENDPOINT_URL itself; older CLIs need it as a flag.
aws() { command aws ${AWS_ENDPOINT_URL:+--endpoint-url "$AWS_ENDPOINT_URL"} "$@"; }

# The function's role: it writes its logs and publishes metrics, in its own namespace only.
role_arn=$(aws iam create-role --role-name "$NAME" --query Role.Arn --output text --assume-role-policy-document \
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}')
aws iam attach-role-policy --role-name "$NAME" --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
aws iam put-role-policy --role-name "$NAME" --policy-name publish-metrics --policy-document \
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"cloudwatch:PutMetricData","Resource":"*","Condition":{"StringEquals":{"cloudwatch:namespace":"HealthCheck"}}}]}'

python3 -m zipfile -c "$BUILD/function.zip" "$HERE/lambda_function.py"
# IAM is eventually consistent: in AWS a new role may take a few seconds before Lambda can assume it.
tries=0
until function_arn=$(aws lambda create-function --function-name "$NAME" --runtime python3.12 --handler lambda_function.lambda_handler \
        --role "$role_arn" --timeout 15 --environment "Variables={URL=$URL}" --zip-file "fileb://$BUILD/function.zip" \
        --query FunctionArn --output text); do
    if ((++tries == 10)); then exit 1; fi
    sleep 3
done
aws lambda wait function-active-v2 --function-name "$NAME"

# The schedule's role: EventBridge Scheduler assumes it to invoke this function, and nothing else.
scheduler_role_arn=$(aws iam create-role --role-name "$NAME-scheduler" --query Role.Arn --output text --assume-role-policy-document \
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"scheduler.amazonaws.com"},"Action":"sts:AssumeRole"}]}')
aws iam put-role-policy --role-name "$NAME-scheduler" --policy-name invoke-check --policy-document \
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"lambda:InvokeFunction","Resource":"'"$function_arn"'"}]}'
tries=0
until aws scheduler create-schedule --name "$NAME" --schedule-expression 'rate(1 minute)' --flexible-time-window Mode=OFF \
        --target "Arn=$function_arn,RoleArn=$scheduler_role_arn" >/dev/null; do
    if ((++tries == 10)); then exit 1; fi
    sleep 3
done
# One check now, so that the alarm starts from a datapoint rather than from a minute without one.
aws lambda invoke --function-name "$NAME" "$BUILD/first-check.json" >/dev/null

# A minute whose check failed (Minimum of Up below 1) or that had no check at all (missing data as
# breaching: a checker that stopped is as bad as a site that is down) sets the alarm off.
topic_arn=$(aws sns create-topic --name "$NAME" --query TopicArn --output text)
aws cloudwatch put-metric-alarm --alarm-name "$NAME" --alarm-description "$URL does not answer" \
    --namespace HealthCheck --metric-name Up --dimensions "Name=Url,Value=$URL" \
    --statistic Minimum --period 60 --evaluation-periods 1 --threshold 1 --comparison-operator LessThanThreshold \
    --treat-missing-data breaching --alarm-actions "$topic_arn" --ok-actions "$topic_arn"
echo "$NAME: schedule $NAME checks $URL every minute; alarm $NAME notifies $topic_arn"
