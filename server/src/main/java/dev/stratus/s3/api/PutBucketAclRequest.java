// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PutBucketAclRequest(
        @JsonProperty("ACL") String acl,
        @JsonProperty("AccessControlPolicy") AccessControlPolicy accessControlPolicy,
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("ContentMD5") String contentMD5,
        @JsonProperty("ChecksumAlgorithm") String checksumAlgorithm,
        @JsonProperty("GrantFullControl") String grantFullControl,
        @JsonProperty("GrantRead") String grantRead,
        @JsonProperty("GrantReadACP") String grantReadACP,
        @JsonProperty("GrantWrite") String grantWrite,
        @JsonProperty("GrantWriteACP") String grantWriteACP,
        @JsonProperty("ExpectedBucketOwner") String expectedBucketOwner) {
}
