// Generated from the logs model by scripts/generate-apis. Do not edit.
package dev.stratus.logs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduledQueryDestination(
        @JsonProperty("destinationType") String destinationType,
        @JsonProperty("destinationIdentifier") String destinationIdentifier,
        @JsonProperty("status") String status,
        @JsonProperty("processedIdentifier") String processedIdentifier,
        @JsonProperty("errorMessage") String errorMessage) {
}
