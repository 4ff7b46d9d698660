"""A rotation function as AWS's templates write one: four steps, the new value pending until finishSecret makes it current.

The event's token must be a version of the secret labelled AWSPENDING (Secrets Manager made it when the
rotation began); createSecret puts a random password there, finishSecret moves AWSCURRENT onto it.
A secret whose description is "fail-at-<step>" fails at that step, so a test can see a rotation stop.
"""
import boto3


def handler(event, context):
    sm = boto3.client("secretsmanager")
    arn, token, step = event["SecretId"], event["ClientRequestToken"], event["Step"]
    meta = sm.describe_secret(SecretId=arn)
    if meta.get("Description") == "fail-at-" + step:
        raise RuntimeError("told to fail at " + step)
    versions = meta["VersionIdsToStages"]
    if token not in versions:
        raise ValueError("Secret version %s has no stage for rotation of secret %s." % (token, arn))
    if "AWSCURRENT" in versions[token]:
        return
    if "AWSPENDING" not in versions[token]:
        raise ValueError("Secret version %s not set as AWSPENDING for rotation of secret %s." % (token, arn))
    if step == "createSecret":
        sm.get_secret_value(SecretId=arn, VersionStage="AWSCURRENT")
        try:
            sm.get_secret_value(SecretId=arn, VersionId=token, VersionStage="AWSPENDING")
        except sm.exceptions.ResourceNotFoundException:
            password = sm.get_random_password(ExcludeCharacters="/@\"'\\")["RandomPassword"]
            sm.put_secret_value(SecretId=arn, ClientRequestToken=token, SecretString=password, VersionStages=["AWSPENDING"])
    elif step == "finishSecret":
        current = next(v for v, stages in versions.items() if "AWSCURRENT" in stages)
        sm.update_secret_version_stage(SecretId=arn, VersionStage="AWSCURRENT", MoveToVersionId=token, RemoveFromVersionId=current)
    else:
        print(step, "has nothing to do here")
