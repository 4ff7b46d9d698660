// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssociatedRole(
        @JsonProperty("AssociatedRoleArn") String associatedRoleArn,
        @JsonProperty("CertificateS3BucketName") String certificateS3BucketName,
        @JsonProperty("CertificateS3ObjectKey") String certificateS3ObjectKey,
        @JsonProperty("EncryptionKmsKeyId") String encryptionKmsKeyId) {
}
