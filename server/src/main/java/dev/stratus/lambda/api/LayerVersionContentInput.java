// Generated from the lambda model by scripts/generate-apis. Do not edit.
package dev.stratus.lambda.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record LayerVersionContentInput(
        @JsonProperty("S3Bucket") String s3Bucket,
        @JsonProperty("S3Key") String s3Key,
        @JsonProperty("S3ObjectVersion") String s3ObjectVersion,
        @JsonProperty("ZipFile") byte[] zipFile) {
}
