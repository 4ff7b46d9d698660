// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TagDescription(
        @JsonProperty("ResourceId") String resourceId,
        @JsonProperty("ResourceType") String resourceType,
        @JsonProperty("Key") String key,
        @JsonProperty("Value") String value,
        @JsonProperty("PropagateAtLaunch") Boolean propagateAtLaunch) {
}
