// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RotationsListEntry(
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("KeyMaterialId") String keyMaterialId,
        @JsonProperty("KeyMaterialDescription") String keyMaterialDescription,
        @JsonProperty("ImportState") String importState,
        @JsonProperty("KeyMaterialState") String keyMaterialState,
        @JsonProperty("ExpirationModel") String expirationModel,
        @JsonProperty("ValidTo") java.time.Instant validTo,
        @JsonProperty("RotationDate") java.time.Instant rotationDate,
        @JsonProperty("RotationType") String rotationType) {
}
