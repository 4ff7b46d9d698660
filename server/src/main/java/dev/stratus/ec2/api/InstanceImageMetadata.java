// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceImageMetadata(
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("InstanceType") String instanceType,
        @JsonProperty("LaunchTime") java.time.Instant launchTime,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("ZoneId") String zoneId,
        @JsonProperty("State") InstanceState state,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("ImageMetadata") ImageMetadata imageMetadata,
        @JsonProperty("Operator") OperatorResponse operator) {
}
