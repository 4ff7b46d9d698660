// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FilteredLogEvent(
        @JsonProperty("logStreamName") String logStreamName,
        @JsonProperty("timestamp") Long timestamp,
        @JsonProperty("message") String message,
        @JsonProperty("ingestionTime") Long ingestionTime,
        @JsonProperty("eventId") String eventId) {
}
