// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateEventBusRequest(
        @JsonProperty("Name") String name,
        @JsonProperty("EventSourceName") String eventSourceName,
        @JsonProperty("Description") String description,
        @JsonProperty("KmsKeyIdentifier") String kmsKeyIdentifier,
        @JsonProperty("DeadLetterConfig") DeadLetterConfig deadLetterConfig,
        @JsonProperty("LogConfig") LogConfig logConfig,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
