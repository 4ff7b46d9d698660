// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetCapacityReservationUsageResult(
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("CapacityReservationId") String capacityReservationId,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("TotalInstanceCount") Integer totalInstanceCount,
        @JsonProperty("AvailableInstanceCount") Integer availableInstanceCount,
        @JsonProperty("State") String state,
        @JsonProperty("InstanceUsages") java.util.List<InstanceUsage> instanceUsages,
        @JsonProperty("Interruptible") Boolean interruptible,
        @JsonProperty("InterruptibleCapacityAllocation") InterruptibleCapacityAllocation interruptibleCapacityAllocation,
        @JsonProperty("InterruptionInfo") InterruptionInfo interruptionInfo) {
}
