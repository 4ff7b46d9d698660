// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportKeyMaterialRequest(
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("ImportToken") byte[] importToken,
        @JsonProperty("EncryptedKeyMaterial") byte[] encryptedKeyMaterial,
        @JsonProperty("ValidTo") java.time.Instant validTo,
        @JsonProperty("ExpirationModel") String expirationModel,
        @JsonProperty("ImportType") String importType,
        @JsonProperty("KeyMaterialDescription") String keyMaterialDescription,
        @JsonProperty("KeyMaterialId") String keyMaterialId) {
}
