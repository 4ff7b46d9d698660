package dev.stratus.ec2;

import java.util.Optional;

/**
 * The region's availability zones, where a volume may be made: the zone named {@code zoneName}
 * ({@code us-east-1a}) or, when that is null, the one whose id is {@code zoneId} ({@code use1-az1});
 * empty when the region has no such zone.
 */
@FunctionalInterface
interface Zones {
    Optional<String> find(String region, String zoneName, String zoneId);
}
