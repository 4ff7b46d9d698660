// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateMaintenanceWindowTargetResult(
        @JsonProperty("WindowId") String windowId,
        @JsonProperty("WindowTargetId") String windowTargetId,
        @JsonProperty("Targets") java.util.List<Target> targets,
        @JsonProperty("OwnerInformation") String ownerInformation,
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description) {
}
