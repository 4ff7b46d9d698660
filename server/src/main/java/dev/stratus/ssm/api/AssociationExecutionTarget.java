// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssociationExecutionTarget(
        @JsonProperty("AssociationId") String associationId,
        @JsonProperty("AssociationVersion") String associationVersion,
        @JsonProperty("ExecutionId") String executionId,
        @JsonProperty("ResourceId") String resourceId,
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("Status") String status,
        @JsonProperty("DetailedStatus") String detailedStatus,
        @JsonProperty("LastExecutionDate") java.time.Instant lastExecutionDate,
        @JsonProperty("OutputSource") OutputSource outputSource) {
}
