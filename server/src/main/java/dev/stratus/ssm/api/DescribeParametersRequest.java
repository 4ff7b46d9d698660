// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeParametersRequest(
        @JsonProperty("Filters") java.util.List<ParametersFilter> filters,
        @JsonProperty("ParameterFilters") java.util.List<ParameterStringFilter> parameterFilters,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("Shared") Boolean shared) {
}
