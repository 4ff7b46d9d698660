package dev.stratus.runtime;

import java.util.List;

/** The runtimes Stratus runs, by AWS's identifiers, and the launcher of each family. */
public final class Runtimes {
    /** Runtimes that create and run; others in AWS's list are refused as unsupported. */
    public static final List<String> SUPPORTED = List.of(
            "python3.9", "python3.10", "python3.11", "python3.12", "python3.13", "python3.14",
            "nodejs18.x", "nodejs20.x", "nodejs22.x", "nodejs24.x",
            "java8.al2", "java11", "java17", "java21", "java25",
            "provided", "provided.al2", "provided.al2023");

    private static final RuntimeLauncher PYTHON = new PythonLauncher();
    private static final RuntimeLauncher NODE = new NodeLauncher();
    private static final RuntimeLauncher JAVA = new JavaLauncher();
    private static final RuntimeLauncher PROVIDED = new ProvidedLauncher();

    private Runtimes() {
    }

    static RuntimeLauncher launcher(String runtime) {
        if (runtime.startsWith("python")) {
            return PYTHON;
        }
        if (runtime.startsWith("nodejs")) {
            return NODE;
        }
        if (runtime.startsWith("java")) {
            return JAVA;
        }
        return PROVIDED;
    }
}
