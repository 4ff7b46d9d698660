// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UploadPartCopyOutput(
        @JsonProperty("CopySourceVersionId") String copySourceVersionId,
        @JsonProperty("CopyPartResult") CopyPartResult copyPartResult,
        @JsonProperty("ServerSideEncryption") String serverSideEncryption,
        @JsonProperty("SSECustomerAlgorithm") String sseCustomerAlgorithm,
        @JsonProperty("SSECustomerKeyMD5") String sseCustomerKeyMD5,
        @JsonProperty("SSEKMSKeyId") String ssekmsKeyId,
        @JsonProperty("BucketKeyEnabled") Boolean bucketKeyEnabled,
        @JsonProperty("RequestCharged") String requestCharged) {
}
