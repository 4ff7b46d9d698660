// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListInsightsMetricDataRequest(
        @JsonProperty("TrailName") String trailName,
        @JsonProperty("EventSource") String eventSource,
        @JsonProperty("EventName") String eventName,
        @JsonProperty("InsightType") String insightType,
        @JsonProperty("ErrorCode") String errorCode,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("EndTime") java.time.Instant endTime,
        @JsonProperty("Period") Integer period,
        @JsonProperty("DataType") String dataType,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken) {
}
