// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CopyVolumesRequest(
        @JsonProperty("SourceVolumeId") String sourceVolumeId,
        @JsonProperty("Iops") Integer iops,
        @JsonProperty("Size") Integer size,
        @JsonProperty("VolumeType") String volumeType,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("MultiAttachEnabled") Boolean multiAttachEnabled,
        @JsonProperty("Throughput") Integer throughput,
        @JsonProperty("ClientToken") String clientToken) {
}
