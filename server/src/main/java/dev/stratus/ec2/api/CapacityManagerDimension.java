// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapacityManagerDimension(
        @JsonProperty("ResourceRegion") String resourceRegion,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("AccountId") String accountId,
        @JsonProperty("AccountName") String accountName,
        @JsonProperty("InstanceFamily") String instanceFamily,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("InstancePlatform") String instancePlatform,
        @JsonProperty("ReservationArn") String reservationArn,
        @JsonProperty("ReservationId") String reservationId,
        @JsonProperty("ReservationType") String reservationType,
        @JsonProperty("ReservationCreateTimestamp") java.time.Instant reservationCreateTimestamp,
        @JsonProperty("ReservationStartTimestamp") java.time.Instant reservationStartTimestamp,
        @JsonProperty("ReservationEndTimestamp") java.time.Instant reservationEndTimestamp,
        @JsonProperty("ReservationEndDateType") String reservationEndDateType,
        @JsonProperty("Tenancy") String tenancy,
        @JsonProperty("ReservationState") String reservationState,
        @JsonProperty("ReservationInstanceMatchCriteria") String reservationInstanceMatchCriteria,
        @JsonProperty("ReservationUnusedFinancialOwner") String reservationUnusedFinancialOwner,
        @JsonProperty("Tags") java.util.List<CapacityManagerTagDimension> tags) {
}
