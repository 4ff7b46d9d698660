// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RevokedSecurityGroupRule(
        @JsonProperty("SecurityGroupRuleId") String securityGroupRuleId,
        @JsonProperty("GroupId") String groupId,
        @JsonProperty("IsEgress") Boolean isEgress,
        @JsonProperty("IpProtocol") String ipProtocol,
        @JsonProperty("FromPort") Integer fromPort,
        @JsonProperty("ToPort") Integer toPort,
        @JsonProperty("CidrIpv4") String cidrIpv4,
        @JsonProperty("CidrIpv6") String cidrIpv6,
        @JsonProperty("PrefixListId") String prefixListId,
        @JsonProperty("ReferencedGroupId") String referencedGroupId,
        @JsonProperty("Description") String description) {
}
