// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestSpotInstancesRequest(
        @JsonProperty("LaunchSpecification") RequestSpotLaunchSpecification launchSpecification,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("InstanceInterruptionBehavior") String instanceInterruptionBehavior,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("SpotPrice") String spotPrice,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("InstanceCount") Integer instanceCount,
        @JsonProperty("Type") String type,
        @JsonProperty("ValidFrom") java.time.Instant validFrom,
        @JsonProperty("ValidUntil") java.time.Instant validUntil,
        @JsonProperty("LaunchGroup") String launchGroup,
        @JsonProperty("AvailabilityZoneGroup") String availabilityZoneGroup,
        @JsonProperty("BlockDurationMinutes") Integer blockDurationMinutes) {
}
