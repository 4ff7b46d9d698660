#!/usr/bin/env bash
# A bucket whose uploads/ are "thumbnailed" by a function: S3 invokes it for each object created
# there, and it writes thumbnails/<name>.txt back. The same bucket tells an SQS queue of each
# thumbnail written, and sends all its object events to EventBridge, where a rule on aws.s3
# "Object Created" forwards them to a second queue.
#   ./setup.sh
# Against Stratus, AWS_ENDPOINT_URL says where it is; without it the script sets this up in AWS.
set -euo pipefail
NAME=s3-thumbnail
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(mktemp -d)
trap 'rm -rf "$BUILD"' EXIT
export AWS_PAGER=""
# The AWS CLI v2 from 2.13 on reads AWS_ENDPOINT_URL itself; older CLIs need it as a flag.
aws() { command aws ${AWS_ENDPOINT_URL:+--endpoint-url "$AWS_ENDPOINT_URL"} "$@"; }
json() { python3 -c 'import json,sys; print(json.dumps({sys.argv[1]: sys.argv[2]}))' "$@"; }

account=$(aws sts get-caller-identity --query Account --output text)
region=${AWS_DEFAULT_REGION:-us-east-1}
# Bucket names are global: the account's number makes this one yours.
bucket="$NAME-$account"
bucket_arn="arn:aws:s3:::$bucket"
if [ "$region" = us-east-1 ]; then
    aws s3api create-bucket --bucket "$bucket" >/dev/null
else
    aws s3api create-bucket --bucket "$bucket" --create-bucket-configuration "LocationConstraint=$region" >/dev/null
fi

# The function's role: its logs, and writing thumbnails into this bucket (nothing else).
role_arn=$(aws iam create-role --role-name "$NAME" --query Role.Arn --output text --assume-role-policy-document \
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}')
aws iam attach-role-policy --role-name "$NAME" --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
aws iam put-role-policy --role-name "$NAME" --policy-name write-thumbnails --policy-document \
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutObject","Resource":"'"$bucket_arn"'/thumbnails/*"}]}'

python3 -m zipfile -c "$BUILD/function.zip" "$HERE/lambda_function.py"
# IAM is eventually consistent: in AWS a new role may take a few seconds before Lambda can assume it.
tries=0
until function_arn=$(aws lambda create-function --function-name "$NAME" --runtime python3.12 --handler lambda_function.lambda_handler \
        --role "$role_arn" --timeout 30 --zip-file "fileb://$BUILD/function.zip" --query FunctionArn --output text); do
    if ((++tries == 10)); then exit 1; fi
    sleep 3
done
aws lambda wait function-active-v2 --function-name "$NAME"
# S3 checks, when the configuration is saved, that the function lets it invoke it for this bucket.
aws lambda add-permission --function-name "$NAME" --statement-id s3-invoke --action lambda:InvokeFunction \
    --principal s3.amazonaws.com --source-arn "$bucket_arn" --source-account "$account" >/dev/null

# The queue that hears of each thumbnail: its policy lets this bucket, and nothing else, send to it.
queue_url=$(aws sqs create-queue --queue-name "$NAME-thumbnails" --query QueueUrl --output text)
queue_arn=$(aws sqs get-queue-attributes --queue-url "$queue_url" --attribute-names QueueArn --query Attributes.QueueArn --output text)
aws sqs set-queue-attributes --queue-url "$queue_url" --attributes "$(json Policy '{"Version":"2012-10-17","Statement":[{"Effect":"Allow",
"Principal":{"Service":"s3.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"'"$queue_arn"'","Condition":{"ArnEquals":{"aws:SourceArn":
"'"$bucket_arn"'"},"StringEquals":{"aws:SourceAccount":"'"$account"'"}}}]}')"

# EventBridge: a rule on the bucket's "Object Created" events, forwarded to a queue of their own.
events_url=$(aws sqs create-queue --queue-name "$NAME-events" --query QueueUrl --output text)
events_arn=$(aws sqs get-queue-attributes --queue-url "$events_url" --attribute-names QueueArn --query Attributes.QueueArn --output text)
rule_arn=$(aws events put-rule --name "$NAME-created" --query RuleArn --output text \
    --event-pattern '{"source":["aws.s3"],"detail-type":["Object Created"],"detail":{"bucket":{"name":["'"$bucket"'"]}}}')
aws sqs set-queue-attributes --queue-url "$events_url" --attributes "$(json Policy '{"Version":"2012-10-17","Statement":[{"Effect":"Allow",
"Principal":{"Service":"events.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"'"$events_arn"'","Condition":{"ArnEquals":{"aws:SourceArn":
"'"$rule_arn"'"}}}]}')"
aws events put-targets --rule "$NAME-created" --targets "Id=queue,Arn=$events_arn" >/dev/null

# The bucket's notifications. The function hears of uploads/ only, so the thumbnails it writes do
# not invoke it again; S3 refuses two configurations whose filters overlap for the same event.
aws s3api put-bucket-notification-configuration --bucket "$bucket" --notification-configuration '{
  "LambdaFunctionConfigurations": [{"Id": "thumbnail", "LambdaFunctionArn": "'"$function_arn"'", "Events": ["s3:ObjectCreated:*"],
    "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": "uploads/"}]}}}],
  "QueueConfigurations": [{"Id": "thumbnail-written", "QueueArn": "'"$queue_arn"'", "Events": ["s3:ObjectCreated:*"],
    "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": "thumbnails/"}]}}}],
  "EventBridgeConfiguration": {}
}'
echo "$NAME: uploads to s3://$bucket/uploads/ get s3://$bucket/thumbnails/<name>.txt; $queue_url hears of each, $events_url gets EventBridge's Object Created"
