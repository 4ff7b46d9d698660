package dev.stratus.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.ec2.api.AvailabilityZone;
import dev.stratus.ec2.api.DescribeAvailabilityZonesRequest;
import dev.stratus.ec2.api.DescribeRegionsRequest;
import dev.stratus.ec2.api.Filter;
import dev.stratus.ec2.api.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionsTest extends NetworkFixture {

    @Test
    void regionsWithTheirOptInStatus() {
        List<Region> all = ec2.describeRegions(ctx("DescribeRegions"), new DescribeRegionsRequest(null, null, null, null)).regions();
        assertTrue(all.size() > 20);
        Region virginia = all.stream().filter(r -> r.regionName().equals("us-east-1")).findFirst().orElseThrow();
        assertEquals("ec2.us-east-1.amazonaws.com", virginia.endpoint());
        assertEquals("opt-in-not-required", virginia.optInStatus());
        assertEquals(List.of("af-south-1"), ec2.describeRegions(ctx("DescribeRegions"), new DescribeRegionsRequest(List.of("af-south-1"), true,
                null, null)).regions().stream().map(Region::regionName).toList());
        assertEquals("opted-in", ec2.describeRegions(ctx("DescribeRegions"), new DescribeRegionsRequest(null, null, null,
                List.of(new Filter("region-name", List.of("af-*"))))).regions().getFirst().optInStatus());
        assertEquals("InvalidParameterValue", code(() -> ec2.describeRegions(ctx("DescribeRegions"), new DescribeRegionsRequest(List.of("mars-1"),
                null, null, null))));
    }

    @Test
    void zonesOfTheRegionAsked() {
        List<AvailabilityZone> zones = ec2.describeAvailabilityZones(ctx("DescribeAvailabilityZones", "eu-west-2", ACCOUNT),
                new DescribeAvailabilityZonesRequest(null, null, null, null, null)).availabilityZones();
        assertEquals(List.of("eu-west-2a", "eu-west-2b", "eu-west-2c"), zones.stream().map(AvailabilityZone::zoneName).toList());
        assertEquals(List.of("euw2-az1", "euw2-az2", "euw2-az3"), zones.stream().map(AvailabilityZone::zoneId).toList());
        assertEquals("available", zones.getFirst().state());
        assertEquals(List.of("use1-az4"), ec2.describeAvailabilityZones(ctx("DescribeAvailabilityZones"), new DescribeAvailabilityZonesRequest(
                List.of("us-east-1d"), null, null, null, null)).availabilityZones().stream().map(AvailabilityZone::zoneId).toList());
        assertEquals(List.of("us-east-1b"), ec2.describeAvailabilityZones(ctx("DescribeAvailabilityZones"), new DescribeAvailabilityZonesRequest(
                null, null, null, null, List.of(new Filter("zone-id", List.of("use1-az2"))))).availabilityZones().stream()
                .map(AvailabilityZone::zoneName).toList());
        assertEquals("InvalidParameterValue", code(() -> ec2.describeAvailabilityZones(ctx("DescribeAvailabilityZones"),
                new DescribeAvailabilityZonesRequest(List.of("us-east-1z"), null, null, null, null))));
    }
}
