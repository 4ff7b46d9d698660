// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record IpamPrefixListResolverRuleConditionRequest(
        @JsonProperty("Operation") String operation,
        @JsonProperty("IpamPoolId") String ipamPoolId,
        @JsonProperty("ResourceId") String resourceId,
        @JsonProperty("ResourceOwner") String resourceOwner,
        @JsonProperty("ResourceRegion") String resourceRegion,
        @JsonProperty("ResourceTag") RequestIpamResourceTag resourceTag,
        @JsonProperty("Cidr") String cidr) {
}
