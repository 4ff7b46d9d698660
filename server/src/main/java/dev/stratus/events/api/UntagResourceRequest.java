// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UntagResourceRequest(
        @JsonProperty("ResourceARN") String resourceARN,
        @JsonProperty("TagKeys") java.util.List<String> tagKeys) {
}
