// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateDashboardResponse(
        @JsonProperty("DashboardArn") String dashboardArn,
        @JsonProperty("Name") String name,
        @JsonProperty("Type") String type,
        @JsonProperty("Widgets") java.util.List<Widget> widgets,
        @JsonProperty("RefreshSchedule") RefreshSchedule refreshSchedule,
        @JsonProperty("TerminationProtectionEnabled") Boolean terminationProtectionEnabled,
        @JsonProperty("CreatedTimestamp") java.time.Instant createdTimestamp,
        @JsonProperty("UpdatedTimestamp") java.time.Instant updatedTimestamp) {
}
