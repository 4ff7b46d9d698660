package dev.stratus.runtime;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds, among this machine's interpreters of a language (Python, Node.js), the one a runtime asks
 * for: the exact version when there is one, else the nearest. Candidates are found by name (on PATH,
 * in version managers' folders) and then run, because a name proves nothing: a pyenv shim named
 * {@code python3.12} exists for every version pyenv knows and fails unless that version is selected.
 * Running a candidate also yields the real executable, so environments start it directly rather than
 * through a shim (a shim's shell script costs about 60 ms per cold start). Each candidate is run once
 * for the life of Stratus; launchers keep each runtime's choice.
 */
final class Interpreters {
    private static final long PROBE_TIMEOUT_MS = 10_000;

    /**
     * What a candidate said when run: its real executable, its version ({@code 3.12.1}) and anything
     * more the probe asked for (for Python, where its boto3 lives, or nothing).
     */
    record Interpreter(String path, String version, String extra) {
        int part(int i) {
            return Interpreters.part(version, i);
        }
    }

    /** What runs a runtime: the command, the interpreter behind it when known, and how it was chosen. */
    record Choice(String runtime, String command, Optional<Interpreter> interpreter, boolean exact, String configuredBy) {
        /** For the log: {@code python3.12 → /usr/bin/python3.12 (Python 3.12.1)}, or which one runs in its stead. */
        String describe(String language) {
            String what = interpreter.map(i -> i.path() + " (" + language + " " + i.version() + ")").orElse(command);
            if (configuredBy != null) {
                return runtime + " → " + what + ", as " + configuredBy + " says";
            }
            return exact ? runtime + " → " + what : runtime + " not found; running on " + what;
        }
    }

    private final String language;
    private final List<String> probe;
    private final Function<List<String>, Optional<String>> run;
    private final Map<String, Optional<Interpreter>> probed = new ConcurrentHashMap<>();

    /**
     * @param language the language's name in the log ("Python")
     * @param probe the arguments after a candidate that make it print its real executable and its
     *              version, one a line (and optionally a third line, kept as {@link Interpreter#extra})
     * @param run runs a command and gives its standard output, or nothing when it failed
     */
    Interpreters(String language, List<String> probe, Function<List<String>, Optional<String>> run) {
        this.language = language;
        this.probe = List.copyOf(probe);
        this.run = run;
    }

    String language() {
        return language;
    }

    /**
     * The interpreter of {@code runtime}: the configured command (property
     * {@code stratus.runtime.<runtime>}, else variable {@code STRATUS_RUNTIME_<RUNTIME>}) when there is
     * one; else the first of {@code exact} (candidates named for the version) whose version starts
     * with {@code wanted}; else, among all candidates, the one whose version agrees with {@code wanted}
     * on all but its last number and is nearest on that one (the newer on a tie, then the newest);
     * else {@code fallback}, which then fails to start with the launch's own error.
     */
    Choice choose(String runtime, List<Integer> wanted, UnaryOperator<String> properties, UnaryOperator<String> environment,
                  List<Path> exact, Supplier<List<Path>> others, String fallback) {
        String property = "stratus.runtime." + runtime;
        String variable = "STRATUS_RUNTIME_" + runtime.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        String configured = properties.apply(property);
        String by = property;
        if (configured == null || configured.isBlank()) {
            configured = environment.apply(variable);
            by = variable;
        }
        if (configured != null && !configured.isBlank()) {
            String command = configured.trim();
            return new Choice(runtime, command, probe(command), true, by);
        }
        for (Path candidate : exact) {
            Optional<Interpreter> found = probe(candidate.toString());
            if (found.isPresent() && matches(found.get(), wanted, wanted.size())) {
                return new Choice(runtime, found.get().path(), found, true, null);
            }
        }
        int last = wanted.size() - 1;
        Optional<Interpreter> nearest = Stream.concat(exact.stream(), others.get().stream())
                .map(p -> probe(p.toString())).flatMap(Optional::stream)
                .filter(i -> matches(i, wanted, last))
                .min(Comparator.comparingInt((Interpreter i) -> Math.abs(i.part(last) - wanted.get(last)))
                        .thenComparing(Comparator.comparingInt((Interpreter i) -> i.part(last)).reversed())
                        .thenComparing(Interpreter::version, Interpreters::newestFirst));
        boolean same = nearest.filter(i -> matches(i, wanted, wanted.size())).isPresent();
        return new Choice(runtime, nearest.map(Interpreter::path).orElse(fallback), nearest, same, null);
    }

    /** Whether the interpreter's version begins with the first {@code count} numbers of {@code wanted}. */
    private static boolean matches(Interpreter i, List<Integer> wanted, int count) {
        for (int k = 0; k < count; k++) {
            if (i.part(k) != wanted.get(k)) {
                return false;
            }
        }
        return true;
    }

    /** The i-th number of a version ({@code 3.12.1} → 3, 12, 1), 0 past its end. */
    static int part(String version, int i) {
        String[] parts = version.replaceFirst("^\\D+", "").split("\\D+");
        return i < parts.length && !parts[i].isEmpty() ? Integer.parseInt(parts[i]) : 0;
    }

    private static int newestFirst(String a, String b) {
        for (int k = 0; k < 4; k++) {
            if (part(a, k) != part(b, k)) {
                return Integer.compare(part(b, k), part(a, k));
            }
        }
        return 0;
    }

    /** Runs a candidate once; what it printed, or nothing when it failed or printed no executable that exists. */
    Optional<Interpreter> probe(String command) {
        return probed.computeIfAbsent(command, c -> {
            List<String> cmd = new ArrayList<>();
            cmd.add(c);
            cmd.addAll(probe);
            return run.apply(cmd).flatMap(out -> {
                List<String> lines = out.lines().map(String::trim).toList();
                if (lines.size() < 2 || lines.get(0).isEmpty() || !lines.get(1).matches("\\d+(\\.\\d+)*.*")) {
                    return Optional.empty();
                }
                return Optional.of(new Interpreter(lines.get(0), lines.get(1), lines.size() > 2 ? lines.get(2) : ""));
            });
        });
    }

    // ---- where candidates are

    /**
     * Every executable on {@code path} (a PATH value) whose file name matches, in PATH's order, except
     * in {@code shims}: a version manager's shims are skipped because the versions behind them are
     * candidates themselves, and a shim of an unselected version fails after a slow start.
     */
    static List<Path> onPath(String path, Pattern name, Path shims) {
        List<Path> found = new ArrayList<>();
        if (path == null) {
            return found;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty() || Path.of(dir).equals(shims)) {
                continue;
            }
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.filter(f -> name.matcher(f.getFileName().toString()).matches() && Files.isExecutable(f))
                        .sorted(Comparator.comparing(Path::toString)).forEach(found::add);
            } catch (IOException | RuntimeException e) {
                // Not a folder here.
            }
        }
        return found;
    }

    /**
     * A version manager's interpreters: {@code <root>/<version>/<bin>} for each version folder whose
     * name matches, newest first ({@code ~/.pyenv/versions/3.12.1/bin/python3}).
     */
    static List<Path> inVersionFolders(Path root, Pattern version, String bin) {
        if (root == null) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> version.matcher(d.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path d) -> d.getFileName().toString(), Interpreters::newestFirst))
                    .map(d -> d.resolve(bin)).filter(Files::isExecutable).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Candidates in order, each once. */
    @SafeVarargs
    static List<Path> distinct(List<Path>... lists) {
        LinkedHashSet<Path> all = new LinkedHashSet<>();
        for (List<Path> l : lists) {
            all.addAll(l);
        }
        return List.copyOf(all);
    }

    /** A folder named by a variable, else under the home folder ({@code $PYENV_ROOT}, else {@code ~/.pyenv}). */
    static Path folder(UnaryOperator<String> environment, String variable, String underHome) {
        String named = environment.apply(variable);
        if (named != null && !named.isBlank()) {
            return Path.of(named.trim());
        }
        String home = environment.apply("HOME");
        return home == null || home.isBlank() ? null : Path.of(home.trim(), underHome);
    }

    /** Runs a probe on this machine: its standard output when it exits with 0 within ten seconds. */
    static Optional<String> run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            // A few short lines fit the pipe's buffer, so waiting before reading cannot block the probe.
            if (!p.waitFor(PROBE_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
