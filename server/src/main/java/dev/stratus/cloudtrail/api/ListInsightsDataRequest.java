// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListInsightsDataRequest(
        @JsonProperty("InsightSource") String insightSource,
        @JsonProperty("DataType") String dataType,
        @JsonProperty("Dimensions") java.util.Map<String, String> dimensions,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("EndTime") java.time.Instant endTime,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken) {
}
