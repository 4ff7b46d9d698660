// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapacityReservationFleet(
        @JsonProperty("CapacityReservationFleetId") String capacityReservationFleetId,
        @JsonProperty("CapacityReservationFleetArn") String capacityReservationFleetArn,
        @JsonProperty("State") String state,
        @JsonProperty("TotalTargetCapacity") Integer totalTargetCapacity,
        @JsonProperty("TotalFulfilledCapacity") Double totalFulfilledCapacity,
        @JsonProperty("Tenancy") String tenancy,
        @JsonProperty("EndDate") java.time.Instant endDate,
        @JsonProperty("CreateTime") java.time.Instant createTime,
        @JsonProperty("InstanceMatchCriteria") String instanceMatchCriteria,
        @JsonProperty("AllocationStrategy") String allocationStrategy,
        @JsonProperty("InstanceTypeSpecifications") java.util.List<FleetCapacityReservation> instanceTypeSpecifications,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
