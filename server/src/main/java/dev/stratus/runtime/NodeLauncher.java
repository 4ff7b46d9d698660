package dev.stratus.runtime;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Node.js runtimes (nodejs18.x … nodejs24.x): Stratus's bootstrap under the node the
 * {@code STRATUS_RUNTIME_NODEJS20_X} variable (or {@code stratus.runtime.nodejs20.x} property)
 * names for that runtime, else {@code node} from PATH. As AWS's bootstrap does, the V8 heap is
 * sized from the function's memory (old space 90%, semi space 5%) and NODE_PATH lists a layer's
 * {@code nodejs/nodeNN/node_modules}, then {@code nodejs/node_modules}, then the task root.
 */
final class NodeLauncher implements RuntimeLauncher {
    private final UnaryOperator<String> properties;
    private final UnaryOperator<String> environment;

    NodeLauncher() {
        this(System::getProperty, System::getenv);
    }

    NodeLauncher(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public Launch launch(Spec spec) {
        String major = spec.runtime().replaceAll("^nodejs(\\d+).*$", "$1");
        List<String> command = new ArrayList<>();
        command.add(interpreter(spec.runtime()));
        if (spec.memoryMb() > 0) {
            command.add("--expose-gc");
            command.add("--max-semi-space-size=" + Math.max(1, spec.memoryMb() * 5 / 100));
            command.add("--max-old-space-size=" + Math.max(1, spec.memoryMb() * 90 / 100));
        }
        command.add(spec.runtimeDir().resolve("nodejs/bootstrap.js").toString());
        String nodePath = String.join(File.pathSeparator,
                spec.optDir().resolve("nodejs/node" + major + "/node_modules").toString(),
                spec.optDir().resolve("nodejs/node_modules").toString(),
                spec.taskRoot().toString());
        return new Launch(List.copyOf(command),
                Map.of("NODE_PATH", nodePath, "AWS_EXECUTION_ENV", "AWS_Lambda_" + spec.runtime()));
    }

    /** {@code stratus.runtime.<runtime>}, else {@code STRATUS_RUNTIME_<RUNTIME>}, else node from PATH. */
    private String interpreter(String runtime) {
        String configured = properties.apply("stratus.runtime." + runtime);
        if (configured == null || configured.isBlank()) {
            configured = environment.apply("STRATUS_RUNTIME_" + runtime.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        return configured == null || configured.isBlank() ? "node" : configured.trim();
    }
}
