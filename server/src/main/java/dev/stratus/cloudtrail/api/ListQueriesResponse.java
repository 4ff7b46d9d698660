// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListQueriesResponse(
        @JsonProperty("Queries") java.util.List<Query> queries,
        @JsonProperty("NextToken") String nextToken) {
}
