// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FleetCapacityReservation(
        @JsonProperty("CapacityReservationId") String capacityReservationId,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("InstancePlatform") String instancePlatform,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("TotalInstanceCount") Integer totalInstanceCount,
        @JsonProperty("FulfilledCapacity") Double fulfilledCapacity,
        @JsonProperty("EbsOptimized") Boolean ebsOptimized,
        @JsonProperty("CreateDate") java.time.Instant createDate,
        @JsonProperty("Weight") Double weight,
        @JsonProperty("Priority") Integer priority) {
}
