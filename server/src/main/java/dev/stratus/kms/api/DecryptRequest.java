// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecryptRequest(
        @JsonProperty("CiphertextBlob") byte[] ciphertextBlob,
        @JsonProperty("EncryptionContext") java.util.Map<String, String> encryptionContext,
        @JsonProperty("GrantTokens") java.util.List<String> grantTokens,
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("EncryptionAlgorithm") String encryptionAlgorithm,
        @JsonProperty("Recipient") RecipientInfo recipient,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("DryRunModifiers") java.util.List<String> dryRunModifiers) {
}
