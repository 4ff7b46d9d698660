// Generated from the kms model by scripts/generate-apis. Do not edit.
package dev.stratus.kms.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record XksProxyConfigurationType(
        @JsonProperty("Connectivity") String connectivity,
        @JsonProperty("AccessKeyId") String accessKeyId,
        @JsonProperty("UriEndpoint") String uriEndpoint,
        @JsonProperty("UriPath") String uriPath,
        @JsonProperty("VpcEndpointServiceName") String vpcEndpointServiceName,
        @JsonProperty("VpcEndpointServiceOwner") String vpcEndpointServiceOwner) {
}
