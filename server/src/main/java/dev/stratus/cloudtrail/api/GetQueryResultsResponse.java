// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetQueryResultsResponse(
        @JsonProperty("QueryStatus") String queryStatus,
        @JsonProperty("QueryStatistics") QueryStatistics queryStatistics,
        @JsonProperty("QueryResultRows") java.util.List<java.util.List<java.util.Map<String, String>>> queryResultRows,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("ErrorMessage") String errorMessage) {
}
