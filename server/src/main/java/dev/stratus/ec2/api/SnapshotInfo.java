// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SnapshotInfo(
        @JsonProperty("Description") String description,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("Encrypted") Boolean encrypted,
        @JsonProperty("VolumeId") String volumeId,
        @JsonProperty("State") String state,
        @JsonProperty("VolumeSize") Integer volumeSize,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("Progress") String progress,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("SnapshotId") String snapshotId,
        @JsonProperty("OutpostArn") String outpostArn,
        @JsonProperty("SseType") String sseType,
        @JsonProperty("AvailabilityZone") String availabilityZone) {
}
