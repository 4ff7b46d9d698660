// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LaunchTemplateSpotMarketOptions(
        @JsonProperty("MaxPrice") String maxPrice,
        @JsonProperty("SpotInstanceType") String spotInstanceType,
        @JsonProperty("BlockDurationMinutes") Integer blockDurationMinutes,
        @JsonProperty("ValidUntil") java.time.Instant validUntil,
        @JsonProperty("InstanceInterruptionBehavior") String instanceInterruptionBehavior) {
}
