// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EncryptRequest(
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("Plaintext") byte[] plaintext,
        @JsonProperty("EncryptionContext") java.util.Map<String, String> encryptionContext,
        @JsonProperty("GrantTokens") java.util.List<String> grantTokens,
        @JsonProperty("EncryptionAlgorithm") String encryptionAlgorithm,
        @JsonProperty("DryRun") Boolean dryRun) {
}
