// Generated from the autoscaling model by scripts/generate-apis. Do not edit.
package dev.stratus.autoscaling.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record Ebs(
        @JsonProperty("SnapshotId") String snapshotId,
        @JsonProperty("VolumeSize") Integer volumeSize,
        @JsonProperty("VolumeType") String volumeType,
        @JsonProperty("DeleteOnTermination") Boolean deleteOnTermination,
        @JsonProperty("Iops") Integer iops,
        @JsonProperty("Encrypted") Boolean encrypted,
        @JsonProperty("Throughput") Integer throughput) {
}
