// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Import(
        @JsonProperty("importId") String importId,
        @JsonProperty("importSourceArn") String importSourceArn,
        @JsonProperty("importStatus") String importStatus,
        @JsonProperty("importDestinationArn") String importDestinationArn,
        @JsonProperty("importStatistics") ImportStatistics importStatistics,
        @JsonProperty("importFilter") ImportFilter importFilter,
        @JsonProperty("creationTime") Long creationTime,
        @JsonProperty("lastUpdatedTime") Long lastUpdatedTime,
        @JsonProperty("errorMessage") String errorMessage) {
}
