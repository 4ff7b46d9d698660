// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerifiedAccessTrustProvider(
        @JsonProperty("VerifiedAccessTrustProviderId") String verifiedAccessTrustProviderId,
        @JsonProperty("Description") String description,
        @JsonProperty("TrustProviderType") String trustProviderType,
        @JsonProperty("UserTrustProviderType") String userTrustProviderType,
        @JsonProperty("DeviceTrustProviderType") String deviceTrustProviderType,
        @JsonProperty("OidcOptions") OidcOptions oidcOptions,
        @JsonProperty("DeviceOptions") DeviceOptions deviceOptions,
        @JsonProperty("PolicyReferenceName") String policyReferenceName,
        @JsonProperty("CreationTime") String creationTime,
        @JsonProperty("LastUpdatedTime") String lastUpdatedTime,
        @JsonProperty("Tags") java.util.List<Tag> tags,
        @JsonProperty("SseSpecification") VerifiedAccessSseSpecificationResponse sseSpecification,
        @JsonProperty("NativeApplicationOidcOptions") NativeApplicationOidcOptions nativeApplicationOidcOptions) {
}
