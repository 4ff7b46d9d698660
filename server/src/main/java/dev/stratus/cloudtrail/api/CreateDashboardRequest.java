// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateDashboardRequest(
        @JsonProperty("Name") String name,
        @JsonProperty("RefreshSchedule") RefreshSchedule refreshSchedule,
        @JsonProperty("TagsList") java.util.List<Tag> tagsList,
        @JsonProperty("TerminationProtectionEnabled") Boolean terminationProtectionEnabled,
        @JsonProperty("Widgets") java.util.List<RequestWidget> widgets) {
}
