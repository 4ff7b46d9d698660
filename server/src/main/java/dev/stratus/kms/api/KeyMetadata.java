// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record KeyMetadata(
        @JsonProperty("AWSAccountId") String awsAccountId,
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("Arn") String arn,
        @JsonProperty("CreationDate") java.time.Instant creationDate,
        @JsonProperty("Enabled") Boolean enabled,
        @JsonProperty("Description") String description,
        @JsonProperty("KeyUsage") String keyUsage,
        @JsonProperty("KeyState") String keyState,
        @JsonProperty("DeletionDate") java.time.Instant deletionDate,
        @JsonProperty("ValidTo") java.time.Instant validTo,
        @JsonProperty("Origin") String origin,
        @JsonProperty("CustomKeyStoreId") String customKeyStoreId,
        @JsonProperty("CloudHsmClusterId") String cloudHsmClusterId,
        @JsonProperty("ExpirationModel") String expirationModel,
        @JsonProperty("KeyManager") String keyManager,
        @JsonProperty("CustomerMasterKeySpec") String customerMasterKeySpec,
        @JsonProperty("KeySpec") String keySpec,
        @JsonProperty("EncryptionAlgorithms") java.util.List<String> encryptionAlgorithms,
        @JsonProperty("SigningAlgorithms") java.util.List<String> signingAlgorithms,
        @JsonProperty("KeyAgreementAlgorithms") java.util.List<String> keyAgreementAlgorithms,
        @JsonProperty("MultiRegion") Boolean multiRegion,
        @JsonProperty("MultiRegionConfiguration") MultiRegionConfiguration multiRegionConfiguration,
        @JsonProperty("PendingDeletionWindowInDays") Integer pendingDeletionWindowInDays,
        @JsonProperty("MacAlgorithms") java.util.List<String> macAlgorithms,
        @JsonProperty("XksKeyConfiguration") XksKeyConfigurationType xksKeyConfiguration,
        @JsonProperty("CurrentKeyMaterialId") String currentKeyMaterialId) {
}
