// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GenerateDataKeyResponse(
        @JsonProperty("CiphertextBlob") byte[] ciphertextBlob,
        @JsonProperty("Plaintext") byte[] plaintext,
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("CiphertextForRecipient") byte[] ciphertextForRecipient,
        @JsonProperty("KeyMaterialId") String keyMaterialId) {
}
