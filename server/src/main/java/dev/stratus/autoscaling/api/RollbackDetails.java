// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RollbackDetails(
        @JsonProperty("RollbackReason") String rollbackReason,
        @JsonProperty("RollbackStartTime") java.time.Instant rollbackStartTime,
        @JsonProperty("PercentageCompleteOnRollback") Integer percentageCompleteOnRollback,
        @JsonProperty("InstancesToUpdateOnRollback") Integer instancesToUpdateOnRollback,
        @JsonProperty("ProgressDetailsOnRollback") InstanceRefreshProgressDetails progressDetailsOnRollback) {
}
