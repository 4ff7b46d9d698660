package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.testkit.StratusExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

/**
 * Function isolation (docs/security.md): each test replays an attack of the security review
 * through the AWS SDK and asserts that it fails. They need the sandbox (bubblewrap and cgroups, as
 * root); where the host cannot give it, /_stratus/health says so and they are skipped.
 */
class LambdaIsolationIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();
    static final ObjectMapper JSON = new ObjectMapper();
    static String role;
    static final Pattern MAX_MEMORY = Pattern.compile("Max Memory Used: (\\d+) MB");
    static LambdaClient lambda;

    @BeforeAll
    static void sandboxed() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(STRATUS.endpoint() + "/_stratus/health")).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode status = JSON.readTree(health.body());
        assertTrue(status.has("lambdaIsolation"), "/_stratus/health tells how functions are isolated: " + health.body());
        String isolation = status.get("lambdaIsolation").asText();
        assumeTrue(isolation.equals("sandboxed"), "this host cannot sandbox functions: " + isolation);
        lambda = Clients.lambda(STRATUS.endpoint());
        role = TestRoles.lambda(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        if (lambda != null) {
            lambda.close();
        }
    }

    static String function(int memoryMb, int timeoutSeconds, Map<String, String> variables) {
        String name = "iso-" + UUID.randomUUID().toString().substring(0, 8);
        lambda.createFunction(b -> b.functionName(name).runtime("python3.12").handler("app.handler").role(role)
                .memorySize(memoryMb).timeout(timeoutSeconds).environment(e -> e.variables(variables))
                .code(c -> c.zipFile(SdkBytes.fromByteArray(FunctionZips.of("isolation")))));
        return name;
    }

    static InvokeResponse invoke(String name, Object event) throws Exception {
        String payload = JSON.writeValueAsString(event);
        return lambda.invoke(b -> b.functionName(name).logType(LogType.TAIL).payload(SdkBytes.fromUtf8String(payload)));
    }

    static JsonNode body(InvokeResponse r) throws Exception {
        return JSON.readTree(r.payload().asUtf8String());
    }

    static int maxMemoryUsedMb(InvokeResponse r) {
        Matcher m = MAX_MEMORY.matcher(new String(Base64.getDecoder().decode(r.logResult()), StandardCharsets.UTF_8));
        assertTrue(m.find(), "REPORT has Max Memory Used");
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aFunctionSeesNoOtherProcessAndReadsNothingOfItsNeighboursOrOfStratus() throws Exception {
        String secret = "s3cret-" + UUID.randomUUID();
        String victim = function(128, 10, Map.of("DB_PASSWORD", secret));
        JsonNode warm = body(invoke(victim, Map.of("action", "victim")));
        String attacker = function(128, 20, Map.of());

        InvokeResponse r = invoke(attacker, Map.of("action", "snoop", "secret", secret, "runtimeApi", warm.get("runtimeApi").asText(),
                "dataDir", STRATUS.dataDir().toString(), "serverPid", ProcessHandle.current().pid()));
        assertNull(r.functionError(), r.payload().asUtf8String());
        JsonNode seen = body(r);

        assertEquals("[]", seen.get("leaked").toString(), "no process the attacker can see carries the victim's DB_PASSWORD");
        // Its own PID namespace: the sandbox's init (1) and the runtime, nothing of the host or of the victim.
        assertEquals("[1," + seen.get("me").asInt() + "]", seen.get("visible").toString(), "only its own processes are visible");
        assertEquals("FileNotFoundError", seen.get("dataDir").asText(), "the data directory does not exist in the sandbox");
        assertEquals("PermissionError", seen.get("shadow").asText(), "/etc/shadow is unreadable to the sandbox user");
        assertEquals("ProcessLookupError", seen.get("signalServer").asText(), "the server's pid names no process in the sandbox");
        assertEquals(403, seen.get("runtimeApi").asInt(), "another environment's Runtime API refuses the attacker");
        assertTrue(List.of("OSError", "PermissionError").contains(seen.get("writeTask").asText()),
                "/var/task is read-only, as on AWS: " + seen.get("writeTask").asText());
        assertEquals("allowed: ok", seen.get("writeTmp").asText(), "/tmp is writable");
        assertTrue(seen.get("uid").asInt() != 0, "the function does not run as root");

        // The victim kept its events: its environment still answers it.
        InvokeResponse again = invoke(victim, Map.of("action", "victim"));
        assertNull(again.functionError(), again.payload().asUtf8String());
        assertEquals(warm.get("pid").asInt(), body(again).get("pid").asInt(), "the same warm environment answered");
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(STRATUS.endpoint() + "/_stratus/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), "the server was not signalled");
    }

    @Test
    void childrenThatLeaveTheSessionDieWithDeleteFunctionAndWithATimeout() throws Exception {
        String name = function(128, 2, Map.of());
        String marker = marker();
        InvokeResponse r = invoke(name, Map.of("action", "escape", "children", 3, "marker", marker));
        assertNull(r.functionError(), r.payload().asUtf8String());
        assertEquals(3, processesWith(marker).size(), "the setsid() children run while the environment lives");
        lambda.deleteFunction(b -> b.functionName(name));
        assertEquals(List.of(), waitUntilNone(marker), "no process of the deleted function survives");

        String timed = function(128, 2, Map.of());
        String marker2 = marker();
        InvokeResponse t = invoke(timed, Map.of("action", "escape", "children", 3, "marker", marker2, "thenSleep", 30));
        assertEquals("Sandbox.Timedout", body(t).get("errorType").asText());
        assertEquals(List.of(), waitUntilNone(marker2), "a timeout kills the whole tree, setsid() or not");
    }

    @Test
    void maxMemoryUsedCountsTheWholeTreeOnceAndMemorySizeIsEnforced() throws Exception {
        String name = function(512, 20, Map.of());
        InvokeResponse r = invoke(name, Map.of("action", "children", "mb", 50, "hold", 1.5));
        assertNull(r.functionError(), r.payload().asUtf8String());
        int used = maxMemoryUsedMb(r);
        assertTrue(used >= 100 && used < 160, "two children holding 50 MB each: Max Memory Used " + used + " MB");

        // Sixty megabytes shared by five processes are sixty megabytes, not three hundred.
        String forks = function(128, 20, Map.of());
        InvokeResponse f = invoke(forks, Map.of("action", "forks", "mb", 60, "children", 4, "hold", 1.5));
        assertNull(f.functionError(), "shared pages count once: " + f.payload().asUtf8String());
        int shared = maxMemoryUsedMb(f);
        assertTrue(shared >= 60 && shared < 128, "Max Memory Used " + shared + " MB");

        String small = function(128, 20, Map.of());
        InvokeResponse over = invoke(small, Map.of("action", "children", "mb", 100, "hold", 1.5));
        assertEquals("Unhandled", over.functionError());
        assertEquals("Runtime.OutOfMemory", body(over).get("errorType").asText(), over.payload().asUtf8String());
        InvokeResponse after = invoke(small, Map.of("action", "children", "mb", 1, "hold", 0));
        assertNull(after.functionError(), "a fresh environment serves the next invocation: " + after.payload().asUtf8String());
    }

    /** A sleep duration no other process uses: "sleep 4242.123456". */
    static String marker() {
        return "4242." + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    /** Host processes whose command line holds {@code marker}. */
    static List<Long> processesWith(String marker) throws Exception {
        List<Long> out = new ArrayList<>();
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                if (!p.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String cmdline = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                    if (cmdline.startsWith("sleep " + marker)) {
                        out.add(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (java.io.IOException gone) {
                    // Ended while listed.
                }
            }
        }
        return out;
    }

    static List<Long> waitUntilNone(String marker) throws Exception {
        long until = System.currentTimeMillis() + 5_000;
        List<Long> left = processesWith(marker);
        while (!left.isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            left = processesWith(marker);
        }
        return left;
    }
}
