package dev.stratus.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything an execution environment of one function version is started with. {@code variables}
 * are the function's own plus the platform's, except those that name the environment itself
 * (runtime API address, log stream, task root), which the environment adds. {@code code} is the
 * deployment package, unpacked into each environment's own task directory; {@code layers} are the
 * layers' packages, unpacked in order into its opt directory (AWS's /opt), a later one's files
 * replacing an earlier one's.
 */
public record EnvironmentSpec(String functionName, String version, String functionArn, String runtime, String handler, int memoryMb,
                              int timeoutSeconds, Map<String, String> variables, Path code, List<Path> layers, String logGroup) {
}
