// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssociationDescription(
        @JsonProperty("Name") String name,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("AssociationVersion") String associationVersion,
        @JsonProperty("Date") java.time.Instant date,
        @JsonProperty("LastUpdateAssociationDate") java.time.Instant lastUpdateAssociationDate,
        @JsonProperty("Status") AssociationStatus status,
        @JsonProperty("Overview") AssociationOverview overview,
        @JsonProperty("DocumentVersion") String documentVersion,
        @JsonProperty("AutomationTargetParameterName") String automationTargetParameterName,
        @JsonProperty("Parameters") java.util.Map<String, java.util.List<String>> parameters,
        @JsonProperty("AssociationId") String associationId,
        @JsonProperty("Targets") java.util.List<Target> targets,
        @JsonProperty("ScheduleExpression") String scheduleExpression,
        @JsonProperty("OutputLocation") InstanceAssociationOutputLocation outputLocation,
        @JsonProperty("LastExecutionDate") java.time.Instant lastExecutionDate,
        @JsonProperty("LastSuccessfulExecutionDate") java.time.Instant lastSuccessfulExecutionDate,
        @JsonProperty("AssociationName") String associationName,
        @JsonProperty("MaxErrors") String maxErrors,
        @JsonProperty("MaxConcurrency") String maxConcurrency,
        @JsonProperty("ComplianceSeverity") String complianceSeverity,
        @JsonProperty("SyncCompliance") String syncCompliance,
        @JsonProperty("ApplyOnlyAtCronInterval") Boolean applyOnlyAtCronInterval,
        @JsonProperty("CalendarNames") java.util.List<String> calendarNames,
        @JsonProperty("TargetLocations") java.util.List<TargetLocation> targetLocations,
        @JsonProperty("ScheduleOffset") Integer scheduleOffset,
        @JsonProperty("Duration") Integer duration,
        @JsonProperty("TargetMaps") java.util.List<java.util.Map<String, java.util.List<String>>> targetMaps,
        @JsonProperty("AlarmConfiguration") AlarmConfiguration alarmConfiguration,
        @JsonProperty("TriggeredAlarms") java.util.List<AlarmStateInformation> triggeredAlarms,
        @JsonProperty("AssociationDispatchAssumeRole") String associationDispatchAssumeRole) {
}
