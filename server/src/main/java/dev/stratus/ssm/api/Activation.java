// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Activation(
        @JsonProperty("ActivationId") String activationId,
        @JsonProperty("Description") String description,
        @JsonProperty("DefaultInstanceName") String defaultInstanceName,
        @JsonProperty("IamRole") String iamRole,
        @JsonProperty("RegistrationLimit") Integer registrationLimit,
        @JsonProperty("RegistrationsCount") Integer registrationsCount,
        @JsonProperty("ExpirationDate") java.time.Instant expirationDate,
        @JsonProperty("Expired") Boolean expired,
        @JsonProperty("CreatedDate") java.time.Instant createdDate,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
