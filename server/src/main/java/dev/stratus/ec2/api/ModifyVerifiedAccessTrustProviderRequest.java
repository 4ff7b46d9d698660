// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModifyVerifiedAccessTrustProviderRequest(
        @JsonProperty("VerifiedAccessTrustProviderId") String verifiedAccessTrustProviderId,
        @JsonProperty("OidcOptions") ModifyVerifiedAccessTrustProviderOidcOptions oidcOptions,
        @JsonProperty("DeviceOptions") ModifyVerifiedAccessTrustProviderDeviceOptions deviceOptions,
        @JsonProperty("Description") String description,
        @JsonProperty("DryRun") Boolean dryRun,
        @JsonProperty("ClientToken") String clientToken,
        @JsonProperty("SseSpecification") VerifiedAccessSseSpecificationRequest sseSpecification,
        @JsonProperty("NativeApplicationOidcOptions") ModifyVerifiedAccessNativeApplicationOidcOptions nativeApplicationOidcOptions) {
}
