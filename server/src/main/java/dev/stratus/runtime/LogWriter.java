package dev.stratus.runtime;

/** Where an execution environment's log lines go: its own log stream in the function's log group. */
@FunctionalInterface
public interface LogWriter {
    void line(String stream, long timestamp, String message);

    /** The log writer of each function version: its log group, in its account and region. */
    @FunctionalInterface
    interface Factory {
        LogWriter forFunction(EnvironmentSpec spec);
    }
}
