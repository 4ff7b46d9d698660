// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SnapshotTierStatus(
        @JsonProperty("SnapshotId") String snapshotId,
        @JsonProperty("VolumeId") String volumeId,
        @JsonProperty("Status") String status,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("StorageTier") String storageTier,
        @JsonProperty("LastTieringStartTime") java.time.Instant lastTieringStartTime,
        @JsonProperty("LastTieringProgress") Integer lastTieringProgress,
        @JsonProperty("LastTieringOperationStatus") String lastTieringOperationStatus,
        @JsonProperty("LastTieringOperationStatusDetail") String lastTieringOperationStatusDetail,
        @JsonProperty("ArchivalCompleteTime") java.time.Instant archivalCompleteTime,
        @JsonProperty("RestoreExpiryTime") java.time.Instant restoreExpiryTime) {
}
