// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplaceNetworkAclEntryRequest(
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("NetworkAclId") String networkAclId,
        @JsonProperty("RuleNumber") Integer ruleNumber,
        @JsonProperty("Protocol") String protocol,
        @JsonProperty("RuleAction") String ruleAction,
        @JsonProperty("Egress") Boolean egress,
        @JsonProperty("CidrBlock") String cidrBlock,
        @JsonProperty("Ipv6CidrBlock") String ipv6CidrBlock,
        @JsonProperty("IcmpTypeCode") IcmpTypeCode icmpTypeCode,
        @JsonProperty("PortRange") PortRange portRange) {
}
