// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateCustomKeyStoreRequest(
        @JsonProperty("CustomKeyStoreName") String customKeyStoreName,
        @JsonProperty("CloudHsmClusterId") String cloudHsmClusterId,
        @JsonProperty("TrustAnchorCertificate") String trustAnchorCertificate,
        @JsonProperty("KeyStorePassword") String keyStorePassword,
        @JsonProperty("CustomKeyStoreType") String customKeyStoreType,
        @JsonProperty("XksProxyUriEndpoint") String xksProxyUriEndpoint,
        @JsonProperty("XksProxyUriPath") String xksProxyUriPath,
        @JsonProperty("XksProxyVpcEndpointServiceName") String xksProxyVpcEndpointServiceName,
        @JsonProperty("XksProxyVpcEndpointServiceOwner") String xksProxyVpcEndpointServiceOwner,
        @JsonProperty("XksProxyAuthenticationCredential") XksProxyAuthenticationCredentialType xksProxyAuthenticationCredential,
        @JsonProperty("XksProxyConnectivity") String xksProxyConnectivity) {
}
