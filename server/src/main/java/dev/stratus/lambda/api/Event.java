// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Event(
        @JsonProperty("EventType") String eventType,
        @JsonProperty("SubType") String subType,
        @JsonProperty("EventId") Integer eventId,
        @JsonProperty("Id") String id,
        @JsonProperty("Name") String name,
        @JsonProperty("EventTimestamp") java.time.Instant eventTimestamp,
        @JsonProperty("ParentId") String parentId,
        @JsonProperty("ExecutionStartedDetails") ExecutionStartedDetails executionStartedDetails,
        @JsonProperty("ExecutionSucceededDetails") ExecutionSucceededDetails executionSucceededDetails,
        @JsonProperty("ExecutionFailedDetails") ExecutionFailedDetails executionFailedDetails,
        @JsonProperty("ExecutionTimedOutDetails") ExecutionTimedOutDetails executionTimedOutDetails,
        @JsonProperty("ExecutionStoppedDetails") ExecutionStoppedDetails executionStoppedDetails,
        @JsonProperty("ContextStartedDetails") ContextStartedDetails contextStartedDetails,
        @JsonProperty("ContextSucceededDetails") ContextSucceededDetails contextSucceededDetails,
        @JsonProperty("ContextFailedDetails") ContextFailedDetails contextFailedDetails,
        @JsonProperty("WaitStartedDetails") WaitStartedDetails waitStartedDetails,
        @JsonProperty("WaitSucceededDetails") WaitSucceededDetails waitSucceededDetails,
        @JsonProperty("WaitCancelledDetails") WaitCancelledDetails waitCancelledDetails,
        @JsonProperty("StepStartedDetails") StepStartedDetails stepStartedDetails,
        @JsonProperty("StepSucceededDetails") StepSucceededDetails stepSucceededDetails,
        @JsonProperty("StepFailedDetails") StepFailedDetails stepFailedDetails,
        @JsonProperty("ChainedInvokeStartedDetails") ChainedInvokeStartedDetails chainedInvokeStartedDetails,
        @JsonProperty("ChainedInvokeSucceededDetails") ChainedInvokeSucceededDetails chainedInvokeSucceededDetails,
        @JsonProperty("ChainedInvokeFailedDetails") ChainedInvokeFailedDetails chainedInvokeFailedDetails,
        @JsonProperty("ChainedInvokeTimedOutDetails") ChainedInvokeTimedOutDetails chainedInvokeTimedOutDetails,
        @JsonProperty("ChainedInvokeStoppedDetails") ChainedInvokeStoppedDetails chainedInvokeStoppedDetails,
        @JsonProperty("CallbackStartedDetails") CallbackStartedDetails callbackStartedDetails,
        @JsonProperty("CallbackSucceededDetails") CallbackSucceededDetails callbackSucceededDetails,
        @JsonProperty("CallbackFailedDetails") CallbackFailedDetails callbackFailedDetails,
        @JsonProperty("CallbackTimedOutDetails") CallbackTimedOutDetails callbackTimedOutDetails,
        @JsonProperty("InvocationCompletedDetails") InvocationCompletedDetails invocationCompletedDetails) {
}
