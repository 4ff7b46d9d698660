// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LaunchInstancesRequest(
        @JsonProperty("AutoScalingGroupName") String autoScalingGroupName,
        @JsonProperty("RequestedCapacity") Integer requestedCapacity,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("AvailabilityZones") java.util.List<String> availabilityZones,
        @JsonProperty("AvailabilityZoneIds") java.util.List<String> availabilityZoneIds,
        @JsonProperty("SubnetIds") java.util.List<String> subnetIds,
        @JsonProperty("RetryStrategy") String retryStrategy) {
}
