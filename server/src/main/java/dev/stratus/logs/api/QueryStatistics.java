// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryStatistics(
        @JsonProperty("recordsMatched") Double recordsMatched,
        @JsonProperty("recordsScanned") Double recordsScanned,
        @JsonProperty("estimatedRecordsSkipped") Double estimatedRecordsSkipped,
        @JsonProperty("bytesScanned") Double bytesScanned,
        @JsonProperty("estimatedBytesSkipped") Double estimatedBytesSkipped,
        @JsonProperty("logGroupsScanned") Double logGroupsScanned) {
}
