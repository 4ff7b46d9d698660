// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetKeyLastUsageResponse(
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("KeyLastUsage") KeyLastUsageData keyLastUsage,
        @JsonProperty("TrackingStartDate") java.time.Instant trackingStartDate,
        @JsonProperty("KeyCreationDate") java.time.Instant keyCreationDate) {
}
