// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportImageTask(
        @JsonProperty("Description") String description,
        @JsonProperty("ExportImageTaskId") String exportImageTaskId,
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("Progress") String progress,
        @JsonProperty("S3ExportLocation") ExportTaskS3Location s3ExportLocation,
        @JsonProperty("Status") String status,
        @JsonProperty("StatusMessage") String statusMessage,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
