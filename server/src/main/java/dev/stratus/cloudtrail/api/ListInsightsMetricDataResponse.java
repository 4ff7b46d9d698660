// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListInsightsMetricDataResponse(
        @JsonProperty("TrailARN") String trailARN,
        @JsonProperty("EventSource") String eventSource,
        @JsonProperty("EventName") String eventName,
        @JsonProperty("InsightType") String insightType,
        @JsonProperty("ErrorCode") String errorCode,
        @JsonProperty("Timestamps") java.util.List<java.time.Instant> timestamps,
        @JsonProperty("Values") java.util.List<Double> values,
        @JsonProperty("NextToken") String nextToken) {
}
