// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PredictiveScalingMetricSpecification(
        @JsonProperty("TargetValue") Double targetValue,
        @JsonProperty("PredefinedMetricPairSpecification") PredictiveScalingPredefinedMetricPair predefinedMetricPairSpecification,
        @JsonProperty("PredefinedScalingMetricSpecification") PredictiveScalingPredefinedScalingMetric predefinedScalingMetricSpecification,
        @JsonProperty("PredefinedLoadMetricSpecification") PredictiveScalingPredefinedLoadMetric predefinedLoadMetricSpecification,
        @JsonProperty("CustomizedScalingMetricSpecification") PredictiveScalingCustomizedScalingMetric customizedScalingMetricSpecification,
        @JsonProperty("CustomizedLoadMetricSpecification") PredictiveScalingCustomizedLoadMetric customizedLoadMetricSpecification,
        @JsonProperty("CustomizedCapacityMetricSpecification") PredictiveScalingCustomizedCapacityMetric customizedCapacityMetricSpecification) {
}
