// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateAutoScalingGroupType(
        @JsonProperty("AutoScalingGroupName") String autoScalingGroupName,
        @JsonProperty("LaunchConfigurationName") String launchConfigurationName,
        @JsonProperty("LaunchTemplate") LaunchTemplateSpecification launchTemplate,
        @JsonProperty("MixedInstancesPolicy") MixedInstancesPolicy mixedInstancesPolicy,
        @JsonProperty("MinSize") Integer minSize,
        @JsonProperty("MaxSize") Integer maxSize,
        @JsonProperty("DesiredCapacity") Integer desiredCapacity,
        @JsonProperty("DefaultCooldown") Integer defaultCooldown,
        @JsonProperty("AvailabilityZones") java.util.List<String> availabilityZones,
        @JsonProperty("AvailabilityZoneIds") java.util.List<String> availabilityZoneIds,
        @JsonProperty("HealthCheckType") String healthCheckType,
        @JsonProperty("HealthCheckGracePeriod") Integer healthCheckGracePeriod,
        @JsonProperty("PlacementGroup") String placementGroup,
        @JsonProperty("VPCZoneIdentifier") String vpcZoneIdentifier,
        @JsonProperty("TerminationPolicies") java.util.List<String> terminationPolicies,
        @JsonProperty("NewInstancesProtectedFromScaleIn") Boolean newInstancesProtectedFromScaleIn,
        @JsonProperty("ServiceLinkedRoleARN") String serviceLinkedRoleARN,
        @JsonProperty("MaxInstanceLifetime") Integer maxInstanceLifetime,
        @JsonProperty("CapacityRebalance") Boolean capacityRebalance,
        @JsonProperty("Context") String context,
        @JsonProperty("DesiredCapacityType") String desiredCapacityType,
        @JsonProperty("DefaultInstanceWarmup") Integer defaultInstanceWarmup,
        @JsonProperty("InstanceMaintenancePolicy") InstanceMaintenancePolicy instanceMaintenancePolicy,
        @JsonProperty("AvailabilityZoneDistribution") AvailabilityZoneDistribution availabilityZoneDistribution,
        @JsonProperty("AvailabilityZoneImpairmentPolicy") AvailabilityZoneImpairmentPolicy availabilityZoneImpairmentPolicy,
        @JsonProperty("SkipZonalShiftValidation") Boolean skipZonalShiftValidation,
        @JsonProperty("CapacityReservationSpecification") CapacityReservationSpecification capacityReservationSpecification,
        @JsonProperty("InstanceLifecyclePolicy") InstanceLifecyclePolicy instanceLifecyclePolicy,
        @JsonProperty("DeletionProtection") String deletionProtection) {
}
