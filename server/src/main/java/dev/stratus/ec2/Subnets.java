package dev.stratus.ec2;

import dev.stratus.ec2.api.AttributeBooleanValue;
import dev.stratus.ec2.api.CreateSubnetRequest;
import dev.stratus.ec2.api.DescribeSubnetsRequest;
import dev.stratus.ec2.api.DescribeSubnetsResult;
import dev.stratus.ec2.api.ModifySubnetAttributeRequest;
import dev.stratus.ec2.api.PrivateDnsNameOptionsOnLaunch;
import dev.stratus.ec2.api.Subnet;
import dev.stratus.ec2.api.TagSpecification;
import dev.stratus.ec2.api.Vpc;
import dev.stratus.platform.Paging;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Subnets and the private addresses taken from them. A subnet keeps AWS's five reserved
 * addresses (the network address, the next three and the broadcast address) out of what it hands
 * out, and its AvailableIpAddressCount is counted from the addresses taken when it is read.
 * Addresses are handed out lowest first.
 */
final class Subnets {
    /** Its tables, made by the network's migration ({@link Ec2Network}). */
    static final String TABLES = """
            CREATE TABLE ec2_subnet (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              subnet_id TEXT NOT NULL,
              vpc_id TEXT NOT NULL,
              zone TEXT NOT NULL,
              cidr TEXT NOT NULL,
              default_for_az INTEGER NOT NULL,
              doc TEXT NOT NULL,
              PRIMARY KEY (account, region, subnet_id));
            CREATE TABLE ec2_private_ip (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              subnet_id TEXT NOT NULL,
              n BIGINT NOT NULL,
              PRIMARY KEY (account, region, subnet_id, n));
            """;

    /** The addresses AWS keeps at the start of every subnet: the network address, the VPC router, DNS and one for later. */
    private static final int RESERVED_AT_START = 4;

    private static final Filters<Subnet> FILTERS = Filters.<Subnet>of(s -> ResourceTags.map(s.tags()))
            .one("availability-zone", Subnet::availabilityZone)
            .one("availabilityZone", Subnet::availabilityZone)
            .one("availability-zone-id", Subnet::availabilityZoneId)
            .one("availabilityZoneId", Subnet::availabilityZoneId)
            .one("available-ip-address-count", Subnet::availableIpAddressCount)
            .one("cidr-block", Subnet::cidrBlock)
            .one("cidr", Subnet::cidrBlock)
            .one("cidrBlock", Subnet::cidrBlock)
            .one("default-for-az", Subnet::defaultForAz)
            .one("defaultForAz", Subnet::defaultForAz)
            .one("map-public-ip-on-launch", Subnet::mapPublicIpOnLaunch)
            .one("owner-id", Subnet::ownerId)
            .one("state", Subnet::state)
            .one("subnet-arn", Subnet::subnetArn)
            .one("subnet-id", Subnet::subnetId)
            .one("vpc-id", Subnet::vpcId)
            .one("ipv6-native", Subnet::ipv6Native)
            .build();

    private final ResourceTags tags;

    Subnets(ResourceTags tags) {
        this.tags = tags;
        tags.register(ResourceType.SUBNET, (tx, account, region, id) -> find(tx, account, region, id).isPresent());
    }

    // ---- operations

    Subnet create(Tx tx, RequestContext ctx, CreateSubnetRequest in) throws SQLException {
        ResourceTags.check(in.tagSpecifications(), Set.of(ResourceType.SUBNET));
        if (in.cidrBlock() == null) {
            throw new AwsException("MissingParameter", "Either 'cidrBlock' or 'ipv4IpamPoolId' should be provided.");
        }
        Cidr cidr = Cidr.parse(in.cidrBlock()).orElseThrow(() -> new AwsException("InvalidParameterValue",
                "Value (" + in.cidrBlock() + ") for parameter cidrBlock is invalid. This is not a valid CIDR block."));
        Vpc vpc = Vpcs.find(tx, ctx.accountId(), ctx.region(), in.vpcId()).orElseThrow(() -> ResourceType.VPC.notFound(in.vpcId()));
        Cidr vpcCidr = Cidr.parse(vpc.cidrBlock()).orElseThrow();
        if (!vpcCidr.contains(cidr) || cidr.prefix() > 28) {
            throw new AwsException("InvalidSubnet.Range", "The CIDR '" + in.cidrBlock() + "' is invalid.");
        }
        for (Subnet other : inVpc(tx, ctx.accountId(), ctx.region(), vpc.vpcId())) {
            if (Cidr.parse(other.cidrBlock()).orElseThrow().overlaps(cidr)) {
                throw new AwsException("InvalidSubnet.Conflict", "The CIDR '" + in.cidrBlock() + "' conflicts with another subnet");
            }
        }
        String zone = zone(tx, ctx, in.availabilityZone(), in.availabilityZoneId(), vpc.vpcId());
        return insert(tx, ctx.accountId(), ctx.region(), vpc.vpcId(), cidr, zone, false, in.tagSpecifications());
    }

    void delete(Tx tx, RequestContext ctx, String subnetId) throws SQLException {
        find(tx, ctx.accountId(), ctx.region(), subnetId).orElseThrow(() -> ResourceType.SUBNET.notFound(subnetId));
        if (taken(tx, ctx.accountId(), ctx.region(), subnetId) > 0) {
            throw new AwsException("DependencyViolation", "The subnet '" + subnetId + "' has dependencies and cannot be deleted.");
        }
        tx.update("DELETE FROM ec2_subnet WHERE account = ? AND region = ? AND subnet_id = ?", ctx.accountId(), ctx.region(), subnetId);
        tags.forget(tx, ctx.accountId(), ctx.region(), subnetId);
    }

    DescribeSubnetsResult describe(Tx tx, RequestContext ctx, DescribeSubnetsRequest in) throws SQLException {
        Predicate<Subnet> wanted = FILTERS.parse(in.filters());
        List<Subnet> all = shown(tx, ctx.accountId(), ctx.region(), Rows.docs(tx, Subnet.class,
                "SELECT doc FROM ec2_subnet WHERE account = ? AND region = ? ORDER BY subnet_id", ctx.accountId(), ctx.region()));
        List<Subnet> named = Rows.named(all, Subnet::subnetId, in.subnetIds(), ResourceType.SUBNET);
        Paging.Page<Subnet> page = Pages.of(ctx, named.stream().filter(wanted).toList(), Subnet::subnetId, in.nextToken(), in.maxResults(),
                5, 1000, in.filters(), in.subnetIds());
        return new DescribeSubnetsResult(page.nextToken(), page.items());
    }

    /** ModifySubnetAttribute: one attribute at a time, as EC2 takes it. */
    void modify(Tx tx, RequestContext ctx, ModifySubnetAttributeRequest in) throws SQLException {
        Subnet s = find(tx, ctx.accountId(), ctx.region(), in.subnetId()).orElseThrow(() -> ResourceType.SUBNET.notFound(in.subnetId()));
        Map<String, Object> changes = new HashMap<>();
        bool(changes, "MapPublicIpOnLaunch", in.mapPublicIpOnLaunch());
        bool(changes, "AssignIpv6AddressOnCreation", in.assignIpv6AddressOnCreation());
        bool(changes, "MapCustomerOwnedIpOnLaunch", in.mapCustomerOwnedIpOnLaunch());
        bool(changes, "EnableDns64", in.enableDns64());
        PrivateDnsNameOptionsOnLaunch dns = s.privateDnsNameOptionsOnLaunch();
        if (in.privateDnsHostnameTypeOnLaunch() != null) {
            changes.put("PrivateDnsNameOptionsOnLaunch", new PrivateDnsNameOptionsOnLaunch(in.privateDnsHostnameTypeOnLaunch(),
                    dns.enableResourceNameDnsARecord(), dns.enableResourceNameDnsAAAARecord()));
        }
        if (in.enableResourceNameDnsARecordOnLaunch() != null) {
            changes.put("PrivateDnsNameOptionsOnLaunch", new PrivateDnsNameOptionsOnLaunch(dns.hostnameType(),
                    in.enableResourceNameDnsARecordOnLaunch().value(), dns.enableResourceNameDnsAAAARecord()));
        }
        if (in.enableResourceNameDnsAAAARecordOnLaunch() != null) {
            changes.put("PrivateDnsNameOptionsOnLaunch", new PrivateDnsNameOptionsOnLaunch(dns.hostnameType(),
                    dns.enableResourceNameDnsARecord(), in.enableResourceNameDnsAAAARecordOnLaunch().value()));
        }
        int given = changes.size() + (in.enableResourceNameDnsARecordOnLaunch() != null && in.privateDnsHostnameTypeOnLaunch() != null ? 1 : 0);
        if (in.enableLniAtDeviceIndex() != null || in.disableLniAtDeviceIndex() != null || in.customerOwnedIpv4Pool() != null) {
            throw new AwsException("InvalidParameterValue", "This attribute can only be modified for subnets on an AWS Outpost.");
        }
        if (given == 0) {
            throw new AwsException("MissingParameter", "The request must contain exactly one attribute to modify.");
        }
        if (given > 1) {
            throw new AwsException("InvalidParameterCombination", "Only one attribute can be modified at a time");
        }
        if (Boolean.TRUE.equals(changes.get("AssignIpv6AddressOnCreation"))) {
            throw new AwsException("InvalidParameterValue", "The subnet '" + s.subnetId() + "' does not have an IPv6 CIDR block.");
        }
        for (Map.Entry<String, Object> c : changes.entrySet()) {
            s = Rows.with(s, c.getKey(), c.getValue());
        }
        tx.update("UPDATE ec2_subnet SET doc = ? WHERE account = ? AND region = ? AND subnet_id = ?", Json.string(s),
                ctx.accountId(), ctx.region(), s.subnetId());
    }

    private static void bool(Map<String, Object> changes, String member, AttributeBooleanValue value) {
        if (value != null) {
            if (value.value() == null) {
                throw new AwsException("InvalidParameterValue", "The value for '" + member + "' must be true or false.");
            }
            changes.put(member, value.value());
        }
    }

    // ---- the domain

    /** Makes a subnet: its document is what DescribeSubnets shows, but for its free addresses and tags. */
    Subnet insert(Tx tx, String account, String region, String vpcId, Cidr cidr, String zone, boolean defaultForAz,
                  List<TagSpecification> specs) throws SQLException {
        String id = Ec2Ids.next("subnet");
        Subnet s = new Subnet(Regions.zoneId(region, zone), null, false, null, account, false, List.of(), null,
                ResourceType.SUBNET.arn(region, account, id), null, false, false,
                new PrivateDnsNameOptionsOnLaunch("ip-name", false, false), null, null, id, "available", vpcId, cidr.toString(), null,
                zone, defaultForAz, defaultForAz);
        tx.update("INSERT INTO ec2_subnet (account, region, subnet_id, vpc_id, zone, cidr, default_for_az, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                account, region, id, vpcId, zone, cidr.toString(), defaultForAz ? 1 : 0, Json.string(s));
        return shown(s, 0, tags.specified(tx, account, region, ResourceType.SUBNET, id, specs));
    }

    /** The subnet with its free addresses and tags, or empty. */
    Optional<Subnet> find(Tx tx, String account, String region, String subnetId) throws SQLException {
        Optional<Subnet> s = Rows.doc(tx, Subnet.class, "SELECT doc FROM ec2_subnet WHERE account = ? AND region = ? AND subnet_id = ?",
                account, region, subnetId);
        if (s.isEmpty()) {
            return s;
        }
        // One subnet's count and tags, not the region's: instances look their subnets up one at a time.
        return Optional.of(shown(s.get(), taken(tx, account, region, subnetId), tags.of(tx, account, region, subnetId)));
    }

    /** The subnets of a VPC, as stored (without counts and tags). */
    static List<Subnet> inVpc(Tx tx, String account, String region, String vpcId) throws SQLException {
        return Rows.docs(tx, Subnet.class, "SELECT doc FROM ec2_subnet WHERE account = ? AND region = ? AND vpc_id = ? ORDER BY cidr",
                account, region, vpcId);
    }

    /** The default subnets of a VPC, in zone order. */
    List<Subnet> defaults(Tx tx, String account, String region, String vpcId) throws SQLException {
        return shown(tx, account, region, Rows.docs(tx, Subnet.class,
                "SELECT doc FROM ec2_subnet WHERE account = ? AND region = ? AND vpc_id = ? AND default_for_az = 1 ORDER BY zone",
                account, region, vpcId));
    }

    /**
     * Takes the lowest free address of the subnet past the four reserved at its start; the last
     * address (the broadcast address) is never handed out.
     */
    String allocate(Tx tx, String account, String region, Subnet subnet) throws SQLException {
        Cidr cidr = Cidr.parse(subnet.cidrBlock()).orElseThrow();
        long taken = taken(tx, account, region, subnet.subnetId());
        long highest = Rows.number(tx, "SELECT COALESCE(MAX(n), ?) FROM ec2_private_ip WHERE account = ? AND region = ? AND subnet_id = ?",
                RESERVED_AT_START - 1, account, region, subnet.subnetId());
        // Without a gap (nothing given back below the highest), the next is past the highest: no search for a launch of many.
        long n = highest + 1;
        if (taken != highest - RESERVED_AT_START + 1) {
            n = Rows.exists(tx, "SELECT 1 FROM ec2_private_ip WHERE account = ? AND region = ? AND subnet_id = ? AND n = ?",
                    account, region, subnet.subnetId(), RESERVED_AT_START) ? Rows.number(tx, "SELECT a.n + 1 FROM ec2_private_ip a "
                    + "WHERE a.account = ? AND a.region = ? AND a.subnet_id = ? AND NOT EXISTS (SELECT 1 FROM ec2_private_ip b "
                    + "WHERE b.account = a.account AND b.region = a.region AND b.subnet_id = a.subnet_id AND b.n = a.n + 1) ORDER BY a.n LIMIT 1",
                    account, region, subnet.subnetId()) : RESERVED_AT_START;
        }
        if (n >= cidr.size() - 1) {
            throw new AwsException("InsufficientFreeAddressesInSubnet",
                    "There are not enough free addresses in subnet '" + subnet.subnetId() + "' to satisfy the requested number of instances.");
        }
        tx.update("INSERT INTO ec2_private_ip (account, region, subnet_id, n) VALUES (?, ?, ?, ?)", account, region, subnet.subnetId(), n);
        return cidr.address(n);
    }

    void release(Tx tx, String account, String region, String subnetId, String ip) throws SQLException {
        Optional<Subnet> s = Rows.doc(tx, Subnet.class, "SELECT doc FROM ec2_subnet WHERE account = ? AND region = ? AND subnet_id = ?",
                account, region, subnetId);
        if (s.isPresent()) {
            long n = Cidr.parse(s.get().cidrBlock()).orElseThrow().offsetOf(ip);
            tx.update("DELETE FROM ec2_private_ip WHERE account = ? AND region = ? AND subnet_id = ? AND n = ?", account, region, subnetId, n);
        }
    }

    /** How many addresses of the subnet are taken. */
    static long taken(Tx tx, String account, String region, String subnetId) throws SQLException {
        return Rows.number(tx, "SELECT COUNT(*) FROM ec2_private_ip WHERE account = ? AND region = ? AND subnet_id = ?",
                account, region, subnetId);
    }

    /** The zone a new subnet goes in: the one named (by name or id), else the zone with the fewest of the VPC's subnets. */
    private static String zone(Tx tx, RequestContext ctx, String name, String id, String vpcId) throws SQLException {
        List<String> zones = Regions.zones(ctx.region());
        if (name != null || id != null) {
            return Regions.zone(ctx.region(), name, id).orElseThrow(() -> new AwsException("InvalidParameterValue",
                    "Value (" + (name != null ? name : id) + ") for parameter " + (name != null ? "availabilityZone" : "availabilityZoneId")
                            + " is invalid. Subnets can currently only be created in the following availability zones: "
                            + String.join(", ", zones) + "."));
        }
        Map<String, Integer> used = new HashMap<>();
        for (Subnet s : inVpc(tx, ctx.accountId(), ctx.region(), vpcId)) {
            used.merge(s.availabilityZone(), 1, Integer::sum);
        }
        String best = zones.getFirst();
        for (String z : zones) {
            if (used.getOrDefault(z, 0) < used.getOrDefault(best, 0)) {
                best = z;
            }
        }
        return best;
    }

    /** Subnets as stored, with their free addresses counted and their tags. */
    private List<Subnet> shown(Tx tx, String account, String region, List<Subnet> stored) throws SQLException {
        Map<String, Map<String, String>> tagged = tags.ofKind(tx, account, region, ResourceType.SUBNET);
        Map<String, Long> takenBySubnet = new HashMap<>();
        PreparedStatement ps = tx.sql("SELECT subnet_id, COUNT(*) FROM ec2_private_ip WHERE account = ? AND region = ? GROUP BY subnet_id");
        Tx.bind(ps, account, region);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                takenBySubnet.put(rs.getString(1), rs.getLong(2));
            }
        }
        List<Subnet> out = new ArrayList<>();
        for (Subnet s : stored) {
            out.add(shown(s, takenBySubnet.getOrDefault(s.subnetId(), 0L), tagged.get(s.subnetId())));
        }
        return out;
    }

    /** A stored subnet as EC2 shows it: its free addresses (its size less the five AWS keeps and those taken) and its tags. */
    private static Subnet shown(Subnet stored, long taken, Map<String, String> tags) {
        long free = Cidr.parse(stored.cidrBlock()).orElseThrow().size() - 5 - taken;
        return Rows.with(Rows.with(stored, "AvailableIpAddressCount", (int) free), "Tags", ResourceTags.tagSet(tags));
    }
}
