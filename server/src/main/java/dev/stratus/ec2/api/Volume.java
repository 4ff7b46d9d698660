// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Volume(
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("OutpostArn") String outpostArn,
        @JsonProperty("SourceVolumeId") String sourceVolumeId,
        @JsonProperty("Iops") Integer iops,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("VolumeType") String volumeType,
        @JsonProperty("FastRestored") Boolean fastRestored,
        @JsonProperty("MultiAttachEnabled") Boolean multiAttachEnabled,
        @JsonProperty("Throughput") Integer throughput,
        @JsonProperty("SseType") String sseType,
        @JsonProperty("Operator") OperatorResponse operator,
        @JsonProperty("VolumeInitializationRate") Integer volumeInitializationRate,
        @JsonProperty("VolumeId") String volumeId,
        @JsonProperty("Size") Integer size,
        @JsonProperty("SnapshotId") String snapshotId,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("State") String state,
        @JsonProperty("CreateTime") java.time.Instant createTime,
        @JsonProperty("Attachments") java.util.List<VolumeAttachment> attachments,
        @JsonProperty("Encrypted") Boolean encrypted,
        @JsonProperty("KmsKeyId") String kmsKeyId) {
}
