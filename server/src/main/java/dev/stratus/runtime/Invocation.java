package dev.stratus.runtime;

/**
 * One event on its way into an execution environment, with what the Runtime API hands the
 * runtime beside it (the invoked ARN, client context, trace id) and the function's timeout.
 */
public record Invocation(String requestId, byte[] payload, String invokedFunctionArn, String clientContext, String traceId,
                         long timeoutMillis) {
}
