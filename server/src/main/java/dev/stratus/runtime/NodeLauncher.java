package dev.stratus.runtime;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Node.js runtimes (nodejs18.x … nodejs24.x): Stratus's bootstrap under the runtime's node. That is
 * the one the {@code STRATUS_RUNTIME_NODEJS20_X} variable (or {@code stratus.runtime.nodejs20.x}
 * property) names, else a Node.js 20 found on PATH ({@code node20}, {@code node}) or among nvm's
 * ({@code $NVM_DIR/versions/node}, else {@code ~/.nvm}) or nodenv's versions ({@code $NODENV_ROOT},
 * else {@code ~/.nodenv}), else the nearest major version found there (see {@link Interpreters}).
 * As AWS's bootstrap does, the V8 heap is sized from the function's memory (old space 90%, semi space
 * 5%) and NODE_PATH lists a layer's {@code nodejs/nodeNN/node_modules}, then {@code nodejs/node_modules},
 * then the task root.
 */
final class NodeLauncher implements RuntimeLauncher {
    private static final List<String> PROBE = List.of("-e", "console.log(process.execPath); console.log(process.versions.node)");

    private final UnaryOperator<String> properties;
    private final UnaryOperator<String> environment;
    private final Interpreters interpreters;
    private final Map<String, Interpreters.Choice> chosen = new ConcurrentHashMap<>();

    NodeLauncher() {
        this(System::getProperty, System::getenv, Interpreters::run);
    }

    /** @param run runs a candidate node and gives its standard output, or nothing when it failed */
    NodeLauncher(UnaryOperator<String> properties, UnaryOperator<String> environment, Function<List<String>, Optional<String>> run) {
        this.properties = properties;
        this.environment = environment;
        this.interpreters = new Interpreters("Node.js", PROBE, run);
    }

    @Override
    public Launch launch(Spec spec) {
        String major = spec.runtime().replaceAll("^nodejs(\\d+).*$", "$1");
        Interpreters.Choice choice = chosen.computeIfAbsent(spec.runtime(), runtime -> resolve(runtime, major));
        List<String> command = new ArrayList<>();
        command.add(choice.command());
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
        return new Launch(List.copyOf(command), Map.of("NODE_PATH", nodePath, "AWS_EXECUTION_ENV", "AWS_Lambda_" + spec.runtime()),
                choice.describe(interpreters.language()));
    }

    private Interpreters.Choice resolve(String runtime, String major) {
        String path = environment.apply("PATH");
        Path nvm = Interpreters.folder(environment, "NVM_DIR", ".nvm");
        Path nvmVersions = nvm == null ? null : nvm.resolve("versions/node");
        Path nodenv = Interpreters.folder(environment, "NODENV_ROOT", ".nodenv");
        Path nodenvVersions = nodenv == null ? null : nodenv.resolve("versions");
        Path shims = nodenv == null ? null : nodenv.resolve("shims");
        return interpreters.choose(runtime, List.of(Integer.parseInt(major)), properties, environment,
                Interpreters.distinct(
                        Interpreters.onPath(path, Pattern.compile("node" + major), shims),
                        Interpreters.inVersionFolders(nvmVersions, Pattern.compile("v" + major + "\\..*"), "bin/node"),
                        Interpreters.inVersionFolders(nodenvVersions, Pattern.compile(major + "\\..*"), "bin/node")),
                () -> Interpreters.distinct(
                        Interpreters.onPath(path, Pattern.compile("node(\\d+)?"), shims),
                        Interpreters.inVersionFolders(nvmVersions, Pattern.compile("v\\d+\\..*"), "bin/node"),
                        Interpreters.inVersionFolders(nodenvVersions, Pattern.compile("\\d+\\..*"), "bin/node")),
                "node");
    }
}
