// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportImageRequest(
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("Description") String description,
        @JsonProperty("DiskImageFormat") String diskImageFormat,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("S3ExportLocation") ExportTaskS3LocationRequest s3ExportLocation,
        @JsonProperty("RoleName") String roleName,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications) {
}
