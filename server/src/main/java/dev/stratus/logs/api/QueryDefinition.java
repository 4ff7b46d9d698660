// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryDefinition(
        @JsonProperty("queryLanguage") String queryLanguage,
        @JsonProperty("queryDefinitionId") String queryDefinitionId,
        @JsonProperty("name") String name,
        @JsonProperty("queryString") String queryString,
        @JsonProperty("lastModified") Long lastModified,
        @JsonProperty("logGroupNames") java.util.List<String> logGroupNames,
        @JsonProperty("parameters") java.util.List<QueryParameter> parameters) {
}
