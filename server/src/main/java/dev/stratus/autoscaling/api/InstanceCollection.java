// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceCollection(
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("MarketType") String marketType,
        @JsonProperty("SubnetId") String subnetId,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("InstanceIds") java.util.List<String> instanceIds) {
}
