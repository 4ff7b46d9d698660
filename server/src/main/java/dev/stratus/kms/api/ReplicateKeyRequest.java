// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplicateKeyRequest(
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("ReplicaRegion") String replicaRegion,
        @JsonProperty("Policy") String policy,
        @JsonProperty("BypassPolicyLockoutSafetyCheck") Boolean bypassPolicyLockoutSafetyCheck,
        @JsonProperty("Description") String description,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
