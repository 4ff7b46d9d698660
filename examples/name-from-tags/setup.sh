#!/usr/bin/env bash
# An Auto Scaling group whose instances are named from their tags: an EventBridge rule on the
# group's "EC2 Instance Launch Successful" events invokes a function that sets each one's Name tag.
# The group starts empty: scale it out with
# `aws autoscaling set-desired-capacity --auto-scaling-group-name name-from-tags --desired-capacity 2`.
#   ./setup.sh            (IMAGE_ID=ami-… to launch another image than the latest Amazon Linux 2023)
# Against Stratus, AWS_ENDPOINT_URL says where it is; without it the script sets this up in AWS.
set -euo pipefail
NAME=name-from-tags
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(mktemp -d)
trap 'rm -rf "$BUILD"' EXIT
export AWS_PAGER=""
# The AWS CLI v2 from 2.13 on reads AWS_ENDPOINT_URL itself; older CLIs need it as a flag.
aws() { command aws ${AWS_ENDPOINT_URL:+--endpoint-url "$AWS_ENDPOINT_URL"} "$@"; }

# The function's role: it reads the instance and tags it.
role_arn=$(aws iam create-role --role-name "$NAME" --query Role.Arn --output text --assume-role-policy-document \
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}')
aws iam attach-role-policy --role-name "$NAME" --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
aws iam put-role-policy --role-name "$NAME" --policy-name name-instances --policy-document \
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:DescribeInstances","ec2:CreateTags"],"Resource":"*"}]}'

python3 -m zipfile -c "$BUILD/function.zip" "$HERE/lambda_function.py"
# IAM is eventually consistent: in AWS a new role may take a few seconds before Lambda can assume it.
tries=0
until function_arn=$(aws lambda create-function --function-name "$NAME" --runtime python3.12 --handler lambda_function.lambda_handler \
        --role "$role_arn" --timeout 30 --zip-file "fileb://$BUILD/function.zip" --query FunctionArn --output text); do
    if ((++tries == 10)); then exit 1; fi
    sleep 3
done
aws lambda wait function-active-v2 --function-name "$NAME"

# Auto Scaling puts its events on the default bus; the rule takes this group's successful launches.
rule_arn=$(aws events put-rule --name "$NAME" --query RuleArn --output text --event-pattern \
    '{"source":["aws.autoscaling"],"detail-type":["EC2 Instance Launch Successful"],"detail":{"AutoScalingGroupName":["'"$NAME"'"]}}')
# EventBridge may invoke the function only for this rule: the function's resource policy says so.
aws lambda add-permission --function-name "$NAME" --statement-id "$NAME-rule" --action lambda:InvokeFunction \
    --principal events.amazonaws.com --source-arn "$rule_arn" >/dev/null
failed=$(aws events put-targets --rule "$NAME" --targets "Id=$NAME,Arn=$function_arn" --query FailedEntryCount --output text)
[ "$failed" = 0 ]

image_id=${IMAGE_ID:-$(aws ec2 describe-images --owners amazon --filters 'Name=name,Values=al2023-ami-2023.*-x86_64' \
    --query 'sort_by(Images, &CreationDate)[-1].ImageId' --output text)}
aws ec2 create-launch-template --launch-template-name "$NAME" --query LaunchTemplate.LaunchTemplateId --output text \
    --launch-template-data '{"ImageId":"'"$image_id"'","InstanceType":"t3.micro"}' >/dev/null
# The group spans the default VPC's subnets, one in each availability zone; PropagateAtLaunch puts
# its tags on each instance as it is launched, before the event is sent.
subnets=$(aws ec2 describe-subnets --filters Name=default-for-az,Values=true --query 'Subnets[].SubnetId' --output text | tr '\t' ',')
aws autoscaling create-auto-scaling-group --auto-scaling-group-name "$NAME" --launch-template "LaunchTemplateName=$NAME,Version=\$Latest" \
    --min-size 0 --max-size 4 --desired-capacity 0 --vpc-zone-identifier "$subnets" --tags \
    "Key=App,Value=shop,PropagateAtLaunch=true" "Key=Layer,Value=web,PropagateAtLaunch=true" \
    "Key=Env,Value=prod,PropagateAtLaunch=true" "Key=Group,Value=blue,PropagateAtLaunch=true"
echo "$NAME: rule $rule_arn invokes $function_arn when group $NAME launches an instance"
