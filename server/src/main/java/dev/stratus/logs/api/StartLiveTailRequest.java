// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StartLiveTailRequest(
        @JsonProperty("logGroupIdentifiers") java.util.List<String> logGroupIdentifiers,
        @JsonProperty("logStreamNames") java.util.List<String> logStreamNames,
        @JsonProperty("logStreamNamePrefixes") java.util.List<String> logStreamNamePrefixes,
        @JsonProperty("logEventFilterPattern") String logEventFilterPattern) {
}
