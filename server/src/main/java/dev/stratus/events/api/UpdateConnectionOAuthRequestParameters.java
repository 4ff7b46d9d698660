// Generated from the events model by scripts/generate-apis. Do not edit.
package dev.stratus.events.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateConnectionOAuthRequestParameters(
        @JsonProperty("ClientParameters") UpdateConnectionOAuthClientRequestParameters clientParameters,
        @JsonProperty("AuthorizationEndpoint") String authorizationEndpoint,
        @JsonProperty("HttpMethod") String httpMethod,
        @JsonProperty("OAuthHttpParameters") ConnectionHttpParameters oAuthHttpParameters) {
}
