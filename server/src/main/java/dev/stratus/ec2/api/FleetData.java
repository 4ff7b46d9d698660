// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FleetData(
        @JsonProperty("ActivityStatus") String activityStatus,
        @JsonProperty("CreateTime") java.time.Instant createTime,
        @JsonProperty("FleetId") String fleetId,
        @JsonProperty("FleetState") String fleetState,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("ExcessCapacityTerminationPolicy") String excessCapacityTerminationPolicy,
        @JsonProperty("FulfilledCapacity") Double fulfilledCapacity,
        @JsonProperty("FulfilledOnDemandCapacity") Double fulfilledOnDemandCapacity,
        @JsonProperty("LaunchTemplateConfigs") java.util.List<FleetLaunchTemplateConfig> launchTemplateConfigs,
        @JsonProperty("TargetCapacitySpecification") TargetCapacitySpecification targetCapacitySpecification,
        @JsonProperty("TerminateInstancesWithExpiration") Boolean terminateInstancesWithExpiration,
        @JsonProperty("Type") String type,
        @JsonProperty("ValidFrom") java.time.Instant validFrom,
        @JsonProperty("ValidUntil") java.time.Instant validUntil,
        @JsonProperty("ReplaceUnhealthyInstances") Boolean replaceUnhealthyInstances,
        @JsonProperty("SpotOptions") SpotOptions spotOptions,
        @JsonProperty("OnDemandOptions") OnDemandOptions onDemandOptions,
        @JsonProperty("ReservedCapacityOptions") ReservedCapacityOptions reservedCapacityOptions,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("Errors") java.util.List<DescribeFleetError> errors,
        @JsonProperty("Instances") java.util.List<DescribeFleetsInstances> instances,
        @JsonProperty("Context") String context) {
}
