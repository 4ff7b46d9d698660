"""AWS IAM through boto3 and the AWS CLI: users, groups, roles, managed policies and their versions, AWS's managed
policies, attachments, inline policies, access keys (and a request signed with one), instance profiles, service-linked
roles, the account's details, summary and alias, the policy simulator, and AWS's answers to bad input.

Sources of the expected answers (cited beside each assertion):
  [Docs-API]   the IAM API reference (docs.aws.amazon.com/IAM/latest/APIReference): CreateRole ("Role names are not
               distinguished by case"), ListRoles (MaxItems defaults to 100; Marker and IsTruncated; "does not return
               PermissionsBoundary, RoleLastUsed, Tags"), the error codes and statuses of botocore 1.43's iam model
  [botocore]   botocore/handlers.py json_decode_policies: IAM answers policy documents URL-encoded, and botocore
               (so boto3 and the CLI) decodes them into dicts
  [Docs-Quotas] IAM and STS quotas (docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html): 2 access keys
               a user, 5 versions a managed policy, 10 managed policies attached to a user, group or role, 6,144
               characters a managed policy, 1 role an instance profile
  [Issues-Msg] AWS's own words as users report them: "Cannot delete entity, must remove users from group first."
               (go-to-k/delstack#40; for a user in a group too, mozilla-services/userplex#17), "Cannot delete entity, must
               delete access keys first." (aws-controllers-k8s/community#2229), "Cannot delete entity, must detach all policies first." (NixOS/nixops#1043),
               "Cannot delete entity, must delete policies first.", "Cannot delete a policy attached to entities."
               (serverless/components#312), "Cannot delete the default version of a policy." and "This policy has more
               than one version…" (redradrat/aws-iam-operator#13), "Cannot delete entity, must remove roles from
               instance profile first." (99designs/iamy#47), "Policy … does not exist or is not attachable."
               (pulumi/pulumi#7419)
  [Docs-Sim]   SimulateCustomPolicy / SimulatePrincipalPolicy: EvalDecision allowed | explicitDeny | implicitDeny,
               MatchedStatements, MissingContextValues
  [Issues]     ValidationError with Coral's "1 validation error detected: ... Member must have length less than or equal
               to 64" for a long roleName (serverless/examples#405, aws/eks-hybrid#113)
"""
import json
import uuid

import boto3
import pytest

from conftest import ACCOUNT, ENDPOINT, REGION, cli_failed, cli_ok, expect_error

TRUST = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
                                                  "Action": "sts:AssumeRole"}]}


def unique(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@pytest.fixture
def make_role(iam):
    """Create a uniquely named role; returns the Role. Deletes the roles afterwards (best effort)."""
    made = []

    def _make(prefix="role", **kwargs):
        kwargs.setdefault("AssumeRolePolicyDocument", json.dumps(TRUST))
        role = iam.create_role(RoleName=kwargs.pop("RoleName", unique(prefix)), **kwargs)["Role"]
        made.append(role["RoleName"])
        return role

    yield _make
    for name in made:
        try:
            iam.delete_role(RoleName=name)
        except Exception:
            pass


def test_create_get_and_delete_a_role(iam, make_role):
    role = make_role(Path="/service/", Description="runs things", MaxSessionDuration=7200,
                     Tags=[{"Key": "team", "Value": "core"}])
    name = role["RoleName"]
    assert role["Arn"] == f"arn:aws:iam::{ACCOUNT}:role/service/{name}"  # [Docs-API] no region in IAM's ARNs
    assert role["RoleId"].startswith("AROA") and len(role["RoleId"]) == 21
    assert role["AssumeRolePolicyDocument"] == TRUST  # [botocore] URL-encoded on the wire, decoded by botocore
    got = iam.get_role(RoleName=name.upper())["Role"]  # [Docs-API] names regardless of case
    assert got["RoleName"] == name
    assert (got["Description"], got["MaxSessionDuration"], got["Path"]) == ("runs things", 7200, "/service/")
    assert got["Tags"] == [{"Key": "team", "Value": "core"}]
    assert got["CreateDate"] == role["CreateDate"]
    iam.delete_role(RoleName=name)
    err = expect_error(iam.get_role, "NoSuchEntity", 404, RoleName=name)
    assert err["Message"] == f"The role with name {name} cannot be found."


def test_roles_are_listed_by_path_a_page_at_a_time(iam, make_role):
    path = f"/{unique('paged')}/"
    names = sorted((make_role(Path=path)["RoleName"] for _ in range(5)), key=str.lower)
    first = iam.list_roles(PathPrefix=path, MaxItems=2)
    assert first["IsTruncated"] and len(first["Roles"]) == 2
    # [Docs-API] ListRoles leaves out PermissionsBoundary, RoleLastUsed and Tags.
    assert not {"PermissionsBoundary", "RoleLastUsed", "Tags"} & set(first["Roles"][0])
    listed = [r["RoleName"] for page in iam.get_paginator("list_roles").paginate(PathPrefix=path, PaginationConfig={"PageSize": 2})
              for r in page["Roles"]]
    assert listed == names
    rest = iam.list_roles(PathPrefix=path, Marker=first["Marker"])
    assert not rest["IsTruncated"] and "Marker" not in rest
    assert [r["RoleName"] for r in rest["Roles"]] == names[2:]


def test_role_tags(iam, make_role):
    name = make_role()["RoleName"]
    iam.tag_role(RoleName=name, Tags=[{"Key": "b", "Value": "2"}, {"Key": "a", "Value": "1"}])
    assert iam.list_role_tags(RoleName=name)["Tags"] == [{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "2"}]
    page = iam.list_role_tags(RoleName=name, MaxItems=1)
    assert page["IsTruncated"] and page["Tags"] == [{"Key": "a", "Value": "1"}]
    assert iam.list_role_tags(RoleName=name, Marker=page["Marker"])["Tags"] == [{"Key": "b", "Value": "2"}]
    iam.untag_role(RoleName=name, TagKeys=["a", "absent"])
    assert iam.list_role_tags(RoleName=name)["Tags"] == [{"Key": "b", "Value": "2"}]


def test_get_user_without_a_name_is_the_root(iam):
    user = iam.get_user()["User"]
    assert (user["UserId"], user["Arn"]) == (ACCOUNT, f"arn:aws:iam::{ACCOUNT}:root")
    expect_error(iam.get_user, "NoSuchEntity", 404, UserName="nobody")


def test_bad_input(iam, iam_unvalidated, make_role):
    name = make_role()["RoleName"]
    # [Docs-API] EntityAlreadyExists is 409; names are unique regardless of case.
    expect_error(iam.create_role, "EntityAlreadyExists", 409, RoleName=name.upper(), AssumeRolePolicyDocument=json.dumps(TRUST))
    expect_error(iam.create_role, "MalformedPolicyDocument", 400, message="Syntax errors in policy.",
                 RoleName=unique("bad"), AssumeRolePolicyDocument="{not json")
    with_resource = {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole", "Resource": "*"}]}
    expect_error(iam.create_role, "MalformedPolicyDocument", 400, message="Has prohibited field Resource",
                 RoleName=unique("bad"), AssumeRolePolicyDocument=json.dumps(with_resource))
    # [Issues] Coral's words under ValidationError.
    expect_error(iam_unvalidated.create_role, "ValidationError", 400,
                 message_contains="failed to satisfy constraint: Member must have length less than or equal to 64",
                 RoleName="r" * 65, AssumeRolePolicyDocument=json.dumps(TRUST))
    expect_error(iam_unvalidated.create_role, "ValidationError", 400, message_contains="Member must not be null",
                 AssumeRolePolicyDocument=json.dumps(TRUST))
    expect_error(iam.list_roles, "ValidationError", 400, Marker="made-up")
    expect_error(iam.delete_role, "NoSuchEntity", 404, RoleName=unique("none"))
    expect_error(iam.tag_role, "NoSuchEntity", 404, RoleName=unique("none"), Tags=[{"Key": "k", "Value": "v"}])
    expect_error(iam.tag_role, "InvalidInput", 400, RoleName=name, Tags=[{"Key": "aws:k", "Value": "v"}])
    expect_error(iam.list_open_id_connect_providers, "NotImplemented", 501)


def test_aws_cli_roles_and_errors(cli):
    name = unique("cli")
    role = cli_ok(cli("iam", "create-role", "--role-name", name, "--assume-role-policy-document", json.dumps(TRUST),
                      "--tags", "Key=team,Value=cli"))["Role"]
    try:
        assert role["Arn"] == f"arn:aws:iam::{ACCOUNT}:role/{name}"
        got = cli_ok(cli("iam", "get-role", "--role-name", name))["Role"]
        assert got["AssumeRolePolicyDocument"] == TRUST and got["Tags"] == [{"Key": "team", "Value": "cli"}]
        assert name in [r["RoleName"] for r in cli_ok(cli("iam", "list-roles"))["Roles"]]
        cli_ok(cli("iam", "untag-role", "--role-name", name, "--tag-keys", "team"))
        assert cli_ok(cli("iam", "list-role-tags", "--role-name", name))["Tags"] == []
        cli_failed(cli("iam", "create-role", "--role-name", name, "--assume-role-policy-document", json.dumps(TRUST)),
                   "EntityAlreadyExists", "CreateRole", f"Role with name {name} already exists.")
    finally:
        cli_ok(cli("iam", "delete-role", "--role-name", name))
    cli_failed(cli("iam", "get-role", "--role-name", name), "NoSuchEntity", "GetRole", f"The role with name {name} cannot be found.")


# ---------------------------------------------------------------------------------------------
# Users, groups, managed and inline policies, access keys, instance profiles, the account
# ---------------------------------------------------------------------------------------------
ALLOW_SQS = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sqs:*", "Resource": "*"}]}
ALLOW_KMS = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"}]}
LAMBDA_BASIC = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"


@pytest.fixture
def cleanup(iam):
    """Things to undo after the test, last first (best effort): callables."""
    undo = []
    yield undo.append
    for step in reversed(undo):
        try:
            step()
        except Exception:
            pass


def make_user(iam, cleanup, prefix="user", **kwargs):
    name = unique(prefix)
    user = iam.create_user(UserName=name, **kwargs)["User"]
    cleanup(lambda: iam.delete_user(UserName=name))
    return user


def make_policy(iam, cleanup, document=None, **kwargs):
    name = unique("policy")
    policy = iam.create_policy(PolicyName=name, PolicyDocument=json.dumps(document or ALLOW_SQS), **kwargs)["Policy"]
    cleanup(lambda: iam.delete_policy(PolicyArn=policy["Arn"]))
    return policy


def test_users_by_path_renamed_and_deleted(iam, cleanup):
    path = f"/{unique('team')}/"
    user = make_user(iam, cleanup, Path=path, Tags=[{"Key": "team", "Value": "a"}],
                     PermissionsBoundary="arn:aws:iam::aws:policy/PowerUserAccess")
    name = user["UserName"]
    assert user["Arn"] == f"arn:aws:iam::{ACCOUNT}:user{path}{name}"
    assert user["UserId"].startswith("AIDA") and len(user["UserId"]) == 21
    got = iam.get_user(UserName=name.upper())["User"]
    assert got["Tags"] == [{"Key": "team", "Value": "a"}]
    assert got["PermissionsBoundary"]["PermissionsBoundaryArn"] == "arn:aws:iam::aws:policy/PowerUserAccess"
    others = [make_user(iam, cleanup, Path=path)["UserName"] for _ in range(2)]
    listed = [u["UserName"] for page in iam.get_paginator("list_users").paginate(PathPrefix=path, PaginationConfig={"PageSize": 1})
              for u in page["Users"]]
    assert listed == sorted([name, *others], key=str.lower)
    iam.update_user(UserName=name, NewUserName=name + "-new", NewPath="/moved/")
    cleanup(lambda: iam.delete_user(UserName=name + "-new"))
    assert iam.get_user(UserName=name + "-new")["User"]["Arn"] == f"arn:aws:iam::{ACCOUNT}:user/moved/{name}-new"
    iam.delete_user_permissions_boundary(UserName=name + "-new")
    iam.delete_user(UserName=name + "-new")
    expect_error(iam.get_user, "NoSuchEntity", 404, message=f"The user with name {name}-new cannot be found.", UserName=name + "-new")


def test_groups_and_their_users(iam, cleanup):
    group = unique("group")
    iam.create_group(GroupName=group, Path="/eng/")
    cleanup(lambda: iam.delete_group(GroupName=group))
    user = make_user(iam, cleanup)["UserName"]
    iam.add_user_to_group(GroupName=group, UserName=user)
    cleanup(lambda: iam.remove_user_from_group(GroupName=group, UserName=user))
    got = iam.get_group(GroupName=group)
    assert got["Group"]["Arn"] == f"arn:aws:iam::{ACCOUNT}:group/eng/{group}"
    assert [u["UserName"] for u in got["Users"]] == [user]
    assert [g["GroupName"] for g in iam.list_groups_for_user(UserName=user)["Groups"]] == [group]
    assert group in [g["GroupName"] for g in iam.list_groups(PathPrefix="/eng/")["Groups"]]
    # [Issues-Msg] AWS's words for a group that still has users, and a user still in a group.
    expect_error(iam.delete_group, "DeleteConflict", 409, message="Cannot delete entity, must remove users from group first.", GroupName=group)
    expect_error(iam.delete_user, "DeleteConflict", 409, message="Cannot delete entity, must remove users from group first.", UserName=user)
    iam.remove_user_from_group(GroupName=group, UserName=user)
    expect_error(iam.remove_user_from_group, "NoSuchEntity", 404, GroupName=group, UserName=user)


def test_managed_policies_and_their_versions(iam, cleanup):
    policy = make_policy(iam, cleanup, Path="/app/", Description="queues")
    arn = policy["Arn"]
    assert arn == f"arn:aws:iam::{ACCOUNT}:policy/app/{policy['PolicyName']}"
    assert (policy["DefaultVersionId"], policy["AttachmentCount"], policy["IsAttachable"]) == ("v1", 0, True)
    v2 = iam.create_policy_version(PolicyArn=arn, PolicyDocument=json.dumps(ALLOW_KMS), SetAsDefault=True)["PolicyVersion"]
    assert (v2["VersionId"], v2["IsDefaultVersion"]) == ("v2", True)
    for _ in range(3):
        iam.create_policy_version(PolicyArn=arn, PolicyDocument=json.dumps(ALLOW_SQS))
    # [Docs-Quotas] five versions at most.
    expect_error(iam.create_policy_version, "LimitExceeded", 409, PolicyArn=arn, PolicyDocument=json.dumps(ALLOW_SQS))
    assert [v["VersionId"] for v in iam.list_policy_versions(PolicyArn=arn)["Versions"]] == ["v5", "v4", "v3", "v2", "v1"]
    assert iam.get_policy_version(PolicyArn=arn, VersionId="v2")["PolicyVersion"]["Document"] == ALLOW_KMS  # decoded by botocore
    expect_error(iam.delete_policy_version, "DeleteConflict", 409, message="Cannot delete the default version of a policy.",
                 PolicyArn=arn, VersionId="v2")
    iam.set_default_policy_version(PolicyArn=arn, VersionId="v1")
    assert iam.get_policy(PolicyArn=arn)["Policy"]["DefaultVersionId"] == "v1"
    expect_error(iam.delete_policy, "DeleteConflict", 409, PolicyArn=arn)
    for version in ("v2", "v3", "v4", "v5"):
        iam.delete_policy_version(PolicyArn=arn, VersionId=version)
    iam.tag_policy(PolicyArn=arn, Tags=[{"Key": "k", "Value": "v"}])
    assert iam.list_policy_tags(PolicyArn=arn)["Tags"] == [{"Key": "k", "Value": "v"}]
    iam.delete_policy(PolicyArn=arn)
    expect_error(iam.get_policy, "NoSuchEntity", 404, message=f"Policy {arn} was not found.", PolicyArn=arn)


def test_aws_managed_policies_are_present(iam):
    basic = iam.get_policy(PolicyArn=LAMBDA_BASIC)["Policy"]
    assert (basic["PolicyName"], basic["Path"]) == ("AWSLambdaBasicExecutionRole", "/service-role/")
    document = iam.get_policy_version(PolicyArn=LAMBDA_BASIC, VersionId=basic["DefaultVersionId"])["PolicyVersion"]["Document"]
    assert "logs:PutLogEvents" in document["Statement"][0]["Action"]
    names = {p["PolicyName"] for page in iam.get_paginator("list_policies").paginate(Scope="AWS") for p in page["Policies"]}
    assert {"AdministratorAccess", "ReadOnlyAccess", "AWSLambdaSQSQueueExecutionRole", "AmazonSQSFullAccess"} <= names
    assert not any(p["Arn"].startswith(f"arn:aws:iam::{ACCOUNT}:") for p in iam.list_policies(Scope="AWS")["Policies"])
    expect_error(iam.delete_policy, "InvalidInput", 400, PolicyArn=LAMBDA_BASIC)


def test_attachments_and_entities_for_policy(iam, make_role, cleanup):
    policy = make_policy(iam, cleanup)
    role = make_role()["RoleName"]
    user = make_user(iam, cleanup)["UserName"]
    iam.attach_role_policy(RoleName=role, PolicyArn=policy["Arn"])
    cleanup(lambda: iam.detach_role_policy(RoleName=role, PolicyArn=policy["Arn"]))
    iam.attach_role_policy(RoleName=role, PolicyArn=LAMBDA_BASIC)
    cleanup(lambda: iam.detach_role_policy(RoleName=role, PolicyArn=LAMBDA_BASIC))
    iam.attach_user_policy(UserName=user, PolicyArn=policy["Arn"])
    cleanup(lambda: iam.detach_user_policy(UserName=user, PolicyArn=policy["Arn"]))
    attached = iam.list_attached_role_policies(RoleName=role)["AttachedPolicies"]
    assert sorted(p["PolicyArn"] for p in attached) == sorted([policy["Arn"], LAMBDA_BASIC])
    assert iam.get_policy(PolicyArn=policy["Arn"])["Policy"]["AttachmentCount"] == 2
    entities = iam.list_entities_for_policy(PolicyArn=policy["Arn"])
    assert [r["RoleName"] for r in entities["PolicyRoles"]] == [role]
    assert [u["UserName"] for u in entities["PolicyUsers"]] == [user]
    assert policy["Arn"] in [p["Arn"] for p in iam.list_policies(Scope="Local", OnlyAttached=True)["Policies"]]
    # [Issues-Msg]
    expect_error(iam.delete_policy, "DeleteConflict", 409, message="Cannot delete a policy attached to entities.", PolicyArn=policy["Arn"])
    expect_error(iam.delete_role, "DeleteConflict", 409, message="Cannot delete entity, must detach all policies first.", RoleName=role)
    missing = "arn:aws:iam::aws:policy/NoSuchPolicy"
    expect_error(iam.attach_role_policy, "NoSuchEntity", 404, message=f"Policy {missing} does not exist or is not attachable.",
                 RoleName=role, PolicyArn=missing)


def test_inline_policies(iam, make_role, cleanup):
    role = make_role()["RoleName"]
    iam.put_role_policy(RoleName=role, PolicyName="kms", PolicyDocument=json.dumps(ALLOW_KMS))
    got = iam.get_role_policy(RoleName=role, PolicyName="kms")
    assert (got["RoleName"], got["PolicyName"], got["PolicyDocument"]) == (role, "kms", ALLOW_KMS)  # [botocore] decoded
    assert iam.list_role_policies(RoleName=role)["PolicyNames"] == ["kms"]
    expect_error(iam.delete_role, "DeleteConflict", 409, message="Cannot delete entity, must delete policies first.", RoleName=role)
    iam.delete_role_policy(RoleName=role, PolicyName="kms")
    expect_error(iam.get_role_policy, "NoSuchEntity", 404, message="The role policy with name kms cannot be found.", RoleName=role, PolicyName="kms")
    user = make_user(iam, cleanup)["UserName"]
    iam.put_user_policy(UserName=user, PolicyName="q", PolicyDocument=json.dumps(ALLOW_SQS))
    cleanup(lambda: iam.delete_user_policy(UserName=user, PolicyName="q"))
    assert iam.get_user_policy(UserName=user, PolicyName="q")["PolicyDocument"] == ALLOW_SQS
    group = unique("group")
    iam.create_group(GroupName=group)
    cleanup(lambda: iam.delete_group(GroupName=group))
    iam.put_group_policy(GroupName=group, PolicyName="g", PolicyDocument=json.dumps(ALLOW_SQS))
    assert iam.list_group_policies(GroupName=group)["PolicyNames"] == ["g"]
    iam.delete_group_policy(GroupName=group, PolicyName="g")


def test_malformed_policies(iam, make_role, cleanup):
    role = make_role()["RoleName"]
    expect_error(iam.put_role_policy, "MalformedPolicyDocument", 400, message="Syntax errors in policy.",
                 RoleName=role, PolicyName="p", PolicyDocument="{not json")
    with_principal = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": "*"}]}
    expect_error(iam.create_policy, "MalformedPolicyDocument", 400, PolicyName=unique("bad"), PolicyDocument=json.dumps(with_principal))
    no_resource = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*"}]}
    expect_error(iam.put_role_policy, "MalformedPolicyDocument", 400, RoleName=role, PolicyName="p", PolicyDocument=json.dumps(no_resource))
    big = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["sqs:SendMessage"] * 400, "Resource": "*"}]}
    expect_error(iam.create_policy, "LimitExceeded", 409, PolicyName=unique("big"), PolicyDocument=json.dumps(big))  # [Docs-Quotas]


def test_access_keys_and_a_request_signed_with_one(iam, cleanup):
    user = make_user(iam, cleanup)
    name = user["UserName"]
    # As in AWS, a user may read itself only where a policy allows it.
    allow_self = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": user["Arn"]}]}
    iam.put_user_policy(UserName=name, PolicyName="self", PolicyDocument=json.dumps(allow_self))
    cleanup(lambda: iam.delete_user_policy(UserName=name, PolicyName="self"))
    key = iam.create_access_key(UserName=name)["AccessKey"]
    cleanup(lambda: iam.delete_access_key(UserName=name, AccessKeyId=key["AccessKeyId"]))
    assert key["AccessKeyId"].startswith("AKIA") and len(key["AccessKeyId"]) == 20
    assert len(key["SecretAccessKey"]) == 40 and key["Status"] == "Active"
    # A request signed with the key is the user's: GetUser without a name answers the caller.
    as_user = boto3.client("iam", endpoint_url=ENDPOINT, region_name=REGION, aws_access_key_id=key["AccessKeyId"],
                           aws_secret_access_key=key["SecretAccessKey"])
    me = as_user.get_user()["User"]
    assert (me["UserName"], me["UserId"], me["Arn"]) == (name, user["UserId"], user["Arn"])
    second = iam.create_access_key(UserName=name)["AccessKey"]
    cleanup(lambda: iam.delete_access_key(UserName=name, AccessKeyId=second["AccessKeyId"]))
    # [Docs-Quotas] two keys a user.
    expect_error(iam.create_access_key, "LimitExceeded", 409, message="Cannot exceed quota for AccessKeysPerUser: 2", UserName=name)
    iam.update_access_key(UserName=name, AccessKeyId=key["AccessKeyId"], Status="Inactive")
    statuses = {k["AccessKeyId"]: k["Status"] for k in iam.list_access_keys(UserName=name)["AccessKeyMetadata"]}
    assert statuses == {key["AccessKeyId"]: "Inactive", second["AccessKeyId"]: "Active"}
    assert iam.get_access_key_last_used(AccessKeyId=key["AccessKeyId"])["UserName"] == name
    expect_error(iam.delete_user, "DeleteConflict", 409, UserName=name)
    iam.delete_access_key(UserName=name, AccessKeyId=second["AccessKeyId"])
    expect_error(iam.delete_access_key, "NoSuchEntity", 404, message=f"The Access Key with id {second['AccessKeyId']} cannot be found.",
                 UserName=name, AccessKeyId=second["AccessKeyId"])


def test_instance_profiles(iam, make_role, cleanup):
    role = make_role()["RoleName"]
    other = make_role()["RoleName"]
    name = unique("profile")
    profile = iam.create_instance_profile(InstanceProfileName=name, Path="/app/", Tags=[{"Key": "k", "Value": "v"}])["InstanceProfile"]
    cleanup(lambda: iam.delete_instance_profile(InstanceProfileName=name))
    assert profile["Arn"] == f"arn:aws:iam::{ACCOUNT}:instance-profile/app/{name}" and profile["Roles"] == []
    iam.add_role_to_instance_profile(InstanceProfileName=name, RoleName=role)
    cleanup(lambda: iam.remove_role_from_instance_profile(InstanceProfileName=name, RoleName=role))
    expect_error(iam.add_role_to_instance_profile, "LimitExceeded", 409, InstanceProfileName=name, RoleName=other)  # [Docs-Quotas]
    assert [r["RoleName"] for r in iam.get_instance_profile(InstanceProfileName=name)["InstanceProfile"]["Roles"]] == [role]
    assert [p["InstanceProfileName"] for p in iam.list_instance_profiles_for_role(RoleName=role)["InstanceProfiles"]] == [name]
    expect_error(iam.delete_instance_profile, "DeleteConflict", 409,
                 message="Cannot delete entity, must remove roles from instance profile first.", InstanceProfileName=name)
    assert iam.list_instance_profile_tags(InstanceProfileName=name)["Tags"] == [{"Key": "k", "Value": "v"}]


def test_service_linked_roles(iam):
    suffix = uuid.uuid4().hex[:8]
    role = iam.create_service_linked_role(AWSServiceName="autoscaling.amazonaws.com", CustomSuffix=suffix)["Role"]
    assert role["RoleName"] == f"AWSServiceRoleForAutoScaling_{suffix}"
    assert role["Path"] == "/aws-service-role/autoscaling.amazonaws.com/"
    assert role["AssumeRolePolicyDocument"]["Statement"][0]["Principal"] == {"Service": ["autoscaling.amazonaws.com"]}
    expect_error(iam.delete_role, "UnmodifiableEntity", 400, RoleName=role["RoleName"])
    task = iam.delete_service_linked_role(RoleName=role["RoleName"])["DeletionTaskId"]
    assert iam.get_service_linked_role_deletion_status(DeletionTaskId=task)["Status"] == "SUCCEEDED"


def test_account_details_summary_and_alias(iam, make_role, cleanup):
    role = make_role()["RoleName"]
    iam.put_role_policy(RoleName=role, PolicyName="inline", PolicyDocument=json.dumps(ALLOW_SQS))
    cleanup(lambda: iam.delete_role_policy(RoleName=role, PolicyName="inline"))
    details = [r for page in iam.get_paginator("get_account_authorization_details").paginate(Filter=["Role"])
               for r in page["RoleDetailList"]]
    mine = next(r for r in details if r["RoleName"] == role)
    assert mine["RolePolicyList"] == [{"PolicyName": "inline", "PolicyDocument": ALLOW_SQS}]
    summary = iam.get_account_summary()["SummaryMap"]
    assert summary["Roles"] >= 1 and summary["AccessKeysPerUserQuota"] == 2
    alias = unique("alias")
    iam.create_account_alias(AccountAlias=alias)
    cleanup(lambda: iam.delete_account_alias(AccountAlias=alias))
    assert iam.list_account_aliases()["AccountAliases"] == [alias]


def test_policy_simulator(iam, cleanup):
    deny = {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "sqs:DeleteQueue", "Resource": "*"}]}
    results = iam.simulate_custom_policy(PolicyInputList=[json.dumps(ALLOW_SQS), json.dumps(deny)],
                                         ActionNames=["sqs:SendMessage", "sqs:DeleteQueue", "kms:Decrypt"])["EvaluationResults"]
    # [Docs-Sim]
    assert [r["EvalDecision"] for r in results] == ["allowed", "explicitDeny", "implicitDeny"]
    assert results[0]["MatchedStatements"][0]["SourcePolicyId"] == "PolicyInputList.1"
    user = make_user(iam, cleanup)
    iam.put_user_policy(UserName=user["UserName"], PolicyName="kms", PolicyDocument=json.dumps(ALLOW_KMS))
    cleanup(lambda: iam.delete_user_policy(UserName=user["UserName"], PolicyName="kms"))
    principal = iam.simulate_principal_policy(PolicySourceArn=user["Arn"], ActionNames=["kms:Decrypt", "sqs:SendMessage"])["EvaluationResults"]
    assert [r["EvalDecision"] for r in principal] == ["allowed", "implicitDeny"]
    conditional = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",
                                                            "Condition": {"StringEquals": {"aws:RequestTag/team": "x"}}}]}
    assert iam.get_context_keys_for_custom_policy(PolicyInputList=[json.dumps(conditional)])["ContextKeyNames"] == ["aws:RequestTag/team"]


def test_bad_input_for_users_groups_and_policies(iam, iam_unvalidated, cleanup):
    user = make_user(iam, cleanup)["UserName"]
    expect_error(iam.create_user, "EntityAlreadyExists", 409, message=f"User with name {user.upper()} already exists.", UserName=user.upper())
    expect_error(iam.get_group, "NoSuchEntity", 404, message="The group with name nogroup cannot be found.", GroupName="nogroup")
    expect_error(iam.get_instance_profile, "NoSuchEntity", 404, InstanceProfileName=unique("none"))
    # A path must start and end with a slash: the model's pattern, in Coral's words.
    expect_error(iam_unvalidated.create_user, "ValidationError", 400, message_contains="Member must satisfy regular expression pattern",
                 UserName=unique("u"), Path="noslash")
    expect_error(iam_unvalidated.create_user, "ValidationError", 400, message_contains="Member must satisfy regular expression pattern",
                 UserName="bad name!")
    expect_error(iam.list_users, "ValidationError", 400, Marker="made-up")


def test_aws_cli_users_keys_and_the_caller(cli, cleanup, iam):
    name = unique("cli")
    user = cli_ok(cli("iam", "create-user", "--user-name", name))["User"]
    cleanup(lambda: iam.delete_user(UserName=name))
    allow_self = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": user["Arn"]}]}
    cli_ok(cli("iam", "put-user-policy", "--user-name", name, "--policy-name", "self", "--policy-document", json.dumps(allow_self)))
    cleanup(lambda: iam.delete_user_policy(UserName=name, PolicyName="self"))
    key = cli_ok(cli("iam", "create-access-key", "--user-name", name))["AccessKey"]
    cleanup(lambda: iam.delete_access_key(UserName=name, AccessKeyId=key["AccessKeyId"]))
    # Signed with the user's key, GetUser without a name answers that user.
    me = cli_ok(cli("iam", "get-user", env={"AWS_ACCESS_KEY_ID": key["AccessKeyId"], "AWS_SECRET_ACCESS_KEY": key["SecretAccessKey"]}))["User"]
    assert (me["UserName"], me["Arn"]) == (name, user["Arn"])
    policies = cli_ok(cli("iam", "list-policies", "--scope", "AWS", "--path-prefix", "/service-role/"))["Policies"]
    assert "AWSLambdaBasicExecutionRole" in [p["PolicyName"] for p in policies]
    cli_failed(cli("iam", "delete-user", "--user-name", name), "DeleteConflict", "DeleteUser", "Cannot delete entity, must delete access keys first.")
