// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapacityReservation(
        @JsonProperty("CapacityReservationId") String capacityReservationId,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("CapacityReservationArn") String capacityReservationArn,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("InstancePlatform") String instancePlatform,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("Tenancy") String tenancy,
        @JsonProperty("TotalInstanceCount") Integer totalInstanceCount,
        @JsonProperty("AvailableInstanceCount") Integer availableInstanceCount,
        @JsonProperty("EbsOptimized") Boolean ebsOptimized,
        @JsonProperty("EphemeralStorage") Boolean ephemeralStorage,
        @JsonProperty("State") String state,
        @JsonProperty("StartDate") java.time.Instant startDate,
        @JsonProperty("EndDate") java.time.Instant endDate,
        @JsonProperty("EndDateType") String endDateType,
        @JsonProperty("InstanceMatchCriteria") String instanceMatchCriteria,
        @JsonProperty("CreateDate") java.time.Instant createDate,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("OutpostArn") String outpostArn,
        @JsonProperty("CapacityReservationFleetId") String capacityReservationFleetId,
        @JsonProperty("PlacementGroupArn") String placementGroupArn,
        @JsonProperty("CapacityAllocations") java.util.List<CapacityAllocation> capacityAllocations,
        @JsonProperty("ReservationType") String reservationType,
        @JsonProperty("UnusedReservationBillingOwnerId") String unusedReservationBillingOwnerId,
        @JsonProperty("CommitmentInfo") CapacityReservationCommitmentInfo commitmentInfo,
        @JsonProperty("DeliveryPreference") String deliveryPreference,
        @JsonProperty("CapacityBlockId") String capacityBlockId,
        @JsonProperty("Interruptible") Boolean interruptible,
        @JsonProperty("InterruptibleCapacityAllocation") InterruptibleCapacityAllocation interruptibleCapacityAllocation,
        @JsonProperty("InterruptionInfo") InterruptionInfo interruptionInfo) {
}
