// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssociationExecution(
        @JsonProperty("AssociationId") String associationId,
        @JsonProperty("AssociationVersion") String associationVersion,
        @JsonProperty("ExecutionId") String executionId,
        @JsonProperty("Status") String status,
        @JsonProperty("DetailedStatus") String detailedStatus,
        @JsonProperty("CreatedTime") java.time.Instant createdTime,
        @JsonProperty("LastExecutionDate") java.time.Instant lastExecutionDate,
        @JsonProperty("ResourceCountByStatus") String resourceCountByStatus,
        @JsonProperty("AlarmConfiguration") AlarmConfiguration alarmConfiguration,
        @JsonProperty("TriggeredAlarms") java.util.List<AlarmStateInformation> triggeredAlarms) {
}
