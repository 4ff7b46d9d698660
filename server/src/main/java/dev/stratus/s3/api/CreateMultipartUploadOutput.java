// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateMultipartUploadOutput(
        @JsonProperty("AbortDate") java.time.Instant abortDate,
        @JsonProperty("AbortRuleId") String abortRuleId,
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("Key") String key,
        @JsonProperty("UploadId") String uploadId,
        @JsonProperty("ServerSideEncryption") String serverSideEncryption,
        @JsonProperty("SSECustomerAlgorithm") String sseCustomerAlgorithm,
        @JsonProperty("SSECustomerKeyMD5") String sseCustomerKeyMD5,
        @JsonProperty("SSEKMSKeyId") String ssekmsKeyId,
        @JsonProperty("SSEKMSEncryptionContext") String ssekmsEncryptionContext,
        @JsonProperty("BucketKeyEnabled") Boolean bucketKeyEnabled,
        @JsonProperty("RequestCharged") String requestCharged,
        @JsonProperty("ChecksumAlgorithm") String checksumAlgorithm,
        @JsonProperty("ChecksumType") String checksumType) {
}
