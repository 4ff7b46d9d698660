package dev.stratus.runtime;

import dev.stratus.platform.Arn;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The runtimes Stratus runs, by AWS's identifiers, and the launcher of each family. */
public final class Runtimes {
    /** Runtimes that create and run; others in AWS's list are refused as unsupported. */
    public static final List<String> SUPPORTED = List.of(
            "python3.9", "python3.10", "python3.11", "python3.12", "python3.13", "python3.14",
            "nodejs18.x", "nodejs20.x", "nodejs22.x", "nodejs24.x",
            "ruby3.2", "ruby3.3", "ruby3.4",
            "java8.al2", "java11", "java17", "java21", "java25",
            "provided", "provided.al2", "provided.al2023");

    private static final RuntimeLauncher PYTHON = new PythonLauncher();
    private static final RuntimeLauncher NODE = new NodeLauncher();
    private static final RuntimeLauncher RUBY = new RubyLauncher();
    private static final RuntimeLauncher JAVA = new JavaLauncher();
    private static final RuntimeLauncher PROVIDED = new ProvidedLauncher();

    private Runtimes() {
    }

    /**
     * The line AWS writes first on each cold start: {@code INIT_START Runtime Version: python:3.12.v1}
     * and a Runtime Version ARN in the function's partition and region. Stratus has one version of each
     * runtime, so the version is always v1 and the ARN's id a hash of the runtime's name, stable
     * across machines and releases as AWS's is for one runtime version.
     */
    static String initStart(String runtime, String functionArn) {
        Arn function = Arn.parse(functionArn).orElseThrow();
        String name = runtime.replaceFirst("^(python|nodejs|ruby|java|provided)\\.?", "$1:").replaceFirst("\\.x$", "").replaceFirst(":$", ":1");
        return "INIT_START Runtime Version: " + name + ".v1\tRuntime Version ARN: "
                + new Arn(function.partition(), "lambda", function.region(), "", "runtime:" + sha256(runtime));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static RuntimeLauncher launcher(String runtime) {
        if (runtime.startsWith("python")) {
            return PYTHON;
        }
        if (runtime.startsWith("nodejs")) {
            return NODE;
        }
        if (runtime.startsWith("ruby")) {
            return RUBY;
        }
        if (runtime.startsWith("java")) {
            return JAVA;
        }
        return PROVIDED;
    }
}
