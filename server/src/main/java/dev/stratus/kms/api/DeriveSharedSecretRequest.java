// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeriveSharedSecretRequest(
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("KeyAgreementAlgorithm") String keyAgreementAlgorithm,
        @JsonProperty("PublicKey") byte[] publicKey,
        @JsonProperty("GrantTokens") java.util.List<String> grantTokens,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("Recipient") RecipientInfo recipient) {
}
