// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateVolumeRequest(
        @JsonProperty("AvailabilityZone") String availabilityZone,
        @JsonProperty("AvailabilityZoneId") String availabilityZoneId,
        @JsonProperty("Encrypted") Boolean encrypted,
        @JsonProperty("Iops") Integer iops,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("OutpostArn") String outpostArn,
        @JsonProperty("Size") Integer size,
        @JsonProperty("SnapshotId") String snapshotId,
        @JsonProperty("VolumeType") String volumeType,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("MultiAttachEnabled") Boolean multiAttachEnabled,
        @JsonProperty("Throughput") Integer throughput,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("VolumeInitializationRate") Integer volumeInitializationRate,
        @JsonProperty("Operator") OperatorRequest operator,
        @JsonProperty("DryRun") Boolean dryRun) {
}
