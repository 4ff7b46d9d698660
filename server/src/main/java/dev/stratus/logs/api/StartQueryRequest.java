// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StartQueryRequest(
        @JsonProperty("queryLanguage") String queryLanguage,
        @JsonProperty("logGroupName") String logGroupName,
        @JsonProperty("logGroupNames") java.util.List<String> logGroupNames,
        @JsonProperty("logGroupIdentifiers") java.util.List<String> logGroupIdentifiers,
        @JsonProperty("startTime") Long startTime,
        @JsonProperty("endTime") Long endTime,
        @JsonProperty("queryString") String queryString,
        @JsonProperty("limit") Integer limit) {
}
