// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PutQueryDefinitionRequest(
        @JsonProperty("queryLanguage") String queryLanguage,
        @JsonProperty("name") String name,
        @JsonProperty("queryDefinitionId") String queryDefinitionId,
        @JsonProperty("logGroupNames") java.util.List<String> logGroupNames,
        @JsonProperty("queryString") String queryString,
        @JsonProperty("clientToken") String clientToken,
        @JsonProperty("parameters") java.util.List<QueryParameter> parameters) {
}
