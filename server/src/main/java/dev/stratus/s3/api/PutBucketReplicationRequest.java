// Generated from the s3 model by scripts/generate-apis. Do not edit.
package dev.stratus.s3.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record PutBucketReplicationRequest(
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("ContentMD5") String contentMD5,
        @JsonProperty("ChecksumAlgorithm") String checksumAlgorithm,
        @JsonProperty("ReplicationConfiguration") ReplicationConfiguration replicationConfiguration,
        @JsonProperty("Token") String token,
        @JsonProperty("ExpectedBucketOwner") String expectedBucketOwner) {
}
