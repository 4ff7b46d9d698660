// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateVerifiedAccessTrustProviderRequest(
        @JsonProperty("TrustProviderType") String trustProviderType,
        @JsonProperty("UserTrustProviderType") String userTrustProviderType,
        @JsonProperty("DeviceTrustProviderType") String deviceTrustProviderType,
        @JsonProperty("OidcOptions") CreateVerifiedAccessTrustProviderOidcOptions oidcOptions,
        @JsonProperty("DeviceOptions") CreateVerifiedAccessTrustProviderDeviceOptions deviceOptions,
        @JsonProperty("PolicyReferenceName") String policyReferenceName,
        @JsonProperty("Description") String description,
        @JsonProperty("TagSpecifications") java.util.List<TagSpecification> tagSpecifications,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("SseSpecification") VerifiedAccessSseSpecificationRequest sseSpecification,
        @JsonProperty("NativeApplicationOidcOptions") CreateVerifiedAccessNativeApplicationOidcOptions nativeApplicationOidcOptions) {
}
