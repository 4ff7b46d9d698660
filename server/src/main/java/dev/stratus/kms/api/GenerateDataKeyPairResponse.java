// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GenerateDataKeyPairResponse(
        @JsonProperty("PrivateKeyCiphertextBlob") byte[] privateKeyCiphertextBlob,
        @JsonProperty("PrivateKeyPlaintext") byte[] privateKeyPlaintext,
        @JsonProperty("PublicKey") byte[] publicKey,
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("KeyPairSpec") String keyPairSpec,
        @JsonProperty("CiphertextForRecipient") byte[] ciphertextForRecipient,
        @JsonProperty("KeyMaterialId") String keyMaterialId) {
}
