// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateKeyRequest(
        @JsonProperty("Policy") String policy,
        @JsonProperty("Description") String description,
        @JsonProperty("KeyUsage") String keyUsage,
        @JsonProperty("CustomerMasterKeySpec") String customerMasterKeySpec,
        @JsonProperty("KeySpec") String keySpec,
        @JsonProperty("Origin") String origin,
        @JsonProperty("CustomKeyStoreId") String customKeyStoreId,
        @JsonProperty("BypassPolicyLockoutSafetyCheck") Boolean bypassPolicyLockoutSafetyCheck,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("MultiRegion") Boolean multiRegion,
        @JsonProperty("XksKeyId") String xksKeyId) {
}
