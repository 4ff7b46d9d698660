// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateStoreImageTaskRequest(
        @JsonProperty("ImageId") String imageId,
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("S3ObjectTags") java.util.List<S3ObjectTag> s3ObjectTags,
        @JsonProperty("DryRun") Boolean dryRun) {
}
