// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateFleetRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("SpotOptions") SpotOptionsRequest spotOptions,
        @JsonProperty("OnDemandOptions") OnDemandOptionsRequest onDemandOptions,
        @JsonProperty("ReservedCapacityOptions") ReservedCapacityOptionsRequest reservedCapacityOptions,
        @JsonProperty("ExcessCapacityTerminationPolicy") String excessCapacityTerminationPolicy,
        @JsonProperty("LaunchTemplateConfigs") java.util.List<FleetLaunchTemplateConfigRequest> launchTemplateConfigs,
        @JsonProperty("TargetCapacitySpecification") TargetCapacitySpecificationRequest targetCapacitySpecification,
        @JsonProperty("TerminateInstancesWithExpiration") Boolean terminateInstancesWithExpiration,
        @JsonProperty("Type") String type,
        @JsonProperty("ValidFrom") java.time.Instant validFrom,
        @JsonProperty("ValidUntil") java.time.Instant validUntil,
        @JsonProperty("ReplaceUnhealthyInstances") Boolean replaceUnhealthyInstances,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("Context") String context) {
}
