"""Names each instance an Auto Scaling group launches after its tags and its private address.

EventBridge invokes this function with Auto Scaling's "EC2 Instance Launch Successful" event.
The name is {Region}-{App}-{Layer}-{Env}-{Group}-{the last two octets of its private IP}, from
the App, Layer, Env and Group tags the group gave the instance at launch, e.g.
us-east-1-shop-web-prod-blue-12-34 for 172.31.12.34.
"""
import boto3

ec2 = boto3.resource("ec2")


def lambda_handler(event, context):
    instance = ec2.Instance(event["detail"]["EC2InstanceId"])
    tags = {t["Key"]: t["Value"] for t in instance.tags or []}
    private_ip = instance.private_ip_address
    name = "-".join([event["region"], tags["App"], tags["Layer"], tags["Env"], tags["Group"], *private_ip.split(".")[2:]])
    instance.create_tags(Tags=[{"Key": "Name", "Value": name}])
    print(f"{instance.id} ({private_ip}) is now {name}")
    return name
