// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParentStepDetails(
        @JsonProperty("StepExecutionId") String stepExecutionId,
        @JsonProperty("StepName") String stepName,
        @JsonProperty("Action") String action,
        @JsonProperty("Iteration") Integer iteration,
        @JsonProperty("IteratorValue") String iteratorValue) {
}
