// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateCapacityReservationFleetResult(
        @JsonProperty("CapacityReservationFleetId") String capacityReservationFleetId,
        @JsonProperty("State") String state,
        @JsonProperty("TotalTargetCapacity") Integer totalTargetCapacity,
        @JsonProperty("TotalFulfilledCapacity") Double totalFulfilledCapacity,
        @JsonProperty("InstanceMatchCriteria") String instanceMatchCriteria,
        @JsonProperty("AllocationStrategy") String allocationStrategy,
        @JsonProperty("CreateTime") java.time.Instant createTime,
        @JsonProperty("EndDate") java.time.Instant endDate,
        @JsonProperty("Tenancy") String tenancy,
        @JsonProperty("FleetCapacityReservations") java.util.List<FleetCapacityReservation> fleetCapacityReservations,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
