// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MaintenanceWindowIdentity(
        @JsonProperty("WindowId") String windowId,
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description,
        @JsonProperty("Enabled") Boolean enabled,
        @JsonProperty("Duration") Integer duration,
        @JsonProperty("Cutoff") Integer cutoff,
        @JsonProperty("Schedule") String schedule,
        @JsonProperty("ScheduleTimezone") String scheduleTimezone,
        @JsonProperty("ScheduleOffset") Integer scheduleOffset,
        @JsonProperty("EndDate") String endDate,
        @JsonProperty("StartDate") String startDate,
        @JsonProperty("NextExecutionTime") String nextExecutionTime) {
}
