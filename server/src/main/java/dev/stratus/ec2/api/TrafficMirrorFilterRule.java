// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrafficMirrorFilterRule(
        @JsonProperty("TrafficMirrorFilterRuleId") String trafficMirrorFilterRuleId,
        @JsonProperty("TrafficMirrorFilterId") String trafficMirrorFilterId,
        @JsonProperty("TrafficDirection") String trafficDirection,
        @JsonProperty("RuleNumber") Integer ruleNumber,
        @JsonProperty("RuleAction") String ruleAction,
        @JsonProperty("Protocol") Integer protocol,
        @JsonProperty("DestinationPortRange") TrafficMirrorPortRange destinationPortRange,
        @JsonProperty("SourcePortRange") TrafficMirrorPortRange sourcePortRange,
        @JsonProperty("DestinationCidrBlock") String destinationCidrBlock,
        @JsonProperty("SourceCidrBlock") String sourceCidrBlock,
        @JsonProperty("Description") String description,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
