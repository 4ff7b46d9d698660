// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UploadPartOutput(
        @JsonProperty("ServerSideEncryption") String serverSideEncryption,
        @JsonProperty("ETag") String eTag,
        @JsonProperty("ChecksumCRC32") String checksumCRC32,
        @JsonProperty("ChecksumCRC32C") String checksumCRC32C,
        @JsonProperty("ChecksumCRC64NVME") String checksumCRC64NVME,
        @JsonProperty("ChecksumSHA1") String checksumSHA1,
        @JsonProperty("ChecksumSHA256") String checksumSHA256,
        @JsonProperty("ChecksumSHA512") String checksumSHA512,
        @JsonProperty("ChecksumMD5") String checksumMD5,
        @JsonProperty("ChecksumXXHASH64") String checksumXXHASH64,
        @JsonProperty("ChecksumXXHASH3") String checksumXXHASH3,
        @JsonProperty("ChecksumXXHASH128") String checksumXXHASH128,
        @JsonProperty("SSECustomerAlgorithm") String sseCustomerAlgorithm,
        @JsonProperty("SSECustomerKeyMD5") String sseCustomerKeyMD5,
        @JsonProperty("SSEKMSKeyId") String ssekmsKeyId,
        @JsonProperty("BucketKeyEnabled") Boolean bucketKeyEnabled,
        @JsonProperty("RequestCharged") String requestCharged) {
}
