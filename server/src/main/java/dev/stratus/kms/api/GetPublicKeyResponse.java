// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetPublicKeyResponse(
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("PublicKey") byte[] publicKey,
        @JsonProperty("CustomerMasterKeySpec") String customerMasterKeySpec,
        @JsonProperty("KeySpec") String keySpec,
        @JsonProperty("KeyUsage") String keyUsage,
        @JsonProperty("EncryptionAlgorithms") java.util.List<String> encryptionAlgorithms,
        @JsonProperty("SigningAlgorithms") java.util.List<String> signingAlgorithms,
        @JsonProperty("KeyAgreementAlgorithms") java.util.List<String> keyAgreementAlgorithms) {
}
