// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeInstanceInformationRequest(
        @JsonProperty("InstanceInformationFilterList") java.util.List<InstanceInformationFilter> instanceInformationFilterList,
        @JsonProperty("Filters") java.util.List<InstanceInformationStringFilter> filters,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken) {
}
