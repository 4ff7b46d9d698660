// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetObjectRequest(
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("IfMatch") String ifMatch,
        @JsonProperty("IfModifiedSince") java.time.Instant ifModifiedSince,
        @JsonProperty("IfNoneMatch") String ifNoneMatch,
        @JsonProperty("IfUnmodifiedSince") java.time.Instant ifUnmodifiedSince,
        @JsonProperty("Key") String key,
        @JsonProperty("Range") String range,
        @JsonProperty("ResponseCacheControl") String responseCacheControl,
        @JsonProperty("ResponseContentDisposition") String responseContentDisposition,
        @JsonProperty("ResponseContentEncoding") String responseContentEncoding,
        @JsonProperty("ResponseContentLanguage") String responseContentLanguage,
        @JsonProperty("ResponseContentType") String responseContentType,
        @JsonProperty("ResponseExpires") java.time.Instant responseExpires,
        @JsonProperty("VersionId") String versionId,
        @JsonProperty("SSECustomerAlgorithm") String sseCustomerAlgorithm,
        @JsonProperty("SSECustomerKey") String sseCustomerKey,
        @JsonProperty("SSECustomerKeyMD5") String sseCustomerKeyMD5,
        @JsonProperty("RequestPayer") String requestPayer,
        @JsonProperty("PartNumber") Integer partNumber,
        @JsonProperty("ExpectedBucketOwner") String expectedBucketOwner,
        @JsonProperty("ChecksumMode") String checksumMode) {
}
