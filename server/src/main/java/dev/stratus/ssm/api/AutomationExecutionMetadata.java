// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AutomationExecutionMetadata(
        @JsonProperty("AutomationExecutionId") String automationExecutionId,
        @JsonProperty("DocumentName") String documentName,
        @JsonProperty("DocumentVersion") String documentVersion,
        @JsonProperty("AutomationExecutionStatus") String automationExecutionStatus,
        @JsonProperty("ExecutionStartTime") java.time.Instant executionStartTime,
        @JsonProperty("ExecutionEndTime") java.time.Instant executionEndTime,
        @JsonProperty("ExecutedBy") String executedBy,
        @JsonProperty("LogFile") String logFile,
        @JsonProperty("Outputs") java.util.Map<String, java.util.List<String>> outputs,
        @JsonProperty("Mode") String mode,
        @JsonProperty("ParentAutomationExecutionId") String parentAutomationExecutionId,
        @JsonProperty("CurrentStepName") String currentStepName,
        @JsonProperty("CurrentAction") String currentAction,
        @JsonProperty("FailureMessage") String failureMessage,
        @JsonProperty("TargetParameterName") String targetParameterName,
        @JsonProperty("Targets") java.util.List<Target> targets,
        @JsonProperty("TargetMaps") java.util.List<java.util.Map<String, java.util.List<String>>> targetMaps,
        @JsonProperty("ResolvedTargets") ResolvedTargets resolvedTargets,
        @JsonProperty("MaxConcurrency") String maxConcurrency,
        @JsonProperty("MaxErrors") String maxErrors,
        @JsonProperty("Target") String target,
        @JsonProperty("AutomationType") String automationType,
        @JsonProperty("AlarmConfiguration") AlarmConfiguration alarmConfiguration,
        @JsonProperty("TriggeredAlarms") java.util.List<AlarmStateInformation> triggeredAlarms,
        @JsonProperty("TargetLocationsURL") String targetLocationsURL,
        @JsonProperty("AutomationSubtype") String automationSubtype,
        @JsonProperty("ScheduledTime") java.time.Instant scheduledTime,
        @JsonProperty("Runbooks") java.util.List<Runbook> runbooks,
        @JsonProperty("OpsItemId") String opsItemId,
        @JsonProperty("AssociationId") String associationId,
        @JsonProperty("ChangeRequestName") String changeRequestName) {
}
