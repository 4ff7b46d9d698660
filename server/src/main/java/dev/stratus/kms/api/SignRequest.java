// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SignRequest(
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("Message") byte[] message,
        @JsonProperty("MessageType") String messageType,
        @JsonProperty("GrantTokens") java.util.List<String> grantTokens,
        @JsonProperty("SigningAlgorithm") String signingAlgorithm,
        @JsonProperty("DryRun") Boolean dryRun) {
}
