// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VolumeModification(
        @JsonProperty("VolumeId") String volumeId,
        @JsonProperty("ModificationState") String modificationState,
        @JsonProperty("StatusMessage") String statusMessage,
        @JsonProperty("TargetSize") Integer targetSize,
        @JsonProperty("TargetIops") Integer targetIops,
        @JsonProperty("TargetVolumeType") String targetVolumeType,
        @JsonProperty("TargetThroughput") Integer targetThroughput,
        @JsonProperty("TargetMultiAttachEnabled") Boolean targetMultiAttachEnabled,
        @JsonProperty("OriginalSize") Integer originalSize,
        @JsonProperty("OriginalIops") Integer originalIops,
        @JsonProperty("OriginalVolumeType") String originalVolumeType,
        @JsonProperty("OriginalThroughput") Integer originalThroughput,
        @JsonProperty("OriginalMultiAttachEnabled") Boolean originalMultiAttachEnabled,
        @JsonProperty("Progress") Long progress,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("EndTime") java.time.Instant endTime,
        @JsonProperty("Operator") OperatorResponse operator) {
}
