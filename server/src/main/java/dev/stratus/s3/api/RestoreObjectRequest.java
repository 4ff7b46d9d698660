// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record RestoreObjectRequest(
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("Key") String key,
        @JsonProperty("VersionId") String versionId,
        @JsonProperty("RestoreRequest") RestoreRequest restoreRequest,
        @JsonProperty("RequestPayer") String requestPayer,
        @JsonProperty("ChecksumAlgorithm") String checksumAlgorithm,
        @JsonProperty("ExpectedBucketOwner") String expectedBucketOwner) {
}
