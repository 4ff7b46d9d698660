// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AutoScalingGroup(
        @JsonProperty("AutoScalingGroupName") String autoScalingGroupName,
        @JsonProperty("AutoScalingGroupARN") String autoScalingGroupARN,
        @JsonProperty("LaunchConfigurationName") String launchConfigurationName,
        @JsonProperty("LaunchTemplate") LaunchTemplateSpecification launchTemplate,
        @JsonProperty("MixedInstancesPolicy") MixedInstancesPolicy mixedInstancesPolicy,
        @JsonProperty("MinSize") Integer minSize,
        @JsonProperty("MaxSize") Integer maxSize,
        @JsonProperty("DesiredCapacity") Integer desiredCapacity,
        @JsonProperty("PredictedCapacity") Integer predictedCapacity,
        @JsonProperty("DefaultCooldown") Integer defaultCooldown,
        @JsonProperty("AvailabilityZones") java.util.List<String> availabilityZones,
        @JsonProperty("AvailabilityZoneIds") java.util.List<String> availabilityZoneIds,
        @JsonProperty("LoadBalancerNames") java.util.List<String> loadBalancerNames,
        @JsonProperty("TargetGroupARNs") java.util.List<String> targetGroupARNs,
        @JsonProperty("HealthCheckType") String healthCheckType,
        @JsonProperty("HealthCheckGracePeriod") Integer healthCheckGracePeriod,
        @JsonProperty("Instances") java.util.List<Instance> instances,
        @JsonProperty("CreatedTime") java.time.Instant createdTime,
        @JsonProperty("SuspendedProcesses") java.util.List<SuspendedProcess> suspendedProcesses,
        @JsonProperty("PlacementGroup") String placementGroup,
        @JsonProperty("VPCZoneIdentifier") String vpcZoneIdentifier,
        @JsonProperty("EnabledMetrics") java.util.List<EnabledMetric> enabledMetrics,
        @JsonProperty("Status") String status,
        @JsonProperty("Tags") java.util.List<TagDescription> tags,
        @JsonProperty("TerminationPolicies") java.util.List<String> terminationPolicies,
        @JsonProperty("NewInstancesProtectedFromScaleIn") Boolean newInstancesProtectedFromScaleIn,
        @JsonProperty("ServiceLinkedRoleARN") String serviceLinkedRoleARN,
        @JsonProperty("MaxInstanceLifetime") Integer maxInstanceLifetime,
        @JsonProperty("CapacityRebalance") Boolean capacityRebalance,
        @JsonProperty("WarmPoolConfiguration") WarmPoolConfiguration warmPoolConfiguration,
        @JsonProperty("WarmPoolSize") Integer warmPoolSize,
        @JsonProperty("Context") String context,
        @JsonProperty("DesiredCapacityType") String desiredCapacityType,
        @JsonProperty("DefaultInstanceWarmup") Integer defaultInstanceWarmup,
        @JsonProperty("TrafficSources") java.util.List<TrafficSourceIdentifier> trafficSources,
        @JsonProperty("InstanceMaintenancePolicy") InstanceMaintenancePolicy instanceMaintenancePolicy,
        @JsonProperty("DeletionProtection") String deletionProtection,
        @JsonProperty("AvailabilityZoneDistribution") AvailabilityZoneDistribution availabilityZoneDistribution,
        @JsonProperty("AvailabilityZoneImpairmentPolicy") AvailabilityZoneImpairmentPolicy availabilityZoneImpairmentPolicy,
        @JsonProperty("CapacityReservationSpecification") CapacityReservationSpecification capacityReservationSpecification,
        @JsonProperty("InstanceLifecyclePolicy") InstanceLifecyclePolicy instanceLifecyclePolicy) {
}
