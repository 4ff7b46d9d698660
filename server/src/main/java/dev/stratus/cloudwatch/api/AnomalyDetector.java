// Generated from the cloudwatch model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudwatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnomalyDetector(
        @JsonProperty("Namespace") String namespace,
        @JsonProperty("MetricName") String metricName,
        @JsonProperty("Dimensions") java.util.List<Dimension> dimensions,
        @JsonProperty("Stat") String stat,
        @JsonProperty("Configuration") AnomalyDetectorConfiguration configuration,
        @JsonProperty("StateValue") String stateValue,
        @JsonProperty("MetricCharacteristics") MetricCharacteristics metricCharacteristics,
        @JsonProperty("SingleMetricAnomalyDetector") SingleMetricAnomalyDetector singleMetricAnomalyDetector,
        @JsonProperty("MetricMathAnomalyDetector") MetricMathAnomalyDetector metricMathAnomalyDetector) {
}
