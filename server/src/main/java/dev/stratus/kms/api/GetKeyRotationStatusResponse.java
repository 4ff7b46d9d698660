// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetKeyRotationStatusResponse(
        @JsonProperty("KeyRotationEnabled") Boolean keyRotationEnabled,
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("RotationPeriodInDays") Integer rotationPeriodInDays,
        @JsonProperty("NextRotationDate") java.time.Instant nextRotationDate,
        @JsonProperty("OnDemandRotationStartDate") java.time.Instant onDemandRotationStartDate) {
}
