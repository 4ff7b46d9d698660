// Generated from the secretsmanager model by scripts/generate-apis. Do not edit.
package dev.stratus.secretsmanager.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateSecretRequest(
        @JsonProperty("SecretId") String secretId,
        @JsonProperty("ClientRequestToken") String clientRequestToken,
        @JsonProperty("Description") String description,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("SecretBinary") byte[] secretBinary,
        @JsonProperty("SecretString") String secretString,
        @JsonProperty("Type") String type) {
}
