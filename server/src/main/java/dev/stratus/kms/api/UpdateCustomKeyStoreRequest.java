// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateCustomKeyStoreRequest(
        @JsonProperty("CustomKeyStoreId") String customKeyStoreId,
        @JsonProperty("NewCustomKeyStoreName") String newCustomKeyStoreName,
        @JsonProperty("KeyStorePassword") String keyStorePassword,
        @JsonProperty("CloudHsmClusterId") String cloudHsmClusterId,
        @JsonProperty("XksProxyUriEndpoint") String xksProxyUriEndpoint,
        @JsonProperty("XksProxyUriPath") String xksProxyUriPath,
        @JsonProperty("XksProxyVpcEndpointServiceName") String xksProxyVpcEndpointServiceName,
        @JsonProperty("XksProxyVpcEndpointServiceOwner") String xksProxyVpcEndpointServiceOwner,
        @JsonProperty("XksProxyAuthenticationCredential") XksProxyAuthenticationCredentialType xksProxyAuthenticationCredential,
        @JsonProperty("XksProxyConnectivity") String xksProxyConnectivity) {
}
