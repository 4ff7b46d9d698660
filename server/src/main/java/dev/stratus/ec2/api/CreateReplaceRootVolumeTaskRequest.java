// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateReplaceRootVolumeTaskRequest(
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("SnapshotId") String snapshotId,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("DeleteReplacedRootVolume") Boolean deleteReplacedRootVolume,
        @JsonProperty("VolumeInitializationRate") Long volumeInitializationRate) {
}
