// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetDashboardResponse(
        @JsonProperty("DashboardArn") String dashboardArn,
        @JsonProperty("Type") String type,
        @JsonProperty("Status") String status,
        @JsonProperty("Widgets") java.util.List<Widget> widgets,
        @JsonProperty("RefreshSchedule") RefreshSchedule refreshSchedule,
        @JsonProperty("CreatedTimestamp") java.time.Instant createdTimestamp,
        @JsonProperty("UpdatedTimestamp") java.time.Instant updatedTimestamp,
        @JsonProperty("LastRefreshId") String lastRefreshId,
        @JsonProperty("LastRefreshFailureReason") String lastRefreshFailureReason,
        @JsonProperty("TerminationProtectionEnabled") Boolean terminationProtectionEnabled) {
}
