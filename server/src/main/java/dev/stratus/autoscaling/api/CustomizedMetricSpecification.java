// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomizedMetricSpecification(
        @JsonProperty("MetricName") String metricName,
        @JsonProperty("Namespace") String namespace,
        @JsonProperty("Dimensions") java.util.List<MetricDimension> dimensions,
        @JsonProperty("Statistic") String statistic,
        @JsonProperty("Unit") String unit,
        @JsonProperty("Period") Integer period,
        @JsonProperty("Metrics") java.util.List<TargetTrackingMetricDataQuery> metrics) {
}
