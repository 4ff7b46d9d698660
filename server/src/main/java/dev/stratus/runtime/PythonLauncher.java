package dev.stratus.runtime;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Python runtimes (python3.9 … python3.14): Stratus's bootstrap under the runtime's interpreter.
 * That is the one the {@code STRATUS_RUNTIME_PYTHON3_12} variable (or {@code stratus.runtime.python3.12}
 * property) names, else a Python 3.12 found on PATH ({@code python3.12}, {@code python3}) or among
 * pyenv's versions ({@code $PYENV_ROOT}, else {@code ~/.pyenv}; its shims are not run), else the
 * nearest 3.x found there (see {@link Interpreters}). {@code -u} keeps stdout unbuffered, as AWS's runtime does, so every
 * printed line is in the output file the moment it is printed. PYTHONPATH puts the task root first,
 * then a layer's {@code python/lib/python3.x/site-packages} and {@code python}, in AWS's order.
 *
 * <p>AWS's runtimes include boto3 (in /var/runtime, after the interpreter's own site-packages); an
 * interpreter without it gets, in the same place, the folder where the nearest Python that has it
 * keeps it, passed to the bootstrap as an argument. boto3 and its dependencies are pure Python.
 */
final class PythonLauncher implements RuntimeLauncher {
    /** Prints the real executable, the version, and the folder holding boto3 (or an empty line). */
    private static final List<String> PROBE = List.of("-c", "import os, sys, importlib.util as u\n"
            + "print(sys.executable)\nprint('%d.%d.%d' % sys.version_info[:3])\n"
            + "s = u.find_spec('boto3')\nprint(os.path.dirname(list(s.submodule_search_locations)[0]) if s else '')");

    /** A runtime's interpreter, and where its boto3 comes from when it has none of its own (else empty). */
    private record Runs(Interpreters.Choice choice, Optional<String> sdk) {
    }

    private final UnaryOperator<String> properties;
    private final UnaryOperator<String> environment;
    private final Interpreters interpreters;
    private final Map<String, Runs> runs = new ConcurrentHashMap<>();

    PythonLauncher() {
        this(System::getProperty, System::getenv, Interpreters::run);
    }

    /** @param run runs a candidate interpreter and gives its standard output, or nothing when it failed */
    PythonLauncher(UnaryOperator<String> properties, UnaryOperator<String> environment, Function<List<String>, Optional<String>> run) {
        this.properties = properties;
        this.environment = environment;
        this.interpreters = new Interpreters("Python", PROBE, run);
    }

    @Override
    public Launch launch(Spec spec) {
        String version = spec.runtime().startsWith("python") ? spec.runtime().substring("python".length()) : "3";
        Runs r = runs.computeIfAbsent(spec.runtime(), this::resolve);
        String pythonPath = String.join(File.pathSeparator,
                spec.taskRoot().toString(),
                spec.optDir().resolve("python/lib/python" + version + "/site-packages").toString(),
                spec.optDir().resolve("python").toString());
        List<String> command = new ArrayList<>(List.of(r.choice().command(), "-u", spec.runtimeDir().resolve("python/bootstrap.py").toString()));
        r.sdk().ifPresent(command::add);
        // The borrowed boto3 lies in another interpreter's installation, which a sandbox shows only when named.
        return new Launch(List.copyOf(command), Map.of("PYTHONPATH", pythonPath, "AWS_EXECUTION_ENV", "AWS_Lambda_" + spec.runtime()),
                r.choice().describe(interpreters.language()), r.sdk().map(java.nio.file.Path::of).stream().toList());
    }

    private Runs resolve(String runtime) {
        String version = runtime.replaceFirst("^python", "");
        List<Integer> wanted = List.of(Interpreters.part(version, 0), Interpreters.part(version, 1));
        Path pyenv = Interpreters.folder(environment, "PYENV_ROOT", ".pyenv");
        Path versions = pyenv == null ? null : pyenv.resolve("versions");
        Path shims = pyenv == null ? null : pyenv.resolve("shims");
        String path = environment.apply("PATH");
        Supplier<List<Path>> all = () -> Interpreters.distinct(
                Interpreters.onPath(path, Pattern.compile("python3(\\.\\d+)?"), shims),
                Interpreters.inVersionFolders(versions, Pattern.compile("3\\..*"), "bin/python3"));
        Interpreters.Choice choice = interpreters.choose(runtime, wanted, properties, environment,
                Interpreters.distinct(
                        Interpreters.onPath(path, Pattern.compile(Pattern.quote("python" + version)), shims),
                        Interpreters.inVersionFolders(versions, Pattern.compile(Pattern.quote(version) + "(\\..*)?"), "bin/python" + version)),
                all, "python3");
        if (choice.interpreter().map(i -> !i.extra().isEmpty()).orElse(true)) {
            return new Runs(choice, Optional.empty());
        }
        // The boto3 of the nearest version that has one: pure Python, but it names the versions it supports.
        int minor = choice.interpreter().orElseThrow().part(1);
        Optional<String> sdk = all.get().stream().map(p -> interpreters.probe(p.toString())).flatMap(Optional::stream)
                .filter(i -> !i.extra().isEmpty())
                .min(Comparator.comparingInt((Interpreters.Interpreter i) -> Math.abs(i.part(1) - minor)))
                .map(Interpreters.Interpreter::extra);
        return new Runs(choice, sdk);
    }
}
