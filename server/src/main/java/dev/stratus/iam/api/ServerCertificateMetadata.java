// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerCertificateMetadata(
        @JsonProperty("Path") String path,
        @JsonProperty("ServerCertificateName") String serverCertificateName,
        @JsonProperty("ServerCertificateId") String serverCertificateId,
        @JsonProperty("Arn") String arn,
        @JsonProperty("UploadDate") java.time.Instant uploadDate,
        @JsonProperty("Expiration") java.time.Instant expiration) {
}
