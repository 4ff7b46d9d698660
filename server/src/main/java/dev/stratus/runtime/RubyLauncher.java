package dev.stratus.runtime;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Ruby runtimes (ruby3.2 … ruby3.4): Stratus's bootstrap under the runtime's ruby. That is the one the
 * {@code STRATUS_RUNTIME_RUBY3_3} variable (or {@code stratus.runtime.ruby3.3} property) names, else a Ruby 3.3 found on PATH ({@code ruby3.3}, {@code ruby})
 * or among rbenv's versions ({@code $RBENV_ROOT}, else {@code ~/.rbenv}; its shims are not run), else
 * the nearest 3.x found there (see {@link Interpreters}). With no Ruby at all the invocation fails
 * with Runtime.InvalidEntrypoint saying so, and the next one looks again, so installing Ruby needs
 * no restart.
 *
 * <p>As AWS's runtime, RUBYLIB puts the task root first, then a layer's {@code ruby/lib}; GEM_PATH
 * lists the package's {@code vendor/bundle/ruby/3.3.0} and a layer's {@code ruby/gems/3.3.0} before
 * the interpreter's own gem folders (where AWS keeps its runtime's gems).
 */
final class RubyLauncher implements RuntimeLauncher {
    /** Prints the real executable, the version, and the interpreter's gem folders (separated as PATH is). */
    private static final List<String> PROBE = List.of("-rrbconfig", "-e",
            "puts RbConfig.ruby; puts RUBY_VERSION; puts(defined?(Gem) ? Gem.path.join(File::PATH_SEPARATOR) : '')");

    private final UnaryOperator<String> properties;
    private final UnaryOperator<String> environment;
    private final Interpreters interpreters;
    private final Map<String, Interpreters.Choice> chosen = new ConcurrentHashMap<>();

    RubyLauncher() {
        this(System::getProperty, System::getenv, Interpreters::run);
    }

    /** @param run runs a candidate ruby and gives its standard output, or nothing when it failed */
    RubyLauncher(UnaryOperator<String> properties, UnaryOperator<String> environment, Function<List<String>, Optional<String>> run) {
        this.properties = properties;
        this.environment = environment;
        this.interpreters = new Interpreters("Ruby", PROBE, run);
    }

    @Override
    public Launch launch(Spec spec) {
        String version = spec.runtime().replaceFirst("^ruby", "");
        Interpreters.Choice choice = chosen.get(spec.runtime());
        if (choice == null) {
            choice = resolve(spec.runtime(), version);
            if (choice.interpreter().isEmpty()) {
                throw new InvalidEntrypoint("Stratus found no Ruby to run " + spec.runtime() + ": install one (apt-get install ruby, or rbenv) "
                        + "or name it with STRATUS_RUNTIME_" + spec.runtime().toUpperCase(Locale.ROOT).replace('.', '_'));
            }
            chosen.put(spec.runtime(), choice);
        }
        String gems = version + ".0";
        String ownGems = choice.interpreter().map(Interpreters.Interpreter::extra).orElse("");
        List<String> gemPath = new ArrayList<>(List.of(
                spec.taskRoot().resolve("vendor/bundle/ruby/" + gems).toString(),
                spec.optDir().resolve("ruby/gems/" + gems).toString()));
        List<Path> readable = new ArrayList<>();
        for (String dir : ownGems.split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                gemPath.add(dir);
                if (Files.isDirectory(Path.of(dir))) {
                    readable.add(Path.of(dir));
                }
            }
        }
        String rubyLib = String.join(File.pathSeparator, spec.taskRoot().toString(), spec.optDir().resolve("ruby/lib").toString());
        return new Launch(List.of(choice.command(), spec.runtimeDir().resolve("ruby/bootstrap.rb").toString()),
                Map.of("RUBYLIB", rubyLib, "GEM_PATH", String.join(File.pathSeparator, gemPath), "AWS_EXECUTION_ENV", "AWS_Lambda_" + spec.runtime()),
                choice.describe(interpreters.language()), readable);
    }

    private Interpreters.Choice resolve(String runtime, String version) {
        List<Integer> wanted = Arrays.stream(version.split("\\.")).map(Integer::parseInt).toList();
        Path rbenv = Interpreters.folder(environment, "RBENV_ROOT", ".rbenv");
        Path versions = rbenv == null ? null : rbenv.resolve("versions");
        Path shims = rbenv == null ? null : rbenv.resolve("shims");
        String path = environment.apply("PATH");
        return interpreters.choose(runtime, wanted, properties, environment,
                Interpreters.distinct(
                        Interpreters.onPath(path, Pattern.compile(Pattern.quote("ruby" + version)), shims),
                        Interpreters.inVersionFolders(versions, Pattern.compile(Pattern.quote(version) + "(\\..*)?"), "bin/ruby")),
                () -> Interpreters.distinct(
                        Interpreters.onPath(path, Pattern.compile("ruby(\\d+\\.\\d+)?"), shims),
                        Interpreters.inVersionFolders(versions, Pattern.compile("\\d+\\..*"), "bin/ruby")),
                "ruby");
    }
}
