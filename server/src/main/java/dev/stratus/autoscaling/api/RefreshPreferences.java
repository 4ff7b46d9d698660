// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RefreshPreferences(
        @JsonProperty("MinHealthyPercentage") Integer minHealthyPercentage,
        @JsonProperty("InstanceWarmup") Integer instanceWarmup,
        @JsonProperty("CheckpointPercentages") java.util.List<Integer> checkpointPercentages,
        @JsonProperty("CheckpointDelay") Integer checkpointDelay,
        @JsonProperty("SkipMatching") Boolean skipMatching,
        @JsonProperty("AutoRollback") Boolean autoRollback,
        @JsonProperty("ScaleInProtectedInstances") String scaleInProtectedInstances,
        @JsonProperty("StandbyInstances") String standbyInstances,
        @JsonProperty("AlarmSpecification") AlarmSpecification alarmSpecification,
        @JsonProperty("MaxHealthyPercentage") Integer maxHealthyPercentage,
        @JsonProperty("BakeTime") Integer bakeTime) {
}
