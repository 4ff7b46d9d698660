// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GenerateDataKeyWithoutPlaintextResponse(
        @JsonProperty("CiphertextBlob") byte[] ciphertextBlob,
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("KeyMaterialId") String keyMaterialId) {
}
