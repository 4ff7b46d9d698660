// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetCapacityManagerAttributesResult(
        @JsonProperty("CapacityManagerStatus") String capacityManagerStatus,
        @JsonProperty("OrganizationsAccess") Boolean organizationsAccess,
        @JsonProperty("DataExportCount") Integer dataExportCount,
        @JsonProperty("IngestionStatus") String ingestionStatus,
        @JsonProperty("IngestionStatusMessage") String ingestionStatusMessage,
        @JsonProperty("EarliestDatapointTimestamp") java.time.Instant earliestDatapointTimestamp,
        @JsonProperty("LatestDatapointTimestamp") java.time.Instant latestDatapointTimestamp) {
}
