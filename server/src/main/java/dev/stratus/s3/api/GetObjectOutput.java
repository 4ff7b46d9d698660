// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetObjectOutput(
        @JsonProperty("Body") dev.stratus.protocol.StreamingBlob body,
        @JsonProperty("DeleteMarker") Boolean deleteMarker,
        @JsonProperty("AcceptRanges") String acceptRanges,
        @JsonProperty("Expiration") String expiration,
        @JsonProperty("Restore") String restore,
        @JsonProperty("LastModified") java.time.Instant lastModified,
        @JsonProperty("ContentLength") Long contentLength,
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
        @JsonProperty("ChecksumType") String checksumType,
        @JsonProperty("MissingMeta") Integer missingMeta,
        @JsonProperty("VersionId") String versionId,
        @JsonProperty("CacheControl") String cacheControl,
        @JsonProperty("ContentDisposition") String contentDisposition,
        @JsonProperty("ContentEncoding") String contentEncoding,
        @JsonProperty("ContentLanguage") String contentLanguage,
        @JsonProperty("ContentRange") String contentRange,
        @JsonProperty("ContentType") String contentType,
        @JsonProperty("Expires") String expires,
        @JsonProperty("WebsiteRedirectLocation") String websiteRedirectLocation,
        @JsonProperty("ServerSideEncryption") String serverSideEncryption,
        @JsonProperty("Metadata") java.util.Map<String, String> metadata,
        @JsonProperty("SSECustomerAlgorithm") String sseCustomerAlgorithm,
        @JsonProperty("SSECustomerKeyMD5") String sseCustomerKeyMD5,
        @JsonProperty("SSEKMSKeyId") String ssekmsKeyId,
        @JsonProperty("BucketKeyEnabled") Boolean bucketKeyEnabled,
        @JsonProperty("StorageClass") String storageClass,
        @JsonProperty("RequestCharged") String requestCharged,
        @JsonProperty("ReplicationStatus") String replicationStatus,
        @JsonProperty("PartsCount") Integer partsCount,
        @JsonProperty("TagCount") Integer tagCount,
        @JsonProperty("ObjectLockMode") String objectLockMode,
        @JsonProperty("ObjectLockRetainUntilDate") java.time.Instant objectLockRetainUntilDate,
        @JsonProperty("ObjectLockLegalHoldStatus") String objectLockLegalHoldStatus) {
}
