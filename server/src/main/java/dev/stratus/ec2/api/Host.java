// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Host(
        @JsonProperty("AutoPlacement") String autoPlacement,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("AvailableCapacity") AvailableCapacity availableCapacity,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("HostId") String hostId,
        @JsonProperty("HostProperties") HostProperties hostProperties,
        @JsonProperty("HostReservationId") String hostReservationId,
        @JsonProperty("Instances") java.util.List<HostInstance> instances,
        @JsonProperty("State") String state,
        @JsonProperty("AllocationTime") java.time.Instant allocationTime,
        @JsonProperty("ReleaseTime") java.time.Instant releaseTime,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("HostRecovery") String hostRecovery,
        @JsonProperty("AllowsMultipleInstanceTypes") String allowsMultipleInstanceTypes,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("MemberOfServiceLinkedResourceGroup") Boolean memberOfServiceLinkedResourceGroup,
        @JsonProperty("OutpostArn") String outpostArn,
        @JsonProperty("HostMaintenance") String hostMaintenance,
        @JsonProperty("AssetId") String assetId) {
}
