// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CopySnapshotRequest(
        @JsonProperty("Description") String description,
        @JsonProperty("DestinationOutpostArn") String destinationOutpostArn,
        @JsonProperty("DestinationRegion") String destinationRegion,
        @JsonProperty("Encrypted") Boolean encrypted,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("PresignedUrl") String presignedUrl,
        @JsonProperty("SourceRegion") String sourceRegion,
        @JsonProperty("SourceSnapshotId") String sourceSnapshotId,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("CompletionDurationMinutes") Integer completionDurationMinutes,
        @JsonProperty("DestinationAvailabilityZone") String destinationAvailabilityZone,
        @JsonProperty("DryRun") Boolean dryRun) {
}
