package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.stratus.testkit.StratusExtension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.CloudWatchLogsException;

/**
 * A user's shell for the examples, in a directory where {@code examples/} is the repository's: an
 * AWS CLI as {@code aws} on PATH (v2 when the machine has it, else v1), pointed at one Stratus by
 * {@code AWS_ENDPOINT_URL} with the account root's keys or another principal's, as the examples'
 * README sets it up, and none of this machine's own AWS configuration.
 */
final class ExampleShell {
    private static final Path EXAMPLES = Path.of(System.getProperty("stratus.repo"), "examples");
    /** How far Stratus's clock moves between two looks at something that takes time. */
    private static final Duration STEP = Duration.ofSeconds(5);
    private static final long PATIENCE_MINUTES = 3;
    /** What bash prints after each README line (its status follows), and what the reader adds when bash has gone. */
    private static final String MARK = "@@@ line ended with status ";
    private static final String END = "@@@ end";

    private final StratusExtension stratus;
    private final Path dir;
    private final CloudWatchLogsClient logs;

    private ExampleShell(StratusExtension stratus, Path dir) {
        this.stratus = stratus;
        this.dir = dir;
        this.logs = Clients.logs(stratus.endpoint());
    }

    /** A shell working in {@code dir}, or the test skipped when the machine has no AWS CLI. */
    static ExampleShell on(StratusExtension stratus, Path dir) throws IOException {
        List<String> cli = AwsClis.find(2).or(() -> AwsClis.find(1)).orElse(null);
        Assumptions.assumeTrue(cli != null, "no AWS CLI on this machine (./stratus test installs v2 when run as root)");
        Path aws = Files.createDirectories(dir.resolve("bin")).resolve("aws");
        // What the examples' README tells users of CLIs that do not read AWS_ENDPOINT_URL (before v2.13):
        // --endpoint-url on each command they type (the setup scripts pass it already).
        String exec = "exec " + String.join(" ", cli);
        Files.writeString(aws, "#!/bin/sh\ncase \" $* \" in *\" --endpoint-url \"*) " + exec + " \"$@\" ;; esac\n"
                + exec + " --endpoint-url \"$AWS_ENDPOINT_URL\" \"$@\"\n");
        assertTrue(aws.toFile().setExecutable(true));
        copy(EXAMPLES, dir.resolve("examples"));
        return new ExampleShell(stratus, dir);
    }

    /** A copy of the examples, as in a clone of the repository (scripts executable), so nothing the test does touches them. */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(from.relativize(f).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /**
     * The bash block of {@code examples/<example>/README.md} typed into one bash, line by line, with
     * Stratus's clock moved on by {@code pause} after each line as time passes between a user's
     * commands (EC2's transitions take their time); fails with the output when a line fails.
     */
    void readme(String example, Duration pause) throws Exception {
        String text = Files.readString(EXAMPLES.resolve(example).resolve("README.md"));
        int start = text.indexOf("```bash\n") + "```bash\n".length();
        List<String> lines = text.substring(start, text.indexOf("```", start)).lines().filter(l -> !l.isBlank()).toList();
        ProcessBuilder pb = new ProcessBuilder("bash", "-o", "pipefail").directory(dir.toFile()).redirectErrorStream(true);
        environment(pb.environment(), Map.of());
        Process bash = pb.start();
        BlockingQueue<String> output = new LinkedBlockingQueue<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader r = bash.inputReader()) {
                r.lines().forEach(output::add);
            } catch (IOException closed) {
                // bash has gone: what it printed is in the queue
            } finally {
                output.add(END);
            }
        });
        StringBuilder printed = new StringBuilder();
        try (Writer in = bash.outputWriter()) {
            for (String line : lines) {
                // Commands that read their input get none, so the next lines stay bash's.
                in.write("{\n" + line + "\n} </dev/null\nprintf '\\n" + MARK + "%s\\n' \"$?\"\n");
                in.flush();
                awaitLine(output, printed, example, line);
                stratus.advance(pause);
            }
        } finally {
            if (!bash.waitFor(1, TimeUnit.MINUTES)) {
                bash.descendants().forEach(ProcessHandle::destroyForcibly);
                bash.destroyForcibly();
            }
        }
    }

    /** Collects what the line prints until bash says it ended; fails unless it ended with status 0. */
    private static void awaitLine(BlockingQueue<String> output, StringBuilder printed, String example, String line) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (true) {
            String got = output.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (got == null || got.equals(END)) {
                fail(example + "/README.md: " + (got == null ? "ran past 5 minutes: " : "bash ended at: ") + line + "\n" + printed);
            }
            if (got.startsWith(MARK)) {
                assertEquals(MARK + "0", got, example + "/README.md: failed: " + line + "\n" + printed);
                return;
            }
            printed.append(got).append('\n');
        }
    }

    /**
     * Everything the function has logged so far (or why there is nothing: no log group until its
     * first line), read through the SDK: the checks poll it, and an AWS CLI process costs about a
     * CPU-second, which a loaded CI machine does not have to spare.
     */
    String logs(String function) {
        try {
            StringBuilder text = new StringBuilder();
            logs.filterLogEventsPaginator(b -> b.logGroupName("/aws/lambda/" + function)).events()
                    .forEach(e -> text.append(e.message()).append('\n'));
            return text.toString();
        } catch (CloudWatchLogsException e) {
            return e.getMessage();
        }
    }

    /** A condition that may take a while to hold. */
    interface Check {
        boolean holds() throws Exception;
    }

    /**
     * Waits until the check holds, moving Stratus's clock on between looks so that EC2's
     * transitions and Auto Scaling's activities fall due; the functions run in real time meanwhile.
     * Fails after a few minutes with what happened and the functions' logs.
     */
    void eventually(String what, Check check, String... functions) throws Exception {
        eventually(what, STEP, check, functions);
    }

    /** The same, moving the clock by {@code step} between looks: for what happens on a minute's end (alarms), a larger one. */
    void eventually(String what, Duration step, Check check, String... functions) throws Exception {
        long started = System.nanoTime();
        long deadline = started + TimeUnit.MINUTES.toNanos(PATIENCE_MINUTES);
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                StringBuilder why = new StringBuilder(what + " did not happen within " + PATIENCE_MINUTES + " minutes");
                for (String f : functions) {
                    why.append("\nlogs of ").append(f).append(":\n").append(logs(f));
                }
                fail(why.toString());
            }
            stratus.advance(step);
        }
        System.out.printf("examples: %s after %.1f s%n", what, (System.nanoTime() - started) / 1e9);
    }

    /** The environment of the examples' README (and none of the machine's AWS settings), with {@code env} over it. */
    private void environment(Map<String, String> e, Map<String, String> env) {
        e.keySet().removeIf(k -> k.startsWith("AWS_"));
        e.put("PATH", dir.resolve("bin") + ":" + e.get("PATH"));
        e.put("AWS_ENDPOINT_URL", stratus.endpoint().toString());
        e.put("AWS_ACCESS_KEY_ID", "test");
        e.put("AWS_SECRET_ACCESS_KEY", "test");
        e.put("AWS_DEFAULT_REGION", "us-east-1");
        e.put("AWS_PAGER", "");
        e.put("AWS_CONFIG_FILE", dir.resolve("no-aws-config").toString());
        e.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-aws-credentials").toString());
        e.putAll(env);
    }
}
