// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MaintenanceWindowExecutionTaskIdentity(
        @JsonProperty("WindowExecutionId") String windowExecutionId,
        @JsonProperty("TaskExecutionId") String taskExecutionId,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusDetails") String statusDetails,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("EndTime") java.time.Instant endTime,
        @JsonProperty("TaskArn") String taskArn,
        @JsonProperty("TaskType") String taskType,
        @JsonProperty("AlarmConfiguration") AlarmConfiguration alarmConfiguration,
        @JsonProperty("TriggeredAlarms") java.util.List<AlarmStateInformation> triggeredAlarms) {
}
