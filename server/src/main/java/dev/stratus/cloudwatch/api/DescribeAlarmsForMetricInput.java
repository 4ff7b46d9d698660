// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeAlarmsForMetricInput(
        @JsonProperty("MetricName") String metricName,
        @JsonProperty("Namespace") String namespace,
        @JsonProperty("Statistic") String statistic,
        @JsonProperty("ExtendedStatistic") String extendedStatistic,
        @JsonProperty("Dimensions") java.util.List<Dimension> dimensions,
        @JsonProperty("Period") Integer period,
        @JsonProperty("Unit") String unit) {
}
