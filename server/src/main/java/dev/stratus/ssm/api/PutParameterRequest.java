// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PutParameterRequest(
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description,
        @JsonProperty("Value") String value,
        @JsonProperty("Type") String type,
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("Overwrite") Boolean overwrite,
        @JsonProperty("AllowedPattern") String allowedPattern,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("Tier") String tier,
        @JsonProperty("Policies") String policies,
        @JsonProperty("DataType") String dataType) {
}
