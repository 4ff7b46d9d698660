package dev.stratus.runtime;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Python runtimes (python3.9 … python3.14): Stratus's bootstrap under the interpreter the
 * {@code STRATUS_RUNTIME_PYTHON3_12} variable (or {@code stratus.runtime.python3.12} property)
 * names for that runtime, else {@code python3} from PATH. {@code -u} keeps stdout unbuffered, as
 * AWS's runtime does, so every printed line is in the output file the moment it is printed.
 * PYTHONPATH puts the task root first, then a layer's {@code python/lib/python3.x/site-packages}
 * and {@code python}, in AWS's order.
 */
final class PythonLauncher implements RuntimeLauncher {
    private final UnaryOperator<String> properties;
    private final UnaryOperator<String> environment;

    PythonLauncher() {
        this(System::getProperty, System::getenv);
    }

    PythonLauncher(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public Launch launch(Spec spec) {
        String version = spec.runtime().startsWith("python") ? spec.runtime().substring("python".length()) : "3";
        String python = interpreter(spec.runtime());
        String pythonPath = String.join(File.pathSeparator,
                spec.taskRoot().toString(),
                spec.optDir().resolve("python/lib/python" + version + "/site-packages").toString(),
                spec.optDir().resolve("python").toString());
        return new Launch(
                List.of(python, "-u", spec.runtimeDir().resolve("python/bootstrap.py").toString()),
                Map.of("PYTHONPATH", pythonPath, "AWS_EXECUTION_ENV", "AWS_Lambda_" + spec.runtime()));
    }

    /**
     * The interpreter configured for a runtime: the system property {@code stratus.runtime.<runtime>},
     * else the variable {@code STRATUS_RUNTIME_<RUNTIME>} (upper case, non-alphanumerics as '_'),
     * else python3 from PATH.
     */
    private String interpreter(String runtime) {
        String configured = properties.apply("stratus.runtime." + runtime);
        if (configured == null || configured.isBlank()) {
            configured = environment.apply("STRATUS_RUNTIME_" + runtime.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        return configured == null || configured.isBlank() ? DEFAULT.get() : configured.trim();
    }

    /**
     * python3 from PATH, resolved once to the interpreter itself: a version manager's shim (pyenv)
     * would otherwise run a shell script before every cold start, about 60 ms here.
     */
    private static final java.util.function.Supplier<String> DEFAULT = new java.util.function.Supplier<>() {
        private volatile String resolved;

        @Override
        public String get() {
            String r = resolved;
            if (r == null) {
                r = resolve();
                resolved = r;
            }
            return r;
        }

        private String resolve() {
            try {
                Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
                return p.waitFor() == 0 && !out.isEmpty() && java.nio.file.Files.isExecutable(java.nio.file.Path.of(out)) ? out : "python3";
            } catch (java.io.IOException e) {
                return "python3";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "python3";
            }
        }
    };
}
