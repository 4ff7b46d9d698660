// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FleetLaunchTemplateOverridesRequest(
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("MaxPrice") String maxPrice,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("WeightedCapacity") Double weightedCapacity,
        @JsonProperty("Priority") Double priority,
        @JsonProperty("Placement") Placement placement,
        @JsonProperty("BlockDeviceMappings") java.util.List<FleetBlockDeviceMappingRequest> blockDeviceMappings,
        @JsonProperty("InstanceRequirements") InstanceRequirementsRequest instanceRequirements,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId) {
}
