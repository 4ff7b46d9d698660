// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FleetLaunchTemplateOverrides(
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("MaxPrice") String maxPrice,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("WeightedCapacity") Double weightedCapacity,
        @JsonProperty("Priority") Double priority,
        @JsonProperty("Placement") PlacementResponse placement,
        @JsonProperty("InstanceRequirements") InstanceRequirements instanceRequirements,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("BlockDeviceMappings") java.util.List<BlockDeviceMappingResponse> blockDeviceMappings,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId) {
}
