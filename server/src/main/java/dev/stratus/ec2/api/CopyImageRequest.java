// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CopyImageRequest(
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("Description") String description,
        @JsonProperty("Encrypted") Boolean encrypted,
        @JsonProperty("KmsKeyId") String kmsKeyId,
        @JsonProperty("Name") String name,
        @JsonProperty("SourceImageId") String sourceImageId,
        @JsonProperty("SourceRegion") String sourceRegion,
        @JsonProperty("DestinationOutpostArn") String destinationOutpostArn,
        @JsonProperty("CopyImageTags") Boolean copyImageTags,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("SnapshotCopyCompletionDurationMinutes") Long snapshotCopyCompletionDurationMinutes,
        @JsonProperty("DestinationAvailabilityZone") String destinationAvailabilityZone,
        @JsonProperty("DestinationAvailabilityZoneId") String destinationAvailabilityZoneId,
        @JsonProperty("DryRun") Boolean dryRun) {
}
