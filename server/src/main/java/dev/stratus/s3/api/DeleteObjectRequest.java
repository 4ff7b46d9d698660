// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteObjectRequest(
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("Key") String key,
        @JsonProperty("MFA") String mfa,
        @JsonProperty("VersionId") String versionId,
        @JsonProperty("RequestPayer") String requestPayer,
        @JsonProperty("BypassGovernanceRetention") Boolean bypassGovernanceRetention,
        @JsonProperty("ExpectedBucketOwner") String expectedBucketOwner,
        @JsonProperty("IfMatch") String ifMatch,
        @JsonProperty("IfMatchLastModifiedTime") java.time.Instant ifMatchLastModifiedTime,
        @JsonProperty("IfMatchSize") Long ifMatchSize) {
}
