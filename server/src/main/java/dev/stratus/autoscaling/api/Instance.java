// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Instance(
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("LifecycleState") String lifecycleState,
        @JsonProperty("HealthStatus") String healthStatus,
        @JsonProperty("LaunchConfigurationName") String launchConfigurationName,
        @JsonProperty("LaunchTemplate") LaunchTemplateSpecification launchTemplate,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("ProtectedFromScaleIn") Boolean protectedFromScaleIn,
        @JsonProperty("WeightedCapacity") String weightedCapacity) {
}
