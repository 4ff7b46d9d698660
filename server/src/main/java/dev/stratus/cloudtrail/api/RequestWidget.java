// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestWidget(
        @JsonProperty("QueryStatement") String queryStatement,
        @JsonProperty("QueryParameters") java.util.List<String> queryParameters,
        @JsonProperty("ViewProperties") java.util.Map<String, String> viewProperties) {
}
