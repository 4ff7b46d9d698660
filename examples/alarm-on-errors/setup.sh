#!/usr/bin/env bash
# A function watched by an alarm on its errors: AWS/Lambda Errors >= 1 in a minute sets the alarm
# off, and it tells an SNS topic when it goes to ALARM and back to OK. An SQS queue subscribed to
# the topic keeps the notifications to read (subscribe your e-mail address too, to get them by mail).
#   ./setup.sh
# Against Stratus, AWS_ENDPOINT_URL says where it is; without it the script sets this up in AWS.
set -euo pipefail
NAME=alarm-on-errors
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(mktemp -d)
trap 'rm -rf "$BUILD"' EXIT
export AWS_PAGER=""
# The AWS CLI v2 from 2.13 on reads AWS_ENDPOINT_URL itself; older CLIs need it as a flag.
aws() { command aws ${AWS_ENDPOINT_URL:+--endpoint-url "$AWS_ENDPOINT_URL"} "$@"; }

# The function's role: it only writes its logs.
role_arn=$(aws iam create-role --role-name "$NAME" --query Role.Arn --output text --assume-role-policy-document \
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}')
aws iam attach-role-policy --role-name "$NAME" --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole

python3 -m zipfile -c "$BUILD/function.zip" "$HERE/lambda_function.py"
# IAM is eventually consistent: in AWS a new role may take a few seconds before Lambda can assume it.
tries=0
until aws lambda create-function --function-name "$NAME" --runtime python3.12 --handler lambda_function.lambda_handler \
        --role "$role_arn" --timeout 10 --zip-file "fileb://$BUILD/function.zip" >/dev/null; do
    if ((++tries == 10)); then exit 1; fi
    sleep 3
done
aws lambda wait function-active-v2 --function-name "$NAME"

# Where the alarm's notifications go: a topic, and a queue that keeps them. The queue's policy lets
# this topic, and nothing else, send to it.
topic_arn=$(aws sns create-topic --name "$NAME" --query TopicArn --output text)
queue_url=$(aws sqs create-queue --queue-name "$NAME-notifications" --query QueueUrl --output text)
queue_arn=$(aws sqs get-queue-attributes --queue-url "$queue_url" --attribute-names QueueArn --query Attributes.QueueArn --output text)
policy='{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"'"$queue_arn"'","Condition":{"ArnEquals":{"aws:SourceArn":"'"$topic_arn"'"}}}]}'
aws sqs set-queue-attributes --queue-url "$queue_url" --attributes "$(python3 -c 'import json,sys; print(json.dumps({"Policy": sys.argv[1]}))' "$policy")"
aws sns subscribe --topic-arn "$topic_arn" --protocol sqs --notification-endpoint "$queue_arn" \
    --attributes RawMessageDelivery=true >/dev/null

# Lambda publishes Errors for every function each minute it runs; a minute without invocations has
# no datapoint, which is not a breach: the alarm returns to OK once the errors stop.
aws cloudwatch put-metric-alarm --alarm-name "$NAME" --alarm-description "Errors of the $NAME function" \
    --namespace AWS/Lambda --metric-name Errors --dimensions "Name=FunctionName,Value=$NAME" \
    --statistic Sum --period 60 --evaluation-periods 1 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold \
    --treat-missing-data notBreaching --alarm-actions "$topic_arn" --ok-actions "$topic_arn"
echo "$NAME: alarm $NAME on AWS/Lambda Errors of function $NAME notifies $topic_arn; read them from $queue_url"
