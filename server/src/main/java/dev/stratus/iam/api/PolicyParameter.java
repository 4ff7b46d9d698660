// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyParameter(
        @JsonProperty("Name") String name,
        @JsonProperty("Values") java.util.List<String> values,
        @JsonProperty("Type") String type) {
}
