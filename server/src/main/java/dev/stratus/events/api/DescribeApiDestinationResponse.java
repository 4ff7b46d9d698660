// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeApiDestinationResponse(
        @JsonProperty("ApiDestinationArn") String apiDestinationArn,
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description,
        @JsonProperty("ApiDestinationState") String apiDestinationState,
        @JsonProperty("ConnectionArn") String connectionArn,
        @JsonProperty("InvocationEndpoint") String invocationEndpoint,
        @JsonProperty("HttpMethod") String httpMethod,
        @JsonProperty("InvocationRateLimitPerSecond") Integer invocationRateLimitPerSecond,
        @JsonProperty("CreationTime") java.time.Instant creationTime,
        @JsonProperty("LastModifiedTime") java.time.Instant lastModifiedTime) {
}
