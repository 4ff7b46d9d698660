// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateApiDestinationResponse(
        @JsonProperty("ApiDestinationArn") String apiDestinationArn,
        @JsonProperty("ApiDestinationState") String apiDestinationState,
        @JsonProperty("CreationTime") java.time.Instant creationTime,
        @JsonProperty("LastModifiedTime") java.time.Instant lastModifiedTime) {
}
