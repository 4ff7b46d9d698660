// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Endpoint(
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description,
        @JsonProperty("Arn") String arn,
        @JsonProperty("RoutingConfig") RoutingConfig routingConfig,
        @JsonProperty("ReplicationConfig") ReplicationConfig replicationConfig,
        @JsonProperty("EventBuses") java.util.List<EndpointEventBus> eventBuses,
        @JsonProperty("RoleArn") String roleArn,
        @JsonProperty("EndpointId") String endpointId,
        @JsonProperty("EndpointUrl") String endpointUrl,
        @JsonProperty("State") String state,
        @JsonProperty("StateReason") String stateReason,
        @JsonProperty("CreationTime") java.time.Instant creationTime,
        @JsonProperty("LastModifiedTime") java.time.Instant lastModifiedTime) {
}
