// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateMaintenanceWindowRequest(
        @JsonProperty("WindowId") String windowId,
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description,
        @JsonProperty("StartDate") String startDate,
        @JsonProperty("EndDate") String endDate,
        @JsonProperty("Schedule") String schedule,
        @JsonProperty("ScheduleTimezone") String scheduleTimezone,
        @JsonProperty("ScheduleOffset") Integer scheduleOffset,
        @JsonProperty("Duration") Integer duration,
        @JsonProperty("Cutoff") Integer cutoff,
        @JsonProperty("AllowUnassociatedTargets") Boolean allowUnassociatedTargets,
        @JsonProperty("Enabled") Boolean enabled,
        @JsonProperty("Replace") Boolean replace) {
}
