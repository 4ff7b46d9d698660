// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateCapacityManagerDataExportRequest(
        @JsonProperty("S3BucketName") String s3BucketName,
        @JsonProperty("S3BucketPrefix") String s3BucketPrefix,
        @JsonProperty("Schedule") String schedule,
        @JsonProperty("OutputFormat") String outputFormat,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications) {
}
