package dev.stratus.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.ec2.api.AttributeBooleanValue;
import dev.stratus.ec2.api.CreateDefaultSubnetRequest;
import dev.stratus.ec2.api.CreateDefaultVpcRequest;
import dev.stratus.ec2.api.CreateSubnetRequest;
import dev.stratus.ec2.api.CreateTagsRequest;
import dev.stratus.ec2.api.CreateVpcRequest;
import dev.stratus.ec2.api.DeleteSubnetRequest;
import dev.stratus.ec2.api.DeleteVpcRequest;
import dev.stratus.ec2.api.DescribeAccountAttributesRequest;
import dev.stratus.ec2.api.DescribeInternetGatewaysRequest;
import dev.stratus.ec2.api.DescribeNetworkAclsRequest;
import dev.stratus.ec2.api.DescribeRouteTablesRequest;
import dev.stratus.ec2.api.DescribeSecurityGroupsRequest;
import dev.stratus.ec2.api.DescribeSubnetsRequest;
import dev.stratus.ec2.api.DescribeVpcAttributeRequest;
import dev.stratus.ec2.api.DescribeVpcsRequest;
import dev.stratus.ec2.api.Filter;
import dev.stratus.ec2.api.ModifySubnetAttributeRequest;
import dev.stratus.ec2.api.ModifyVpcAttributeRequest;
import dev.stratus.ec2.api.RouteTable;
import dev.stratus.ec2.api.Subnet;
import dev.stratus.ec2.api.Tag;
import dev.stratus.ec2.api.TagSpecification;
import dev.stratus.ec2.api.Vpc;
import java.util.List;
import org.junit.jupiter.api.Test;

class VpcsTest extends NetworkFixture {

    List<Vpc> vpcs(Filter... filters) {
        return ec2.describeVpcs(ctx("DescribeVpcs"), new DescribeVpcsRequest(List.of(filters), null, null, null, null)).vpcs();
    }

    List<Subnet> subnets(Filter... filters) {
        return ec2.describeSubnets(ctx("DescribeSubnets"), new DescribeSubnetsRequest(List.of(filters), null, null, null, null)).subnets();
    }

    Vpc createVpc(String cidr) {
        return ec2.createVpc(ctx("CreateVpc"), new CreateVpcRequest(cidr, null, null, null, null, null, null, null, null, null, null, null, null))
                .vpc();
    }

    Subnet createSubnet(String vpcId, String cidr, String zone) {
        return ec2.createSubnet(ctx("CreateSubnet"), new CreateSubnetRequest(null, zone, null, cidr, null, null, vpcId, null, null, null, null,
                null, null)).subnet();
    }

    @Test
    void theDefaultVpcIsMadeOnFirstUseWithADefaultSubnetPerZone() {
        List<Vpc> all = vpcs();
        assertEquals(1, all.size());
        Vpc vpc = all.getFirst();
        assertTrue(vpc.isDefault());
        assertEquals("172.31.0.0/16", vpc.cidrBlock());
        assertEquals(ACCOUNT, vpc.ownerId());
        List<Subnet> subnets = store.read(tx -> network.defaultSubnets(tx, ACCOUNT, "us-east-1"));
        assertEquals(6, subnets.size(), "us-east-1 has six zones");
        assertEquals("us-east-1a", subnets.getFirst().availabilityZone());
        assertEquals("172.31.0.0/20", subnets.getFirst().cidrBlock());
        assertEquals("172.31.16.0/20", subnets.get(1).cidrBlock());
        assertEquals("use1-az1", subnets.getFirst().availabilityZoneId());
        assertEquals(4091, subnets.getFirst().availableIpAddressCount());
        assertTrue(subnets.getFirst().mapPublicIpOnLaunch());
        assertTrue(subnets.getFirst().defaultForAz());
        assertEquals(vpc.vpcId(), ec2.describeAccountAttributes(ctx("DescribeAccountAttributes"),
                new DescribeAccountAttributesRequest(null, List.of("default-vpc"))).accountAttributes().getFirst().attributeValues().getFirst()
                .attributeValue());
        RouteTable main = ec2.describeRouteTables(ctx("DescribeRouteTables"), new DescribeRouteTablesRequest(null, null, null, null, null))
                .routeTables().getFirst();
        assertEquals(2, main.routes().size(), "local and the internet gateway");
        assertEquals(1, ec2.describeInternetGateways(ctx("DescribeInternetGateways"),
                new DescribeInternetGatewaysRequest(null, null, null, null, null)).internetGateways().size());
        assertEquals(6, ec2.describeNetworkAcls(ctx("DescribeNetworkAcls"), new DescribeNetworkAclsRequest(null, null, null, null, null))
                .networkAcls().getFirst().associations().size(), "the default ACL is associated with every subnet");
        assertEquals("default", ec2.describeSecurityGroups(ctx("DescribeSecurityGroups"),
                new DescribeSecurityGroupsRequest(null, null, null, null, null, null)).securityGroups().getFirst().groupName());
        assertEquals(1, vpcs().size(), "made once");
        List<Vpc> ireland = ec2.describeVpcs(ctx("DescribeVpcs", "eu-west-1", ACCOUNT), new DescribeVpcsRequest(null, null, null, null, null))
                .vpcs();
        assertEquals(1, ireland.size());
        assertFalse(ireland.getFirst().vpcId().equals(vpc.vpcId()), "each region has its own");
    }

    @Test
    void placingAnInstanceTakesAddressesFromItsSubnetAndGivesThemBack() {
        Subnet s = store.write(tx -> network.place(tx, ACCOUNT, "us-east-1", null, "us-east-1b"));
        assertEquals("us-east-1b", s.availabilityZone());
        String first = store.write(tx -> network.allocatePrivateIp(tx, ACCOUNT, "us-east-1", s));
        String second = store.write(tx -> network.allocatePrivateIp(tx, ACCOUNT, "us-east-1", s));
        assertEquals("172.31.16.4", first, "the first four addresses are AWS's");
        assertEquals("172.31.16.5", second);
        assertEquals(4089, subnets(new Filter("subnet-id", List.of(s.subnetId()))).getFirst().availableIpAddressCount());
        store.write(tx -> {
            network.releasePrivateIp(tx, ACCOUNT, "us-east-1", s.subnetId(), first);
            return null;
        });
        assertEquals("172.31.16.4", store.write(tx -> network.allocatePrivateIp(tx, ACCOUNT, "us-east-1", s)), "given back, taken again");
        assertEquals("us-east-1a", store.write(tx -> network.place(tx, ACCOUNT, "us-east-1", null, null)).availabilityZone());
        assertEquals("InvalidSubnetID.NotFound", code(() -> store.write(tx -> network.place(tx, ACCOUNT, "us-east-1", "subnet-12345678", null))));
        assertEquals("InvalidParameterValue", code(() -> store.write(tx -> network.place(tx, ACCOUNT, "us-east-1", null, "us-east-1z"))));
        assertEquals("InvalidParameterValue", code(() -> store.write(tx -> network.place(tx, ACCOUNT, "us-east-1", s.subnetId(), "us-east-1a"))),
                "the zone asked for is not the subnet's");
    }

    @Test
    void aSubnetRunsOutOfAddressesButForTheFiveAwsKeeps() {
        Vpc vpc = createVpc("10.0.0.0/16");
        Subnet tiny = createSubnet(vpc.vpcId(), "10.0.0.0/28", null);
        assertEquals(11, tiny.availableIpAddressCount());
        for (int i = 0; i < 11; i++) {
            store.write(tx -> network.allocatePrivateIp(tx, ACCOUNT, "us-east-1", tiny));
        }
        assertEquals("InsufficientFreeAddressesInSubnet", code(() -> store.write(tx -> network.allocatePrivateIp(tx, ACCOUNT, "us-east-1", tiny))));
        assertEquals("DependencyViolation", code(() -> ec2.deleteSubnet(ctx("DeleteSubnet"), new DeleteSubnetRequest(tiny.subnetId(), null))));
    }

    @Test
    void subnetsMustFitTheirVpcAndNotOverlap() {
        Vpc vpc = createVpc("10.0.0.0/16");
        Subnet s = createSubnet(vpc.vpcId(), "10.0.1.0/24", "us-east-1c");
        assertEquals("us-east-1c", s.availabilityZone());
        assertEquals(251, s.availableIpAddressCount());
        assertFalse(s.defaultForAz());
        assertEquals("InvalidSubnet.Conflict", code(() -> createSubnet(vpc.vpcId(), "10.0.1.128/25", null)));
        assertEquals("InvalidSubnet.Range", code(() -> createSubnet(vpc.vpcId(), "10.1.0.0/24", null)));
        assertEquals("InvalidSubnet.Range", code(() -> createSubnet(vpc.vpcId(), "10.0.2.0/29", null)), "smaller than /28");
        assertEquals("InvalidParameterValue", code(() -> createSubnet(vpc.vpcId(), "10.0.2.1/24", null)));
        assertEquals("InvalidParameterValue", code(() -> createSubnet(vpc.vpcId(), "10.0.2.0/24", "us-east-1z")));
        assertEquals("InvalidVpcID.NotFound", code(() -> createSubnet("vpc-12345678", "10.0.2.0/24", null)));
        assertEquals("us-east-1a", createSubnet(vpc.vpcId(), "10.0.2.0/24", null).availabilityZone(), "the zone with fewest subnets");
        assertEquals("DependencyViolation", code(() -> ec2.deleteVpc(ctx("DeleteVpc"), new DeleteVpcRequest(vpc.vpcId(), null))));
    }

    @Test
    void vpcsAreMadeWithTheirMembersAndDeletedWithThem() {
        assertEquals("InvalidVpc.Range", code(() -> createVpc("10.0.0.0/8")));
        assertEquals("InvalidParameterValue", code(() -> createVpc("10.0.0.0")));
        Vpc vpc = ec2.createVpc(ctx("CreateVpc"), new CreateVpcRequest("10.0.0.0/16", null, null, null, null, null, null, null, null,
                List.of(new TagSpecification("vpc", List.of(new Tag("Name", "main")))), null, null, null)).vpc();
        assertEquals(List.of(new Tag("Name", "main")), vpc.tags());
        assertFalse(vpc.isDefault());
        assertEquals(List.of(vpc.vpcId()), vpcs(new Filter("tag:Name", List.of("ma*"))).stream().map(Vpc::vpcId).toList());
        assertEquals(1, vpcs(new Filter("is-default", List.of("false"))).size());
        assertEquals(2, ec2.describeSecurityGroups(ctx("DescribeSecurityGroups"), new DescribeSecurityGroupsRequest(null, null, null, null, null,
                List.of(new Filter("group-name", List.of("default"))))).securityGroups().size(), "each VPC has a default group");
        assertFalse(ec2.describeVpcAttribute(ctx("DescribeVpcAttribute"), new DescribeVpcAttributeRequest("enableDnsHostnames", vpc.vpcId(), null))
                .enableDnsHostnames().value());
        ec2.modifyVpcAttribute(ctx("ModifyVpcAttribute"), new ModifyVpcAttributeRequest(new AttributeBooleanValue(true), null, vpc.vpcId(), null));
        assertTrue(ec2.describeVpcAttribute(ctx("DescribeVpcAttribute"), new DescribeVpcAttributeRequest("enableDnsHostnames", vpc.vpcId(), null))
                .enableDnsHostnames().value());
        Subnet s = createSubnet(vpc.vpcId(), "10.0.0.0/24", null);
        ec2.createTags(ctx("CreateTags"), new CreateTagsRequest(null, List.of(s.subnetId()), List.of(new Tag("Tier", "web"))));
        assertEquals(List.of(s.subnetId()), subnets(new Filter("tag:Tier", List.of("web"))).stream().map(Subnet::subnetId).toList());
        ec2.deleteSubnet(ctx("DeleteSubnet"), new DeleteSubnetRequest(s.subnetId(), null));
        ec2.deleteVpc(ctx("DeleteVpc"), new DeleteVpcRequest(vpc.vpcId(), null));
        assertEquals(1, vpcs().size());
        assertEquals(1, ec2.describeSecurityGroups(ctx("DescribeSecurityGroups"), new DescribeSecurityGroupsRequest(null, null, null, null, null,
                null)).securityGroups().size(), "its default group went with it");
        assertEquals("InvalidVpcID.NotFound", code(() -> ec2.deleteVpc(ctx("DeleteVpc"), new DeleteVpcRequest(vpc.vpcId(), null))));
    }

    @Test
    void aDeletedDefaultVpcStaysGoneUntilCreateDefaultVpc() {
        Vpc vpc = vpcs().getFirst();
        assertEquals("DefaultVpcAlreadyExists", code(() -> ec2.createDefaultVpc(ctx("CreateDefaultVpc"), new CreateDefaultVpcRequest(null))));
        for (Subnet s : subnets()) {
            ec2.deleteSubnet(ctx("DeleteSubnet"), new DeleteSubnetRequest(s.subnetId(), null));
        }
        ec2.deleteVpc(ctx("DeleteVpc"), new DeleteVpcRequest(vpc.vpcId(), null));
        assertEquals(List.of(), vpcs());
        assertEquals("none", ec2.describeAccountAttributes(ctx("DescribeAccountAttributes"), new DescribeAccountAttributesRequest(null,
                List.of("default-vpc"))).accountAttributes().getFirst().attributeValues().getFirst().attributeValue());
        assertEquals("VPCIdNotSpecified", code(() -> store.write(tx -> network.place(tx, ACCOUNT, "us-east-1", null, null))));
        assertEquals("DefaultVpcDoesNotExist", code(() -> ec2.createDefaultSubnet(ctx("CreateDefaultSubnet"),
                new CreateDefaultSubnetRequest("us-east-1a", null, null, null))));
        Vpc again = ec2.createDefaultVpc(ctx("CreateDefaultVpc"), new CreateDefaultVpcRequest(null)).vpc();
        assertTrue(again.isDefault());
        assertEquals(6, subnets().size());
    }

    @Test
    void createDefaultSubnetMakesAZonesDefaultSubnetAgain() {
        Subnet b = subnets(new Filter("availability-zone", List.of("us-east-1b"))).getFirst();
        assertEquals("DefaultSubnetAlreadyExistsInAvailabilityZone", code(() -> ec2.createDefaultSubnet(ctx("CreateDefaultSubnet"),
                new CreateDefaultSubnetRequest("us-east-1b", null, null, null))));
        ec2.deleteSubnet(ctx("DeleteSubnet"), new DeleteSubnetRequest(b.subnetId(), null));
        Subnet again = ec2.createDefaultSubnet(ctx("CreateDefaultSubnet"), new CreateDefaultSubnetRequest(null, null, null, "use1-az2")).subnet();
        assertEquals("us-east-1b", again.availabilityZone());
        assertEquals("172.31.16.0/20", again.cidrBlock(), "the first /20 free");
        assertTrue(again.defaultForAz());
        assertEquals("InvalidParameterValue", code(() -> ec2.createDefaultSubnet(ctx("CreateDefaultSubnet"),
                new CreateDefaultSubnetRequest("us-east-1z", null, null, null))));
    }

    @Test
    void modifySubnetAttributeChangesOneAttributeAtATime() {
        Subnet s = subnets().getFirst();
        ec2.modifySubnetAttribute(ctx("ModifySubnetAttribute"), new ModifySubnetAttributeRequest(null, new AttributeBooleanValue(false),
                s.subnetId(), null, null, null, null, null, null, null, null));
        assertFalse(subnets(new Filter("subnet-id", List.of(s.subnetId()))).getFirst().mapPublicIpOnLaunch());
        assertEquals("InvalidParameterCombination", code(() -> ec2.modifySubnetAttribute(ctx("ModifySubnetAttribute"),
                new ModifySubnetAttributeRequest(null, new AttributeBooleanValue(true), s.subnetId(), null, null, new AttributeBooleanValue(true),
                        null, null, null, null, null))));
        assertEquals("MissingParameter", code(() -> ec2.modifySubnetAttribute(ctx("ModifySubnetAttribute"),
                new ModifySubnetAttributeRequest(null, null, s.subnetId(), null, null, null, null, null, null, null, null))));
        assertEquals("InvalidSubnetID.NotFound", code(() -> ec2.modifySubnetAttribute(ctx("ModifySubnetAttribute"),
                new ModifySubnetAttributeRequest(null, new AttributeBooleanValue(true), "subnet-12345678", null, null, null, null, null, null, null,
                        null))));
        assertNull(subnets(new Filter("subnet-id", List.of(s.subnetId()))).getFirst().tags());
    }
}
