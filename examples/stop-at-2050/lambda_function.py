"""Two handlers of one evening routine.

stop_running_instances: a schedule runs it at 20:50 UTC; it stops every running instance.
restart_protected_instance: EventBridge runs it whenever an instance stops; it starts the
instance again when it is tagged Protected=true.
"""
import boto3

ec2 = boto3.resource("ec2")


def stop_running_instances(event, context):
    running = ec2.instances.filter(Filters=[{"Name": "instance-state-name", "Values": ["running"]}])
    # A batch action: one StopInstances call for each page of the running instances.
    stopped = [i["InstanceId"] for response in running.stop() for i in response["StoppingInstances"]]
    print(f"{event['time']}: stopped {len(stopped)} instances: {stopped}")
    return stopped


def restart_protected_instance(event, context):
    instance = ec2.Instance(event["detail"]["instance-id"])
    tags = {t["Key"]: t["Value"] for t in instance.tags or []}
    if tags.get("Protected", "").lower() != "true":
        print(f"{instance.id} stopped; it is not protected")
        return
    print(f"{instance.id} is protected: starting it again")
    instance.start()
