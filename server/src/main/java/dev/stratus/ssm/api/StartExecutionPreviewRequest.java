// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StartExecutionPreviewRequest(
        @JsonProperty("DocumentName") String documentName,
        @JsonProperty("DocumentVersion") String documentVersion,
        @JsonProperty("ExecutionInputs") ExecutionInputs executionInputs) {
}
