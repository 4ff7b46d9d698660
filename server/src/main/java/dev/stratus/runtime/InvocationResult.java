package dev.stratus.runtime;

/**
 * What an invocation came to. {@code payload} is the function's response, or on failure the error
 * document AWS returns ({@code errorMessage}, {@code errorType}, …); {@code errorType} is null on
 * success. {@code log} is the invocation's log text, START to REPORT, for {@code LogType=Tail}.
 */
public record InvocationResult(byte[] payload, String errorType, String log, double durationMillis) {

    public boolean failed() {
        return errorType != null;
    }
}
