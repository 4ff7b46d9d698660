// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StopImportResponse(
        @JsonProperty("ImportId") String importId,
        @JsonProperty("ImportSource") ImportSource importSource,
        @JsonProperty("Destinations") java.util.List<String> destinations,
        @JsonProperty("ImportStatus") String importStatus,
        @JsonProperty("CreatedTimestamp") java.time.Instant createdTimestamp,
        @JsonProperty("UpdatedTimestamp") java.time.Instant updatedTimestamp,
        @JsonProperty("StartEventTime") java.time.Instant startEventTime,
        @JsonProperty("EndEventTime") java.time.Instant endEventTime,
        @JsonProperty("ImportStatistics") ImportStatistics importStatistics) {
}
