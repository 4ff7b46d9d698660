// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetBucketVersioningRequest(
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("ExpectedBucketOwner") String expectedBucketOwner) {
}
