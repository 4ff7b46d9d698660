// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateAssociationRequest(
        @JsonProperty("AssociationId") String associationId,
        @JsonProperty("Parameters") java.util.Map<String, java.util.List<String>> parameters,
        @JsonProperty("DocumentVersion") String documentVersion,
        @JsonProperty("ScheduleExpression") String scheduleExpression,
        @JsonProperty("OutputLocation") InstanceAssociationOutputLocation outputLocation,
        @JsonProperty("Name") String name,
        @JsonProperty("Targets") java.util.List<Target> targets,
        @JsonProperty("AssociationName") String associationName,
        @JsonProperty("AssociationVersion") String associationVersion,
        @JsonProperty("AutomationTargetParameterName") String automationTargetParameterName,
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
        @JsonProperty("AssociationDispatchAssumeRole") String associationDispatchAssumeRole) {
}
