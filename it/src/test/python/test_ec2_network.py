"""EC2's network through boto3 (client and resource API) and the AWS CLI: regions and zones, the default VPC,
VPCs and subnets, security groups and rules, key pairs and images, and AWS's answers to bad input for each.

Sources of the expected answers:
  [Docs-API]   the EC2 API reference (docs.aws.amazon.com/AWSEC2/latest/APIReference): the error codes of each
               operation (InvalidSubnet.Conflict, InvalidSubnet.Range, InvalidVpc.Range, InvalidGroup.Duplicate,
               InvalidPermission.Duplicate/.NotFound, CannotDelete, InvalidKeyPair.Duplicate, InvalidKey.Format,
               InvalidAMIID.Malformed/.NotFound, InvalidAMIName.Duplicate, DefaultVpcAlreadyExists), RevokeSecurityGroupIngress
               (unknown rules listed in the default VPC, refused elsewhere), KeyPairInfo's fingerprints
  [Docs-Guide] the VPC user guide (the default VPC: 172.31.0.0/16, a /20 default subnet per zone, five reserved addresses
               per subnet) and the EC2 user guide (key pair fingerprints: openssl sha1 -c of the PKCS#8 private key)
"""
import base64
import hashlib
import subprocess
import time
import uuid

import pytest

from conftest import ACCOUNT, _client, cli_failed, cli_ok, expect_error


@pytest.fixture(scope="module")
def ec2():
    return _client("ec2")


@pytest.fixture(scope="module")
def ec2_resource():
    import boto3
    from conftest import ENDPOINT, REGION
    return boto3.resource("ec2", endpoint_url=ENDPOINT, region_name=REGION, aws_access_key_id="test", aws_secret_access_key="test")


def unique(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def default_vpc(ec2):
    return ec2.describe_vpcs(Filters=[{"Name": "is-default", "Values": ["true"]}])["Vpcs"][0]


# ---- regions, zones, account attributes ------------------------------------------------------

def test_regions_zones_and_account_attributes(ec2):
    regions = {r["RegionName"]: r for r in ec2.describe_regions(AllRegions=True)["Regions"]}
    assert regions["us-east-1"]["OptInStatus"] == "opt-in-not-required"
    assert regions["us-east-1"]["Endpoint"] == "ec2.us-east-1.amazonaws.com"
    expect_error(ec2.describe_regions, "InvalidParameterValue", RegionNames=["mars-1"])
    zones = ec2.describe_availability_zones()["AvailabilityZones"]
    assert [z["ZoneName"] for z in zones][:2] == ["us-east-1a", "us-east-1b"]
    assert zones[0]["ZoneId"] == "use1-az1" and zones[0]["State"] == "available"
    assert [z["ZoneName"] for z in ec2.describe_availability_zones(ZoneIds=["use1-az3"])["AvailabilityZones"]] == ["us-east-1c"]
    expect_error(ec2.describe_availability_zones, "InvalidParameterValue", ZoneNames=["us-east-1z"])
    expect_error(ec2.describe_availability_zones, "InvalidParameterValue", Filters=[{"Name": "colour", "Values": ["x"]}])
    attributes = {a["AttributeName"]: a["AttributeValues"][0]["AttributeValue"]
                  for a in ec2.describe_account_attributes()["AccountAttributes"]}
    assert attributes["supported-platforms"] == "VPC"
    assert attributes["default-vpc"] == default_vpc(ec2)["VpcId"]
    assert attributes["max-instances"] == "20"


# ---- the default VPC ---------------------------------------------------------------------------

def test_the_default_vpc_as_aws_makes_it(ec2):
    vpc = default_vpc(ec2)
    assert (vpc["CidrBlock"], vpc["IsDefault"], vpc["OwnerId"]) == ("172.31.0.0/16", True, ACCOUNT)  # [Docs-Guide]
    subnets = ec2.describe_subnets(Filters=[{"Name": "vpc-id", "Values": [vpc["VpcId"]]},
                                            {"Name": "default-for-az", "Values": ["true"]}])["Subnets"]
    by_zone = {s["AvailabilityZone"]: s for s in subnets}
    assert len(by_zone) == 6
    assert by_zone["us-east-1a"]["CidrBlock"] == "172.31.0.0/20" and by_zone["us-east-1b"]["CidrBlock"] == "172.31.16.0/20"
    assert all(s["MapPublicIpOnLaunch"] for s in subnets)
    assert by_zone["us-east-1a"]["SubnetArn"] == f"arn:aws:ec2:us-east-1:{ACCOUNT}:subnet/{by_zone['us-east-1a']['SubnetId']}"
    igw = ec2.describe_internet_gateways(Filters=[{"Name": "attachment.vpc-id", "Values": [vpc["VpcId"]]}])["InternetGateways"]
    assert igw[0]["Attachments"] == [{"State": "available", "VpcId": vpc["VpcId"]}]
    main = ec2.describe_route_tables(Filters=[{"Name": "vpc-id", "Values": [vpc["VpcId"]]},
                                              {"Name": "association.main", "Values": ["true"]}])["RouteTables"][0]
    assert {r["DestinationCidrBlock"]: r["GatewayId"] for r in main["Routes"]} == {
        "172.31.0.0/16": "local", "0.0.0.0/0": igw[0]["InternetGatewayId"]}
    acl = ec2.describe_network_acls(Filters=[{"Name": "vpc-id", "Values": [vpc["VpcId"]]}])["NetworkAcls"][0]
    assert acl["IsDefault"] and len(acl["Associations"]) >= 6
    dhcp = ec2.describe_dhcp_options(DhcpOptionsIds=[vpc["DhcpOptionsId"]])["DhcpOptions"][0]
    assert {"Key": "domain-name", "Values": [{"Value": "ec2.internal"}]} in dhcp["DhcpConfigurations"]
    default_group = ec2.describe_security_groups(GroupNames=["default"])["SecurityGroups"][0]
    assert default_group["Description"] == "default VPC security group"
    assert default_group["IpPermissions"][0]["UserIdGroupPairs"][0]["GroupId"] == default_group["GroupId"]
    expect_error(ec2.create_default_vpc, "DefaultVpcAlreadyExists")
    expect_error(ec2.create_default_subnet, "DefaultSubnetAlreadyExistsInAvailabilityZone", AvailabilityZone="us-east-1a")
    expect_error(ec2.describe_internet_gateways, "InvalidInternetGatewayID.NotFound", InternetGatewayIds=["igw-12345678"])
    expect_error(ec2.describe_route_tables, "InvalidRouteTableID.NotFound", RouteTableIds=["rtb-12345678"])
    expect_error(ec2.describe_network_acls, "InvalidNetworkAclID.NotFound", NetworkAclIds=["acl-12345678"])
    expect_error(ec2.describe_dhcp_options, "InvalidDhcpOptionID.NotFound", DhcpOptionsIds=["dopt-12345678"])


# ---- VPCs and subnets --------------------------------------------------------------------------

def test_vpcs_and_subnets(ec2):
    vpc = ec2.create_vpc(CidrBlock="10.30.0.0/16", TagSpecifications=[
        {"ResourceType": "vpc", "Tags": [{"Key": "Name", "Value": "py"}]}])["Vpc"]
    vpc_id = vpc["VpcId"]
    assert vpc["Tags"] == [{"Key": "Name", "Value": "py"}] and vpc["IsDefault"] is False
    assert ec2.describe_vpcs(Filters=[{"Name": "tag:Name", "Values": ["py"]}, {"Name": "vpc-id", "Values": [vpc_id]}])["Vpcs"]
    subnet = ec2.create_subnet(VpcId=vpc_id, CidrBlock="10.30.1.0/24", AvailabilityZone="us-east-1c")["Subnet"]
    assert (subnet["AvailableIpAddressCount"], subnet["DefaultForAz"], subnet["MapPublicIpOnLaunch"]) == (251, False, False)
    expect_error(ec2.create_subnet, "InvalidSubnet.Conflict", VpcId=vpc_id, CidrBlock="10.30.1.0/25")  # [Docs-API]
    expect_error(ec2.create_subnet, "InvalidSubnet.Range", VpcId=vpc_id, CidrBlock="10.31.0.0/24")
    expect_error(ec2.create_subnet, "InvalidParameterValue", VpcId=vpc_id, CidrBlock="10.30.2.0/24", AvailabilityZone="us-east-1z")
    expect_error(ec2.create_subnet, "InvalidVpcID.NotFound", VpcId="vpc-12345678", CidrBlock="10.30.2.0/24")
    expect_error(ec2.create_vpc, "InvalidVpc.Range", CidrBlock="10.0.0.0/12")
    expect_error(ec2.create_vpc, "InvalidParameterValue", CidrBlock="10.0.0.300/16")
    expect_error(ec2.delete_vpc, "DependencyViolation", VpcId=vpc_id)
    ec2.modify_subnet_attribute(SubnetId=subnet["SubnetId"], MapPublicIpOnLaunch={"Value": True})
    assert ec2.describe_subnets(SubnetIds=[subnet["SubnetId"]])["Subnets"][0]["MapPublicIpOnLaunch"] is True
    expect_error(ec2.modify_subnet_attribute, "InvalidSubnetID.NotFound", SubnetId="subnet-12345678", MapPublicIpOnLaunch={"Value": True})
    expect_error(ec2.describe_subnets, "InvalidSubnetID.NotFound", SubnetIds=["subnet-12345678"])
    expect_error(ec2.describe_subnets, "InvalidParameterValue", Filters=[{"Name": "colour", "Values": ["x"]}])
    assert ec2.describe_vpc_attribute(VpcId=vpc_id, Attribute="enableDnsSupport")["EnableDnsSupport"] == {"Value": True}
    ec2.modify_vpc_attribute(VpcId=vpc_id, EnableDnsHostnames={"Value": True})
    assert ec2.describe_vpc_attribute(VpcId=vpc_id, Attribute="enableDnsHostnames")["EnableDnsHostnames"] == {"Value": True}
    expect_error(ec2.modify_vpc_attribute, "InvalidVpcID.NotFound", VpcId="vpc-12345678", EnableDnsHostnames={"Value": True})
    expect_error(ec2.describe_vpc_attribute, "InvalidVpcID.NotFound", VpcId="vpc-12345678", Attribute="enableDnsSupport")
    ec2.delete_subnet(SubnetId=subnet["SubnetId"])
    expect_error(ec2.delete_subnet, "InvalidSubnetID.NotFound", SubnetId=subnet["SubnetId"])
    ec2.delete_vpc(VpcId=vpc_id)
    expect_error(ec2.delete_vpc, "InvalidVpcID.NotFound", VpcId=vpc_id)
    expect_error(ec2.describe_vpcs, "InvalidVpcID.NotFound", VpcIds=[vpc_id])


def test_describe_vpcs_pages(ec2):
    made = [ec2.create_vpc(CidrBlock=f"10.4{i}.0.0/16")["Vpc"]["VpcId"] for i in range(6)]
    seen, token = [], None
    while True:
        page = ec2.describe_vpcs(MaxResults=5, **({"NextToken": token} if token else {}))
        seen += [v["VpcId"] for v in page["Vpcs"]]
        token = page.get("NextToken")
        if not token:
            break
    assert set(made) <= set(seen) and len(seen) == len(set(seen))
    expect_error(ec2.describe_vpcs, "InvalidNextToken", NextToken="forged")
    for vpc_id in made:
        ec2.delete_vpc(VpcId=vpc_id)


# ---- security groups -----------------------------------------------------------------------------

def test_security_groups_and_rules(ec2):
    name = unique("web")
    group_id = ec2.create_security_group(GroupName=name, Description="web servers", TagSpecifications=[
        {"ResourceType": "security-group", "Tags": [{"Key": "Team", "Value": "web"}]}])["GroupId"]
    expect_error(ec2.create_security_group, "InvalidGroup.Duplicate", GroupName=name, Description="again")
    expect_error(ec2.create_security_group, "InvalidGroup.Reserved", GroupName="default", Description="x")
    expect_error(ec2.create_security_group, "InvalidVpcID.NotFound", GroupName=unique("x"), Description="x", VpcId="vpc-12345678")
    added = ec2.authorize_security_group_ingress(GroupId=group_id, IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": "10.0.0.0/8", "Description": "ssh"}]},
        {"IpProtocol": "icmp", "FromPort": -1, "ToPort": -1, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
    assert added["Return"] is True and len(added["SecurityGroupRules"]) == 2
    assert added["SecurityGroupRules"][0]["SecurityGroupRuleId"].startswith("sgr-")
    expect_error(ec2.authorize_security_group_ingress, "InvalidPermission.Duplicate", GroupId=group_id, IpProtocol="tcp", FromPort=22,
                 ToPort=22, CidrIp="10.0.0.0/8")
    expect_error(ec2.authorize_security_group_ingress, "InvalidParameterValue", GroupId=group_id, IpProtocol="tcp", CidrIp="10.0.0.0/8")
    expect_error(ec2.authorize_security_group_ingress, "InvalidGroup.NotFound", GroupId="sg-12345678", IpProtocol="-1", CidrIp="10.0.0.0/8")
    expect_error(ec2.authorize_security_group_egress, "InvalidParameterValue", GroupId=group_id,
                 IpPermissions=[{"IpProtocol": "bogus", "IpRanges": [{"CidrIp": "10.0.0.0/8"}]}])
    ec2.authorize_security_group_egress(GroupId=group_id, IpPermissions=[
        {"IpProtocol": "udp", "FromPort": 53, "ToPort": 53, "IpRanges": [{"CidrIp": "10.0.0.2/32"}]}])
    group = ec2.describe_security_groups(GroupIds=[group_id])["SecurityGroups"][0]
    assert group["Tags"] == [{"Key": "Team", "Value": "web"}]
    assert [(p["IpProtocol"], p.get("FromPort")) for p in group["IpPermissions"]] == [("tcp", 22), ("icmp", -1)]
    assert len(group["IpPermissionsEgress"]) == 2
    assert ec2.describe_security_groups(Filters=[{"Name": "ip-permission.cidr", "Values": ["10.0.0.0/8"]},
                                                 {"Name": "group-id", "Values": [group_id]}])["SecurityGroups"]
    rules = ec2.describe_security_group_rules(Filters=[{"Name": "group-id", "Values": [group_id]}])["SecurityGroupRules"]
    assert len(rules) == 4
    expect_error(ec2.describe_security_group_rules, "InvalidSecurityGroupRuleId.NotFound", SecurityGroupRuleIds=["sgr-12345678"])
    # In the default VPC a rule the group lacks is listed, not refused [Docs-API].
    unknown = ec2.revoke_security_group_ingress(GroupId=group_id, IpProtocol="tcp", FromPort=80, ToPort=80, CidrIp="0.0.0.0/0")
    assert unknown["UnknownIpPermissions"][0]["FromPort"] == 80
    revoked = ec2.revoke_security_group_ingress(GroupId=group_id, IpProtocol="tcp", FromPort=22, ToPort=22, CidrIp="10.0.0.0/8")
    assert revoked["RevokedSecurityGroupRules"][0]["CidrIpv4"] == "10.0.0.0/8"
    expect_error(ec2.revoke_security_group_egress, "InvalidSecurityGroupRuleId.NotFound", GroupId=group_id,
                 SecurityGroupRuleIds=["sgr-12345678"])
    default_id = ec2.describe_security_groups(GroupNames=["default"])["SecurityGroups"][0]["GroupId"]
    expect_error(ec2.delete_security_group, "CannotDelete", GroupId=default_id)
    expect_error(ec2.describe_security_groups, "InvalidGroup.NotFound", GroupIds=["sg-12345678"])
    expect_error(ec2.describe_security_groups, "InvalidGroup.NotFound", GroupNames=[unique("none")])
    assert ec2.delete_security_group(GroupName=name)["GroupId"] == group_id
    expect_error(ec2.delete_security_group, "InvalidGroup.NotFound", GroupId=group_id)


def test_revoking_an_unknown_rule_outside_the_default_vpc_is_refused(ec2):
    vpc_id = ec2.create_vpc(CidrBlock="10.50.0.0/16")["Vpc"]["VpcId"]
    group_id = ec2.create_security_group(GroupName="app", Description="app", VpcId=vpc_id)["GroupId"]
    expect_error(ec2.revoke_security_group_ingress, "InvalidPermission.NotFound", GroupId=group_id, IpProtocol="tcp", FromPort=80,
                 ToPort=80, CidrIp="0.0.0.0/0")
    expect_error(ec2.delete_vpc, "DependencyViolation", VpcId=vpc_id)
    ec2.delete_security_group(GroupId=group_id)
    ec2.delete_vpc(VpcId=vpc_id)


# ---- key pairs ---------------------------------------------------------------------------------

def test_created_rsa_key_fingerprint_is_the_sha1_of_its_pkcs8_form(ec2, tmp_path):
    name = unique("key")
    made = ec2.create_key_pair(KeyName=name, TagSpecifications=[{"ResourceType": "key-pair", "Tags": [{"Key": "k", "Value": "v"}]}])
    assert made["KeyMaterial"].startswith("-----BEGIN RSA PRIVATE KEY-----")
    pem = tmp_path / "key.pem"
    pem.write_text(made["KeyMaterial"])
    der = subprocess.run(["openssl", "pkcs8", "-in", str(pem), "-inform", "PEM", "-outform", "DER", "-topk8", "-nocrypt"],
                         capture_output=True, check=True).stdout  # [Docs-Guide]
    assert made["KeyFingerprint"] == ":".join(f"{b:02x}" for b in hashlib.sha1(der).digest())
    info = ec2.describe_key_pairs(KeyNames=[name], IncludePublicKey=True)["KeyPairs"][0]
    assert (info["KeyType"], info["Tags"]) == ("rsa", [{"Key": "k", "Value": "v"}])
    assert info["PublicKey"].startswith("ssh-rsa ")
    expect_error(ec2.create_key_pair, "InvalidKeyPair.Duplicate", KeyName=name)
    assert ec2.delete_key_pair(KeyName=name)["Return"] is True
    assert ec2.delete_key_pair(KeyName=name)["Return"] is True  # idempotent
    expect_error(ec2.describe_key_pairs, "InvalidKeyPair.NotFound", KeyNames=[name])


def test_ed25519_keys_and_import(ec2):
    name = unique("ed")
    made = ec2.create_key_pair(KeyName=name, KeyType="ed25519", KeyFormat="pem")
    assert made["KeyMaterial"].startswith("-----BEGIN OPENSSH PRIVATE KEY-----")
    public = ec2.describe_key_pairs(KeyPairIds=[made["KeyPairId"]], IncludePublicKey=True)["KeyPairs"][0]["PublicKey"]
    blob = base64.b64decode(public.split()[1])
    assert made["KeyFingerprint"] == base64.b64encode(hashlib.sha256(blob).digest()).decode()
    imported = ec2.import_key_pair(KeyName=unique("imp"), PublicKeyMaterial=public.encode())
    assert imported["KeyFingerprint"] == made["KeyFingerprint"]
    assert ec2.create_key_pair(KeyName=unique("ppk"), KeyFormat="ppk")["KeyMaterial"].startswith("PuTTY-User-Key-File-2: ssh-rsa")
    expect_error(ec2.import_key_pair, "InvalidKey.Format", KeyName=unique("bad"), PublicKeyMaterial=b"ssh-rsa AAAA")
    expect_error(ec2.import_key_pair, "InvalidKeyPair.Duplicate", KeyName=name, PublicKeyMaterial=public.encode())
    expect_error(ec2.describe_key_pairs, "InvalidKeyPair.NotFound", KeyPairIds=["key-12345678901234567"])
    expect_error(ec2.describe_key_pairs, "InvalidParameterValue", Filters=[{"Name": "colour", "Values": ["x"]}])


# ---- images ------------------------------------------------------------------------------------

def test_built_in_images(ec2):
    images = ec2.describe_images(Owners=["amazon"])["Images"]
    names = [i["Name"] for i in images]
    assert any(n.startswith("al2023-ami-") and n.endswith("-x86_64") for n in names)
    assert any(n.startswith("al2023-ami-") and n.endswith("-arm64") for n in names)
    assert any(n.startswith("amzn2-ami-") for n in names)
    assert any("ubuntu-jammy-22.04" in n for n in names) and any("ubuntu-noble-24.04" in n for n in names)
    assert any(n.startswith("Windows_Server-2022-") for n in names)
    ubuntu = ec2.describe_images(Filters=[{"Name": "name", "Values": ["ubuntu/images/*noble*"]}])["Images"][0]
    assert ubuntu["RootDeviceName"] == "/dev/sda1"
    al2023 = ec2.describe_images(Owners=["amazon"], Filters=[{"Name": "name", "Values": ["al2023-ami-*"]},
                                                              {"Name": "architecture", "Values": ["x86_64"]}])["Images"][0]
    root = al2023["BlockDeviceMappings"][0]
    assert (root["DeviceName"], root["Ebs"]["VolumeSize"], root["Ebs"]["DeleteOnTermination"]) == ("/dev/xvda", 8, True)
    assert al2023["ImageOwnerAlias"] == "amazon" and al2023["Public"] is True and al2023["State"] == "available"
    expect_error(ec2.describe_images, "InvalidAMIID.Malformed", ImageIds=["image-1"])
    expect_error(ec2.describe_images, "InvalidAMIID.NotFound", ImageIds=["ami-12345678"])
    expect_error(ec2.describe_images, "InvalidUserID.Malformed", Owners=["somebody"])
    expect_error(ec2.deregister_image, "AuthFailure", ImageId=al2023["ImageId"])


def test_registered_images_their_attributes_and_copies(ec2):
    snapshot = ec2.describe_images(Owners=["amazon"], Filters=[{"Name": "name", "Values": ["amzn2-ami-*"]}])["Images"][0][
        "BlockDeviceMappings"][0]["Ebs"]["SnapshotId"]
    name = unique("golden")
    image_id = ec2.register_image(Name=name, RootDeviceName="/dev/xvda", Architecture="x86_64",
                                  BlockDeviceMappings=[{"DeviceName": "/dev/xvda", "Ebs": {"SnapshotId": snapshot}}])["ImageId"]
    expect_error(ec2.register_image, "InvalidAMIName.Duplicate", Name=name, RootDeviceName="/dev/xvda",
                 BlockDeviceMappings=[{"DeviceName": "/dev/xvda", "Ebs": {"SnapshotId": snapshot}}])
    expect_error(ec2.register_image, "InvalidAMIName.Malformed", Name="bad!name", RootDeviceName="/dev/xvda",
                 BlockDeviceMappings=[{"DeviceName": "/dev/xvda", "Ebs": {"SnapshotId": snapshot}}])
    expect_error(ec2.register_image, "InvalidSnapshot.NotFound", Name=unique("x"), RootDeviceName="/dev/xvda",
                 BlockDeviceMappings=[{"DeviceName": "/dev/xvda", "Ebs": {"SnapshotId": "snap-12345678"}}])
    assert image_id in [i["ImageId"] for i in ec2.describe_images(Owners=["self"])["Images"]]
    ec2.modify_image_attribute(ImageId=image_id, Attribute="launchPermission", OperationType="add", UserIds=["123456789012"])
    assert ec2.describe_image_attribute(ImageId=image_id, Attribute="launchPermission")["LaunchPermissions"] == [{"UserId": "123456789012"}]
    expect_error(ec2.modify_image_attribute, "InvalidAMIAttributeItemValue", ImageId=image_id,
                 LaunchPermission={"Add": [{"UserId": "nobody"}]})
    ec2.modify_image_attribute(ImageId=image_id, Description={"Value": "golden image"})
    assert ec2.describe_image_attribute(ImageId=image_id, Attribute="description")["Description"] == {"Value": "golden image"}
    ec2.reset_image_attribute(ImageId=image_id, Attribute="launchPermission")
    assert ec2.describe_image_attribute(ImageId=image_id, Attribute="launchPermission")["LaunchPermissions"] == []
    expect_error(ec2.reset_image_attribute, "InvalidAMIID.NotFound", ImageId="ami-12345678", Attribute="launchPermission")
    copy = ec2.copy_image(Name=unique("copy"), SourceImageId=image_id, SourceRegion="us-east-1")["ImageId"]
    first = ec2.describe_images(ImageIds=[copy])["Images"][0]
    assert (first["State"], first["SourceImageId"]) == ("pending", image_id)
    deadline = time.time() + 15
    while ec2.describe_images(ImageIds=[copy])["Images"][0]["State"] != "available" and time.time() < deadline:
        time.sleep(0.5)
    assert ec2.describe_images(ImageIds=[copy])["Images"][0]["State"] == "available"
    expect_error(ec2.copy_image, "InvalidAMIID.NotFound", Name=unique("c"), SourceImageId="ami-12345678", SourceRegion="us-east-1")
    for i in (image_id, copy):
        assert ec2.deregister_image(ImageId=i)["Return"] is True
    expect_error(ec2.deregister_image, "InvalidAMIID.NotFound", ImageId=image_id)


# ---- boto3's resource API -------------------------------------------------------------------------

def test_resource_api(ec2_resource):
    vpc = ec2_resource.create_vpc(CidrBlock="10.60.0.0/16")
    vpc.wait_until_available()
    vpc.create_tags(Tags=[{"Key": "Name", "Value": "resource"}])
    subnet = vpc.create_subnet(CidrBlock="10.60.0.0/24")
    assert subnet.available_ip_address_count == 251 and subnet.vpc_id == vpc.id
    group = vpc.create_security_group(GroupName=unique("res"), Description="resource api")
    group.authorize_ingress(IpProtocol="tcp", FromPort=443, ToPort=443, CidrIp="0.0.0.0/0")
    group.reload()
    assert group.ip_permissions[0]["FromPort"] == 443
    assert [s.id for s in vpc.subnets.all()] == [subnet.id]
    assert {g.group_name for g in vpc.security_groups.all()} == {"default", group.group_name}
    assert list(ec2_resource.vpcs.filter(Filters=[{"Name": "tag:Name", "Values": ["resource"]}]))[0].id == vpc.id
    key = ec2_resource.create_key_pair(KeyName=unique("res"))
    assert key.key_material.startswith("-----BEGIN RSA PRIVATE KEY-----")
    assert ec2_resource.KeyPair(key.name).key_fingerprint == key.key_fingerprint
    key.delete()
    image = list(ec2_resource.images.filter(Owners=["amazon"], Filters=[{"Name": "name", "Values": ["al2023-ami-*"]}]))[0]
    assert image.root_device_name == "/dev/xvda"
    group.delete()
    subnet.delete()
    vpc.delete()


# ---- the AWS CLI -------------------------------------------------------------------------------

def test_cli(cli):
    zones = cli_ok(cli("ec2", "describe-availability-zones"))["AvailabilityZones"]
    assert zones[0]["ZoneName"] == "us-east-1a"
    vpcs = cli_ok(cli("ec2", "describe-vpcs", "--filters", "Name=is-default,Values=true"))["Vpcs"]
    assert vpcs[0]["CidrBlock"] == "172.31.0.0/16"
    name = unique("cli")
    group_id = cli_ok(cli("ec2", "create-security-group", "--group-name", name, "--description", "from the cli"))["GroupId"]
    cli_ok(cli("ec2", "authorize-security-group-ingress", "--group-id", group_id, "--protocol", "tcp", "--port", "22",
               "--cidr", "203.0.113.0/24"))
    cli_failed(cli("ec2", "authorize-security-group-ingress", "--group-id", group_id, "--protocol", "tcp", "--port", "22",
                   "--cidr", "203.0.113.0/24"), "InvalidPermission.Duplicate", "AuthorizeSecurityGroupIngress")
    group = cli_ok(cli("ec2", "describe-security-groups", "--group-ids", group_id))["SecurityGroups"][0]
    assert group["IpPermissions"][0]["IpRanges"] == [{"CidrIp": "203.0.113.0/24"}]
    cli_ok(cli("ec2", "delete-security-group", "--group-id", group_id))
    key = cli_ok(cli("ec2", "create-key-pair", "--key-name", name, "--key-type", "ed25519"))
    assert key["KeyMaterial"].startswith("-----BEGIN OPENSSH PRIVATE KEY-----")
    cli_failed(cli("ec2", "create-key-pair", "--key-name", name), "InvalidKeyPair.Duplicate", "CreateKeyPair")
    cli_ok(cli("ec2", "delete-key-pair", "--key-name", name))
    images = cli_ok(cli("ec2", "describe-images", "--owners", "amazon", "--filters", "Name=name,Values=Windows_Server-2022-*"))["Images"]
    assert images[0]["Platform"] == "windows"
    cli_failed(cli("ec2", "describe-images", "--image-ids", "ami-12345678"), "InvalidAMIID.NotFound", "DescribeImages")
    cli_failed(cli("ec2", "create-subnet", "--vpc-id", vpcs[0]["VpcId"], "--cidr-block", "172.31.0.0/24"),
               "InvalidSubnet.Conflict", "CreateSubnet")


def test_waiters(ec2):
    fast = {"Delay": 1, "MaxAttempts": 10}
    name = unique("wait")
    ec2.create_key_pair(KeyName=name)
    ec2.get_waiter("key_pair_exists").wait(KeyNames=[name], WaiterConfig=fast)
    group_id = ec2.create_security_group(GroupName=name, Description="waited for")["GroupId"]
    ec2.get_waiter("security_group_exists").wait(GroupIds=[group_id], WaiterConfig=fast)
    vpc_id = ec2.create_vpc(CidrBlock="10.70.0.0/16")["Vpc"]["VpcId"]
    ec2.get_waiter("vpc_available").wait(VpcIds=[vpc_id], WaiterConfig=fast)
    subnet_id = ec2.create_subnet(VpcId=vpc_id, CidrBlock="10.70.0.0/24")["Subnet"]["SubnetId"]
    ec2.get_waiter("subnet_available").wait(SubnetIds=[subnet_id], WaiterConfig=fast)
    source = ec2.describe_images(Owners=["amazon"])["Images"][0]["ImageId"]
    copy = ec2.copy_image(Name=name, SourceImageId=source, SourceRegion="us-east-1")["ImageId"]
    ec2.get_waiter("image_available").wait(ImageIds=[copy], WaiterConfig=fast)
    ec2.deregister_image(ImageId=copy)
    ec2.delete_subnet(SubnetId=subnet_id)
    ec2.delete_vpc(VpcId=vpc_id)
    ec2.delete_security_group(GroupId=group_id)
    ec2.delete_key_pair(KeyName=name)
