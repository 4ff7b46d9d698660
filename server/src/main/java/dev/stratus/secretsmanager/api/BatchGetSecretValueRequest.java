// Generated from the secretsmanager model by scripts/generate-apis. Do not edit.
package dev.stratus.secretsmanager.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchGetSecretValueRequest(
        @JsonProperty("SecretIdList") java.util.List<String> secretIdList,
        @JsonProperty("Filters") java.util.List<Filter> filters,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken) {
}
