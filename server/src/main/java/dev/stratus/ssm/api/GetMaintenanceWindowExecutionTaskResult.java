// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetMaintenanceWindowExecutionTaskResult(
        @JsonProperty("WindowExecutionId") String windowExecutionId,
        @JsonProperty("TaskExecutionId") String taskExecutionId,
        @JsonProperty("TaskArn") String taskArn,
        @JsonProperty("ServiceRole") String serviceRole,
        @JsonProperty("Type") String type,
        @JsonProperty("TaskParameters") java.util.List<java.util.Map<String, MaintenanceWindowTaskParameterValueExpression>> taskParameters,
        @JsonProperty("Priority") Integer priority,
        @JsonProperty("MaxConcurrency") String maxConcurrency,
        @JsonProperty("MaxErrors") String maxErrors,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusDetails") String statusDetails,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("EndTime") java.time.Instant endTime,
        @JsonProperty("AlarmConfiguration") AlarmConfiguration alarmConfiguration,
        @JsonProperty("TriggeredAlarms") java.util.List<AlarmStateInformation> triggeredAlarms) {
}
