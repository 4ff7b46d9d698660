// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetLogEventsRequest(
        @JsonProperty("logGroupName") String logGroupName,
        @JsonProperty("logGroupIdentifier") String logGroupIdentifier,
        @JsonProperty("logStreamName") String logStreamName,
        @JsonProperty("startTime") Long startTime,
        @JsonProperty("endTime") Long endTime,
        @JsonProperty("nextToken") String nextToken,
        @JsonProperty("limit") Integer limit,
        @JsonProperty("startFromHead") Boolean startFromHead,
        @JsonProperty("unmask") Boolean unmask) {
}
