// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateEndpointRequest(
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description,
        @JsonProperty("RoutingConfig") RoutingConfig routingConfig,
        @JsonProperty("ReplicationConfig") ReplicationConfig replicationConfig,
        @JsonProperty("EventBuses") java.util.List<EndpointEventBus> eventBuses,
        @JsonProperty("RoleArn") String roleArn) {
}
