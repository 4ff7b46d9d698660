// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MaintenanceWindowExecutionTaskInvocationIdentity(
        @JsonProperty("WindowExecutionId") String windowExecutionId,
        @JsonProperty("TaskExecutionId") String taskExecutionId,
        @JsonProperty("InvocationId") String invocationId,
        @JsonProperty("ExecutionId") String executionId,
        @JsonProperty("TaskType") String taskType,
        @JsonProperty("Parameters") String parameters,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusDetails") String statusDetails,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("EndTime") java.time.Instant endTime,
        @JsonProperty("OwnerInformation") String ownerInformation,
        @JsonProperty("WindowTargetId") String windowTargetId) {
}
