// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdditionalDetail(
        @JsonProperty("AdditionalDetailType") String additionalDetailType,
        @JsonProperty("Component") AnalysisComponent component,
        @JsonProperty("VpcEndpointService") AnalysisComponent vpcEndpointService,
        @JsonProperty("RuleOptions") java.util.List<RuleOption> ruleOptions,
        @JsonProperty("RuleGroupTypePairs") java.util.List<RuleGroupTypePair> ruleGroupTypePairs,
        @JsonProperty("RuleGroupRuleOptionsPairs") java.util.List<RuleGroupRuleOptionsPair> ruleGroupRuleOptionsPairs,
        @JsonProperty("ServiceName") String serviceName,
        @JsonProperty("LoadBalancers") java.util.List<AnalysisComponent> loadBalancers) {
}
