// Generated from the iam model by scripts/generate-apis. Do not edit.
package dev.stratus.iam.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetSAMLProviderResponse(
        @JsonProperty("SAMLProviderUUID") String samlProviderUUID,
        @JsonProperty("SAMLMetadataDocument") String samlMetadataDocument,
        @JsonProperty("CreateDate") java.time.Instant createDate,
        @JsonProperty("ValidUntil") java.time.Instant validUntil,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("AssertionEncryptionMode") String assertionEncryptionMode,
        @JsonProperty("PrivateKeyList") java.util.List<SAMLPrivateKey> privateKeyList) {
}
