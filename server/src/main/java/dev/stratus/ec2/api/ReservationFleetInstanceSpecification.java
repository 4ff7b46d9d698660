// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReservationFleetInstanceSpecification(
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("InstancePlatform") String instancePlatform,
        @JsonProperty("Weight") Double weight,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("EbsOptimized") Boolean ebsOptimized,
        @JsonProperty("Priority") Integer priority) {
}
