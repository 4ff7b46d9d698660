// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CopyObjectRequest(
        @JsonProperty("ACL") String acl,
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("CacheControl") String cacheControl,
        @JsonProperty("ChecksumAlgorithm") String checksumAlgorithm,
        @JsonProperty("ContentDisposition") String contentDisposition,
        @JsonProperty("ContentEncoding") String contentEncoding,
        @JsonProperty("ContentLanguage") String contentLanguage,
        @JsonProperty("ContentType") String contentType,
        @JsonProperty("CopySource") String copySource,
        @JsonProperty("CopySourceIfMatch") String copySourceIfMatch,
        @JsonProperty("CopySourceIfModifiedSince") java.time.Instant copySourceIfModifiedSince,
        @JsonProperty("CopySourceIfNoneMatch") String copySourceIfNoneMatch,
        @JsonProperty("CopySourceIfUnmodifiedSince") java.time.Instant copySourceIfUnmodifiedSince,
        @JsonProperty("Expires") String expires,
        @JsonProperty("GrantFullControl") String grantFullControl,
        @JsonProperty("GrantRead") String grantRead,
        @JsonProperty("GrantReadACP") String grantReadACP,
        @JsonProperty("GrantWriteACP") String grantWriteACP,
        @JsonProperty("IfMatch") String ifMatch,
        @JsonProperty("IfNoneMatch") String ifNoneMatch,
        @JsonProperty("Key") String key,
        @JsonProperty("Metadata") java.util.Map<String, String> metadata,
        @JsonProperty("MetadataDirective") String metadataDirective,
        @JsonProperty("TaggingDirective") String taggingDirective,
        @JsonProperty("ServerSideEncryption") String serverSideEncryption,
        @JsonProperty("StorageClass") String storageClass,
        @JsonProperty("WebsiteRedirectLocation") String websiteRedirectLocation,
        @JsonProperty("SSECustomerAlgorithm") String sseCustomerAlgorithm,
        @JsonProperty("SSECustomerKey") String sseCustomerKey,
        @JsonProperty("SSECustomerKeyMD5") String sseCustomerKeyMD5,
        @JsonProperty("SSEKMSKeyId") String ssekmsKeyId,
        @JsonProperty("SSEKMSEncryptionContext") String ssekmsEncryptionContext,
        @JsonProperty("BucketKeyEnabled") Boolean bucketKeyEnabled,
        @JsonProperty("CopySourceSSECustomerAlgorithm") String copySourceSSECustomerAlgorithm,
        @JsonProperty("CopySourceSSECustomerKey") String copySourceSSECustomerKey,
        @JsonProperty("CopySourceSSECustomerKeyMD5") String copySourceSSECustomerKeyMD5,
        @JsonProperty("RequestPayer") String requestPayer,
        @JsonProperty("Tagging") String tagging,
        @JsonProperty("ObjectLockMode") String objectLockMode,
        @JsonProperty("ObjectLockRetainUntilDate") java.time.Instant objectLockRetainUntilDate,
        @JsonProperty("ObjectLockLegalHoldStatus") String objectLockLegalHoldStatus,
        @JsonProperty("ExpectedBucketOwner") String expectedBucketOwner,
        @JsonProperty("ExpectedSourceBucketOwner") String expectedSourceBucketOwner) {
}
