// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateDashboardResponse(
        @JsonProperty("DashboardArn") String dashboardArn,
        @JsonProperty("Name") String name,
        @JsonProperty("Type") String type,
        @JsonProperty("Widgets") java.util.List<Widget> widgets,
        @JsonProperty("TagsList") java.util.List<Tag> tagsList,
        @JsonProperty("RefreshSchedule") RefreshSchedule refreshSchedule,
        @JsonProperty("TerminationProtectionEnabled") Boolean terminationProtectionEnabled) {
}
