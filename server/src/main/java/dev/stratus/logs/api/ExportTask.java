// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportTask(
        @JsonProperty("taskId") String taskId,
        @JsonProperty("taskName") String taskName,
        @JsonProperty("logGroupName") String logGroupName,
        @JsonProperty("from") Long from,
        @JsonProperty("to") Long to,
        @JsonProperty("destination") String destination,
        @JsonProperty("destinationPrefix") String destinationPrefix,
        @JsonProperty("status") ExportTaskStatus status,
        @JsonProperty("executionInfo") ExportTaskExecutionInfo executionInfo) {
}
