// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplaceRootVolumeTask(
        @JsonProperty("ReplaceRootVolumeTaskId") String replaceRootVolumeTaskId,
        @JsonProperty("InstanceId") String instanceId,
        @JsonProperty("TaskState") String taskState,
        @JsonProperty("StartTime") String startTime,
        @JsonProperty("CompleteTime") String completeTime,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("SnapshotId") String snapshotId,
        @JsonProperty("DeleteReplacedRootVolume") Boolean deleteReplacedRootVolume) {
}
