// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapacityReservationBillingRequest(
        @JsonProperty("CapacityReservationId") String capacityReservationId,
        @JsonProperty("RequestedBy") String requestedBy,
        @JsonProperty("UnusedReservationBillingOwnerId") String unusedReservationBillingOwnerId,
        @JsonProperty("LastUpdateTime") java.time.Instant lastUpdateTime,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusMessage") String statusMessage,
        @JsonProperty("CapacityReservationInfo") CapacityReservationInfo capacityReservationInfo) {
}
