// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateAssociationRequest(
        @JsonProperty("Name") String name,
        @JsonProperty("DocumentVersion") String documentVersion,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("Parameters") java.util.Map<String, java.util.List<String>> parameters,
        @JsonProperty("Targets") java.util.List<Target> targets,
        @JsonProperty("ScheduleExpression") String scheduleExpression,
        @JsonProperty("OutputLocation") InstanceAssociationOutputLocation outputLocation,
        @JsonProperty("AssociationName") String associationName,
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
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("AlarmConfiguration") AlarmConfiguration alarmConfiguration,
        @JsonProperty("AssociationDispatchAssumeRole") String associationDispatchAssumeRole) {
}
