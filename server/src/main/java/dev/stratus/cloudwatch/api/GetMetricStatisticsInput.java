// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetMetricStatisticsInput(
        @JsonProperty("Namespace") String namespace,
        @JsonProperty("MetricName") String metricName,
        @JsonProperty("Dimensions") java.util.List<Dimension> dimensions,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("EndTime") java.time.Instant endTime,
        @JsonProperty("Period") Integer period,
        @JsonProperty("Statistics") java.util.List<String> statistics,
        @JsonProperty("ExtendedStatistics") java.util.List<String> extendedStatistics,
        @JsonProperty("Unit") String unit) {
}
