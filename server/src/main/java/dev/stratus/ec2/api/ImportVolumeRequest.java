// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportVolumeRequest(
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("Image") DiskImageDetail image,
        @JsonProperty("Description") String description,
        @JsonProperty("Volume") VolumeDetail volume) {
}
