// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DescribeFastSnapshotRestoreSuccessItem(
        @JsonProperty("SnapshotId") String snapshotId,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("State") String state,
        @JsonProperty("StateTransitionReason") String stateTransitionReason,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("OwnerAlias") String ownerAlias,
        @JsonProperty("EnablingTime") java.time.Instant enablingTime,
        @JsonProperty("OptimizingTime") java.time.Instant optimizingTime,
        @JsonProperty("EnabledTime") java.time.Instant enabledTime,
        @JsonProperty("DisablingTime") java.time.Instant disablingTime,
        @JsonProperty("DisabledTime") java.time.Instant disabledTime) {
}
