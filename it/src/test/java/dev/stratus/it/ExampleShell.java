package dev.stratus.it;

import static dev.stratus.it.TestJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.stratus.testkit.StratusExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A user's shell for the examples: an AWS CLI as {@code aws} on PATH (v2 when the machine has it,
 * else v1), pointed at one Stratus by {@code AWS_ENDPOINT_URL} with the account root's keys or
 * another principal's, and none of this machine's own AWS configuration.
 */
final class ExampleShell {
    private static final Path EXAMPLES = Path.of(System.getProperty("stratus.repo"), "examples");
    /** How far Stratus's clock moves between two looks at something that takes time. */
    private static final Duration STEP = Duration.ofSeconds(5);
    private static final long PATIENCE_MINUTES = 3;

    private final StratusExtension stratus;
    private final Path dir;

    private ExampleShell(StratusExtension stratus, Path dir) {
        this.stratus = stratus;
        this.dir = dir;
    }

    /** A shell working in {@code dir}, or the test skipped when the machine has no AWS CLI. */
    static ExampleShell on(StratusExtension stratus, Path dir) throws IOException {
        List<String> cli = AwsClis.find(2).or(() -> AwsClis.find(1)).orElse(null);
        Assumptions.assumeTrue(cli != null, "no AWS CLI on this machine (./stratus test installs v2 when run as root)");
        Path aws = Files.createDirectories(dir.resolve("bin")).resolve("aws");
        Files.writeString(aws, "#!/bin/sh\nexec " + String.join(" ", cli) + " \"$@\"\n");
        assertTrue(aws.toFile().setExecutable(true));
        return new ExampleShell(stratus, dir);
    }

    /** {@code examples/<example>/setup.sh args…}, run as the README says; what it printed. */
    String setup(String example, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(EXAMPLES.resolve(example).resolve("setup.sh").toString()));
        command.addAll(Arrays.asList(args));
        Result r = run(command, Map.of(), TimeUnit.MINUTES.toSeconds(5));
        assertEquals(0, r.exit, example + "/setup.sh failed:\n" + r.out + r.err);
        return r.out;
    }

    /** {@code aws args… --output json} as the account root: its answer (missing when it printed nothing). */
    JsonNode aws(String... args) throws Exception {
        return awsAs(Map.of(), args);
    }

    /** {@code aws args… --output json} with these environment variables (another principal's keys): its answer. */
    JsonNode awsAs(Map<String, String> env, String... args) throws Exception {
        Result r = awsResult(env, args);
        assertEquals(0, r.exit, "aws " + String.join(" ", args) + " failed:\n" + r.err);
        return r.out.isBlank() ? MissingNode.getInstance() : json(r.out);
    }

    /** What the CLI printed on stderr for a command that must fail. */
    String awsFailing(Map<String, String> env, String... args) throws Exception {
        Result r = awsResult(env, args);
        assertTrue(r.exit != 0, "aws " + String.join(" ", args) + " succeeded:\n" + r.out);
        return r.err;
    }

    /** Everything the function has logged so far (or why there is nothing: no log group until its first line). */
    String logs(String function) throws Exception {
        Result r = awsResult(Map.of(), "logs", "filter-log-events", "--log-group-name", "/aws/lambda/" + function,
                "--query", "events[].message", "--output", "text");
        return r.out + r.err;
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
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(PATIENCE_MINUTES);
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                StringBuilder why = new StringBuilder(what + " did not happen within " + PATIENCE_MINUTES + " minutes");
                for (String f : functions) {
                    why.append("\nlogs of ").append(f).append(":\n").append(logs(f));
                }
                fail(why.toString());
            }
            stratus.advance(STEP);
        }
    }

    private Result awsResult(Map<String, String> env, String... args) throws Exception {
        // As the README's commands: CLIs before v2.13 (Debian's 2.9 among them) do not read AWS_ENDPOINT_URL.
        List<String> command = new ArrayList<>(List.of(dir.resolve("bin/aws").toString(), "--endpoint-url", stratus.endpoint().toString()));
        command.addAll(Arrays.asList(args));
        if (!command.contains("--output")) {
            command.addAll(List.of("--output", "json"));
        }
        return run(command, env, 120);
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(List<String> command, Map<String, String> env, long timeoutSeconds) throws Exception {
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> e = pb.environment();
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
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail(String.join(" ", command) + " ran past " + timeoutSeconds + " s:\n" + Files.readString(out) + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
