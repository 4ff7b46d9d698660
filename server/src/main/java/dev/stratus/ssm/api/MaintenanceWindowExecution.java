// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MaintenanceWindowExecution(
        @JsonProperty("WindowId") String windowId,
        @JsonProperty("WindowExecutionId") String windowExecutionId,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusDetails") String statusDetails,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("EndTime") java.time.Instant endTime) {
}
