package dev.stratus.platform.port;

import dev.stratus.protocol.Principal;

/**
 * Lambda as other services call a function and wait for its answer: Secrets Manager runs a
 * secret's rotation function through it, step by step. The call names its caller (Secrets
 * Manager calls as {@code secretsmanager.amazonaws.com}) so the function's policy can apply. A
 * function that is not there is Lambda's {@code ResourceNotFoundException}.
 */
public interface Functions {

    /**
     * Runs {@code functionArn} (qualified or not) with {@code payload} as a RequestResponse
     * invocation for {@code source} (the secret being rotated: the permission's aws:SourceArn).
     */
    Result invoke(Principal caller, String source, String functionArn, byte[] payload);

    /** What the function answered, and its error type when it failed (its payload then describes the error). */
    record Result(byte[] payload, String functionError) {
        public boolean failed() {
            return functionError != null;
        }
    }
}
