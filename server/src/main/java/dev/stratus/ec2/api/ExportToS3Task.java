// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportToS3Task(
        @JsonProperty("ContainerFormat") String containerFormat,
        @JsonProperty("DiskImageFormat") String diskImageFormat,
        @JsonProperty("S3Bucket") String s3Bucket,
        @JsonProperty("S3Key") String s3Key) {
}
