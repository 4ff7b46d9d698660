// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapacityReservationTopology(
        @JsonProperty("CapacityReservationId") String capacityReservationId,
        @JsonProperty("CapacityBlockId") String capacityBlockId,
        @JsonProperty("State") String state,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("GroupName") String groupName,
        @JsonProperty("NetworkNodes") java.util.List<String> networkNodes,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("AvailabilityZone") String availabilityZone) {
}
