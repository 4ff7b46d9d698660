// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerifyMacRequest(
        @JsonProperty("Message") byte[] message,
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("MacAlgorithm") String macAlgorithm,
        @JsonProperty("Mac") byte[] mac,
        @JsonProperty("GrantTokens") java.util.List<String> grantTokens,
        @JsonProperty("DryRun") Boolean dryRun) {
}
