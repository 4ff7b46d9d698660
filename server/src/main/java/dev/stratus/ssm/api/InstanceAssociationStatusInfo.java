// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceAssociationStatusInfo(
        @JsonProperty("AssociationId") String associationId,
        @JsonProperty("Name") String name,
        @JsonProperty("DocumentVersion") String documentVersion,
        @JsonProperty("AssociationVersion") String associationVersion,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("ExecutionDate") java.time.Instant executionDate,
        @JsonProperty("Status") String status,
        @JsonProperty("DetailedStatus") String detailedStatus,
        @JsonProperty("ExecutionSummary") String executionSummary,
        @JsonProperty("ErrorCode") String errorCode,
        @JsonProperty("OutputUrl") InstanceAssociationOutputUrl outputUrl,
        @JsonProperty("AssociationName") String associationName) {
}
