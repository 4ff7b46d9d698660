// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UploadServerCertificateRequest(
        @JsonProperty("Path") String path,
        @JsonProperty("ServerCertificateName") String serverCertificateName,
        @JsonProperty("CertificateBody") String certificateBody,
        @JsonProperty("PrivateKey") String privateKey,
        @JsonProperty("CertificateChain") String certificateChain,
        @JsonProperty("Tags") java.util.List<Tag> tags) {
}
