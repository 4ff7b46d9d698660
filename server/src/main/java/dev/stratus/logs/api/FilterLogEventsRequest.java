// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FilterLogEventsRequest(
        @JsonProperty("logGroupName") String logGroupName,
        @JsonProperty("logGroupIdentifier") String logGroupIdentifier,
        @JsonProperty("logStreamNames") java.util.List<String> logStreamNames,
        @JsonProperty("logStreamNamePrefix") String logStreamNamePrefix,
        @JsonProperty("startTime") Long startTime,
        @JsonProperty("endTime") Long endTime,
        @JsonProperty("filterPattern") String filterPattern,
        @JsonProperty("nextToken") String nextToken,
        @JsonProperty("limit") Integer limit,
        @JsonProperty("interleaved") Boolean interleaved,
        @JsonProperty("unmask") Boolean unmask) {
}
