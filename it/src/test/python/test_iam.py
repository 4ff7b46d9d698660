"""AWS IAM through boto3 and the AWS CLI: roles (create, get, list by path a page at a time, delete), their tags, the
root user, and AWS's answers to bad input. Nothing is enforced yet.

Sources of the expected answers (cited beside each assertion):
  [Docs-API]   the IAM API reference (docs.aws.amazon.com/IAM/latest/APIReference): CreateRole ("Role names are not
               distinguished by case"), ListRoles (MaxItems defaults to 100; Marker and IsTruncated; "does not return
               PermissionsBoundary, RoleLastUsed, Tags"), the error codes and statuses of botocore 1.43's iam model
  [botocore]   botocore/handlers.py json_decode_policies: IAM answers policy documents URL-encoded, and botocore
               (so boto3 and the CLI) decodes them into dicts
  [Issues]     ValidationError with Coral's "1 validation error detected: ... Member must have length less than or equal
               to 64" for a long roleName (serverless/examples#405, aws/eks-hybrid#113)
"""
import json
import uuid

import pytest

from conftest import ACCOUNT, cli_failed, cli_ok, expect_error

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
    expect_error(iam.list_users, "NotImplemented", 501)


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
