// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateDefaultSubnetRequest(
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("Ipv6Native") Boolean ipv6Native,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId) {
}
