// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DetachVolumeRequest(
        @JsonProperty("Device") String device,
        @JsonProperty("Force") Boolean force,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("VolumeId") String volumeId,
        @JsonProperty("DryRun") Boolean dryRun) {
}
