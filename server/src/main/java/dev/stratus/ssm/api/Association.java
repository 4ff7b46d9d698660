// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Association(
        @JsonProperty("Name") String name,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("AssociationId") String associationId,
        @JsonProperty("AssociationVersion") String associationVersion,
        @JsonProperty("DocumentVersion") String documentVersion,
        @JsonProperty("Targets") java.util.List<Target> targets,
        @JsonProperty("LastExecutionDate") java.time.Instant lastExecutionDate,
        @JsonProperty("Overview") AssociationOverview overview,
        @JsonProperty("ScheduleExpression") String scheduleExpression,
        @JsonProperty("AssociationName") String associationName,
        @JsonProperty("ScheduleOffset") Integer scheduleOffset,
        @JsonProperty("Duration") Integer duration,
        @JsonProperty("TargetMaps") java.util.List<java.util.Map<String, java.util.List<String>>> targetMaps) {
}
