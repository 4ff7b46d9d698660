// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record EbsBlockDevice(
        @JsonProperty("DeleteOnTermination") Boolean deleteOnTermination,
        @JsonProperty("Iops") Integer iops,
        @JsonProperty("SnapshotId") String snapshotId,
        @JsonProperty("VolumeSize") Integer volumeSize,
        @JsonProperty("VolumeType") String volumeType,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("Throughput") Integer throughput,
        @JsonProperty("OutpostArn") String outpostArn,
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("Encrypted") Boolean encrypted,
        @JsonProperty("VolumeInitializationRate") Integer volumeInitializationRate,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("EbsCardIndex") Integer ebsCardIndex) {
}
