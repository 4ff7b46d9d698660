// Generated from the ssm model by scripts/generate-apis. Do not edit.
package dev.stratus.ssm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record S3OutputLocation(
        @JsonProperty("OutputS3Region") String outputS3Region,
        @JsonProperty("OutputS3BucketName") String outputS3BucketName,
        @JsonProperty("OutputS3KeyPrefix") String outputS3KeyPrefix) {
}
