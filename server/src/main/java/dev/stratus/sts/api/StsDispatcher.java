// Generated from the sts model by scripts/generate-apis. Do not edit.
package dev.stratus.sts.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.ServiceDispatcher;

public final class StsDispatcher implements ServiceDispatcher {
    private final StsApi api;

    public StsDispatcher(StsApi api) {
        this.api = api;
    }

    @Override
    public Object invoke(String operation, RequestContext context, JsonNode input) {
        switch (operation) {
            case "AssumeRole":
                return api.assumeRole(context, Json.read(input, AssumeRoleRequest.class));
            case "AssumeRoleWithSAML":
                return api.assumeRoleWithSAML(context, Json.read(input, AssumeRoleWithSAMLRequest.class));
            case "AssumeRoleWithWebIdentity":
                return api.assumeRoleWithWebIdentity(context, Json.read(input, AssumeRoleWithWebIdentityRequest.class));
            case "AssumeRoot":
                return api.assumeRoot(context, Json.read(input, AssumeRootRequest.class));
            case "DecodeAuthorizationMessage":
                return api.decodeAuthorizationMessage(context, Json.read(input, DecodeAuthorizationMessageRequest.class));
            case "GetAccessKeyInfo":
                return api.getAccessKeyInfo(context, Json.read(input, GetAccessKeyInfoRequest.class));
            case "GetCallerIdentity":
                return api.getCallerIdentity(context, Json.read(input, GetCallerIdentityRequest.class));
            case "GetDelegatedAccessToken":
                return api.getDelegatedAccessToken(context, Json.read(input, GetDelegatedAccessTokenRequest.class));
            case "GetFederationToken":
                return api.getFederationToken(context, Json.read(input, GetFederationTokenRequest.class));
            case "GetSessionToken":
                return api.getSessionToken(context, Json.read(input, GetSessionTokenRequest.class));
            case "GetWebIdentityToken":
                return api.getWebIdentityToken(context, Json.read(input, GetWebIdentityTokenRequest.class));
            default:
                throw new IllegalArgumentException("no operation " + operation);
        }
    }
}
