// Generated from the sts model by scripts/generate-apis. Do not edit.
package dev.stratus.sts.api;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;

/** The operations of sts, one method each; those a service does not override answer 501. */
public interface StsApi {

    default AssumeRoleResponse assumeRole(RequestContext context, AssumeRoleRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssumeRoleWithSAMLResponse assumeRoleWithSAML(RequestContext context, AssumeRoleWithSAMLRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssumeRoleWithWebIdentityResponse assumeRoleWithWebIdentity(RequestContext context, AssumeRoleWithWebIdentityRequest input) {
        throw AwsException.notImplemented(context);
    }

    default AssumeRootResponse assumeRoot(RequestContext context, AssumeRootRequest input) {
        throw AwsException.notImplemented(context);
    }

    default DecodeAuthorizationMessageResponse decodeAuthorizationMessage(RequestContext context, DecodeAuthorizationMessageRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetAccessKeyInfoResponse getAccessKeyInfo(RequestContext context, GetAccessKeyInfoRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetCallerIdentityResponse getCallerIdentity(RequestContext context, GetCallerIdentityRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetDelegatedAccessTokenResponse getDelegatedAccessToken(RequestContext context, GetDelegatedAccessTokenRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetFederationTokenResponse getFederationToken(RequestContext context, GetFederationTokenRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetSessionTokenResponse getSessionToken(RequestContext context, GetSessionTokenRequest input) {
        throw AwsException.notImplemented(context);
    }

    default GetWebIdentityTokenResponse getWebIdentityToken(RequestContext context, GetWebIdentityTokenRequest input) {
        throw AwsException.notImplemented(context);
    }
}
