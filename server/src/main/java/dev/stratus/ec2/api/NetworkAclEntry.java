// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkAclEntry(
        @JsonProperty("CidrBlock") String cidrBlock,
        @JsonProperty("Egress") Boolean egress,
        @JsonProperty("IcmpTypeCode") IcmpTypeCode icmpTypeCode,
        @JsonProperty("Ipv6CidrBlock") String ipv6CidrBlock,
        @JsonProperty("PortRange") PortRange portRange,
        @JsonProperty("Protocol") String protocol,
        @JsonProperty("RuleAction") String ruleAction,
        @JsonProperty("RuleNumber") Integer ruleNumber) {
}
