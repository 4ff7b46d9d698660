package dev.stratus.ec2;

import dev.stratus.ec2.api.GroupIdentifier;
import dev.stratus.ec2.api.Image;
import dev.stratus.ec2.api.KeyPairInfo;
import dev.stratus.ec2.api.Subnet;
import dev.stratus.ec2.api.Vpc;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * EC2's network and what instances start from, put together: VPCs with their subnets and
 * addresses, security groups, key pairs and images, in the tables of the {@code ec2.network}
 * migration. Instances reach it through {@link Network}; EC2's operations through its parts.
 */
final class Ec2Network implements Network {
    static final List<String> MIGRATIONS = List.of(Vpcs.TABLES + Subnets.TABLES + SecurityGroups.TABLES + KeyPairs.TABLES + Images.TABLES);

    private final Store store;
    final Subnets subnets;
    final SecurityGroups securityGroups;
    final Vpcs vpcs;
    final KeyPairs keyPairs;
    final Images images;
    /** Regions whose default VPC is known to have been made, so reads need not look. */
    private final Set<String> made = ConcurrentHashMap.newKeySet();

    Ec2Network(Store store, ResourceTags tags, Clock clock, Timers timers) {
        this.store = store;
        store.migrate("ec2.network", MIGRATIONS);
        this.subnets = new Subnets(tags);
        this.securityGroups = new SecurityGroups(tags, this::defaultVpcId);
        this.vpcs = new Vpcs(tags, subnets, new Vpcs.Members() {
            @Override
            public void created(Tx tx, String account, String region, String vpcId) throws SQLException {
                securityGroups.createDefault(tx, account, region, vpcId);
            }

            @Override
            public void checkDeletable(Tx tx, String account, String region, String vpcId) throws SQLException {
                securityGroups.checkDeletable(tx, account, region, vpcId);
            }

            @Override
            public void deleted(Tx tx, String account, String region, String vpcId) throws SQLException {
                securityGroups.vpcDeleted(tx, account, region, vpcId);
            }
        });
        this.keyPairs = new KeyPairs(tags, clock);
        this.images = new Images(tags, clock, timers);
    }

    /** The region's default VPC's id, for the security groups made before the VPCs they belong to. */
    private Optional<String> defaultVpcId(Tx tx, String account, String region) throws SQLException {
        return vpcs.defaultVpc(tx, account, region).map(Vpc::vpcId);
    }

    /**
     * Makes the region's default VPC, if this is the first use of its network, before an
     * operation reads it: reads run where nothing may be written.
     */
    void ensureDefault(RequestContext ctx) {
        String key = ctx.accountId() + "/" + ctx.region();
        if (made.contains(key)) {
            return;
        }
        if (!store.read(tx -> Vpcs.made(tx, ctx.accountId(), ctx.region()))) {
            store.write(tx -> {
                vpcs.ensureDefault(tx, ctx.accountId(), ctx.region());
                return null;
            });
        }
        made.add(key);
    }

    @Override
    public Subnet place(Tx tx, String account, String region, String subnetId, String availabilityZone) throws SQLException {
        if (subnetId != null) {
            Subnet s = subnets.find(tx, account, region, subnetId).orElseThrow(() -> ResourceType.SUBNET.notFound(subnetId));
            if (availabilityZone != null && !availabilityZone.equals(s.availabilityZone())) {
                throw new AwsException("InvalidParameterValue", "Value (" + availabilityZone + ") for parameter availabilityZone is invalid. "
                        + "Subnet '" + subnetId + "' is in the availability zone " + s.availabilityZone());
            }
            return s;
        }
        Vpc vpc = vpcs.defaultVpc(tx, account, region).orElseThrow(() -> new AwsException("VPCIdNotSpecified", "No default VPC for this user"));
        List<Subnet> defaults = subnets.defaults(tx, account, region, vpc.vpcId());
        if (availabilityZone != null) {
            if (!Regions.zones(region).contains(availabilityZone)) {
                throw new AwsException("InvalidParameterValue", "Invalid availability zone: [" + availabilityZone + "]");
            }
            return defaults.stream().filter(s -> s.availabilityZone().equals(availabilityZone)).findFirst()
                    .orElseThrow(() -> new AwsException("InvalidParameterValue", "No default subnet for availability zone: '" + availabilityZone + "'."));
        }
        if (defaults.isEmpty()) {
            throw new AwsException("MissingInput", "No subnets found for the default VPC '" + vpc.vpcId() + "'. Please specify a subnet.");
        }
        return defaults.getFirst();
    }

    @Override
    public Optional<Subnet> subnet(Tx tx, String account, String region, String subnetId) throws SQLException {
        return subnets.find(tx, account, region, subnetId);
    }

    @Override
    public List<Subnet> defaultSubnets(Tx tx, String account, String region) throws SQLException {
        Optional<Vpc> vpc = vpcs.defaultVpc(tx, account, region);
        return vpc.isEmpty() ? List.of() : subnets.defaults(tx, account, region, vpc.get().vpcId());
    }

    @Override
    public String allocatePrivateIp(Tx tx, String account, String region, Subnet subnet) throws SQLException {
        return subnets.allocate(tx, account, region, subnet);
    }

    @Override
    public void releasePrivateIp(Tx tx, String account, String region, String subnetId, String ip) throws SQLException {
        subnets.release(tx, account, region, subnetId, ip);
    }

    @Override
    public List<GroupIdentifier> securityGroups(Tx tx, String account, String region, String vpcId, List<String> ids, List<String> names)
            throws SQLException {
        return securityGroups.forInstance(tx, account, region, vpcId, ids, names);
    }

    @Override
    public Optional<KeyPairInfo> keyPair(Tx tx, String account, String region, String keyName) throws SQLException {
        return keyPairs.find(tx, account, region, keyName);
    }

    @Override
    public Optional<Image> image(Tx tx, String account, String region, String imageId) throws SQLException {
        return images.visible(tx, account, region, imageId);
    }
}
