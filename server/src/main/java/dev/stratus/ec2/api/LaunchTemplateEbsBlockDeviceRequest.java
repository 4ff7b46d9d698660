// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LaunchTemplateEbsBlockDeviceRequest(
        @JsonProperty("Encrypted") Boolean encrypted,
        @JsonProperty("DeleteOnTermination") Boolean deleteOnTermination,
        @JsonProperty("Iops") Integer iops,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("SnapshotId") String snapshotId,
        @JsonProperty("VolumeSize") Integer volumeSize,
        @JsonProperty("VolumeType") String volumeType,
        @JsonProperty("Throughput") Integer throughput,
        @JsonProperty("VolumeInitializationRate") Integer volumeInitializationRate,
        @JsonProperty("EbsCardIndex") Integer ebsCardIndex) {
}
