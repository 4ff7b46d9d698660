#!/usr/bin/env bash
# An Auto Scaling group that notifies an SNS topic of each instance it launches; the topic invokes
# a function that snapshots the new instance's EBS volumes. The group starts empty: scale it out
# with `aws autoscaling set-desired-capacity --auto-scaling-group-name snapshot-asg-launches --desired-capacity 2`.
#   ./setup.sh            (IMAGE_ID=ami-… to launch another image than the latest Amazon Linux 2023)
# Against Stratus, AWS_ENDPOINT_URL says where it is; without it the script sets this up in AWS.
set -euo pipefail
NAME=snapshot-asg-launches
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=$(mktemp -d)
trap 'rm -rf "$BUILD"' EXIT
export AWS_PAGER=""
# The AWS CLI v2 from 2.13 on reads AWS_ENDPOINT_URL itself; older CLIs need it as a flag.
aws() { command aws ${AWS_ENDPOINT_URL:+--endpoint-url "$AWS_ENDPOINT_URL"} "$@"; }

# The function's role: it reads the instance and its volumes, and makes tagged snapshots
# (tagging at creation needs ec2:CreateTags as well as ec2:CreateSnapshot).
role_arn=$(aws iam create-role --role-name "$NAME" --query Role.Arn --output text --assume-role-policy-document \
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}')
aws iam attach-role-policy --role-name "$NAME" --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
aws iam put-role-policy --role-name "$NAME" --policy-name snapshot-volumes --policy-document \
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:DescribeInstances","ec2:DescribeVolumes","ec2:CreateSnapshot","ec2:CreateTags"],"Resource":"*"}]}'

python3 -m zipfile -c "$BUILD/function.zip" "$HERE/lambda_function.py"
# IAM is eventually consistent: in AWS a new role may take a few seconds before Lambda can assume it.
tries=0
until function_arn=$(aws lambda create-function --function-name "$NAME" --runtime python3.12 --handler lambda_function.lambda_handler \
        --role "$role_arn" --timeout 60 --zip-file "fileb://$BUILD/function.zip" --query FunctionArn --output text); do
    if ((++tries == 10)); then exit 1; fi
    sleep 3
done
aws lambda wait function-active-v2 --function-name "$NAME"

# The topic invokes the function: SNS may do so for this topic only, as the function's resource policy says.
topic_arn=$(aws sns create-topic --name "$NAME" --query TopicArn --output text)
aws lambda add-permission --function-name "$NAME" --statement-id "$NAME-topic" --action lambda:InvokeFunction \
    --principal sns.amazonaws.com --source-arn "$topic_arn" >/dev/null
aws sns subscribe --topic-arn "$topic_arn" --protocol lambda --notification-endpoint "$function_arn" >/dev/null

# What the group launches: the image's root volume and a data volume, so each instance has two to snapshot.
image_id=${IMAGE_ID:-$(aws ec2 describe-images --owners amazon --filters 'Name=name,Values=al2023-ami-2023.*-x86_64' \
    --query 'sort_by(Images, &CreationDate)[-1].ImageId' --output text)}
aws ec2 create-launch-template --launch-template-name "$NAME" --query LaunchTemplate.LaunchTemplateId --output text --launch-template-data \
    '{"ImageId":"'"$image_id"'","InstanceType":"t3.micro","BlockDeviceMappings":[{"DeviceName":"/dev/sdf","Ebs":{"VolumeSize":8,"VolumeType":"gp3","DeleteOnTermination":true}}]}' >/dev/null
# The group spans the default VPC's subnets, one in each availability zone.
subnets=$(aws ec2 describe-subnets --filters Name=default-for-az,Values=true --query 'Subnets[].SubnetId' --output text | tr '\t' ',')
aws autoscaling create-auto-scaling-group --auto-scaling-group-name "$NAME" --launch-template "LaunchTemplateName=$NAME,Version=\$Latest" \
    --min-size 0 --max-size 4 --desired-capacity 0 --vpc-zone-identifier "$subnets" \
    --tags "Key=App,Value=shop,PropagateAtLaunch=true" "Key=Env,Value=demo,PropagateAtLaunch=true"
aws autoscaling put-notification-configuration --auto-scaling-group-name "$NAME" --topic-arn "$topic_arn" \
    --notification-types autoscaling:EC2_INSTANCE_LAUNCH
echo "$NAME: group $NAME notifies $topic_arn of its launches; the topic invokes $function_arn"
