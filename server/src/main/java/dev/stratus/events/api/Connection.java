// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Connection(
        @JsonProperty("ConnectionArn") String connectionArn,
        @JsonProperty("Name") String name,
        @JsonProperty("ConnectionState") String connectionState,
        @JsonProperty("StateReason") String stateReason,
        @JsonProperty("AuthorizationType") String authorizationType,
        @JsonProperty("CreationTime") java.time.Instant creationTime,
        @JsonProperty("LastModifiedTime") java.time.Instant lastModifiedTime,
        @JsonProperty("LastAuthorizedTime") java.time.Instant lastAuthorizedTime) {
}
