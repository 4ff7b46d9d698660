"""SSM Parameter Store through boto3 and the AWS CLI: parameters and their versions, labels, paths, filters, tags,
SecureStrings through KMS, and AWS's answers to bad input.

Sources of the expected answers:
  [Docs-API]   the Systems Manager API reference (docs.aws.amazon.com/systems-manager/latest/APIReference): PutParameter
               (4 KB standard, 8 KB advanced; a type is needed to create; tags and Overwrite not together), GetParameter
               (name:version and name:label selectors, Selector in the answer), GetParametersByPath (MaxResults 1-10,
               OneLevel unless Recursive), LabelParameterVersion (InvalidLabels answered, not refused), the botocore 1.43
               ssm model's error shapes
  [Docs-Guide] the Parameter Store user guide: naming rules (no "aws"/"ssm" prefix, 15 levels), label rules,
               SecureStrings under alias/aws/ssm with the encryption context PARAMETER_ARN
  [Issues]     "Invalid request: tags and overwrite can't be used together ..." (hashicorp/terraform-provider-aws)
"""
import uuid

import pytest

from conftest import ACCOUNT, REGION, cli_failed, cli_ok, expect_error


def unique(prefix):
    return f"/{prefix}-{uuid.uuid4().hex[:10]}"


def test_versions_labels_and_selectors(ssm):
    name = unique("app") + "/host"
    assert ssm.put_parameter(Name=name, Value="db1", Type="String")["Version"] == 1
    expect_error(ssm.put_parameter, "ParameterAlreadyExists", Name=name, Value="db2", Type="String")  # [Docs-API]
    assert ssm.put_parameter(Name=name, Value="db2", Overwrite=True)["Version"] == 2
    assert ssm.put_parameter(Name=name, Value="db3", Overwrite=True)["Tier"] == "Standard"
    got = ssm.get_parameter(Name=name)["Parameter"]
    assert (got["Value"], got["Version"], got["DataType"]) == ("db3", 3, "text")
    assert got["ARN"] == f"arn:aws:ssm:{REGION}:{ACCOUNT}:parameter{name}"
    labelled = ssm.label_parameter_version(Name=name, ParameterVersion=1, Labels=["stable", "ssm-no", "1no"])
    assert labelled["InvalidLabels"] == ["ssm-no", "1no"]  # [Docs-Guide] label rules
    by_label = ssm.get_parameter(Name=name + ":stable")["Parameter"]
    assert (by_label["Value"], by_label["Selector"]) == ("db1", ":stable")
    assert ssm.get_parameter(Name=name + ":2")["Parameter"]["Value"] == "db2"
    expect_error(ssm.get_parameter, "ParameterVersionNotFound", Name=name + ":9")
    history = ssm.get_parameter_history(Name=name, MaxResults=2)
    assert [h["Version"] for h in history["Parameters"]] == [1, 2] and "NextToken" in history
    assert history["Parameters"][0]["Labels"] == ["stable"]
    ssm.delete_parameter(Name=name)
    expect_error(ssm.get_parameter, "ParameterNotFound", Name=name)
    expect_error(ssm.delete_parameter, "ParameterNotFound", Name=name)


def test_paths_filters_and_pages(ssm):
    root = unique("tree")
    for leaf in ("/a", "/b", "/c/d"):
        ssm.put_parameter(Name=root + leaf, Value=leaf, Type="String", Tags=[{"Key": "leaf", "Value": leaf}])
    one_level = ssm.get_parameters_by_path(Path=root)["Parameters"]
    assert [p["Name"] for p in one_level] == [root + "/a", root + "/b"]
    names, token = [], None
    while True:
        page = ssm.get_parameters_by_path(Path=root, Recursive=True, MaxResults=1, **({"NextToken": token} if token else {}))
        names += [p["Name"] for p in page["Parameters"]]
        token = page.get("NextToken")
        if not token:
            break
    assert names == [root + "/a", root + "/b", root + "/c/d"]
    described = ssm.describe_parameters(ParameterFilters=[{"Key": "Path", "Option": "Recursive", "Values": [root]},
                                                          {"Key": "tag:leaf", "Values": ["/c/d"]}])["Parameters"]
    assert [p["Name"] for p in described] == [root + "/c/d"]
    expect_error(ssm.describe_parameters, "InvalidFilterKey", ParameterFilters=[{"Key": "Label", "Values": ["x"]}])
    expect_error(ssm.get_parameters_by_path, "InvalidNextToken", Path=root, NextToken="forged")
    got = ssm.get_parameters(Names=[root + "/a", root + "/zz"])
    assert [p["Name"] for p in got["Parameters"]] == [root + "/a"] and got["InvalidParameters"] == [root + "/zz"]
    deleted = ssm.delete_parameters(Names=[root + "/a", root + "/zz"])
    assert (deleted["DeletedParameters"], deleted["InvalidParameters"]) == ([root + "/a"], [root + "/zz"])


def test_secure_strings_through_kms(ssm, kms):
    name = unique("secure") + "/pw"
    ssm.put_parameter(Name=name, Value="hunter2", Type="SecureString")
    assert ssm.get_parameter(Name=name)["Parameter"]["Value"] != "hunter2"
    assert ssm.get_parameter(Name=name, WithDecryption=True)["Parameter"]["Value"] == "hunter2"
    meta = ssm.describe_parameters(ParameterFilters=[{"Key": "Name", "Values": [name]}])["Parameters"][0]
    assert meta["KeyId"] == "alias/aws/ssm"  # [Docs-Guide]
    key = kms.create_key()["KeyMetadata"]["KeyId"]
    ssm.put_parameter(Name=name, Value="hunter3", Type="SecureString", KeyId=key, Overwrite=True)
    assert ssm.get_parameters_by_path(Path=name.rsplit("/", 1)[0], WithDecryption=True)["Parameters"][0]["Value"] == "hunter3"
    kms.disable_key(KeyId=key)
    expect_error(ssm.get_parameter, "InvalidKeyId", Name=name, WithDecryption=True)


def test_bad_input(ssm):
    expect_error(ssm.put_parameter, "ValidationException", Name="aws-reserved", Value="v", Type="String",
                 message='Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive).')  # [Docs-Guide]
    expect_error(ssm.put_parameter, "HierarchyLevelLimitExceededException", Name="/" + "/".join(str(i) for i in range(16)), Value="v",
                 Type="String")
    expect_error(ssm.put_parameter, "ValidationException", Name=unique("big"), Value="x" * 4097, Type="String")
    expect_error(ssm.put_parameter, "ValidationException", Name=unique("untyped"), Value="v",
                 message="A parameter type is required when you create a parameter.")
    name = unique("tagged")
    ssm.put_parameter(Name=name, Value="v", Type="String")
    expect_error(ssm.put_parameter, "ValidationException", Name=name, Value="w", Overwrite=True, Tags=[{"Key": "a", "Value": "b"}],
                 message_contains="tags and overwrite can't be used together")  # [Issues]
    expect_error(ssm.put_parameter, "ParameterPatternMismatchException", Name=unique("digits"), Value="abc", Type="String",
                 AllowedPattern=r"^\d+$")
    expect_error(ssm.list_tags_for_resource, "InvalidResourceId", ResourceType="Parameter", ResourceId="/no/such/parameter")
    expect_error(ssm.list_documents, "NotImplemented", status=501)


def test_aws_cli(cli):
    root = unique("cli")
    assert cli_ok(cli("ssm", "put-parameter", "--name", root + "/a", "--value", "x,y", "--type", "StringList"))["Version"] == 1
    cli_ok(cli("ssm", "put-parameter", "--name", root + "/b/c", "--value", "s3cret", "--type", "SecureString"))
    listed = cli_ok(cli("ssm", "get-parameters-by-path", "--path", root, "--recursive", "--with-decryption"))["Parameters"]
    assert [(p["Name"], p["Value"]) for p in listed] == [(root + "/a", "x,y"), (root + "/b/c", "s3cret")]
    cli_failed(cli("ssm", "get-parameter", "--name", root + "/none"), "ParameterNotFound", "GetParameter")
