// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AvailabilityZone(
        @JsonProperty("OptInStatus") String optInStatus,
        @JsonProperty("Messages") java.util.List<AvailabilityZoneMessage> messages,
        @JsonProperty("RegionName") String regionName,
        @JsonProperty("ZoneName") String zoneName,
        @JsonProperty("ZoneId") String zoneId,
        @JsonProperty("GroupName") String groupName,
        @JsonProperty("NetworkBorderGroup") String networkBorderGroup,
        @JsonProperty("ZoneType") String zoneType,
        @JsonProperty("ParentZoneName") String parentZoneName,
        @JsonProperty("ParentZoneId") String parentZoneId,
        @JsonProperty("GroupLongName") String groupLongName,
        @JsonProperty("Geography") java.util.List<AvailabilityZoneGeography> geography,
        @JsonProperty("SubGeography") java.util.List<AvailabilityZoneSubGeography> subGeography,
        @JsonProperty("State") String state) {
}
