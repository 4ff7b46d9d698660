// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateCapacityReservationRequest(
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("InstancePlatform") String instancePlatform,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("Tenancy") String tenancy,
        @JsonProperty("InstanceCount") Integer instanceCount,
        @JsonProperty("EbsOptimized") Boolean ebsOptimized,
        @JsonProperty("EphemeralStorage") Boolean ephemeralStorage,
        @JsonProperty("EndDate") java.time.Instant endDate,
        @JsonProperty("EndDateType") String endDateType,
        @JsonProperty("InstanceMatchCriteria") String instanceMatchCriteria,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("OutpostArn") String outpostArn,
        @JsonProperty("PlacementGroupArn") String placementGroupArn,
        @JsonProperty("StartDate") java.time.Instant startDate,
        @JsonProperty("CommitmentDuration") Long commitmentDuration,
        @JsonProperty("DeliveryPreference") String deliveryPreference) {
}
