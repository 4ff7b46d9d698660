// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record S3Storage(
        @JsonProperty("AWSAccessKeyId") String awsAccessKeyId,
        @JsonProperty("Bucket") String bucket,
        @JsonProperty("Prefix") String prefix,
        @JsonProperty("UploadPolicy") byte[] uploadPolicy,
        @JsonProperty("UploadPolicySignature") String uploadPolicySignature) {
}
