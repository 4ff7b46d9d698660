// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FleetEbsBlockDeviceRequest(
        @JsonProperty("Encrypted") Boolean encrypted,
        @JsonProperty("DeleteOnTermination") Boolean deleteOnTermination,
        @JsonProperty("Iops") Integer iops,
        @JsonProperty("Throughput") Integer throughput,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("SnapshotId") String snapshotId,
        @JsonProperty("VolumeSize") Integer volumeSize,
        @JsonProperty("VolumeType") String volumeType) {
}
