// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceRefresh(
        @JsonProperty("InstanceRefreshId") String instanceRefreshId,
        @JsonProperty("AutoScalingGroupName") String autoScalingGroupName,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusReason") String statusReason,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("EndTime") java.time.Instant endTime,
        @JsonProperty("PercentageComplete") Integer percentageComplete,
        @JsonProperty("InstancesToUpdate") Integer instancesToUpdate,
        @JsonProperty("ProgressDetails") InstanceRefreshProgressDetails progressDetails,
        @JsonProperty("Preferences") RefreshPreferences preferences,
        @JsonProperty("DesiredConfiguration") DesiredConfiguration desiredConfiguration,
        @JsonProperty("RollbackDetails") RollbackDetails rollbackDetails,
        @JsonProperty("Strategy") String strategy) {
}
