// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetTrackingMetricDataQuery(
        @JsonProperty("Id") String id,
        @JsonProperty("Expression") String expression,
        @JsonProperty("MetricStat") TargetTrackingMetricStat metricStat,
        @JsonProperty("Label") String label,
        @JsonProperty("Period") Integer period,
        @JsonProperty("ReturnData") Boolean returnData) {
}
