// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SigningCertificate(
        @JsonProperty("UserName") String userName,
        @JsonProperty("CertificateId") String certificateId,
        @JsonProperty("CertificateBody") String certificateBody,
        @JsonProperty("Status") String status,
        @JsonProperty("UploadDate") java.time.Instant uploadDate) {
}
