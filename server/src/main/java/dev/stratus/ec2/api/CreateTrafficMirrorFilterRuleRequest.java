// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTrafficMirrorFilterRuleRequest(
        @JsonProperty("TrafficMirrorFilterId") String trafficMirrorFilterId,
        @JsonProperty("TrafficDirection") String trafficDirection,
        @JsonProperty("RuleNumber") Integer ruleNumber,
        @JsonProperty("RuleAction") String ruleAction,
        @JsonProperty("DestinationPortRange") TrafficMirrorPortRangeRequest destinationPortRange,
        @JsonProperty("SourcePortRange") TrafficMirrorPortRangeRequest sourcePortRange,
        @JsonProperty("Protocol") Integer protocol,
        @JsonProperty("DestinationCidrBlock") String destinationCidrBlock,
        @JsonProperty("SourceCidrBlock") String sourceCidrBlock,
        @JsonProperty("Description") String description,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications) {
}
