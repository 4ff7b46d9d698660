// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReEncryptResponse(
        @JsonProperty("CiphertextBlob") byte[] ciphertextBlob,
        @JsonProperty("SourceKeyId") String sourceKeyId,
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("SourceEncryptionAlgorithm") String sourceEncryptionAlgorithm,
        @JsonProperty("DestinationEncryptionAlgorithm") String destinationEncryptionAlgorithm,
        @JsonProperty("SourceKeyMaterialId") String sourceKeyMaterialId,
        @JsonProperty("DestinationKeyMaterialId") String destinationKeyMaterialId) {
}
