// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CancelImportTaskResponse(
        @JsonProperty("importId") String importId,
        @JsonProperty("importStatistics") ImportStatistics importStatistics,
        @JsonProperty("importStatus") String importStatus,
        @JsonProperty("creationTime") Long creationTime,
        @JsonProperty("lastUpdatedTime") Long lastUpdatedTime) {
}
