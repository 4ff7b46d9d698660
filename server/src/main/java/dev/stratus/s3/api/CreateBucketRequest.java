// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateBucketRequest(
        @JsonProperty("ACL") String acl,
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("CreateBucketConfiguration") CreateBucketConfiguration createBucketConfiguration,
        @JsonProperty("GrantFullControl") String grantFullControl,
        @JsonProperty("GrantRead") String grantRead,
        @JsonProperty("GrantReadACP") String grantReadACP,
        @JsonProperty("GrantWrite") String grantWrite,
        @JsonProperty("GrantWriteACP") String grantWriteACP,
        @JsonProperty("ObjectLockEnabledForBucket") Boolean objectLockEnabledForBucket,
        @JsonProperty("ObjectOwnership") String objectOwnership,
        @JsonProperty("BucketNamespace") String bucketNamespace) {
}
