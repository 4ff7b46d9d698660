// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateApiDestinationRequest(
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description,
        @JsonProperty("ConnectionArn") String connectionArn,
        @JsonProperty("InvocationEndpoint") String invocationEndpoint,
        @JsonProperty("HttpMethod") String httpMethod,
        @JsonProperty("InvocationRateLimitPerSecond") Integer invocationRateLimitPerSecond) {
}
