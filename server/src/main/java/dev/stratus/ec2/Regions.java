package dev.stratus.ec2;

import dev.stratus.ec2.api.AccountAttribute;
import dev.stratus.ec2.api.AccountAttributeValue;
import dev.stratus.ec2.api.AvailabilityZone;
import dev.stratus.ec2.api.DescribeAccountAttributesRequest;
import dev.stratus.ec2.api.DescribeAccountAttributesResult;
import dev.stratus.ec2.api.DescribeAvailabilityZonesRequest;
import dev.stratus.ec2.api.DescribeAvailabilityZonesResult;
import dev.stratus.ec2.api.DescribeRegionsRequest;
import dev.stratus.ec2.api.DescribeRegionsResult;
import dev.stratus.ec2.api.Region;
import dev.stratus.protocol.AwsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The regions Stratus answers as EC2 lists them, and each region's availability zones: zone names
 * are the region's name and a letter, zone ids the region's short code and {@code az1}, {@code az2}, …
 * in zone order (AWS maps them per account; Stratus maps every account alike). Opt-in regions are
 * listed as opted in, since Stratus serves every region to everyone.
 */
final class Regions {

    /** One region: its name, whether AWS makes accounts opt in to it, its zones' letters, its zone-id code and its long name. */
    record Info(String name, boolean optIn, String letters, String code, String longName) {

        List<String> zoneNames() {
            return letters.chars().mapToObj(c -> name + (char) c).toList();
        }

        String zoneId(String zoneName) {
            return code + "-az" + (letters.indexOf(zoneName.charAt(zoneName.length() - 1)) + 1);
        }
    }

    static final List<Info> ALL = List.of(
            new Info("us-east-1", false, "abcdef", "use1", "US East (N. Virginia)"),
            new Info("us-east-2", false, "abc", "use2", "US East (Ohio)"),
            new Info("us-west-1", false, "bc", "usw1", "US West (N. California)"),
            new Info("us-west-2", false, "abcd", "usw2", "US West (Oregon)"),
            new Info("af-south-1", true, "abc", "afs1", "Africa (Cape Town)"),
            new Info("ap-east-1", true, "abc", "ape1", "Asia Pacific (Hong Kong)"),
            new Info("ap-south-1", false, "abc", "aps1", "Asia Pacific (Mumbai)"),
            new Info("ap-south-2", true, "abc", "aps2", "Asia Pacific (Hyderabad)"),
            new Info("ap-northeast-1", false, "acd", "apne1", "Asia Pacific (Tokyo)"),
            new Info("ap-northeast-2", false, "abcd", "apne2", "Asia Pacific (Seoul)"),
            new Info("ap-northeast-3", false, "abc", "apne3", "Asia Pacific (Osaka)"),
            new Info("ap-southeast-1", false, "abc", "apse1", "Asia Pacific (Singapore)"),
            new Info("ap-southeast-2", false, "abc", "apse2", "Asia Pacific (Sydney)"),
            new Info("ap-southeast-3", true, "abc", "apse3", "Asia Pacific (Jakarta)"),
            new Info("ap-southeast-4", true, "abc", "apse4", "Asia Pacific (Melbourne)"),
            new Info("ca-central-1", false, "abd", "cac1", "Canada (Central)"),
            new Info("ca-west-1", true, "abc", "caw1", "Canada West (Calgary)"),
            new Info("eu-central-1", false, "abc", "euc1", "Europe (Frankfurt)"),
            new Info("eu-central-2", true, "abc", "euc2", "Europe (Zurich)"),
            new Info("eu-west-1", false, "abc", "euw1", "Europe (Ireland)"),
            new Info("eu-west-2", false, "abc", "euw2", "Europe (London)"),
            new Info("eu-west-3", false, "abc", "euw3", "Europe (Paris)"),
            new Info("eu-south-1", true, "abc", "eus1", "Europe (Milan)"),
            new Info("eu-south-2", true, "abc", "eus2", "Europe (Spain)"),
            new Info("eu-north-1", false, "abc", "eun1", "Europe (Stockholm)"),
            new Info("il-central-1", true, "abc", "ilc1", "Israel (Tel Aviv)"),
            new Info("me-south-1", true, "abc", "mes1", "Middle East (Bahrain)"),
            new Info("me-central-1", true, "abc", "mec1", "Middle East (UAE)"),
            new Info("sa-east-1", false, "abc", "sae1", "South America (Sao Paulo)"));

    private static final Filters<Region> REGION_FILTERS = Filters.<Region>of(null)
            .one("endpoint", Region::endpoint)
            .one("opt-in-status", Region::optInStatus)
            .one("region-name", Region::regionName)
            .build();

    private static final Filters<AvailabilityZone> ZONE_FILTERS = Filters.<AvailabilityZone>of(null)
            .one("group-long-name", AvailabilityZone::groupLongName)
            .one("group-name", AvailabilityZone::groupName)
            .one("message", z -> null)
            .one("network-border-group", AvailabilityZone::networkBorderGroup)
            .one("opt-in-status", AvailabilityZone::optInStatus)
            .one("parent-zone-id", AvailabilityZone::parentZoneId)
            .one("parent-zone-name", AvailabilityZone::parentZoneName)
            .one("region-name", AvailabilityZone::regionName)
            .one("state", AvailabilityZone::state)
            .one("zone-id", AvailabilityZone::zoneId)
            .one("zone-name", AvailabilityZone::zoneName)
            .one("zone-type", AvailabilityZone::zoneType)
            .build();

    private Regions() {
    }

    /** The region Stratus answers as {@code name}; regions it does not list are answered as us-east-1's shape with three zones. */
    static Info of(String name) {
        return ALL.stream().filter(r -> r.name.equals(name)).findFirst()
                .orElseGet(() -> new Info(name, false, "abc", name.replace("-", "").substring(0, Math.min(6, name.replace("-", "").length())),
                        name));
    }

    /** The region's availability zones, in order. */
    static List<String> zones(String region) {
        return of(region).zoneNames();
    }

    /** The zone named {@code zoneName} or whose id is {@code zoneId} in the region, or empty. */
    static Optional<String> zone(String region, String zoneName, String zoneId) {
        Info info = of(region);
        return info.zoneNames().stream()
                .filter(z -> zoneName != null ? z.equals(zoneName) : info.zoneId(z).equals(zoneId))
                .findFirst();
    }

    static String zoneId(String region, String zoneName) {
        return of(region).zoneId(zoneName);
    }

    static DescribeRegionsResult describeRegions(DescribeRegionsRequest in) {
        Predicate<Region> wanted = REGION_FILTERS.parse(in.filters());
        List<String> named = in.regionNames() == null ? List.of() : in.regionNames();
        for (String n : named) {
            if (ALL.stream().noneMatch(r -> r.name.equals(n))) {
                throw new AwsException("InvalidParameterValue", "Invalid region: " + n);
            }
        }
        List<Region> out = new ArrayList<>();
        for (Info r : ALL) {
            Region region = new Region(r.optIn ? "opted-in" : "opt-in-not-required", null, r.name, "ec2." + r.name + ".amazonaws.com");
            if ((named.isEmpty() || named.contains(r.name)) && wanted.test(region)) {
                out.add(region);
            }
        }
        return new DescribeRegionsResult(out);
    }

    static DescribeAvailabilityZonesResult describeAvailabilityZones(String region, DescribeAvailabilityZonesRequest in) {
        Info info = of(region);
        List<String> names = in.zoneNames() == null ? List.of() : in.zoneNames();
        List<String> ids = in.zoneIds() == null ? List.of() : in.zoneIds();
        for (String n : names) {
            if (!info.zoneNames().contains(n)) {
                throw new AwsException("InvalidParameterValue", "The zone '" + n + "' does not exist.");
            }
        }
        for (String id : ids) {
            if (zone(region, null, id).isEmpty()) {
                throw new AwsException("InvalidParameterValue", "The zone ID '" + id + "' does not exist.");
            }
        }
        Predicate<AvailabilityZone> wanted = ZONE_FILTERS.parse(in.filters());
        List<AvailabilityZone> out = new ArrayList<>();
        int group = 1;
        for (String z : info.zoneNames()) {
            String id = info.zoneId(z);
            AvailabilityZone zone = new AvailabilityZone("opt-in-not-required", List.of(), region, z, id, region + "-zg-" + group,
                    region, "availability-zone", null, null, info.longName + " " + group, null, null, "available");
            group++;
            boolean named = (names.isEmpty() && ids.isEmpty()) || names.contains(z) || ids.contains(id);
            if (named && wanted.test(zone)) {
                out.add(zone);
            }
        }
        return new DescribeAvailabilityZonesResult(out);
    }

    /** DescribeAccountAttributes: EC2's limits as a new account has them, and the region's default VPC ({@code none} once deleted). */
    static DescribeAccountAttributesResult describeAccountAttributes(DescribeAccountAttributesRequest in, String defaultVpcId) {
        List<AccountAttribute> all = List.of(
                attribute("supported-platforms", "VPC"),
                attribute("vpc-max-security-groups-per-interface", "5"),
                attribute("max-elastic-ips", "5"),
                attribute("max-instances", "20"),
                attribute("vpc-max-elastic-ips", "5"),
                attribute("default-vpc", defaultVpcId == null ? "none" : defaultVpcId));
        List<String> names = in.attributeNames() == null ? List.of() : in.attributeNames();
        return new DescribeAccountAttributesResult(all.stream().filter(a -> names.isEmpty() || names.contains(a.attributeName())).toList());
    }

    private static AccountAttribute attribute(String name, String value) {
        return new AccountAttribute(name, List.of(new AccountAttributeValue(value)));
    }
}
