// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribePoliciesType(
        @JsonProperty("AutoScalingGroupName") String autoScalingGroupName,
        @JsonProperty("PolicyNames") java.util.List<String> policyNames,
        @JsonProperty("PolicyTypes") java.util.List<String> policyTypes,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("MaxRecords") Integer maxRecords) {
}
