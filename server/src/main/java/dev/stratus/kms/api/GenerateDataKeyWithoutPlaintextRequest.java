// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GenerateDataKeyWithoutPlaintextRequest(
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("EncryptionContext") java.util.Map<String, String> encryptionContext,
        @JsonProperty("KeySpec") String keySpec,
        @JsonProperty("NumberOfBytes") Integer numberOfBytes,
        @JsonProperty("GrantTokens") java.util.List<String> grantTokens,
        @JsonProperty("DryRun") Boolean dryRun) {
}
