// Generated from the cloudtrail model by scripts/generate-apis. Do not edit.
package dev.stratus.cloudtrail.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record S3ImportSource(
        @JsonProperty("S3LocationUri") String s3LocationUri,
        @JsonProperty("S3BucketRegion") String s3BucketRegion,
        @JsonProperty("S3BucketAccessRoleArn") String s3BucketAccessRoleArn) {
}
