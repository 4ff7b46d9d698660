// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScalingPolicy(
        @JsonProperty("AutoScalingGroupName") String autoScalingGroupName,
        @JsonProperty("PolicyName") String policyName,
        @JsonProperty("PolicyARN") String policyARN,
        @JsonProperty("PolicyType") String policyType,
        @JsonProperty("AdjustmentType") String adjustmentType,
        @JsonProperty("MinAdjustmentStep") Integer minAdjustmentStep,
        @JsonProperty("MinAdjustmentMagnitude") Integer minAdjustmentMagnitude,
        @JsonProperty("ScalingAdjustment") Integer scalingAdjustment,
        @JsonProperty("Cooldown") Integer cooldown,
        @JsonProperty("StepAdjustments") java.util.List<StepAdjustment> stepAdjustments,
        @JsonProperty("MetricAggregationType") String metricAggregationType,
        @JsonProperty("EstimatedInstanceWarmup") Integer estimatedInstanceWarmup,
        @JsonProperty("Alarms") java.util.List<Alarm> alarms,
        @JsonProperty("TargetTrackingConfiguration") TargetTrackingConfiguration targetTrackingConfiguration,
        @JsonProperty("Enabled") Boolean enabled,
        @JsonProperty("PredictiveScalingConfiguration") PredictiveScalingConfiguration predictiveScalingConfiguration) {
}
