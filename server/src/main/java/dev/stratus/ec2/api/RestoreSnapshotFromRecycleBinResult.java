// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RestoreSnapshotFromRecycleBinResult(
        @JsonProperty("SnapshotId") String snapshotId,
        @JsonProperty("OutpostArn") String outpostArn,
        @JsonProperty("Description") String description,
        @JsonProperty("Encrypted") Boolean encrypted,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("Progress") String progress,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("State") String state,
        @JsonProperty("VolumeId") String volumeId,
        @JsonProperty("VolumeSize") Integer volumeSize,
        @JsonProperty("SseType") String sseType) {
}
