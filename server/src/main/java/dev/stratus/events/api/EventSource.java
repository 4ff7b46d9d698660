// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventSource(
        @JsonProperty("Arn") String arn,
        @JsonProperty("CreatedBy") String createdBy,
        @JsonProperty("CreationTime") java.time.Instant creationTime,
        @JsonProperty("ExpirationTime") java.time.Instant expirationTime,
        @JsonProperty("Name") String name,
        @JsonProperty("State") String state) {
}
