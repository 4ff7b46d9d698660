// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListPartsRequest(
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("Key") String key,
        @JsonProperty("MaxParts") Integer maxParts,
        @JsonProperty("PartNumberMarker") Integer partNumberMarker,
        @JsonProperty("UploadId") String uploadId,
        @JsonProperty("RequestPayer") String requestPayer,
        @JsonProperty("ExpectedBucketOwner") String expectedBucketOwner,
        @JsonProperty("SSECustomerAlgorithm") String sseCustomerAlgorithm,
        @JsonProperty("SSECustomerKey") String sseCustomerKey,
        @JsonProperty("SSECustomerKeyMD5") String sseCustomerKeyMD5) {
}
