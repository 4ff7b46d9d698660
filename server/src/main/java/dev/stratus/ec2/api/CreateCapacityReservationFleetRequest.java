// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateCapacityReservationFleetRequest(
        @JsonProperty("AllocationStrategy") String allocationStrategy,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("InstanceTypeSpecifications") java.util.List<ReservationFleetInstanceSpecification> instanceTypeSpecifications,
        @JsonProperty("Tenancy") String tenancy,
        @JsonProperty("TotalTargetCapacity") Integer totalTargetCapacity,
        @JsonProperty("EndDate") java.time.Instant endDate,
        @JsonProperty("InstanceMatchCriteria") String instanceMatchCriteria,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("DryRun") Boolean dryRun) {
}
