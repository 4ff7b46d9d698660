// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FirewallStatelessRule(
        @JsonProperty("RuleGroupArn") String ruleGroupArn,
        @JsonProperty("Sources") java.util.List<String> sources,
        @JsonProperty("Destinations") java.util.List<String> destinations,
        @JsonProperty("SourcePorts") java.util.List<PortRange> sourcePorts,
        @JsonProperty("DestinationPorts") java.util.List<PortRange> destinationPorts,
        @JsonProperty("Protocols") java.util.List<Integer> protocols,
        @JsonProperty("RuleAction") String ruleAction,
        @JsonProperty("Priority") Integer priority) {
}
