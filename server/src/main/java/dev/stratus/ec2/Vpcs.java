package dev.stratus.ec2;

import dev.stratus.ec2.api.AttributeBooleanValue;
import dev.stratus.ec2.api.AttributeValue;
import dev.stratus.ec2.api.CreateVpcRequest;
import dev.stratus.ec2.api.DescribeDhcpOptionsRequest;
import dev.stratus.ec2.api.DescribeDhcpOptionsResult;
import dev.stratus.ec2.api.DescribeInternetGatewaysRequest;
import dev.stratus.ec2.api.DescribeInternetGatewaysResult;
import dev.stratus.ec2.api.DescribeNetworkAclsRequest;
import dev.stratus.ec2.api.DescribeNetworkAclsResult;
import dev.stratus.ec2.api.DescribeRouteTablesRequest;
import dev.stratus.ec2.api.DescribeRouteTablesResult;
import dev.stratus.ec2.api.DescribeVpcAttributeRequest;
import dev.stratus.ec2.api.DescribeVpcAttributeResult;
import dev.stratus.ec2.api.DescribeVpcsRequest;
import dev.stratus.ec2.api.DescribeVpcsResult;
import dev.stratus.ec2.api.DhcpConfiguration;
import dev.stratus.ec2.api.DhcpOptions;
import dev.stratus.ec2.api.InternetGateway;
import dev.stratus.ec2.api.InternetGatewayAttachment;
import dev.stratus.ec2.api.ModifyVpcAttributeRequest;
import dev.stratus.ec2.api.NetworkAcl;
import dev.stratus.ec2.api.NetworkAclAssociation;
import dev.stratus.ec2.api.NetworkAclEntry;
import dev.stratus.ec2.api.Route;
import dev.stratus.ec2.api.RouteTable;
import dev.stratus.ec2.api.RouteTableAssociation;
import dev.stratus.ec2.api.RouteTableAssociationState;
import dev.stratus.ec2.api.Subnet;
import dev.stratus.ec2.api.Tag;
import dev.stratus.ec2.api.TagSpecification;
import dev.stratus.ec2.api.Vpc;
import dev.stratus.ec2.api.VpcCidrBlockAssociation;
import dev.stratus.ec2.api.VpcCidrBlockState;
import dev.stratus.platform.Paging;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * VPCs, and what each one comes with: a main route table, a default network ACL and a default
 * security group, and the account's default DHCP options. Each account has in each region a
 * default VPC, made the first time anything in the region's network is used (AWS makes it with the
 * account): 172.31.0.0/16 with a /20 default subnet per availability zone (172.31.0.0/20,
 * 172.31.16.0/20, …) that gives instances public addresses, and an internet gateway its main route
 * table routes 0.0.0.0/0 to. Once deleted, it is made again only by CreateDefaultVpc.
 */
final class Vpcs {
    /** Its tables, made by the network's migration ({@link Ec2Network}). */
    static final String TABLES = """
            CREATE TABLE ec2_vpc (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              vpc_id TEXT NOT NULL,
              is_default INTEGER NOT NULL,
              dns_support INTEGER NOT NULL,
              dns_hostnames INTEGER NOT NULL,
              doc TEXT NOT NULL,
              PRIMARY KEY (account, region, vpc_id));
            CREATE TABLE ec2_vpc_part (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              id TEXT NOT NULL,
              kind TEXT NOT NULL,
              vpc_id TEXT,
              doc TEXT NOT NULL,
              PRIMARY KEY (account, region, id));
            CREATE TABLE ec2_network_region (
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              PRIMARY KEY (account, region));
            """;

    private static final String DEFAULT_CIDR = "172.31.0.0/16";
    private static final int DEFAULT_SUBNET_PREFIX = 20;

    /** What a VPC's creation and deletion mean to other parts of the network (its default security group). */
    interface Members {
        void created(Tx tx, String account, String region, String vpcId) throws SQLException;

        /** Refuses the deletion (DependencyViolation) while the VPC holds what its owner must delete first. */
        void checkDeletable(Tx tx, String account, String region, String vpcId) throws SQLException;

        void deleted(Tx tx, String account, String region, String vpcId) throws SQLException;
    }

    private static final Filters<Vpc> VPC_FILTERS = Filters.<Vpc>of(v -> ResourceTags.map(v.tags()))
            .one("cidr", Vpc::cidrBlock)
            .one("cidr-block-association.cidr-block", Vpc::cidrBlock)
            .one("cidr-block-association.association-id", v -> v.cidrBlockAssociationSet().getFirst().associationId())
            .one("cidr-block-association.state", v -> "associated")
            .one("dhcp-options-id", Vpc::dhcpOptionsId)
            .one("is-default", Vpc::isDefault)
            .one("isDefault", Vpc::isDefault)
            .one("owner-id", Vpc::ownerId)
            .one("state", Vpc::state)
            .one("vpc-id", Vpc::vpcId)
            .one("instance-tenancy", Vpc::instanceTenancy)
            .build();
    private static final Filters<InternetGateway> IGW_FILTERS = Filters.<InternetGateway>of(g -> ResourceTags.map(g.tags()))
            .many("attachment.state", g -> g.attachments().stream().map(InternetGatewayAttachment::state).toList())
            .many("attachment.vpc-id", g -> g.attachments().stream().map(InternetGatewayAttachment::vpcId).toList())
            .one("internet-gateway-id", InternetGateway::internetGatewayId)
            .one("owner-id", InternetGateway::ownerId)
            .build();
    private static final Filters<RouteTable> RTB_FILTERS = Filters.<RouteTable>of(t -> ResourceTags.map(t.tags()))
            .many("association.main", t -> t.associations().stream().map(a -> String.valueOf(a.main())).toList())
            .many("association.route-table-association-id", t -> t.associations().stream().map(RouteTableAssociation::routeTableAssociationId).toList())
            .many("association.route-table-id", t -> t.associations().stream().map(RouteTableAssociation::routeTableId).toList())
            .many("association.subnet-id", t -> t.associations().stream().map(RouteTableAssociation::subnetId).filter(s -> s != null).toList())
            .one("owner-id", RouteTable::ownerId)
            .one("route-table-id", RouteTable::routeTableId)
            .many("route.destination-cidr-block", t -> t.routes().stream().map(Route::destinationCidrBlock).toList())
            .many("route.gateway-id", t -> t.routes().stream().map(Route::gatewayId).toList())
            .many("route.origin", t -> t.routes().stream().map(Route::origin).toList())
            .many("route.state", t -> t.routes().stream().map(Route::state).toList())
            .one("vpc-id", RouteTable::vpcId)
            .build();
    private static final Filters<NetworkAcl> ACL_FILTERS = Filters.<NetworkAcl>of(a -> ResourceTags.map(a.tags()))
            .many("association.association-id", a -> a.associations().stream().map(NetworkAclAssociation::networkAclAssociationId).toList())
            .many("association.network-acl-id", a -> a.associations().stream().map(NetworkAclAssociation::networkAclId).toList())
            .many("association.subnet-id", a -> a.associations().stream().map(NetworkAclAssociation::subnetId).toList())
            .one("default", NetworkAcl::isDefault)
            .many("entry.rule-number", a -> a.entries().stream().map(e -> String.valueOf(e.ruleNumber())).toList())
            .many("entry.rule-action", a -> a.entries().stream().map(NetworkAclEntry::ruleAction).toList())
            .many("entry.cidr", a -> a.entries().stream().map(NetworkAclEntry::cidrBlock).toList())
            .many("entry.protocol", a -> a.entries().stream().map(NetworkAclEntry::protocol).toList())
            .many("entry.egress", a -> a.entries().stream().map(e -> String.valueOf(e.egress())).toList())
            .one("network-acl-id", NetworkAcl::networkAclId)
            .one("owner-id", NetworkAcl::ownerId)
            .one("vpc-id", NetworkAcl::vpcId)
            .build();
    private static final Filters<DhcpOptions> DOPT_FILTERS = Filters.<DhcpOptions>of(d -> ResourceTags.map(d.tags()))
            .one("dhcp-options-id", DhcpOptions::dhcpOptionsId)
            .many("key", d -> d.dhcpConfigurations().stream().map(DhcpConfiguration::key).toList())
            .many("value", d -> d.dhcpConfigurations().stream().flatMap(c -> c.values().stream().map(AttributeValue::value)).toList())
            .one("owner-id", DhcpOptions::ownerId)
            .build();

    private final ResourceTags tags;
    private final Subnets subnets;
    private final Members members;

    Vpcs(ResourceTags tags, Subnets subnets, Members members) {
        this.tags = tags;
        this.subnets = subnets;
        this.members = members;
        tags.register(ResourceType.VPC, (tx, account, region, id) -> find(tx, account, region, id).isPresent());
        for (ResourceType part : List.of(ResourceType.INTERNET_GATEWAY, ResourceType.ROUTE_TABLE, ResourceType.NETWORK_ACL, ResourceType.DHCP_OPTIONS)) {
            tags.register(part, (tx, account, region, id) -> Rows.exists(tx,
                    "SELECT 1 FROM ec2_vpc_part WHERE account = ? AND region = ? AND id = ? AND kind = ?", account, region, id, part.prefix()));
        }
    }

    // ---- operations

    Vpc create(Tx tx, RequestContext ctx, CreateVpcRequest in) throws SQLException {
        ResourceTags.check(in.tagSpecifications(), Set.of(ResourceType.VPC));
        if (in.ipv4IpamPoolId() != null || in.ipv6IpamPoolId() != null) {
            throw new AwsException("InvalidParameterValue", "IPAM pools are not available in this region.");
        }
        if (Boolean.TRUE.equals(in.amazonProvidedIpv6CidrBlock()) || in.ipv6CidrBlock() != null || in.ipv6Pool() != null) {
            throw new AwsException("InvalidParameterValue", "IPv6 CIDR blocks are not available in this region.");
        }
        if (in.cidrBlock() == null) {
            throw new AwsException("MissingParameter", "Either 'cidrBlock' or 'ipv4IpamPoolId' should be provided.");
        }
        Cidr cidr = Cidr.parse(in.cidrBlock()).orElseThrow(() -> new AwsException("InvalidParameterValue",
                "Value (" + in.cidrBlock() + ") for parameter cidrBlock is invalid. This is not a valid CIDR block."));
        if (cidr.prefix() < 16 || cidr.prefix() > 28) {
            throw new AwsException("InvalidVpc.Range", "The CIDR '" + in.cidrBlock() + "' is invalid.");
        }
        String tenancy = in.instanceTenancy() == null ? "default" : in.instanceTenancy();
        if (!tenancy.equals("default") && !tenancy.equals("dedicated")) {
            throw new AwsException("InvalidParameterValue", "The tenancy value " + tenancy + " is not supported.");
        }
        ensureDefault(tx, ctx.accountId(), ctx.region());
        return insert(tx, ctx.accountId(), ctx.region(), cidr, false, tenancy, in.tagSpecifications());
    }

    /** CreateDefaultVpc: a new default VPC when the region has none, with its subnets and gateway. */
    Vpc createDefault(Tx tx, RequestContext ctx) throws SQLException {
        ensureDefault(tx, ctx.accountId(), ctx.region());
        if (defaultVpc(tx, ctx.accountId(), ctx.region()).isPresent()) {
            throw new AwsException("DefaultVpcAlreadyExists", "A Default VPC already exists for this account in this region.");
        }
        return makeDefault(tx, ctx.accountId(), ctx.region());
    }

    /** CreateDefaultSubnet: the zone's default subnet again, in the first /20 of the default VPC no subnet overlaps. */
    Subnet createDefaultSubnet(Tx tx, RequestContext ctx, String zoneName, String zoneId, Boolean ipv6Native) throws SQLException {
        if (Boolean.TRUE.equals(ipv6Native)) {
            throw new AwsException("InvalidParameterValue", "IPv6 CIDR blocks are not available in this region.");
        }
        if ((zoneName == null) == (zoneId == null)) {
            throw new AwsException("InvalidParameterCombination", "Either AvailabilityZone or AvailabilityZoneId must be specified, but not both.");
        }
        String zone = Regions.zone(ctx.region(), zoneName, zoneId).orElseThrow(() -> new AwsException("InvalidParameterValue",
                "Value (" + (zoneName != null ? zoneName : zoneId) + ") for parameter availabilityZone is invalid."));
        Vpc vpc = defaultVpc(tx, ctx.accountId(), ctx.region()).orElseThrow(() -> new AwsException("DefaultVpcDoesNotExist",
                "No default VPC exists for this account in this region."));
        List<Subnet> existing = Subnets.inVpc(tx, ctx.accountId(), ctx.region(), vpc.vpcId());
        if (existing.stream().anyMatch(s -> s.defaultForAz() && s.availabilityZone().equals(zone))) {
            throw new AwsException("DefaultSubnetAlreadyExistsInAvailabilityZone", "The default subnet already exists in availability zone "
                    + zone + ".");
        }
        Cidr whole = Cidr.parse(DEFAULT_CIDR).orElseThrow();
        long step = 1L << (32 - DEFAULT_SUBNET_PREFIX);
        for (long base = whole.base(); base < whole.base() + whole.size(); base += step) {
            Cidr candidate = new Cidr(base, DEFAULT_SUBNET_PREFIX);
            if (existing.stream().noneMatch(s -> Cidr.parse(s.cidrBlock()).orElseThrow().overlaps(candidate))) {
                return subnets.insert(tx, ctx.accountId(), ctx.region(), vpc.vpcId(), candidate, zone, true, null);
            }
        }
        throw new AwsException("InsufficientFreeAddressesInSubnet", "The default VPC has no free /20 left for a default subnet.");
    }

    void delete(Tx tx, RequestContext ctx, String vpcId) throws SQLException {
        String account = ctx.accountId();
        String region = ctx.region();
        find(tx, account, region, vpcId).orElseThrow(() -> ResourceType.VPC.notFound(vpcId));
        if (!Subnets.inVpc(tx, account, region, vpcId).isEmpty()) {
            throw dependencies(vpcId);
        }
        members.checkDeletable(tx, account, region, vpcId);
        for (String part : partIds(tx, account, region, vpcId)) {
            tags.forget(tx, account, region, part);
        }
        tx.update("DELETE FROM ec2_vpc_part WHERE account = ? AND region = ? AND vpc_id = ?", account, region, vpcId);
        tx.update("DELETE FROM ec2_vpc WHERE account = ? AND region = ? AND vpc_id = ?", account, region, vpcId);
        tags.forget(tx, account, region, vpcId);
        members.deleted(tx, account, region, vpcId);
    }

    static AwsException dependencies(String vpcId) {
        return new AwsException("DependencyViolation", "The vpc '" + vpcId + "' has dependencies and cannot be deleted.");
    }

    DescribeVpcsResult describe(Tx tx, RequestContext ctx, DescribeVpcsRequest in) throws SQLException {
        Map<String, Map<String, String>> tagged = tags.ofKind(tx, ctx.accountId(), ctx.region(), ResourceType.VPC);
        List<Vpc> all = new ArrayList<>();
        for (Vpc v : Rows.docs(tx, Vpc.class, "SELECT doc FROM ec2_vpc WHERE account = ? AND region = ? ORDER BY vpc_id",
                ctx.accountId(), ctx.region())) {
            all.add(Rows.with(v, "Tags", ResourceTags.tagSet(tagged.get(v.vpcId()))));
        }
        Predicate<Vpc> wanted = VPC_FILTERS.parse(in.filters());
        List<Vpc> named = Rows.named(all, Vpc::vpcId, in.vpcIds(), ResourceType.VPC);
        Paging.Page<Vpc> page = Pages.of(ctx, named.stream().filter(wanted).toList(), Vpc::vpcId, in.nextToken(), in.maxResults(),
                5, 1000, in.filters(), in.vpcIds());
        return new DescribeVpcsResult(page.nextToken(), page.items());
    }

    DescribeVpcAttributeResult describeAttribute(Tx tx, RequestContext ctx, DescribeVpcAttributeRequest in) throws SQLException {
        find(tx, ctx.accountId(), ctx.region(), in.vpcId()).orElseThrow(() -> ResourceType.VPC.notFound(in.vpcId()));
        String column = switch (in.attribute() == null ? "" : in.attribute()) {
            case "enableDnsSupport" -> "dns_support";
            case "enableDnsHostnames" -> "dns_hostnames";
            case "enableNetworkAddressUsageMetrics" -> "0";
            default -> throw new AwsException("InvalidParameterValue", "Value (" + in.attribute() + ") for parameter attribute is invalid. "
                    + "Unknown attribute.");
        };
        AttributeBooleanValue value = new AttributeBooleanValue(Rows.number(tx, "SELECT " + column + " FROM ec2_vpc "
                + "WHERE account = ? AND region = ? AND vpc_id = ?", ctx.accountId(), ctx.region(), in.vpcId()) == 1);
        return new DescribeVpcAttributeResult(column.equals("dns_hostnames") ? value : null, column.equals("dns_support") ? value : null,
                column.equals("0") ? value : null, in.vpcId());
    }

    void modifyAttribute(Tx tx, RequestContext ctx, ModifyVpcAttributeRequest in) throws SQLException {
        find(tx, ctx.accountId(), ctx.region(), in.vpcId()).orElseThrow(() -> ResourceType.VPC.notFound(in.vpcId()));
        int given = (in.enableDnsSupport() != null ? 1 : 0) + (in.enableDnsHostnames() != null ? 1 : 0)
                + (in.enableNetworkAddressUsageMetrics() != null ? 1 : 0);
        if (given != 1) {
            throw new AwsException(given == 0 ? "MissingParameter" : "InvalidParameterCombination",
                    given == 0 ? "The request must contain exactly one attribute to modify." : "Only one attribute can be modified at a time");
        }
        if (in.enableNetworkAddressUsageMetrics() != null) {
            throw new AwsException("InvalidParameterValue", "Network address usage metrics are not available in this region.");
        }
        AttributeBooleanValue v = in.enableDnsSupport() != null ? in.enableDnsSupport() : in.enableDnsHostnames();
        if (v.value() == null) {
            throw new AwsException("InvalidParameterValue", "The attribute value must be true or false.");
        }
        tx.update("UPDATE ec2_vpc SET " + (in.enableDnsSupport() != null ? "dns_support" : "dns_hostnames") + " = ? "
                + "WHERE account = ? AND region = ? AND vpc_id = ?", v.value() ? 1 : 0, ctx.accountId(), ctx.region(), in.vpcId());
    }

    DescribeInternetGatewaysResult describeInternetGateways(Tx tx, RequestContext ctx, DescribeInternetGatewaysRequest in)
            throws SQLException {
        Paging.Page<InternetGateway> page = parts(tx, ctx, ResourceType.INTERNET_GATEWAY, InternetGateway.class,
                InternetGateway::internetGatewayId, in.internetGatewayIds(), IGW_FILTERS.parse(in.filters()), in.nextToken(), in.maxResults(),
                in.filters());
        return new DescribeInternetGatewaysResult(page.items(), page.nextToken());
    }

    DescribeRouteTablesResult describeRouteTables(Tx tx, RequestContext ctx, DescribeRouteTablesRequest in) throws SQLException {
        Paging.Page<RouteTable> page = parts(tx, ctx, ResourceType.ROUTE_TABLE, RouteTable.class, RouteTable::routeTableId,
                in.routeTableIds(), RTB_FILTERS.parse(in.filters()), in.nextToken(), in.maxResults(), in.filters());
        return new DescribeRouteTablesResult(page.items(), page.nextToken());
    }

    /** The ACLs, each associated with every subnet of its VPC (Stratus has no other ACLs to associate them with). */
    DescribeNetworkAclsResult describeNetworkAcls(Tx tx, RequestContext ctx, DescribeNetworkAclsRequest in) throws SQLException {
        Predicate<NetworkAcl> wanted = ACL_FILTERS.parse(in.filters());
        List<NetworkAcl> all = new ArrayList<>();
        for (NetworkAcl acl : Rows.docs(tx, NetworkAcl.class, "SELECT doc FROM ec2_vpc_part WHERE account = ? AND region = ? AND kind = ? ORDER BY id",
                ctx.accountId(), ctx.region(), ResourceType.NETWORK_ACL.prefix())) {
            List<NetworkAclAssociation> associations = new ArrayList<>();
            for (Subnet s : Subnets.inVpc(tx, ctx.accountId(), ctx.region(), acl.vpcId())) {
                associations.add(new NetworkAclAssociation(Ec2Ids.derived("aclassoc", s.subnetId()), acl.networkAclId(), s.subnetId()));
            }
            all.add(Rows.with(acl, "Associations", associations));
        }
        Paging.Page<NetworkAcl> page = page(tx, ctx, ResourceType.NETWORK_ACL, all, NetworkAcl::networkAclId, in.networkAclIds(), wanted,
                in.nextToken(), in.maxResults(), in.filters());
        return new DescribeNetworkAclsResult(page.items(), page.nextToken());
    }

    DescribeDhcpOptionsResult describeDhcpOptions(Tx tx, RequestContext ctx, DescribeDhcpOptionsRequest in) throws SQLException {
        Paging.Page<DhcpOptions> page = parts(tx, ctx, ResourceType.DHCP_OPTIONS, DhcpOptions.class, DhcpOptions::dhcpOptionsId,
                in.dhcpOptionsIds(), DOPT_FILTERS.parse(in.filters()), in.nextToken(), in.maxResults(), in.filters());
        return new DescribeDhcpOptionsResult(page.nextToken(), page.items());
    }

    // ---- the domain

    static Optional<Vpc> find(Tx tx, String account, String region, String vpcId) throws SQLException {
        return Rows.doc(tx, Vpc.class, "SELECT doc FROM ec2_vpc WHERE account = ? AND region = ? AND vpc_id = ?", account, region, vpcId);
    }

    /** The region's default VPC (made the first time it is asked for), or empty once its owner deleted it. */
    Optional<Vpc> defaultVpc(Tx tx, String account, String region) throws SQLException {
        ensureDefault(tx, account, region);
        return Rows.doc(tx, Vpc.class, "SELECT doc FROM ec2_vpc WHERE account = ? AND region = ? AND is_default = 1", account, region);
    }

    /** Whether the region's network has been used, so its default VPC exists or was deleted: a read needs no write then. */
    static boolean made(Tx tx, String account, String region) throws SQLException {
        return Rows.exists(tx, "SELECT 1 FROM ec2_network_region WHERE account = ? AND region = ?", account, region);
    }

    /** Makes the region's default VPC the first time its network is used. */
    void ensureDefault(Tx tx, String account, String region) throws SQLException {
        if (!made(tx, account, region)
                && tx.update("INSERT INTO ec2_network_region (account, region) VALUES (?, ?) ON CONFLICT (account, region) DO NOTHING",
                account, region) == 1) {
            makeDefault(tx, account, region);
        }
    }

    private Vpc makeDefault(Tx tx, String account, String region) throws SQLException {
        Vpc vpc = insert(tx, account, region, Cidr.parse(DEFAULT_CIDR).orElseThrow(), true, "default", null);
        String igw = Ec2Ids.next("igw");
        putPart(tx, account, region, igw, ResourceType.INTERNET_GATEWAY, vpc.vpcId(),
                new InternetGateway(List.of(new InternetGatewayAttachment("available", vpc.vpcId())), igw, account, null));
        RouteTable main = Rows.docs(tx, RouteTable.class, "SELECT doc FROM ec2_vpc_part WHERE account = ? AND region = ? AND vpc_id = ? AND kind = ?",
                account, region, vpc.vpcId(), ResourceType.ROUTE_TABLE.prefix()).getFirst();
        List<Route> routes = new ArrayList<>(main.routes());
        routes.add(route("0.0.0.0/0", igw, "CreateRoute"));
        putPart(tx, account, region, main.routeTableId(), ResourceType.ROUTE_TABLE, vpc.vpcId(), Rows.with(main, "Routes", routes));
        List<String> zones = Regions.zones(region);
        Cidr whole = Cidr.parse(DEFAULT_CIDR).orElseThrow();
        long step = 1L << (32 - DEFAULT_SUBNET_PREFIX);
        for (int i = 0; i < zones.size(); i++) {
            subnets.insert(tx, account, region, vpc.vpcId(), new Cidr(whole.base() + i * step, DEFAULT_SUBNET_PREFIX), zones.get(i), true, null);
        }
        return vpc;
    }

    /** A VPC with its main route table, default network ACL and default security group, using the region's default DHCP options. */
    private Vpc insert(Tx tx, String account, String region, Cidr cidr, boolean isDefault, String tenancy, List<TagSpecification> specs)
            throws SQLException {
        String id = Ec2Ids.next("vpc");
        Vpc vpc = new Vpc(account, tenancy, null, List.of(new VpcCidrBlockAssociation(Ec2Ids.next("vpc-cidr-assoc"), cidr.toString(),
                new VpcCidrBlockState("associated", null))), isDefault, null, null, null, id, "available", cidr.toString(),
                dhcpOptions(tx, account, region));
        tx.update("INSERT INTO ec2_vpc (account, region, vpc_id, is_default, dns_support, dns_hostnames, doc) VALUES (?, ?, ?, ?, 1, ?, ?)",
                account, region, id, isDefault ? 1 : 0, isDefault ? 1 : 0, Json.string(vpc));
        Map<String, String> given = tags.specified(tx, account, region, ResourceType.VPC, id, specs);
        String rtb = Ec2Ids.next("rtb");
        putPart(tx, account, region, rtb, ResourceType.ROUTE_TABLE, id, new RouteTable(
                List.of(new RouteTableAssociation(true, Ec2Ids.next("rtbassoc"), rtb, null, null, null,
                        new RouteTableAssociationState("associated", null))),
                List.of(), rtb, List.of(route(cidr.toString(), "local", "CreateRouteTable")), null, id, account));
        String acl = Ec2Ids.next("acl");
        putPart(tx, account, region, acl, ResourceType.NETWORK_ACL, id, new NetworkAcl(List.of(), List.of(
                aclEntry(true, 100, "allow"), aclEntry(true, 32767, "deny"), aclEntry(false, 100, "allow"), aclEntry(false, 32767, "deny")),
                true, acl, null, id, account));
        members.created(tx, account, region, id);
        return Rows.with(vpc, "Tags", ResourceTags.tagSet(given));
    }

    /** The region's default DHCP options, made with the first VPC. */
    private String dhcpOptions(Tx tx, String account, String region) throws SQLException {
        Optional<DhcpOptions> existing = Rows.doc(tx, DhcpOptions.class,
                "SELECT doc FROM ec2_vpc_part WHERE account = ? AND region = ? AND kind = ? ORDER BY id", account, region,
                ResourceType.DHCP_OPTIONS.prefix());
        if (existing.isPresent()) {
            return existing.get().dhcpOptionsId();
        }
        String id = Ec2Ids.next("dopt");
        String domain = region.equals("us-east-1") ? "ec2.internal" : region + ".compute.internal";
        putPart(tx, account, region, id, ResourceType.DHCP_OPTIONS, null, new DhcpOptions(account, null, id, List.of(
                new DhcpConfiguration("domain-name", List.of(new AttributeValue(domain))),
                new DhcpConfiguration("domain-name-servers", List.of(new AttributeValue("AmazonProvidedDNS"))))));
        return id;
    }

    private static Route route(String destination, String gateway, String origin) {
        return new Route(destination, null, null, null, gateway, null, null, null, null, null, null, null, origin, "active", null, null, null,
                null);
    }

    private static NetworkAclEntry aclEntry(boolean egress, int rule, String action) {
        return new NetworkAclEntry("0.0.0.0/0", egress, null, null, null, "-1", action, rule);
    }

    private static void putPart(Tx tx, String account, String region, String id, ResourceType kind, String vpcId, Object doc)
            throws SQLException {
        tx.update("INSERT INTO ec2_vpc_part (account, region, id, kind, vpc_id, doc) VALUES (?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (account, region, id) DO UPDATE SET doc = excluded.doc", account, region, id, kind.prefix(), vpcId,
                Json.string(doc));
    }

    private static List<String> partIds(Tx tx, String account, String region, String vpcId) throws SQLException {
        List<String> out = new ArrayList<>();
        var ps = tx.sql("SELECT id FROM ec2_vpc_part WHERE account = ? AND region = ? AND vpc_id = ?");
        Tx.bind(ps, account, region, vpcId);
        try (var rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private <T> Paging.Page<T> parts(Tx tx, RequestContext ctx, ResourceType kind, Class<T> type, Function<T, String> id, List<String> ids,
                                     Predicate<T> wanted, String token, Integer maxResults, Object filters) throws SQLException {
        List<T> all = Rows.docs(tx, type, "SELECT doc FROM ec2_vpc_part WHERE account = ? AND region = ? AND kind = ? ORDER BY id",
                ctx.accountId(), ctx.region(), kind.prefix());
        return page(tx, ctx, kind, all, id, ids, wanted, token, maxResults, filters);
    }

    private <T> Paging.Page<T> page(Tx tx, RequestContext ctx, ResourceType kind, List<T> all, Function<T, String> id, List<String> ids,
                                    Predicate<T> wanted, String token, Integer maxResults, Object filters) throws SQLException {
        Map<String, Map<String, String>> tagged = tags.ofKind(tx, ctx.accountId(), ctx.region(), kind);
        List<T> withTags = new ArrayList<>();
        for (T t : all) {
            List<Tag> set = ResourceTags.tagSet(tagged.get(id.apply(t)));
            withTags.add(set == null ? t : Rows.with(t, "Tags", set));
        }
        List<T> named = Rows.named(withTags, id, ids, kind);
        return Pages.of(ctx, named.stream().filter(wanted).toList(), id, token, maxResults, 5, 1000, filters, ids);
    }
}
