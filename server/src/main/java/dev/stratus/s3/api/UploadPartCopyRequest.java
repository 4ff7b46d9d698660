// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UploadPartCopyRequest(
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("CopySource") String copySource,
        @JsonProperty("CopySourceIfMatch") String copySourceIfMatch,
        @JsonProperty("CopySourceIfModifiedSince") java.time.Instant copySourceIfModifiedSince,
        @JsonProperty("CopySourceIfNoneMatch") String copySourceIfNoneMatch,
        @JsonProperty("CopySourceIfUnmodifiedSince") java.time.Instant copySourceIfUnmodifiedSince,
        @JsonProperty("CopySourceRange") String copySourceRange,
        @JsonProperty("Key") String key,
        @JsonProperty("PartNumber") Integer partNumber,
        @JsonProperty("UploadId") String uploadId,
        @JsonProperty("SSECustomerAlgorithm") String sseCustomerAlgorithm,
        @JsonProperty("SSECustomerKey") String sseCustomerKey,
        @JsonProperty("SSECustomerKeyMD5") String sseCustomerKeyMD5,
        @JsonProperty("CopySourceSSECustomerAlgorithm") String copySourceSSECustomerAlgorithm,
        @JsonProperty("CopySourceSSECustomerKey") String copySourceSSECustomerKey,
        @JsonProperty("CopySourceSSECustomerKeyMD5") String copySourceSSECustomerKeyMD5,
        @JsonProperty("RequestPayer") String requestPayer,
        @JsonProperty("ExpectedBucketOwner") String expectedBucketOwner,
        @JsonProperty("ExpectedSourceBucketOwner") String expectedSourceBucketOwner) {
}
