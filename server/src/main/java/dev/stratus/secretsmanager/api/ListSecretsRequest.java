// Generated from the secretsmanager model by scripts/generate-apis. Do not edit.
package dev.stratus.secretsmanager.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListSecretsRequest(
        @JsonProperty("IncludePlannedDeletion") Boolean includePlannedDeletion,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("Filters") java.util.List<Filter> filters,
        @JsonProperty("SortOrder") String sortOrder,
        @JsonProperty("SortBy") String sortBy) {
}
