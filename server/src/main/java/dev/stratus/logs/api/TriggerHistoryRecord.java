// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TriggerHistoryRecord(
        @JsonProperty("queryId") String queryId,
        @JsonProperty("executionStatus") String executionStatus,
        @JsonProperty("triggeredTimestamp") Long triggeredTimestamp,
        @JsonProperty("errorMessage") String errorMessage,
        @JsonProperty("destinations") java.util.List<ScheduledQueryDestination> destinations) {
}
