package dev.stratus.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The identity step between routing and the service: who a request's access key stands for,
 * whether the request proves it, and whether that principal may call the operation with this
 * input. A refusal is an {@link AuthFailure} or an {@link AwsException}, answered in the
 * request's protocol.
 */
public interface Gatekeeper {

    /** The principal for a request signed with {@code accessKeyId} (null when unsigned), in the gateway's account. */
    Principal identify(String accessKeyId, String region);

    /**
     * Throws {@link AuthFailure} when the request may not use its access key: a session's key past
     * its expiry, and where signatures are verified, a key, token, signature or date that does not hold.
     */
    default void authenticate(HttpRequest request, RequestContext ctx) {
    }

    /** Throws when {@code ctx.principal()} may not call {@code ctx.operation()} with {@code input}. */
    void authorize(RequestContext ctx, JsonNode input);
}
