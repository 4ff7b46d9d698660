// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MaintenanceDetails(
        @JsonProperty("PendingMaintenance") String pendingMaintenance,
        @JsonProperty("MaintenanceAutoAppliedAfter") java.time.Instant maintenanceAutoAppliedAfter,
        @JsonProperty("LastMaintenanceApplied") java.time.Instant lastMaintenanceApplied) {
}
