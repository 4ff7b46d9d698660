// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LaunchTemplateOverrides(
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("SpotPrice") String spotPrice,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("WeightedCapacity") Double weightedCapacity,
        @JsonProperty("Priority") Double priority,
        @JsonProperty("InstanceRequirements") InstanceRequirements instanceRequirements,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId) {
}
