// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VolumeRecycleBinInfo(
        @JsonProperty("VolumeId") String volumeId,
        @JsonProperty("VolumeType") String volumeType,
        @JsonProperty("State") String state,
        @JsonProperty("Size") Integer size,
        @JsonProperty("Iops") Integer iops,
        @JsonProperty("Throughput") Integer throughput,
        @JsonProperty("OutpostArn") String outpostArn,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("SourceVolumeId") String sourceVolumeId,
        @JsonProperty("SnapshotId") String snapshotId,
        @JsonProperty("Operator") OperatorResponse operator,
        @JsonProperty("CreateTime") java.time.Instant createTime,
        @JsonProperty("RecycleBinEnterTime") java.time.Instant recycleBinEnterTime,
        @JsonProperty("RecycleBinExitTime") java.time.Instant recycleBinExitTime) {
}
