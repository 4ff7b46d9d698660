// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetExecutionPreviewResponse(
        @JsonProperty("ExecutionPreviewId") String executionPreviewId,
        @JsonProperty("EndedAt") java.time.Instant endedAt,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusMessage") String statusMessage,
        @JsonProperty("ExecutionPreview") ExecutionPreview executionPreview) {
}
