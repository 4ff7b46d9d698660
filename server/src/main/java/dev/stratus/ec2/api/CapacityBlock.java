// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CapacityBlock(
        @JsonProperty("CapacityBlockId") String capacityBlockId,
        @JsonProperty("UltraserverType") String ultraserverType,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("CapacityReservationIds") java.util.List<String> capacityReservationIds,
        @JsonProperty("StartDate") java.time.Instant startDate,
        @JsonProperty("EndDate") java.time.Instant endDate,
        @JsonProperty("CreateDate") java.time.Instant createDate,
        @JsonProperty("State") String state,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
