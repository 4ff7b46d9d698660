// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record OperationUpdate(
        @JsonProperty("Id") String id,
        @JsonProperty("ParentId") String parentId,
        @JsonProperty("Name") String name,
        @JsonProperty("Type") String type,
        @JsonProperty("SubType") String subType,
        @JsonProperty("Action") String action,
        @JsonProperty("Payload") String payload,
        @JsonProperty("Error") ErrorObject error,
        @JsonProperty("ContextOptions") ContextOptions contextOptions,
        @JsonProperty("StepOptions") StepOptions stepOptions,
        @JsonProperty("WaitOptions") WaitOptions waitOptions,
        @JsonProperty("CallbackOptions") CallbackOptions callbackOptions,
        @JsonProperty("ChainedInvokeOptions") ChainedInvokeOptions chainedInvokeOptions) {
}
