package dev.stratus.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The AWS CLIs this machine has, by major version: users have v1 (from pip) or v2 (AWS's
 * installer, Debian's {@code awscli}), and the tests run the CLI suites and the README through
 * each one found. {@code ./stratus test} installs Debian's v2 where it can.
 */
final class AwsClis {
    private AwsClis() {
    }

    /** The command that runs AWS CLI v{@code major}, found on PATH or in the usual places. */
    static Optional<List<String>> find(int major) {
        for (List<String> candidate : candidates()) {
            if (version(candidate).startsWith("aws-cli/" + major + ".")) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Every {@code aws} on PATH, then the system's, then v1 as a module of python3 (how pip users often have it). */
    private static List<List<String>> candidates() {
        Set<Path> found = new LinkedHashSet<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "aws"))) {
                found.add(unshimmed(Path.of(dir, "aws")));
            }
        }
        found.add(Path.of("/usr/bin/aws"));
        found.add(Path.of("/usr/local/bin/aws"));
        List<List<String>> all = new ArrayList<>();
        found.stream().filter(Files::isExecutable).forEach(p -> all.add(List.of(p.toString())));
        all.add(List.of("python3", "-m", "awscli"));
        return all;
    }

    /**
     * The command a pyenv shim stands for, as pyenv names it; else {@code aws} itself. A shim runs
     * pyenv's bash scripts (some forty processes) before the CLI at every call: on a loaded 2-core
     * machine each v1 call took 2.6 s against 0.9 s for the CLI it runs (v2: 1.9 s), while CI saw
     * a CLI test case through v1 take three to four times as long as through v2.
     */
    private static Path unshimmed(Path aws) {
        Path shims = aws.getParent();
        Path root = shims.getParent();
        if (!shims.getFileName().toString().equals("shims") || root == null || !Files.isExecutable(root.resolve("libexec/pyenv"))) {
            return aws;
        }
        try {
            ProcessBuilder pb = new ProcessBuilder(root.resolve("libexec/pyenv").toString(), "which", "aws")
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("PYENV_ROOT", root.toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty() && Files.isExecutable(Path.of(out))
                    ? Path.of(out) : aws;
        } catch (IOException e) {
            return aws;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return aws;
        }
    }

    /** What {@code --version} prints ("aws-cli/2.9.19 Python/…"), or "" when it does not run. */
    private static String version(List<String> command) {
        try {
            List<String> c = new ArrayList<>(command);
            c.add("--version");
            Process p = new ProcessBuilder(c).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
