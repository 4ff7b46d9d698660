// Generated from the ec2 model by scripts/generate-apis. Do not edit.
package dev.stratus.ec2.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerifiedAccessInstanceUserTrustProviderClientConfiguration(
        @JsonProperty("Type") String type,
        @JsonProperty("Scopes") String scopes,
        @JsonProperty("Issuer") String issuer,
        @JsonProperty("AuthorizationEndpoint") String authorizationEndpoint,
        @JsonProperty("PublicSigningKeyEndpoint") String publicSigningKeyEndpoint,
        @JsonProperty("TokenEndpoint") String tokenEndpoint,
        @JsonProperty("UserInfoEndpoint") String userInfoEndpoint,
        @JsonProperty("ClientId") String clientId,
        @JsonProperty("ClientSecret") String clientSecret,
        @JsonProperty("PkceEnabled") Boolean pkceEnabled) {
}
