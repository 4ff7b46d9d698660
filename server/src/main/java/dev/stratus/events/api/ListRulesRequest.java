// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListRulesRequest(
        @JsonProperty("NamePrefix") String namePrefix,
        @JsonProperty("EventBusName") String eventBusName,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("Limit") Integer limit) {
}
