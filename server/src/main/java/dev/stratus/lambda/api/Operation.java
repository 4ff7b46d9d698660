// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Operation(
        @JsonProperty("Id") String id,
        @JsonProperty("ParentId") String parentId,
        @JsonProperty("Name") String name,
        @JsonProperty("Type") String type,
        @JsonProperty("SubType") String subType,
        @JsonProperty("StartTimestamp") java.time.Instant startTimestamp,
        @JsonProperty("EndTimestamp") java.time.Instant endTimestamp,
        @JsonProperty("Status") String status,
        @JsonProperty("ExecutionDetails") ExecutionDetails executionDetails,
        @JsonProperty("ContextDetails") ContextDetails contextDetails,
        @JsonProperty("StepDetails") StepDetails stepDetails,
        @JsonProperty("WaitDetails") WaitDetails waitDetails,
        @JsonProperty("CallbackDetails") CallbackDetails callbackDetails,
        @JsonProperty("ChainedInvokeDetails") ChainedInvokeDetails chainedInvokeDetails) {
}
