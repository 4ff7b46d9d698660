// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpotInstanceRequest(
        @JsonProperty("ActualBlockHourlyPrice") String actualBlockHourlyPrice,
        @JsonProperty("AvailabilityZoneGroup") String availabilityZoneGroup,
        @JsonProperty("BlockDurationMinutes") Integer blockDurationMinutes,
        @JsonProperty("CreateTime") java.time.Instant createTime,
        @JsonProperty("Fault") SpotInstanceStateFault fault,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("LaunchGroup") String launchGroup,
        @JsonProperty("LaunchSpecification") LaunchSpecification launchSpecification,
        @JsonProperty("LaunchedAvailabilityZone") String launchedAvailabilityZone,
        @JsonProperty("LaunchedAvailabilityZoneId") String launchedAvailabilityZoneId,
        @JsonProperty("ProductDescription") String productDescription,
        @JsonProperty("SpotInstanceRequestId") String spotInstanceRequestId,
        @JsonProperty("SpotPrice") String spotPrice,
        @JsonProperty("State") String state,
        @JsonProperty("Status") SpotInstanceStatus status,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("Type") String type,
        @JsonProperty("ValidFrom") java.time.Instant validFrom,
        @JsonProperty("ValidUntil") java.time.Instant validUntil,
        @JsonProperty("InstanceInterruptionBehavior") String instanceInterruptionBehavior) {
}
