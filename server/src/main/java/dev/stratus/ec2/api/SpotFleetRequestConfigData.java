// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpotFleetRequestConfigData(
        @JsonProperty("AllocationStrategy") String allocationStrategy,
        @JsonProperty("OnDemandAllocationStrategy") String onDemandAllocationStrategy,
        @JsonProperty("SpotMaintenanceStrategies") SpotMaintenanceStrategies spotMaintenanceStrategies,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("ExcessCapacityTerminationPolicy") String excessCapacityTerminationPolicy,
        @JsonProperty("FulfilledCapacity") Double fulfilledCapacity,
        @JsonProperty("OnDemandFulfilledCapacity") Double onDemandFulfilledCapacity,
        @JsonProperty("IamFleetRole") String iamFleetRole,
        @JsonProperty("LaunchSpecifications") java.util.List<SpotFleetLaunchSpecification> launchSpecifications,
        @JsonProperty("LaunchTemplateConfigs") java.util.List<LaunchTemplateConfig> launchTemplateConfigs,
        @JsonProperty("SpotPrice") String spotPrice,
        @JsonProperty("TargetCapacity") Integer targetCapacity,
        @JsonProperty("OnDemandTargetCapacity") Integer onDemandTargetCapacity,
        @JsonProperty("OnDemandMaxTotalPrice") String onDemandMaxTotalPrice,
        @JsonProperty("SpotMaxTotalPrice") String spotMaxTotalPrice,
        @JsonProperty("TerminateInstancesWithExpiration") Boolean terminateInstancesWithExpiration,
        @JsonProperty("Type") String type,
        @JsonProperty("ValidFrom") java.time.Instant validFrom,
        @JsonProperty("ValidUntil") java.time.Instant validUntil,
        @JsonProperty("ReplaceUnhealthyInstances") Boolean replaceUnhealthyInstances,
        @JsonProperty("InstanceInterruptionBehavior") String instanceInterruptionBehavior,
        @JsonProperty("LoadBalancersConfig") LoadBalancersConfig loadBalancersConfig,
        @JsonProperty("InstancePoolsToUseCount") Integer instancePoolsToUseCount,
        @JsonProperty("Context") String context,
        @JsonProperty("TargetCapacityUnitType") String targetCapacityUnitType,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications) {
}
