// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MaintenanceWindowTask(
        @JsonProperty("WindowId") String windowId,
        @JsonProperty("WindowTaskId") String windowTaskId,
        @JsonProperty("TaskArn") String taskArn,
        @JsonProperty("Type") String type,
        @JsonProperty("Targets") java.util.List<Target> targets,
        @JsonProperty("TaskParameters") java.util.Map<String, MaintenanceWindowTaskParameterValueExpression> taskParameters,
        @JsonProperty("Priority") Integer priority,
        @JsonProperty("LoggingInfo") LoggingInfo loggingInfo,
        @JsonProperty("ServiceRoleArn") String serviceRoleArn,
        @JsonProperty("MaxConcurrency") String maxConcurrency,
        @JsonProperty("MaxErrors") String maxErrors,
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description,
        @JsonProperty("CutoffBehavior") String cutoffBehavior,
        @JsonProperty("AlarmConfiguration") AlarmConfiguration alarmConfiguration) {
}
