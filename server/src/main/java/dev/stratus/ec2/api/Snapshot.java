// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Snapshot(
        @JsonProperty("OwnerAlias") String ownerAlias,
        @JsonProperty("OutpostArn") String outpostArn,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("StorageTier") String storageTier,
        @JsonProperty("RestoreExpiryTime") java.time.Instant restoreExpiryTime,
        @JsonProperty("SseType") String sseType,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("TransferType") String transferType,
        @JsonProperty("CompletionDurationMinutes") Integer completionDurationMinutes,
        @JsonProperty("CompletionTime") java.time.Instant completionTime,
        @JsonProperty("FullSnapshotSizeInBytes") Long fullSnapshotSizeInBytes,
        @JsonProperty("SnapshotId") String snapshotId,
        @JsonProperty("VolumeId") String volumeId,
        @JsonProperty("State") String state,
        @JsonProperty("StateMessage") String stateMessage,
        @JsonProperty("StartTime") java.time.Instant startTime,
        @JsonProperty("Progress") String progress,
        @JsonProperty("OwnerId") String ownerId,
        @JsonProperty("Description") String description,
        @JsonProperty("VolumeSize") Integer volumeSize,
        @JsonProperty("Encrypted") Boolean encrypted,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("DataEncryptionKeyId") String dataEncryptionKeyId) {
}
