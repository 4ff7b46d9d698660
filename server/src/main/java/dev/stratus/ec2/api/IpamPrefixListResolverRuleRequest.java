// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record IpamPrefixListResolverRuleRequest(
        @JsonProperty("RuleType") String ruleType,
        @JsonProperty("StaticCidr") String staticCidr,
        @JsonProperty("IpamScopeId") String ipamScopeId,
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("Conditions") java.util.List<IpamPrefixListResolverRuleConditionRequest> conditions) {
}
