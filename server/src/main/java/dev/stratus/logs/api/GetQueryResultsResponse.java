// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetQueryResultsResponse(
        @JsonProperty("queryLanguage") String queryLanguage,
        @JsonProperty("results") java.util.List<java.util.List<ResultField>> results,
        @JsonProperty("statistics") QueryStatistics statistics,
        @JsonProperty("status") String status,
        @JsonProperty("encryptionKey") String encryptionKey,
        @JsonProperty("nextToken") String nextToken) {
}
