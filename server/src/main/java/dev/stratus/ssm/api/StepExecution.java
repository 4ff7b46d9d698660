// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StepExecution(
        @JsonProperty("StepName") String stepName,
        @JsonProperty("Action") String action,
        @JsonProperty("TimeoutSeconds") Long timeoutSeconds,
        @JsonProperty("OnFailure") String onFailure,
        @JsonProperty("MaxAttempts") Integer maxAttempts,
        @JsonProperty("ExecutionStartTime") java.time.Instant executionStartTime,
        @JsonProperty("ExecutionEndTime") java.time.Instant executionEndTime,
        @JsonProperty("StepStatus") String stepStatus,
        @JsonProperty("ResponseCode") String responseCode,
        @JsonProperty("Inputs") java.util.Map<String, String> inputs,
        @JsonProperty("Outputs") java.util.Map<String, java.util.List<String>> outputs,
        @JsonProperty("Response") String response,
        @JsonProperty("FailureMessage") String failureMessage,
        @JsonProperty("FailureDetails") FailureDetails failureDetails,
        @JsonProperty("StepExecutionId") String stepExecutionId,
        @JsonProperty("OverriddenParameters") java.util.Map<String, java.util.List<String>> overriddenParameters,
        @JsonProperty("IsEnd") Boolean isEnd,
        @JsonProperty("NextStep") String nextStep,
        @JsonProperty("IsCritical") Boolean isCritical,
        @JsonProperty("ValidNextSteps") java.util.List<String> validNextSteps,
        @JsonProperty("Targets") java.util.List<Target> targets,
        @JsonProperty("TargetLocation") TargetLocation targetLocation,
        @JsonProperty("TriggeredAlarms") java.util.List<AlarmStateInformation> triggeredAlarms,
        @JsonProperty("ParentStepDetails") ParentStepDetails parentStepDetails) {
}
