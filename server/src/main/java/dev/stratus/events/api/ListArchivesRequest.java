// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListArchivesRequest(
        @JsonProperty("NamePrefix") String namePrefix,
        @JsonProperty("EventSourceArn") String eventSourceArn,
        @JsonProperty("State") String state,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("Limit") Integer limit) {
}
