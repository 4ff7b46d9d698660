// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReEncryptRequest(
        @JsonProperty("CiphertextBlob") byte[] ciphertextBlob,
        @JsonProperty("SourceEncryptionContext") java.util.Map<String, String> sourceEncryptionContext,
        @JsonProperty("SourceKeyId") String sourceKeyId,
        @JsonProperty("DestinationKeyId") String destinationKeyId,
        @JsonProperty("DestinationEncryptionContext") java.util.Map<String, String> destinationEncryptionContext,
        @JsonProperty("SourceEncryptionAlgorithm") String sourceEncryptionAlgorithm,
        @JsonProperty("DestinationEncryptionAlgorithm") String destinationEncryptionAlgorithm,
        @JsonProperty("GrantTokens") java.util.List<String> grantTokens,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("DryRunModifiers") java.util.List<String> dryRunModifiers) {
}
