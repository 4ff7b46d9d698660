package dev.stratus.protocol.model;

import java.util.List;

/** An operation: its name, HTTP binding (for REST protocols), input, output and errors, and whether the model deprecates it. */
public record Operation(
        String name,
        String httpMethod,
        String requestUri,
        int successStatus,
        String input,
        String output,
        String resultWrapper,
        List<String> errors,
        boolean deprecated) {
}
