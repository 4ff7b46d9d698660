// Generated from the scheduler model by scripts/generate-apis. Do not edit.
package dev.stratus.scheduler.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UntagResourceInput(
        @JsonProperty("ResourceArn") String resourceArn,
        @JsonProperty("TagKeys") java.util.List<String> tagKeys) {
}
