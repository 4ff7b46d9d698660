package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AvailabilityZone;
import software.amazon.awssdk.services.ec2.model.CreateKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;
import software.amazon.awssdk.services.ec2.model.KeyType;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Vpc;

/**
 * EC2's network through the AWS SDK for Java v2 (the ec2 protocol): regions and zones, the
 * default VPC with its subnets and default security group, VPCs and subnets with AWS's CIDR
 * errors, security groups and rules, key pairs, built-in and registered images with a copy that
 * completes on the clock, and AWS's errors for bad input.
 */
class Ec2NetworkJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().manualClock();
    static Ec2Client ec2;

    @BeforeAll
    static void clients() {
        ec2 = Clients.ec2(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        ec2.close();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String code(Executable call) {
        return assertThrows(Ec2Exception.class, call).awsErrorDetails().errorCode();
    }

    @Test
    void regionsZonesAndAccountAttributes() {
        assertTrue(ec2.describeRegions().regions().stream().anyMatch(r -> r.regionName().equals("eu-west-1")));
        List<AvailabilityZone> zones = ec2.describeAvailabilityZones().availabilityZones();
        assertEquals("us-east-1a", zones.getFirst().zoneName());
        assertEquals("use1-az1", zones.getFirst().zoneId());
        assertEquals("InvalidParameterValue", code(() -> ec2.describeRegions(r -> r.regionNames("mars-1"))));
        assertEquals("InvalidParameterValue", code(() -> ec2.describeAvailabilityZones(r -> r.zoneNames("us-east-1z"))));
        String defaultVpc = ec2.describeAccountAttributes(r -> r.attributeNamesWithStrings("default-vpc")).accountAttributes().getFirst()
                .attributeValues().getFirst().attributeValue();
        assertTrue(defaultVpc.startsWith("vpc-"));
    }

    @Test
    void theDefaultVpcHasADefaultSubnetPerZoneAndADefaultGroup() {
        Vpc vpc = ec2.describeVpcs(r -> r.filters(Filter.builder().name("is-default").values("true").build())).vpcs().getFirst();
        assertEquals("172.31.0.0/16", vpc.cidrBlock());
        List<Subnet> subnets = ec2.describeSubnets(r -> r.filters(Filter.builder().name("vpc-id").values(vpc.vpcId()).build(),
                Filter.builder().name("default-for-az").values("true").build())).subnets();
        assertEquals(6, subnets.size());
        assertTrue(subnets.stream().allMatch(Subnet::mapPublicIpOnLaunch));
        assertTrue(subnets.stream().anyMatch(s -> s.cidrBlock().equals("172.31.0.0/20") && s.availabilityZone().equals("us-east-1a")));
        SecurityGroup def = ec2.describeSecurityGroups(r -> r.groupNames("default")).securityGroups().getFirst();
        assertEquals(vpc.vpcId(), def.vpcId());
        assertEquals(def.groupId(), def.ipPermissions().getFirst().userIdGroupPairs().getFirst().groupId());
        assertEquals("local", ec2.describeRouteTables(r -> r.filters(Filter.builder().name("vpc-id").values(vpc.vpcId()).build()))
                .routeTables().getFirst().routes().getFirst().gatewayId());
        assertEquals("CannotDelete", code(() -> ec2.deleteSecurityGroup(r -> r.groupId(def.groupId()))));
    }

    @Test
    void vpcsAndSubnetsWithAwsErrors() {
        Vpc vpc = ec2.createVpc(r -> r.cidrBlock("10.20.0.0/16").tagSpecifications(TagSpecification.builder().resourceType(ResourceType.VPC)
                .tags(Tag.builder().key("Name").value("it").build()).build())).vpc();
        assertEquals("it", vpc.tags().getFirst().value());
        Subnet subnet = ec2.createSubnet(r -> r.vpcId(vpc.vpcId()).cidrBlock("10.20.1.0/24").availabilityZone("us-east-1b")).subnet();
        assertEquals(251, subnet.availableIpAddressCount());
        assertEquals("InvalidSubnet.Conflict", code(() -> ec2.createSubnet(r -> r.vpcId(vpc.vpcId()).cidrBlock("10.20.1.0/25"))));
        assertEquals("InvalidSubnet.Range", code(() -> ec2.createSubnet(r -> r.vpcId(vpc.vpcId()).cidrBlock("10.21.0.0/24"))));
        assertEquals("InvalidVpc.Range", code(() -> ec2.createVpc(r -> r.cidrBlock("10.0.0.0/8"))));
        assertEquals("InvalidVpcID.NotFound", code(() -> ec2.describeVpcs(r -> r.vpcIds("vpc-12345678"))));
        assertEquals("DependencyViolation", code(() -> ec2.deleteVpc(r -> r.vpcId(vpc.vpcId()))));
        ec2.modifySubnetAttribute(r -> r.subnetId(subnet.subnetId()).mapPublicIpOnLaunch(v -> v.value(true)));
        assertTrue(ec2.describeSubnets(r -> r.subnetIds(subnet.subnetId())).subnets().getFirst().mapPublicIpOnLaunch());
        ec2.deleteSubnet(r -> r.subnetId(subnet.subnetId()));
        ec2.deleteVpc(r -> r.vpcId(vpc.vpcId()));
        assertEquals("InvalidSubnetID.NotFound", code(() -> ec2.deleteSubnet(r -> r.subnetId(subnet.subnetId()))));
    }

    @Test
    void securityGroupsAndTheirRules() {
        String name = unique("web");
        String id = ec2.createSecurityGroup(r -> r.groupName(name).description("web servers")).groupId();
        List<SecurityGroupRule> rules = ec2.authorizeSecurityGroupIngress(r -> r.groupId(id).ipPermissions(IpPermission.builder()
                .ipProtocol("tcp").fromPort(443).toPort(443).ipRanges(IpRange.builder().cidrIp("0.0.0.0/0").description("https").build()).build()))
                .securityGroupRules();
        assertEquals(1, rules.size());
        assertEquals("https", rules.getFirst().description());
        assertEquals("InvalidPermission.Duplicate", code(() -> ec2.authorizeSecurityGroupIngress(r -> r.groupId(id).ipProtocol("tcp")
                .fromPort(443).toPort(443).cidrIp("0.0.0.0/0"))));
        SecurityGroup g = ec2.describeSecurityGroups(r -> r.groupIds(id)).securityGroups().getFirst();
        assertEquals(443, g.ipPermissions().getFirst().fromPort());
        assertEquals("-1", g.ipPermissionsEgress().getFirst().ipProtocol());
        assertEquals(2, ec2.describeSecurityGroupRules(r -> r.filters(Filter.builder().name("group-id").values(id).build()))
                .securityGroupRules().size());
        ec2.revokeSecurityGroupIngress(r -> r.groupId(id).securityGroupRuleIds(rules.getFirst().securityGroupRuleId()));
        assertTrue(ec2.describeSecurityGroups(r -> r.groupIds(id)).securityGroups().getFirst().ipPermissions().isEmpty());
        assertEquals("InvalidGroup.Duplicate", code(() -> ec2.createSecurityGroup(r -> r.groupName(name).description("again"))));
        assertEquals("InvalidGroup.NotFound", code(() -> ec2.describeSecurityGroups(r -> r.groupIds("sg-12345678"))));
        ec2.deleteSecurityGroup(r -> r.groupName(name));
        assertEquals("InvalidGroup.NotFound", code(() -> ec2.deleteSecurityGroup(r -> r.groupId(id))));
    }

    @Test
    void keyPairsCreatedAndImported() {
        String name = unique("key");
        CreateKeyPairResponse made = ec2.createKeyPair(r -> r.keyName(name).keyType(KeyType.ED25519));
        assertTrue(made.keyMaterial().startsWith("-----BEGIN OPENSSH PRIVATE KEY-----"));
        KeyPairInfo info = ec2.describeKeyPairs(r -> r.keyNames(name).includePublicKey(true)).keyPairs().getFirst();
        assertEquals(made.keyFingerprint(), info.keyFingerprint());
        assertEquals("InvalidKeyPair.Duplicate", code(() -> ec2.createKeyPair(r -> r.keyName(name))));
        String imported = unique("imported");
        assertEquals(made.keyFingerprint(), ec2.importKeyPair(r -> r.keyName(imported).publicKeyMaterial(SdkBytes.fromString(info.publicKey(),
                StandardCharsets.UTF_8))).keyFingerprint());
        assertEquals("InvalidKey.Format", code(() -> ec2.importKeyPair(r -> r.keyName(unique("bad")).publicKeyMaterial(
                SdkBytes.fromUtf8String("not a key")))));
        ec2.deleteKeyPair(r -> r.keyName(name));
        ec2.deleteKeyPair(r -> r.keyName(name));
        assertEquals("InvalidKeyPair.NotFound", code(() -> ec2.describeKeyPairs(r -> r.keyNames(name))));
    }

    @Test
    void imagesBuiltInRegisteredAndCopied() throws InterruptedException {
        Image al2023 = ec2.describeImages(r -> r.owners("amazon").filters(Filter.builder().name("name").values("al2023-ami-*").build(),
                Filter.builder().name("architecture").values("x86_64").build())).images().getFirst();
        assertEquals("/dev/xvda", al2023.rootDeviceName());
        String snapshot = al2023.blockDeviceMappings().getFirst().ebs().snapshotId();
        String name = unique("golden");
        String id = ec2.registerImage(r -> r.name(name).rootDeviceName("/dev/xvda").blockDeviceMappings(b -> b.deviceName("/dev/xvda")
                .ebs(e -> e.snapshotId(snapshot)))).imageId();
        assertEquals(name, ec2.describeImages(r -> r.owners("self").imageIds(id)).images().getFirst().name());
        assertEquals("InvalidAMIName.Duplicate", code(() -> ec2.registerImage(r -> r.name(name).rootDeviceName("/dev/xvda")
                .blockDeviceMappings(b -> b.deviceName("/dev/xvda").ebs(e -> e.snapshotId(snapshot))))));
        assertEquals("InvalidAMIID.Malformed", code(() -> ec2.describeImages(r -> r.imageIds("golden"))));
        assertEquals("InvalidAMIID.NotFound", code(() -> ec2.describeImages(r -> r.imageIds("ami-12345678"))));
        ec2.modifyImageAttribute(r -> r.imageId(id).launchPermission(p -> p.add(LaunchPermission.builder().userId("123456789012").build())));
        assertEquals("123456789012", ec2.describeImageAttribute(r -> r.imageId(id).attribute("launchPermission")).launchPermissions().getFirst()
                .userId());
        ec2.resetImageAttribute(r -> r.imageId(id).attribute("launchPermission"));
        assertTrue(ec2.describeImageAttribute(r -> r.imageId(id).attribute("launchPermission")).launchPermissions().isEmpty());
        String copy = ec2.copyImage(r -> r.name(unique("copy")).sourceImageId(id).sourceRegion("us-east-1")).imageId();
        assertEquals("pending", ec2.describeImages(r -> r.imageIds(copy)).images().getFirst().stateAsString());
        STRATUS.advance(Duration.ofSeconds(5));
        long deadline = System.currentTimeMillis() + 5000;
        while (!ec2.describeImages(r -> r.imageIds(copy)).images().getFirst().stateAsString().equals("available")
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals("available", ec2.describeImages(r -> r.imageIds(copy)).images().getFirst().stateAsString());
        ec2.deregisterImage(r -> r.imageId(id));
        assertFalse(ec2.describeImages(r -> r.owners("self")).images().stream().anyMatch(i -> i.imageId().equals(id)));
        assertEquals("AuthFailure", code(() -> ec2.deregisterImage(r -> r.imageId(al2023.imageId()))));
    }
}
