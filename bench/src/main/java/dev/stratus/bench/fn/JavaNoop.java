package dev.stratus.bench.fn;

import java.util.Map;

/**
 * No-op Java function for bench/lambda ({@code java21}, handler
 * {@code dev.stratus.bench.fn.JavaNoop::handleRequest}): returns the event it was given. It needs
 * nothing but the JDK; LambdaBench zips this class file as the deployment package.
 */
public class JavaNoop {
    public Map<String, Object> handleRequest(Map<String, Object> event) {
        return event;
    }
}
