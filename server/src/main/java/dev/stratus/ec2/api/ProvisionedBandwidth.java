// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProvisionedBandwidth(
        @JsonProperty("ProvisionTime") java.time.Instant provisionTime,
        @JsonProperty("Provisioned") String provisioned,
        @JsonProperty("RequestTime") java.time.Instant requestTime,
        @JsonProperty("Requested") String requested,
        @JsonProperty("Status") String status) {
}
