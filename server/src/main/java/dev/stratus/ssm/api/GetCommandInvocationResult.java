// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetCommandInvocationResult(
        @JsonProperty("CommandId") String commandId,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("Comment") String comment,
        @JsonProperty("DocumentName") String documentName,
        @JsonProperty("DocumentVersion") String documentVersion,
        @JsonProperty("PluginName") String pluginName,
        @JsonProperty("ResponseCode") Integer responseCode,
        @JsonProperty("ExecutionStartDateTime") String executionStartDateTime,
        @JsonProperty("ExecutionElapsedTime") String executionElapsedTime,
        @JsonProperty("ExecutionEndDateTime") String executionEndDateTime,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusDetails") String statusDetails,
        @JsonProperty("StandardOutputContent") String standardOutputContent,
        @JsonProperty("StandardOutputUrl") String standardOutputUrl,
        @JsonProperty("StandardErrorContent") String standardErrorContent,
        @JsonProperty("StandardErrorUrl") String standardErrorUrl,
        @JsonProperty("CloudWatchOutputConfig") CloudWatchOutputConfig cloudWatchOutputConfig) {
}
