// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateExportTaskRequest(
        @JsonProperty("taskName") String taskName,
        @JsonProperty("logGroupName") String logGroupName,
        @JsonProperty("logStreamNamePrefix") String logStreamNamePrefix,
        @JsonProperty("from") Long from,
        @JsonProperty("to") Long to,
        @JsonProperty("destination") String destination,
        @JsonProperty("destinationPrefix") String destinationPrefix) {
}
