package dev.stratus.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.ec2.api.AuthorizeSecurityGroupIngressRequest;
import dev.stratus.ec2.api.CopyImageRequest;
import dev.stratus.ec2.api.CreateKeyPairRequest;
import dev.stratus.ec2.api.CreateSecurityGroupRequest;
import dev.stratus.ec2.api.CreateSubnetRequest;
import dev.stratus.ec2.api.CreateVpcRequest;
import dev.stratus.ec2.api.DescribeImagesRequest;
import dev.stratus.ec2.api.DescribeKeyPairsRequest;
import dev.stratus.ec2.api.DescribeSecurityGroupsRequest;
import dev.stratus.ec2.api.DescribeSubnetsRequest;
import dev.stratus.ec2.api.DescribeVpcsRequest;
import dev.stratus.ec2.api.Filter;
import dev.stratus.ec2.api.Image;
import dev.stratus.ec2.api.IpPermission;
import dev.stratus.ec2.api.IpRange;
import dev.stratus.ec2.api.Subnet;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.PostgresStore;
import dev.stratus.store.TestPostgres;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** EC2's network on the shared store: two nodes make one default VPC between them, hand out distinct addresses and see each other's resources. */
class Ec2NetworkOnPostgresTest {
    static final String ACCOUNT = "111122223333";
    final ManualClock clock = new ManualClock(1_800_000_000_000L);

    static RequestContext ctx(String operation) {
        return new RequestContext("r", "ec2", operation, "eu-west-1", ACCOUNT, "test", "localhost",
                new Principal(Principal.Type.ROOT, "arn:aws:iam::" + ACCOUNT + ":root", ACCOUNT));
    }

    Ec2Service node(PostgresStore store) {
        ResourceTags tags = new ResourceTags();
        return new Ec2Service(TaggedStores.tagged(store), tags, new Ec2Network(store, tags, clock, new Timers(store, clock)), null, null, null);
    }

    @Test
    void twoNodesShareOneNetwork() throws Exception {
        String url = TestPostgres.freshDatabase();
        try (PostgresStore one = PostgresStore.open(url); PostgresStore two = PostgresStore.open(url)) {
            Ec2Service a = node(one);
            Ec2Service b = node(two);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Future<Integer> fromA = pool.submit(() -> a.describeVpcs(ctx("DescribeVpcs"), new DescribeVpcsRequest(null, null, null, null, null))
                    .vpcs().size());
            Future<Integer> fromB = pool.submit(() -> b.describeVpcs(ctx("DescribeVpcs"), new DescribeVpcsRequest(null, null, null, null, null))
                    .vpcs().size());
            assertEquals(1, fromA.get());
            assertEquals(1, fromB.get(), "one default VPC, whichever node came first");
            Subnet s = one.write(tx -> a.network().place(tx, ACCOUNT, "eu-west-1", null, "eu-west-1b"));
            List<Future<String>> ips = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Ec2Service n = i % 2 == 0 ? a : b;
                PostgresStore store = i % 2 == 0 ? one : two;
                ips.add(pool.submit(() -> allocate(store, n, s)));
            }
            HashSet<String> distinct = new HashSet<>();
            for (Future<String> ip : ips) {
                distinct.add(ip.get());
            }
            assertEquals(20, distinct.size());
            assertEquals(4071, b.describeSubnets(ctx("DescribeSubnets"), new DescribeSubnetsRequest(List.of(new Filter("subnet-id",
                    List.of(s.subnetId()))), null, null, null, null)).subnets().getFirst().availableIpAddressCount());
            pool.shutdown();

            String vpc = a.createVpc(ctx("CreateVpc"), new CreateVpcRequest("10.0.0.0/16", null, null, null, null, null, null, null, null, null, null,
                    null, null)).vpc().vpcId();
            b.createSubnet(ctx("CreateSubnet"), new CreateSubnetRequest(null, null, null, "10.0.0.0/24", null, null, vpc, null, null, null, null, null,
                    null));
            String group = b.createSecurityGroup(ctx("CreateSecurityGroup"), new CreateSecurityGroupRequest("web", "web", vpc, null, null)).groupId();
            a.authorizeSecurityGroupIngress(ctx("AuthorizeSecurityGroupIngress"), new AuthorizeSecurityGroupIngressRequest(null, null, group, null,
                    List.of(new IpPermission("tcp", 22, 22, null, List.of(new IpRange(null, "10.0.0.0/8")), null, null)), null, null, null, null, null,
                    null));
            assertEquals(1, b.describeSecurityGroups(ctx("DescribeSecurityGroups"), new DescribeSecurityGroupsRequest(List.of(group), null, null, null,
                    null, null)).securityGroups().getFirst().ipPermissions().size());
            a.createKeyPair(ctx("CreateKeyPair"), new CreateKeyPairRequest("k", "ed25519", null, null, null));
            assertEquals(1, b.describeKeyPairs(ctx("DescribeKeyPairs"), new DescribeKeyPairsRequest(null, null, null, null, null)).keyPairs().size());
            Image source = a.describeImages(ctx("DescribeImages"), new DescribeImagesRequest(null, null, List.of("amazon"), null, null, null, null,
                    null, null)).images().getFirst();
            String copy = b.copyImage(ctx("CopyImage"), new CopyImageRequest(null, null, null, null, "mine", source.imageId(), "eu-west-1", null,
                    null, null, null, null, null, null)).imageId();
            assertEquals("pending", a.describeImages(ctx("DescribeImages"), new DescribeImagesRequest(null, List.of(copy), null, null, null, null,
                    null, null, null)).images().getFirst().state());
            assertEquals("InvalidSubnet.Conflict", org.junit.jupiter.api.Assertions.assertThrows(AwsException.class, () -> a.createSubnet(
                    ctx("CreateSubnet"), new CreateSubnetRequest(null, null, null, "10.0.0.0/25", null, null, vpc, null, null, null, null, null, null)))
                    .code());
        }
    }

    static String allocate(PostgresStore store, Ec2Service node, Subnet s) {
        return store.write(tx -> node.network().allocatePrivateIp(tx, ACCOUNT, "eu-west-1", s));
    }
}
