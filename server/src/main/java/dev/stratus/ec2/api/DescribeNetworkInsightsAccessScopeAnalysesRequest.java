// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeNetworkInsightsAccessScopeAnalysesRequest(
        @JsonProperty("NetworkInsightsAccessScopeAnalysisIds") java.util.List<String> networkInsightsAccessScopeAnalysisIds,
        @JsonProperty("NetworkInsightsAccessScopeId") String networkInsightsAccessScopeId,
        @JsonProperty("AnalysisStartTimeBegin") java.time.Instant analysisStartTimeBegin,
        @JsonProperty("AnalysisStartTimeEnd") java.time.Instant analysisStartTimeEnd,
        @JsonProperty("Filters") java.util.List<Filter> filters,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("NextToken") String nextToken) {
}
