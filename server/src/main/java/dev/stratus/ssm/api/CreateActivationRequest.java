// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateActivationRequest(
        @JsonProperty("Description") String description,
        @JsonProperty("DefaultInstanceName") String defaultInstanceName,
        @JsonProperty("IamRole") String iamRole,
        @JsonProperty("RegistrationLimit") Integer registrationLimit,
        @JsonProperty("ExpirationDate") java.time.Instant expirationDate,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("RegistrationMetadata") java.util.List<RegistrationMetadataItem> registrationMetadata) {
}
