// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportVerifiedAccessInstanceClientConfigurationResult(
        @JsonProperty("Version") String version,
        @JsonProperty("VerifiedAccessInstanceId") String verifiedAccessInstanceId,
        @JsonProperty("Region") String region,
        @JsonProperty("DeviceTrustProviders") java.util.List<String> deviceTrustProviders,
        @JsonProperty("UserTrustProvider") VerifiedAccessInstanceUserTrustProviderClientConfiguration userTrustProvider,
        @JsonProperty("OpenVpnConfigurations") java.util.List<VerifiedAccessInstanceOpenVpnClientConfiguration> openVpnConfigurations) {
}
