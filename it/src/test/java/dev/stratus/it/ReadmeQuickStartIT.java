package dev.stratus.it;

import static dev.stratus.it.TestJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README as a new user meets it: a fresh clone (the tracked files, nothing built), the
 * launcher with its default options ({@code ./stratus start}; the port moves only when 4566 is
 * taken), and the quick start's commands pasted into a shell in the clone's directory, each
 * one's output checked. It runs once through the AWS CLI v2 and, after {@code ./stratus reset} as
 * the README says, again through v1, so the quick start is also shown to run twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadmeQuickStartIT {
    private static final Path REPO = Path.of(System.getProperty("stratus.repo"));
    private static final String ENDPOINT = "localhost:4566";

    @TempDir
    static Path work;
    private static Path clone;
    private static int port;

    @BeforeAll
    static void freshClone() throws Exception {
        clone = work.resolve("stratus");
        // The working tree's files that git would commit (tracked, or new and not ignored): what a clone of this change holds.
        Process ls = new ProcessBuilder("git", "-C", REPO.toString(), "ls-files", "-z", "--cached", "--others", "--exclude-standard").start();
        String files = new String(ls.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, ls.waitFor(), "git ls-files failed");
        for (String f : files.split("\0")) {
            Path from = REPO.resolve(f);
            if (!f.isEmpty() && Files.isRegularFile(from)) {
                Files.createDirectories(clone.resolve(f).getParent());
                Files.copy(from, clone.resolve(f), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        port = freePort();
    }

    @Test
    @Order(1)
    void quickStartAsWrittenThroughTheAwsCliV2() throws Exception {
        runQuickStart(2);
    }

    @Test
    @Order(2)
    void afterAResetTheQuickStartRunsAgainThroughTheAwsCliV1() throws Exception {
        runQuickStart(1);
    }

    private static void runQuickStart(int cliMajor) throws Exception {
        List<String> cli = AwsClis.find(cliMajor).orElse(null);
        Path log = Files.createTempFile(work, "start", ".log");
        long started = System.nanoTime();
        Process stratus = launcher(log, "start");
        awaitReady(stratus, log);
        System.out.printf("README: ./stratus start (port %d) was ready in %.1f s%n", port, (System.nanoTime() - started) / 1e9);
        try {
            if (cli != null) {
                checkEachOutput(runBlock(cli));
            }
        } finally {
            stratus.destroy(); // SIGTERM, as Ctrl-C: the launcher runs the JVM in its own place
            assertTrue(stratus.waitFor(30, TimeUnit.SECONDS), "Stratus did not stop on SIGTERM");
        }
        assertEquals(0, stratus.exitValue(), Files.readString(log));
        assertTrue(Files.readString(log).contains("Stratus stopped."), Files.readString(log));
        // As the README says to before running it again.
        assertEquals(0, launcher(log, "reset").waitFor(), Files.readString(log));
        assertTrue(Files.readString(log).contains("Stratus state in " + clone.resolve(".stratus/data") + " deleted"), Files.readString(log));
        // The launcher was exercised all the same; only the commands need the CLI.
        Assumptions.assumeTrue(cli != null, "no AWS CLI v" + cliMajor + " on this machine (./stratus test installs v2 when run as root)");
    }

    /** {@code ./stratus <command>} in the clone, as a user types it; only STRATUS_PORT when 4566 is taken. */
    private static Process launcher(Path log, String command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("./stratus", command).directory(clone.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (port != 4566) {
            pb.environment().put("STRATUS_PORT", Integer.toString(port));
        }
        pb.environment().keySet().removeIf(k -> k.startsWith("STRATUS_") && !k.equals("STRATUS_PORT"));
        return pb.start();
    }

    /** The first start builds from nothing, which takes minutes on a small machine. */
    private static void awaitReady(Process stratus, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            String text = Files.readString(log);
            if (text.contains("ready on http://127.0.0.1:" + port)) {
                return;
            }
            if (!stratus.isAlive()) {
                fail("./stratus start exited with " + stratus.exitValue() + ":\n" + text);
            }
            Thread.sleep(100);
        }
        stratus.destroyForcibly();
        fail("./stratus start was not ready in 10 minutes:\n" + Files.readString(log));
    }

    /**
     * The quick start's block, run by bash from the clone's directory with the given CLI as
     * {@code aws}; a marker before each command splits the output by command.
     */
    private static Map<String, String> runBlock(List<String> cli) throws Exception {
        String readme = Files.readString(REPO.resolve("README.md"));
        int section = readme.indexOf("## Quick start");
        int start = readme.indexOf("```bash\n", section) + "```bash\n".length();
        List<String> commands = readme.substring(start, readme.indexOf("```", start)).lines()
                .filter(l -> !l.isBlank()).map(l -> l.replace(ENDPOINT, "localhost:" + port)).toList();
        return ReadmeCommands.run(clone, work, cli, commands, Duration.ofMinutes(3));
    }

    /** Every command of the block has a check here; a command the README adds without one fails the test. */
    private static void checkEachOutput(Map<String, String> outputs) {
        String queueUrl = "http://localhost:" + port + "/000000000000/orders";
        Map<String, BiConsumer<String, String>> checks = new LinkedHashMap<>();
        checks.put("export ", (cmd, out) -> assertEquals("", out, cmd));
        checks.put("sqs create-queue", (cmd, out) -> assertEquals(queueUrl, json(out).path("QueueUrl").asText(), out));
        checks.put("sqs send-message", (cmd, out) -> {
            assertEquals(ReadmeCommands.md5("{\"id\": 1}"), json(out).path("MD5OfMessageBody").asText(), out);
            assertTrue(json(out).path("MessageId").asText().matches("[0-9a-f-]{36}"), out);
        });
        checks.put("sqs receive-message", (cmd, out) -> assertEquals("{\"id\": 1}", json(out).path("Messages").path(0).path("Body").asText(), out));
        checks.put("sqs get-queue-attributes", (cmd, out) -> {
            JsonNode a = json(out).path("Attributes");
            assertEquals("arn:aws:sqs:us-east-1:000000000000:orders", a.path("QueueArn").asText(), out);
            assertEquals("1", a.path("ApproximateNumberOfMessagesNotVisible").asText(), out);
            assertEquals("0", a.path("ApproximateNumberOfMessages").asText(), out);
        });
        checks.put("printf 'def handler", (cmd, out) -> assertEquals("", out, cmd));
        checks.put("python3 -m zipfile", (cmd, out) -> assertTrue(out.isEmpty() && Files.isRegularFile(clone.resolve("function.zip")), out));
        checks.put("iam create-role", (cmd, out) -> {
            assertEquals("arn:aws:iam::000000000000:role/lambda", json(out).path("Role").path("Arn").asText(), out);
            assertEquals("lambda.amazonaws.com", json(out).path("Role").path("AssumeRolePolicyDocument").path("Statement").path(0)
                    .path("Principal").path("Service").asText(), out);
        });
        checks.put("iam attach-role-policy", (cmd, out) -> assertEquals("", out, cmd));
        checks.put("lambda create-function", (cmd, out) -> {
            assertEquals("arn:aws:lambda:us-east-1:000000000000:function:hello", json(out).path("FunctionArn").asText(), out);
            assertEquals("python3.12", json(out).path("Runtime").asText(), out);
        });
        checks.put("echo '{\"name\"", (cmd, out) -> assertEquals("", out, cmd));
        checks.put("lambda invoke", (cmd, out) -> {
            int end = out.indexOf('}') + 1;
            assertEquals(200, json(out.substring(0, end)).path("StatusCode").asInt(), out);
            assertTrue(json(out.substring(0, end)).path("FunctionError").isMissingNode(), out);
            assertEquals("{\"hello\": \"stratus\"}", out.substring(end).strip(), out);
        });
        checks.put("logs filter-log-events", (cmd, out) -> {
            List<String> lines = new ArrayList<>();
            json(out).forEach(n -> lines.add(n.asText()));
            assertTrue(lines.stream().anyMatch(l -> l.equals("got {'name': 'stratus'}\n")), out);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("START RequestId: ")), out);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("REPORT RequestId: ")), out);
        });
        outputs.forEach((command, out) -> checks.entrySet().stream().filter(c -> command.contains(c.getKey())).findFirst()
                .orElseThrow(() -> new AssertionError("no check for the README's command: " + command))
                .getValue().accept(command, out));
    }

    /** 4566 when it is free, as the README has it; else any free port. */
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", 4566));
            return 4566;
        } catch (IOException taken) {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            }
        }
    }
}
