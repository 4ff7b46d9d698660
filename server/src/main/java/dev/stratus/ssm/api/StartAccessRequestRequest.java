// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StartAccessRequestRequest(
        @JsonProperty("Reason") String reason,
        @JsonProperty("Targets") java.util.List<Target> targets,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
