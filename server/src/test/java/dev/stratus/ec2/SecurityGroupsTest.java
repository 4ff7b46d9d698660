package dev.stratus.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.ec2.api.AuthorizeSecurityGroupEgressRequest;
import dev.stratus.ec2.api.AuthorizeSecurityGroupIngressRequest;
import dev.stratus.ec2.api.CreateSecurityGroupRequest;
import dev.stratus.ec2.api.CreateVpcRequest;
import dev.stratus.ec2.api.DeleteSecurityGroupRequest;
import dev.stratus.ec2.api.DescribeSecurityGroupRulesRequest;
import dev.stratus.ec2.api.DescribeSecurityGroupsRequest;
import dev.stratus.ec2.api.Filter;
import dev.stratus.ec2.api.GroupIdentifier;
import dev.stratus.ec2.api.IpPermission;
import dev.stratus.ec2.api.IpRange;
import dev.stratus.ec2.api.RevokeSecurityGroupIngressRequest;
import dev.stratus.ec2.api.RevokeSecurityGroupIngressResult;
import dev.stratus.ec2.api.SecurityGroup;
import dev.stratus.ec2.api.SecurityGroupRule;
import dev.stratus.ec2.api.Tag;
import dev.stratus.ec2.api.TagSpecification;
import dev.stratus.ec2.api.UserIdGroupPair;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityGroupsTest extends NetworkFixture {

    String create(String name, String vpcId) {
        return ec2.createSecurityGroup(ctx("CreateSecurityGroup"), new CreateSecurityGroupRequest("for " + name, name, vpcId, null, null)).groupId();
    }

    List<SecurityGroup> groups(List<String> ids, List<String> names, Filter... filters) {
        return ec2.describeSecurityGroups(ctx("DescribeSecurityGroups"), new DescribeSecurityGroupsRequest(ids, names, null, null, null,
                List.of(filters))).securityGroups();
    }

    static IpPermission tcp(int port, String cidr) {
        return new IpPermission("tcp", port, port, null, List.of(new IpRange(null, cidr)), null, null);
    }

    List<SecurityGroupRule> authorize(String groupId, IpPermission... permissions) {
        return ec2.authorizeSecurityGroupIngress(ctx("AuthorizeSecurityGroupIngress"), new AuthorizeSecurityGroupIngressRequest(null, null, groupId,
                null, List.of(permissions), null, null, null, null, null, null)).securityGroupRules();
    }

    RevokeSecurityGroupIngressResult revoke(String groupId, IpPermission... permissions) {
        return ec2.revokeSecurityGroupIngress(ctx("RevokeSecurityGroupIngress"), new RevokeSecurityGroupIngressRequest(null, null, groupId, null,
                List.of(permissions), null, null, null, null, null, null));
    }

    @Test
    void aNewGroupGoesInTheDefaultVpcWithTheEgressRuleEveryGroupStartsWith() {
        String id = ec2.createSecurityGroup(ctx("CreateSecurityGroup"), new CreateSecurityGroupRequest("web servers", "web", null,
                List.of(new TagSpecification("security-group", List.of(new Tag("Env", "prod")))), null)).groupId();
        SecurityGroup g = groups(List.of(id), null).getFirst();
        assertEquals("web", g.groupName());
        assertEquals(List.of(new Tag("Env", "prod")), g.tags());
        assertEquals(groups(null, List.of("default")).getFirst().vpcId(), g.vpcId());
        assertEquals(List.of(new IpPermission("-1", null, null, List.of(), List.of(new IpRange(null, "0.0.0.0/0")), List.of(), List.of())),
                g.ipPermissionsEgress());
        assertEquals(List.of(), g.ipPermissions());
        assertEquals(List.of(id), groups(null, List.of("web")).stream().map(SecurityGroup::groupId).toList());
        assertEquals(List.of(id), groups(null, null, new Filter("tag:Env", List.of("prod"))).stream().map(SecurityGroup::groupId).toList());
        assertEquals("InvalidGroup.Duplicate", code(() -> create("web", null)));
        assertEquals("InvalidGroup.Reserved", code(() -> create("default", null)));
        assertEquals("InvalidParameterValue", code(() -> create("sg-web", null)));
        assertEquals("InvalidVpcID.NotFound", code(() -> create("db", "vpc-12345678")));
        assertEquals("InvalidGroup.NotFound", code(() -> groups(List.of("sg-12345678"), null)));
        assertEquals("InvalidGroup.NotFound", code(() -> groups(null, List.of("nope"))));
        assertEquals("InvalidParameterValue", code(() -> groups(null, null, new Filter("bogus", List.of("x")))));
    }

    @Test
    void rulesAreAddedOnceAndGatheredByProtocolAndPorts() {
        String id = create("web", null);
        String other = create("lb", null);
        List<SecurityGroupRule> added = authorize(id, tcp(22, "10.0.0.0/8"), new IpPermission("tcp", 443, 443,
                List.of(new UserIdGroupPair("from the balancer", null, null, other, null, null, null)), List.of(new IpRange(null, "0.0.0.0/0")),
                null, null));
        assertEquals(3, added.size());
        assertTrue(added.getFirst().securityGroupRuleId().startsWith("sgr-"));
        assertEquals(other, added.get(2).referencedGroupInfo().groupId());
        assertEquals(ACCOUNT, added.get(2).referencedGroupInfo().userId());
        SecurityGroup g = groups(List.of(id), null).getFirst();
        assertEquals(2, g.ipPermissions().size(), "one per protocol and port range");
        IpPermission https = g.ipPermissions().get(1);
        assertEquals(443, https.fromPort());
        assertEquals(1, https.ipRanges().size());
        assertEquals(1, https.userIdGroupPairs().size());
        assertEquals("InvalidPermission.Duplicate", code(() -> authorize(id, tcp(22, "10.0.0.0/8"))));
        assertEquals("InvalidParameterValue", code(() -> authorize(id, new IpPermission("tcp", null, null, null,
                List.of(new IpRange(null, "10.0.0.0/8")), null, null))), "TCP needs ports");
        assertEquals("InvalidParameterValue", code(() -> authorize(id, tcp(22, "10.0.0.1/8"))));
        assertEquals("InvalidParameterValue", code(() -> authorize(id, new IpPermission("gre?", null, null, null,
                List.of(new IpRange(null, "10.0.0.0/8")), null, null))));
        assertEquals("InvalidGroup.NotFound", code(() -> authorize(id, new IpPermission("-1", null, null,
                List.of(new UserIdGroupPair(null, null, null, "sg-12345678", null, null, null)), null, null, null))));
        assertEquals("InvalidGroup.NotFound", code(() -> authorize("sg-12345678", tcp(22, "10.0.0.0/8"))));
        assertEquals(List.of(id), groups(null, null, new Filter("ip-permission.from-port", List.of("22"))).stream().map(SecurityGroup::groupId)
                .toList());
        assertEquals(4, ec2.describeSecurityGroupRules(ctx("DescribeSecurityGroupRules"), new DescribeSecurityGroupRulesRequest(
                List.of(new Filter("group-id", List.of(id))), null, null, null, null)).securityGroupRules().size(), "three and the egress rule");
        assertEquals("DependencyViolation", code(() -> ec2.deleteSecurityGroup(ctx("DeleteSecurityGroup"),
                new DeleteSecurityGroupRequest(other, null, null))), "a rule of another group references it");
    }

    @Test
    void revokingARuleTheGroupLacksFailsOutsideTheDefaultVpc() {
        String inDefault = create("web", null);
        authorize(inDefault, tcp(22, "10.0.0.0/8"));
        RevokeSecurityGroupIngressResult r = revoke(inDefault, tcp(22, "10.0.0.0/8"), tcp(80, "0.0.0.0/0"));
        assertEquals(1, r.revokedSecurityGroupRules().size());
        assertEquals(80, r.unknownIpPermissions().getFirst().fromPort(), "the default VPC lists what it did not find");
        String vpc = ec2.createVpc(ctx("CreateVpc"), new CreateVpcRequest("10.0.0.0/16", null, null, null, null, null, null, null, null, null, null,
                null, null)).vpc().vpcId();
        String elsewhere = create("web", vpc);
        assertEquals("InvalidPermission.NotFound", code(() -> revoke(elsewhere, tcp(22, "10.0.0.0/8"))));
        SecurityGroupRule rule = authorize(elsewhere, tcp(22, "10.0.0.0/8")).getFirst();
        assertEquals(rule.securityGroupRuleId(), ec2.revokeSecurityGroupIngress(ctx("RevokeSecurityGroupIngress"),
                new RevokeSecurityGroupIngressRequest(null, null, elsewhere, null, null, null, null, null, null, List.of(rule.securityGroupRuleId()),
                        null)).revokedSecurityGroupRules().getFirst().securityGroupRuleId());
    }

    @Test
    void egressRulesNeedTheGroupId() {
        String id = create("web", null);
        assertEquals("MissingParameter", code(() -> ec2.authorizeSecurityGroupEgress(ctx("AuthorizeSecurityGroupEgress"),
                new AuthorizeSecurityGroupEgressRequest(null, null, null, null, null, null, null, null, null, List.of(tcp(80, "0.0.0.0/0"))))));
        assertEquals("InvalidPermission.Duplicate", code(() -> ec2.authorizeSecurityGroupEgress(ctx("AuthorizeSecurityGroupEgress"),
                new AuthorizeSecurityGroupEgressRequest(null, null, id, null, null, null, null, null, null,
                        List.of(new IpPermission("-1", null, null, null, List.of(new IpRange(null, "0.0.0.0/0")), null, null))))));
        ec2.authorizeSecurityGroupEgress(ctx("AuthorizeSecurityGroupEgress"), new AuthorizeSecurityGroupEgressRequest(null, null, id, null, null,
                "udp", 53, 53, "10.0.0.2/32", null));
        assertEquals(2, groups(List.of(id), null).getFirst().ipPermissionsEgress().size());
    }

    @Test
    void theDefaultGroupCannotBeDeletedAndInstancesGetItWhenTheyNameNone() {
        SecurityGroup def = groups(null, List.of("default")).getFirst();
        assertEquals("CannotDelete", code(() -> ec2.deleteSecurityGroup(ctx("DeleteSecurityGroup"), new DeleteSecurityGroupRequest(def.groupId(),
                null, null))));
        assertEquals(List.of(new GroupIdentifier(def.groupId(), "default")),
                store.read(tx -> network.securityGroups(tx, ACCOUNT, "us-east-1", def.vpcId(), null, null)));
        String web = create("web", null);
        assertEquals(List.of(new GroupIdentifier(web, "web")),
                store.read(tx -> network.securityGroups(tx, ACCOUNT, "us-east-1", def.vpcId(), null, List.of("web"))));
        assertEquals("InvalidParameter", code(() -> store.read(tx -> network.securityGroups(tx, ACCOUNT, "us-east-1", "vpc-12345678",
                List.of(web), null))), "a group of another VPC");
        assertEquals(web, ec2.deleteSecurityGroup(ctx("DeleteSecurityGroup"), new DeleteSecurityGroupRequest(null, "web", null)).groupId());
        assertEquals("InvalidGroup.NotFound", code(() -> ec2.deleteSecurityGroup(ctx("DeleteSecurityGroup"),
                new DeleteSecurityGroupRequest(web, null, null))));
    }

    @Test
    void aGroupAnInstanceUsesCannotBeDeleted() {
        String web = create("web", null);
        ec2.network().securityGroups.usedBy((tx, account, region, groupId) -> groupId.equals(web));
        assertEquals("DependencyViolation", code(() -> ec2.deleteSecurityGroup(ctx("DeleteSecurityGroup"),
                new DeleteSecurityGroupRequest(web, null, null))));
        String db = create("db", null);
        ec2.deleteSecurityGroup(ctx("DeleteSecurityGroup"), new DeleteSecurityGroupRequest(db, null, null));
    }
}
