// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogStream(
        @JsonProperty("logStreamName") String logStreamName,
        @JsonProperty("creationTime") Long creationTime,
        @JsonProperty("firstEventTimestamp") Long firstEventTimestamp,
        @JsonProperty("lastEventTimestamp") Long lastEventTimestamp,
        @JsonProperty("lastIngestionTime") Long lastIngestionTime,
        @JsonProperty("uploadSequenceToken") String uploadSequenceToken,
        @JsonProperty("arn") String arn,
        @JsonProperty("storedBytes") Long storedBytes) {
}
