package dev.stratus.it;

import static dev.stratus.it.TestJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.stratus.store.TestPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Several nodes" as a user runs it: each terminal's lines typed into a bash of its
 * own in the directory of a built clone (the launcher, its scripts and the jar this build made),
 * the second and third once the first is ready, as the README says, on a PostgreSQL database
 * this test provides; then the fourth terminal's commands through the AWS CLI, each checked.
 * Only the store's URL is replaced by the test's database, and the ports when 4566–4568 are
 * taken, as {@link ReadmeQuickStartIT} replaces its port: the README shows a user's usual URL,
 * and what runs here is the rest of each line as written.
 */
class ReadmeSeveralNodesIT {
    private static final Path REPO = Path.of(System.getProperty("stratus.repo"));
    private static final String README_STORE = "postgresql://stratus:stratus@localhost:5432/stratus";
    private static final List<String> README_PORTS = List.of("4566", "4567", "4568");

    @TempDir
    Path work;

    @Test
    void threeNodesStartAsWrittenAndServeOneQueue() throws Exception {
        Path clone = builtClone();
        // The ports first: the test's database URL may hold one of them.
        Map<String, String> replaced = new LinkedHashMap<>();
        List<Integer> ports = ports();
        for (int i = 0; i < README_PORTS.size(); i++) {
            replaced.put(README_PORTS.get(i), Integer.toString(ports.get(i)));
        }
        replaced.put(README_STORE, postgresUrl(TestPostgres.freshDatabase()));
        String section = section();
        List<List<String>> terminals = terminals(block(section, 0), replaced);
        assertEquals(3, terminals.size(), "three terminals, one per node");
        List<Process> nodes = new ArrayList<>();
        try {
            // Terminal 1 first: the others copy the KMS master key its node makes. Then 2 and 3 together.
            List<Path> logs = new ArrayList<>();
            for (int i = 0; i < terminals.size(); i++) {
                logs.add(work.resolve("terminal-" + (i + 1) + ".log"));
                nodes.add(bash(clone, terminals.get(i), logs.get(i)));
                if (i == 0) {
                    awaitReady(nodes.get(0), logs.get(0), ports.get(0));
                }
            }
            for (int i = 1; i < terminals.size(); i++) {
                awaitReady(nodes.get(i), logs.get(i), ports.get(i));
            }
            List<String> cli = AwsClis.find(2).or(() -> AwsClis.find(1)).orElse(null);
            Assumptions.assumeTrue(cli != null, "no AWS CLI on this machine (./stratus test installs v2 when run as root)");
            List<String> commands = block(section, 1).lines().filter(l -> !l.isBlank()).map(l -> replacedIn(l, replaced)).toList();
            checkEachOutput(commands, ReadmeCommands.run(clone, work, cli, commands, Duration.ofMinutes(2)), ports.get(0));
        } finally {
            for (Process p : nodes) {
                // Ctrl-C in each terminal: the launcher's Stratus gets SIGTERM.
                p.descendants().forEach(ProcessHandle::destroy);
                p.destroy();
            }
            for (Process p : nodes) {
                assertTrue(p.waitFor(30, TimeUnit.SECONDS), "a terminal's Stratus did not stop");
            }
        }
    }

    /** The README's section on several nodes. */
    private static String section() throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"));
        int start = readme.indexOf("## Several nodes");
        assertTrue(start >= 0, "the README has no section \"Several nodes\"");
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** The {@code n}th bash block of the section (the first is 0). */
    private static String block(String section, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = section.indexOf("```bash\n", at + 1);
            assertTrue(at >= 0, "the section has no bash block " + n);
        }
        int start = at + "```bash\n".length();
        return section.substring(start, section.indexOf("```", start));
    }

    /** The lines of each "# terminal N", in order, with the test's URL and ports. */
    private static List<List<String>> terminals(String block, Map<String, String> replaced) {
        List<List<String>> terminals = new ArrayList<>();
        for (String line : block.lines().filter(l -> !l.isBlank()).toList()) {
            if (line.startsWith("# terminal ")) {
                terminals.add(new ArrayList<>());
            } else if (!line.startsWith("#")) {
                terminals.getLast().add(replacedIn(line, replaced));
            }
        }
        return terminals;
    }

    private static String replacedIn(String line, Map<String, String> replaced) {
        String out = line;
        for (Map.Entry<String, String> r : replaced.entrySet()) {
            out = out.replace(r.getKey(), r.getValue());
        }
        return out;
    }

    /**
     * A clone as it is once built: the launcher and its scripts, the build's files it compares
     * with the jar, and the jar this build made (with its libraries), newer than them, so the
     * launcher runs it as is.
     */
    private Path builtClone() throws IOException {
        Path clone = Files.createDirectories(work.resolve("stratus"));
        Files.copy(REPO.resolve("stratus"), clone.resolve("stratus"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(REPO.resolve("pom.xml"), clone.resolve("pom.xml"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(clone.resolve("scripts"));
        Files.copy(REPO.resolve("scripts/jdk.sh"), clone.resolve("scripts/jdk.sh"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(clone.resolve("protocol"));
        Files.createDirectories(clone.resolve("store"));
        Path built = Path.of(System.getProperty("stratus.jar"));
        Path jar = Files.createDirectories(clone.resolve("server/target")).resolve("stratus.jar");
        Files.copy(built, jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis()));
        // The jar's manifest names its libraries in lib/ beside it.
        Files.createSymbolicLink(jar.resolveSibling("lib"), built.resolveSibling("lib"));
        return clone;
    }

    /** The fresh database's URL as a user writes one: postgresql://user[:password]@host:port/database. */
    static String postgresUrl(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        Map<String, String> params = new LinkedHashMap<>();
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        String user = params.getOrDefault("user", "postgres") + (params.containsKey("password") ? ":" + params.get("password") : "");
        return "postgresql://" + user + "@" + uri.getHost() + ":" + uri.getPort() + uri.getPath();
    }

    /** 4566–4568 when they are free, as the README has them; else three free ports. */
    private static List<Integer> ports() throws IOException {
        List<Integer> readme = README_PORTS.stream().map(Integer::parseInt).toList();
        if (readme.stream().allMatch(ReadmeSeveralNodesIT::free)) {
            return readme;
        }
        List<Integer> any = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            any.add(CrashDurabilityIT.freePort());
        }
        return any;
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** A terminal: one bash that runs {@code lines} in the clone, with none of this machine's STRATUS_ settings. */
    private static Process bash(Path clone, List<String> lines, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-euo", "pipefail", "-c", String.join("\n", lines)).directory(clone.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("STRATUS_"));
        return pb.start();
    }

    private static void awaitReady(Process terminal, Path log, int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            String text = Files.readString(log);
            if (text.contains("ready on http://127.0.0.1:" + port)) {
                return;
            }
            if (!terminal.isAlive()) {
                fail("a terminal's lines ended with " + terminal.exitValue() + ":\n" + text);
            }
            Thread.sleep(100);
        }
        fail("the node on port " + port + " was not ready in 90 s:\n" + Files.readString(log));
    }

    /** Every command has a check here; a command the README adds without one fails the test. */
    private static void checkEachOutput(List<String> commands, Map<String, String> outputs, int firstPort) {
        Map<String, java.util.function.Consumer<String>> checks = new LinkedHashMap<>();
        checks.put("export ", out -> assertEquals("", out));
        checks.put("sqs create-queue", out -> assertEquals("http://localhost:" + firstPort + "/000000000000/shared", json(out).path("QueueUrl").asText(), out));
        checks.put("sqs send-message", out -> assertEquals(ReadmeCommands.md5("sent through b"), json(out).path("MD5OfMessageBody").asText(), out));
        checks.put("sqs receive-message", out -> assertEquals("sent through b", json(out).path("Messages").path(0).path("Body").asText(), out));
        for (String command : commands) {
            checks.entrySet().stream().filter(c -> command.contains(c.getKey())).findFirst()
                    .orElseThrow(() -> new AssertionError("no check for the README's command: " + command))
                    .getValue().accept(outputs.get(command));
        }
    }
}
