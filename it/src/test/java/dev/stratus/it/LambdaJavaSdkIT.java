package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stratus.testkit.StratusExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.*;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Lambda through the AWS SDK for Java v2: functions that really run, with AWS's answers for errors, timeouts and throttling. */
class LambdaJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();
    static final ObjectMapper JSON = new ObjectMapper();
    static String role;
    static LambdaClient lambda;
    static CloudWatchLogsClient logs;

    @BeforeAll
    static void clients() {
        lambda = Clients.lambda(STRATUS.endpoint());
        logs = Clients.logs(STRATUS.endpoint());
        role = TestRoles.lambda(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        lambda.close();
        logs.close();
    }

    static String python(String prefix, java.util.function.Consumer<CreateFunctionRequest.Builder> more) {
        return create(prefix, "python3.12", "app.handler", "python", more);
    }

    static String create(String prefix, String runtime, String handler, String sample, java.util.function.Consumer<CreateFunctionRequest.Builder> more) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        CreateFunctionRequest.Builder b = CreateFunctionRequest.builder().functionName(name).runtime(runtime).handler(handler).role(role)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(FunctionZips.of(sample))));
        more.accept(b);
        CreateFunctionResponse created = lambda.createFunction(b.build());
        assertEquals(State.PENDING, created.state(), "CreateFunction answers Pending, as AWS does");
        return name;
    }

    static InvokeResponse invoke(String name, String payload) {
        return lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String(payload)));
    }

    static JsonNode json(InvokeResponse r) throws Exception {
        return JSON.readTree(r.payload().asUtf8String());
    }

    static String errorCode(Runnable call) {
        LambdaException e = assertThrows(LambdaException.class, call::run);
        return e.statusCode() + " " + e.awsErrorDetails().errorCode() + ": " + e.awsErrorDetails().errorMessage();
    }

    /** The function's log events, once they have been written (they are written behind the invocation). */
    static List<String> logLines(String name, String mustContain) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try {
                List<String> lines = new ArrayList<>();
                for (FilteredLogEvent e : logs.filterLogEvents(b -> b.logGroupName("/aws/lambda/" + name)).events()) {
                    lines.add(e.message());
                }
                if (lines.stream().anyMatch(l -> l.contains(mustContain))) {
                    return lines;
                }
            } catch (software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException notYet) {
                // The log group appears with the first batch of lines.
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no log line containing " + mustContain + " in /aws/lambda/" + name);
    }

    @Test
    void aPythonFunctionRunsWithItsContextEnvironmentAndLogs() throws Exception {
        String name = python("echo", b -> b.environment(e -> e.variables(Map.of("GREETING", "hello"))).memorySize(256).timeout(7));
        InvokeResponse r = lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String("{\"x\": 1}")).logType(LogType.TAIL));
        assertEquals(200, r.statusCode());
        assertNull(r.functionError());
        assertEquals("$LATEST", r.executedVersion());
        JsonNode out = json(r);
        assertEquals(1, out.at("/event/x").asInt());
        assertEquals(name, out.at("/functionName").asText());
        assertEquals("$LATEST", out.at("/functionVersion").asText());
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:" + name, out.at("/invokedArn").asText());
        assertEquals(256, out.at("/memory").asInt());
        long remaining = out.at("/remainingMs").asLong();
        assertTrue(remaining > 5000 && remaining <= 7000, "remaining time counts down from the 7 s timeout: " + remaining);
        assertEquals("hello", out.at("/env/GREETING").asText());
        assertEquals("us-east-1", out.at("/env/AWS_REGION").asText());
        assertEquals("AWS_Lambda_python3.12", out.at("/env/AWS_EXECUTION_ENV").asText());
        assertEquals("app.handler", out.at("/env/_HANDLER").asText());
        assertEquals(STRATUS.endpoint().toString(), out.at("/env/AWS_ENDPOINT_URL").asText());
        assertTrue(out.at("/logStream").asText().matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST][0-9a-f]{32}"), out.at("/logStream").asText());

        String tail = new String(Base64.getDecoder().decode(r.logResult()), StandardCharsets.UTF_8);
        String requestId = r.responseMetadata().requestId();
        assertTrue(tail.startsWith("START RequestId: " + requestId + " Version: $LATEST\n"), tail);
        assertTrue(tail.contains("echo {\"x\": 1}\n"), tail);
        assertTrue(tail.contains("[INFO]\t") && tail.contains("\t" + requestId + "\tlogged at info"), tail);
        assertTrue(tail.contains("END RequestId: " + requestId + "\n"), tail);
        assertTrue(tail.matches("(?s).*REPORT RequestId: " + requestId + "\tDuration: [\\d.]+ ms\tBilled Duration: \\d+ ms\tMemory Size: 256 MB"
                + "\tMax Memory Used: \\d+ MB\tInit Duration: [\\d.]+ ms\t\n"), tail);

        List<String> lines = logLines(name, "REPORT RequestId: " + requestId);
        assertTrue(lines.get(0).startsWith("INIT_START Runtime Version: python:3.12.v1\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:"),
                lines.toString());
        assertTrue(lines.get(1).startsWith("Stratus runtime: python3.12 "), lines.toString());
        assertEquals("START RequestId: " + requestId + " Version: $LATEST\n", lines.get(2));
        assertTrue(lines.contains("echo {\"x\": 1}\n"), lines.toString());

        InvokeResponse warm = invoke(name, "{}");
        assertEquals(out.at("/logStream").asText(), json(warm).at("/logStream").asText(), "a warm environment is reused");
        assertEquals(out.at("/started").asDouble(), json(warm).at("/started").asDouble(), "module state survives between warm invocations");
        String warmReport = logLines(name, "REPORT RequestId: " + warm.responseMetadata().requestId()).stream()
                .filter(l -> l.startsWith("REPORT RequestId: " + warm.responseMetadata().requestId())).findFirst().orElseThrow();
        assertTrue(!warmReport.contains("Init Duration"), "only a cold start reports Init Duration: " + warmReport);
    }

    /**
     * A function runs on the Python its runtime names when this machine has it (on PATH as
     * python3.X, or among pyenv's versions), and its log's first lines say which interpreter that is.
     */
    @ParameterizedTest
    @ValueSource(strings = {"3.12", "3.11"})
    void aPythonFunctionRunsOnThePythonItsRuntimeNames(String version) throws Exception {
        Assumptions.assumeTrue(machineHasPython(version), "no Python " + version + " on this machine");
        String runtime = "python" + version;
        String name = create("py" + version.replace(".", ""), runtime, "app.handler", "python", b -> { });
        InvokeResponse r = lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String("{\"action\": \"version\"}")).logType(LogType.TAIL));
        assertNull(r.functionError(), r.payload().asUtf8String());
        JsonNode ran = json(r);
        String full = ran.get("version").asText();
        assertTrue(full.startsWith(version + "."), runtime + " ran on Python " + full);
        String tail = new String(Base64.getDecoder().decode(r.logResult()), StandardCharsets.UTF_8);
        assertTrue(tail.contains("sys.version " + full), tail);

        List<String> lines = logLines(name, "REPORT RequestId: ");
        assertTrue(lines.get(0).matches("INIT_START Runtime Version: python:" + version.replace(".", "\\.")
                + "\\.v1\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:[0-9a-f]{64}\n"), lines.get(0));
        assertEquals("Stratus runtime: " + runtime + " → " + ran.get("executable").asText() + " (Python " + full + ")\n", lines.get(1));
    }

    /** Whether python3.X on PATH, or one of pyenv's versions, really is Python X (a pyenv shim may not be). */
    static boolean machineHasPython(String version) throws Exception {
        List<String> candidates = new ArrayList<>(List.of("python" + version));
        String pyenv = System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv");
        try (var dirs = java.nio.file.Files.list(java.nio.file.Path.of(pyenv, "versions"))) {
            dirs.filter(d -> d.getFileName().toString().startsWith(version + ".")).forEach(d -> candidates.add(d + "/bin/python" + version));
        } catch (java.io.IOException noPyenv) {
            // Only PATH, then.
        }
        for (String python : candidates) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])").redirectErrorStream(true).start();
                if (new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().equals(version) && p.waitFor() == 0) {
                    return true;
                }
            } catch (java.io.IOException notThere) {
                // The next candidate.
            }
        }
        return false;
    }

    @Test
    void anExceptionIsAnUnhandledFunctionErrorWithItsTypeMessageAndTrace() throws Exception {
        String name = python("fail", b -> { });
        InvokeResponse r = invoke(name, "{\"action\": \"fail\"}");
        assertEquals(200, r.statusCode());
        assertEquals("Unhandled", r.functionError());
        JsonNode error = json(r);
        assertEquals("ValueError", error.get("errorType").asText());
        assertEquals("boom", error.get("errorMessage").asText());
        assertTrue(error.get("stackTrace").isArray() && error.get("stackTrace").size() > 0, error.toString());
        assertNull(invoke(name, "{}").functionError(), "the environment goes on serving after a handled exception");
    }

    @Test
    void aTimeoutKillsTheEnvironmentAndSaysSo() throws Exception {
        String name = python("timeout", b -> b.timeout(1));
        InvokeResponse r = lambda.invoke(b -> b.functionName(name).payload(SdkBytes.fromUtf8String("{\"action\": \"sleep\", \"seconds\": 5}"))
                .logType(LogType.TAIL));
        assertEquals("Unhandled", r.functionError());
        JsonNode error = json(r);
        String requestId = r.responseMetadata().requestId();
        assertEquals("Sandbox.Timedout", error.get("errorType").asText());
        assertEquals("RequestId: " + requestId + " Error: Task timed out after 1.00 seconds", error.get("errorMessage").asText());
        String tail = new String(Base64.getDecoder().decode(r.logResult()), StandardCharsets.UTF_8);
        assertTrue(tail.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z " + requestId + " Task timed out after 1.00 seconds\n.*"), tail);
        assertTrue(tail.contains("\tStatus: timeout"), tail);
        InvokeResponse next = invoke(name, "{}");
        assertNull(next.functionError(), "the next invocation gets a fresh environment");
    }

    @Test
    void aProcessThatExitsOrOutgrowsItsMemoryFailsTheInvocation() throws Exception {
        String name = python("exit", b -> b.memorySize(128));
        InvokeResponse exited = invoke(name, "{\"action\": \"exit\", \"status\": 3}");
        assertEquals("Unhandled", exited.functionError());
        assertEquals("Runtime.ExitError", json(exited).get("errorType").asText());
        assertEquals("RequestId: " + exited.responseMetadata().requestId() + " Error: Runtime exited with error: exit status 3",
                json(exited).get("errorMessage").asText());

        InvokeResponse oom = invoke(name, "{\"action\": \"eat\", \"mb\": 300}");
        assertEquals("Unhandled", oom.functionError());
        assertEquals("Runtime.OutOfMemory", json(oom).get("errorType").asText());
        assertTrue(json(oom).get("errorMessage").asText().endsWith("Error: Runtime exited with error: signal: killed"), json(oom).toString());
        assertNull(invoke(name, "{}").functionError(), "Stratus and the function recover");
    }

    @Test
    void brokenRuntimesAndOversizeAnswersFailCleanly() throws Exception {
        String once = create("once", "provided.al2023", "unused", "provided-once", b -> b.timeout(2));
        assertEquals("\"once\"", invoke(once, "{}").payload().asUtf8String());
        long start = System.nanoTime();
        InvokeResponse stuck = invoke(once, "{}");
        assertEquals("Sandbox.Timedout", json(stuck).get("errorType").asText(), "a runtime that never asks for the next event times out");
        assertTrue((System.nanoTime() - start) / 1e9 < 10, "and does not hang");

        String missing = create("noboot", "provided.al2023", "unused", "no-bootstrap", b -> { });
        InvokeResponse invalid = invoke(missing, "{}");
        assertEquals("Unhandled", invalid.functionError());
        assertEquals("Runtime.InvalidEntrypoint", json(invalid).get("errorType").asText());

        String name = python("oversize", b -> b.timeout(20));
        long t0 = System.nanoTime();
        InvokeResponse big = invoke(name, "{\"action\": \"big\", \"bytes\": 7000000}");
        assertEquals("Function.ResponseSizeTooLarge", json(big).get("errorType").asText());
        assertEquals("Response payload size exceeded maximum allowed payload size (6291556 bytes).", json(big).get("errorMessage").asText());
        assertTrue((System.nanoTime() - t0) / 1e9 < 10, "answered at once, not at the timeout");

        String marker = Integer.toString(4000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(1000)) + ".5";
        InvokeResponse spawned = invoke(name, "{\"action\": \"spawn\", \"seconds\": " + marker + "}");
        assertEquals("Runtime.ExitError", json(spawned).get("errorType").asText());
        Thread.sleep(300);
        assertTrue(ProcessHandle.allProcesses().noneMatch(p -> p.info().commandLine().orElse("").contains("sleep " + marker)),
                "what a runtime started goes when its environment goes");

        assertEquals("400 InvalidRequestContentException", errorCode(() -> invoke(name, "{\"a\": 1} {\"b\": 2}")).split(":")[0]);
        assertEquals("400 InvalidRequestContentException: Client context must be a valid Base64-encoded JSON object.",
                errorCode(() -> lambda.invoke(b -> b.functionName(name).clientContext(Base64.getEncoder().encodeToString("nope".getBytes())))));
        assertEquals("404 ResourceNotFoundException: Functions from 'eu-west-1' are not reachable in this region ('us-east-1')",
                errorCode(() -> lambda.invoke(b -> b.functionName("arn:aws:lambda:eu-west-1:000000000000:function:" + name))));
    }

    @Test
    void anInitPastAwsTenSecondsGoesOnUnderTheInvocationsTimeout() throws Exception {
        // Both runtimes take 10.5 s to start: AWS's init phase is 10 s, after which the init goes on under the invocation's timeout.
        String roomy = create("slowinit", "provided.al2023", "unused", "provided-slow-init", b -> b.timeout(20));
        String tight = create("slowinit", "provided.al2023", "unused", "provided-slow-init", b -> b.timeout(3));
        var tightInvoke = java.util.concurrent.CompletableFuture.supplyAsync(() -> invoke(tight, "{}"));
        InvokeResponse ran = invoke(roomy, "{}");
        assertNull(ran.functionError(), ran.payload().asUtf8String());
        assertEquals("\"ready\"", ran.payload().asUtf8String());
        String report = logLines(roomy, "Init Duration").stream().filter(l -> l.startsWith("REPORT")).findFirst().orElseThrow();
        double init = Double.parseDouble(report.replaceFirst("(?s).*Init Duration: ([0-9.]+) ms.*", "$1"));
        assertTrue(init >= 10_500, report);

        InvokeResponse timedOut = tightInvoke.get(1, java.util.concurrent.TimeUnit.MINUTES);
        assertEquals("Sandbox.Timedout", json(timedOut).get("errorType").asText());
        assertTrue(json(timedOut).get("errorMessage").asText().endsWith("Task timed out after 3.00 seconds"), timedOut.payload().asUtf8String());
    }

    @Test
    void megabytesOfOutputAreLoggedWithoutHarm() throws Exception {
        String name = python("chatty", b -> b.timeout(30));
        InvokeResponse r = lambda.invoke(b -> b.functionName(name).logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String("{\"action\": \"print\", \"lines\": 100000, \"width\": 40}")));
        assertEquals("\"printed\"", r.payload().asUtf8String());
        String tail = new String(Base64.getDecoder().decode(r.logResult()), StandardCharsets.UTF_8);
        assertTrue(tail.getBytes(StandardCharsets.UTF_8).length <= 4096, "the tail is the last 4 KB");
        assertTrue(tail.contains("line 99999 ") && tail.contains("REPORT RequestId: " + r.responseMetadata().requestId()), tail);
        String group = "/aws/lambda/" + name;
        List<String> last = List.of();
        for (int i = 0; i < 200 && (last.isEmpty() || !last.getLast().startsWith("REPORT")); i++) {
            Thread.sleep(50);
            String stream = logs.describeLogStreams(b -> b.logGroupName(group)).logStreams().get(0).logStreamName();
            last = logs.getLogEvents(b -> b.logGroupName(group).logStreamName(stream).limit(3)).events().stream()
                    .map(software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent::message).toList();
        }
        assertEquals("line 99999 " + "x".repeat(40) + "\n", last.getFirst(), "every line reaches the log group, in order: " + last);

        assertNull(invoke(name, "{}").functionError(), "and Stratus serves the next invocation");
    }

    @Test
    void concurrentInvocationsScaleOutAndReservedConcurrencyThrottles() throws Exception {
        String name = python("scale", b -> b.timeout(10));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<CompletableFuture<InvokeResponse>> calls = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> invoke(name, "{\"action\": \"sleep\", \"seconds\": 1}"), pool));
            }
            for (CompletableFuture<InvokeResponse> c : calls) {
                assertNull(c.get().functionError());
            }
            Set<String> streams = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                calls.set(i, CompletableFuture.supplyAsync(() -> invoke(name, "{}"), pool));
            }
            for (CompletableFuture<InvokeResponse> c : calls) {
                streams.add(json(c.get()).at("/logStream").asText());
            }
            assertTrue(streams.size() >= 1 && streams.size() <= 3, "warm environments are reused: " + streams);

            assertEquals(1, lambda.putFunctionConcurrency(b -> b.functionName(name).reservedConcurrentExecutions(1)).reservedConcurrentExecutions());
            assertEquals(1, lambda.getFunctionConcurrency(b -> b.functionName(name)).reservedConcurrentExecutions());
            CompletableFuture<InvokeResponse> busy = CompletableFuture.supplyAsync(() -> invoke(name, "{\"action\": \"sleep\", \"seconds\": 2}"), pool);
            Thread.sleep(500);
            TooManyRequestsException throttled = assertThrows(TooManyRequestsException.class, () -> invoke(name, "{}"));
            assertEquals(429, throttled.statusCode());
            assertEquals(ThrottleReason.RESERVED_FUNCTION_CONCURRENT_INVOCATION_LIMIT_EXCEEDED, throttled.reason());
            assertEquals("Rate Exceeded.", throttled.awsErrorDetails().errorMessage());
            assertNull(busy.get().functionError());

            lambda.putFunctionConcurrency(b -> b.functionName(name).reservedConcurrentExecutions(0));
            assertThrows(TooManyRequestsException.class, () -> invoke(name, "{}"));
            GetAccountSettingsResponse settings = lambda.getAccountSettings(b -> { });
            assertEquals(1000, settings.accountLimit().concurrentExecutions());
            lambda.deleteFunctionConcurrency(b -> b.functionName(name));
            assertNull(lambda.getFunctionConcurrency(b -> b.functionName(name)).reservedConcurrentExecutions());
            assertNull(invoke(name, "{}").functionError());
            assertEquals("400 InvalidParameterValueException: Specified ReservedConcurrentExecutions for function decreases account's "
                    + "UnreservedConcurrentExecution below its minimum value of [100].",
                    errorCode(() -> lambda.putFunctionConcurrency(b -> b.functionName(name).reservedConcurrentExecutions(950))));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void updatesTakeEffectAndVersionsKeepTheirCode() throws Exception {
        String name = python("update", b -> b.environment(e -> e.variables(Map.of("GREETING", "one"))));
        assertEquals("one", json(invoke(name, "{}")).at("/env/GREETING").asText());
        PublishVersionResponse published = lambda.publishVersion(b -> b.functionName(name));
        assertEquals("1", published.version());
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:" + name + ":1", published.functionArn());
        assertEquals("1", lambda.publishVersion(b -> b.functionName(name)).version(), "publishing an unchanged function answers the same version");

        UpdateFunctionConfigurationResponse updated = lambda.updateFunctionConfiguration(b -> b.functionName(name)
                .environment(e -> e.variables(Map.of("GREETING", "two"))));
        assertEquals(LastUpdateStatus.IN_PROGRESS, updated.lastUpdateStatus());
        assertEquals(LastUpdateStatus.SUCCESSFUL, lambda.getFunctionConfiguration(b -> b.functionName(name)).lastUpdateStatus());
        assertEquals("two", json(invoke(name, "{}")).at("/env/GREETING").asText());

        InvokeResponse v1 = lambda.invoke(b -> b.functionName(name).qualifier("1").payload(SdkBytes.fromUtf8String("{}")));
        assertEquals("1", v1.executedVersion());
        assertEquals("one", json(v1).at("/env/GREETING").asText());
        assertEquals("1", json(v1).at("/functionVersion").asText());

        assertEquals(List.of("$LATEST", "1"), lambda.listVersionsByFunction(b -> b.functionName(name)).versions().stream()
                .map(FunctionConfiguration::version).toList());
        assertEquals("412 PreconditionFailedException: The Revision Id provided does not match the latest Revision Id. "
                + "Call the GetFunction/GetAlias API to retrieve the latest Revision Id",
                errorCode(() -> lambda.updateFunctionConfiguration(b -> b.functionName(name).revisionId("stale").timeout(5))));

        GetFunctionResponse got = lambda.getFunction(b -> b.functionName(name));
        assertEquals(State.ACTIVE, got.configuration().state());
        assertEquals("S3", got.code().repositoryType());
        assertTrue(lambda.listFunctions().functions().stream().anyMatch(f -> f.functionName().equals(name)));

        lambda.deleteFunction(b -> b.functionName(name));
        assertEquals("404 ResourceNotFoundException: Function not found: arn:aws:lambda:us-east-1:000000000000:function:" + name + ":$LATEST",
                errorCode(() -> invoke(name, "{}")));
        assertEquals("404 ResourceNotFoundException: Function not found: arn:aws:lambda:us-east-1:000000000000:function:" + name,
                errorCode(() -> lambda.getFunction(b -> b.functionName(name))));
    }

    @Test
    void aliasesPoliciesAndTags() throws Exception {
        String name = python("alias", b -> b.tags(Map.of("team", "a")));
        lambda.publishVersion(b -> b.functionName(name));
        CreateAliasResponse live = lambda.createAlias(b -> b.functionName(name).name("live").functionVersion("1"));
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:" + name + ":live", live.aliasArn());
        InvokeResponse viaAlias = lambda.invoke(b -> b.functionName(name + ":live").payload(SdkBytes.fromUtf8String("{}")));
        assertEquals("1", viaAlias.executedVersion(), "an alias runs the version it points at");
        assertEquals("arn:aws:lambda:us-east-1:000000000000:function:" + name + ":live", json(viaAlias).at("/invokedArn").asText());
        assertEquals("409 ResourceConflictException: Alias already exists: arn:aws:lambda:us-east-1:000000000000:function:" + name + ":live",
                errorCode(() -> lambda.createAlias(b -> b.functionName(name).name("live").functionVersion("1"))));
        assertEquals("404 ResourceNotFoundException: Cannot find alias arn: arn:aws:lambda:us-east-1:000000000000:function:" + name + ":nope",
                errorCode(() -> lambda.getAlias(b -> b.functionName(name).name("nope"))));
        assertTrue(errorCode(() -> lambda.createAlias(b -> b.functionName(name).name("2024").functionVersion("1")))
                .startsWith("400 ValidationException: 1 validation error detected: Value '2024' at 'name'"));
        assertEquals("409 ResourceConflictException: Unable to delete version because the following aliases reference it: [live]",
                errorCode(() -> lambda.deleteFunction(b -> b.functionName(name).qualifier("1"))));
        assertEquals(List.of("live"), lambda.listAliases(b -> b.functionName(name)).aliases().stream().map(AliasConfiguration::name).toList());

        AddPermissionResponse added = lambda.addPermission(b -> b.functionName(name).statementId("sqs").action("lambda:InvokeFunction")
                .principal("sqs.amazonaws.com").sourceArn("arn:aws:sqs:us-east-1:000000000000:q"));
        JsonNode statement = JSON.readTree(added.statement());
        assertEquals("{\"Service\":\"sqs.amazonaws.com\"}", statement.get("Principal").toString());
        assertEquals("arn:aws:sqs:us-east-1:000000000000:q", statement.at("/Condition/ArnLike/AWS:SourceArn").asText());
        JsonNode policy = JSON.readTree(lambda.getPolicy(b -> b.functionName(name)).policy());
        assertEquals("2012-10-17", policy.get("Version").asText());
        assertEquals("sqs", policy.at("/Statement/0/Sid").asText());
        assertEquals("409 ResourceConflictException: The statement id (sqs) provided already exists. Please provide a new statement id, "
                + "or remove the existing statement.", errorCode(() -> lambda.addPermission(b -> b.functionName(name).statementId("sqs")
                .action("lambda:InvokeFunction").principal("sqs.amazonaws.com"))));
        lambda.removePermission(b -> b.functionName(name).statementId("sqs"));
        assertEquals("404 ResourceNotFoundException: The resource you requested does not exist.",
                errorCode(() -> lambda.getPolicy(b -> b.functionName(name))));

        String arn = "arn:aws:lambda:us-east-1:000000000000:function:" + name;
        lambda.tagResource(b -> b.resource(arn).tags(Map.of("env", "test")));
        assertEquals(Map.of("team", "a", "env", "test"), lambda.listTags(b -> b.resource(arn)).tags());
        lambda.untagResource(b -> b.resource(arn).tagKeys("team"));
        assertEquals(Map.of("env", "test"), lambda.getFunction(b -> b.functionName(name)).tags());
        lambda.deleteAlias(b -> b.functionName(name).name("live"));
        lambda.deleteFunction(b -> b.functionName(name).qualifier("1"));
        assertEquals(List.of("$LATEST"), lambda.listVersionsByFunction(b -> b.functionName(name)).versions().stream()
                .map(FunctionConfiguration::version).toList());
    }

    @Test
    void layersAreUnpackedWhereTheRuntimeFindsThem() throws Exception {
        String layerName = "greeting-" + UUID.randomUUID().toString().substring(0, 8);
        PublishLayerVersionResponse layer = lambda.publishLayerVersion(b -> b.layerName(layerName)
                .content(c -> c.zipFile(SdkBytes.fromByteArray(FunctionZips.of("layer")))).compatibleRuntimes(software.amazon.awssdk.services.lambda.model.Runtime.PYTHON3_12));
        assertEquals(1L, layer.version());
        assertEquals("arn:aws:lambda:us-east-1:000000000000:layer:" + layerName + ":1", layer.layerVersionArn());
        String name = python("layered", b -> b.layers(layer.layerVersionArn()));
        assertEquals("\"hello from a layer, ada\"", invoke(name, "{\"action\": \"layer\", \"name\": \"ada\"}").payload().asUtf8String());
        assertEquals(layer.layerVersionArn(), lambda.getFunctionConfiguration(b -> b.functionName(name)).layers().get(0).arn());
        assertEquals(List.of(1L), lambda.listLayerVersions(b -> b.layerName(layerName)).layerVersions().stream()
                .map(LayerVersionsListItem::version).toList());
        assertTrue(lambda.listLayers().layers().stream().anyMatch(l -> l.layerName().equals(layerName)));

        lambda.deleteLayerVersion(b -> b.layerName(layerName).versionNumber(1L));
        assertEquals("404 ResourceNotFoundException: The resource you requested does not exist.",
                errorCode(() -> lambda.getLayerVersion(b -> b.layerName(layerName).versionNumber(1L))));
        lambda.updateFunctionConfiguration(b -> b.functionName(name).timeout(4));
        assertEquals("\"hello from a layer, bo\"", invoke(name, "{\"action\": \"layer\", \"name\": \"bo\"}").payload().asUtf8String(),
                "a function keeps the layer versions it was given");
        assertEquals("400 InvalidParameterValueException: Layer version " + layer.layerVersionArn() + " does not exist.",
                errorCode(() -> lambda.updateFunctionConfiguration(b -> b.functionName(name).layers(layer.layerVersionArn()))));
        assertEquals(2L, lambda.publishLayerVersion(b -> b.layerName(layerName)
                .content(c -> c.zipFile(SdkBytes.fromByteArray(FunctionZips.of("layer"))))).version(), "version numbers are not reused");
    }

    @Test
    void nodeAndCustomRuntimesRunToo() throws Exception {
        String esm = create("node", "nodejs20.x", "index.handler", "node", b -> b.environment(e -> e.variables(Map.of("GREETING", "hi"))));
        JsonNode out = json(invoke(esm, "{\"k\": \"v\"}"));
        assertEquals("v", out.at("/event/k").asText());
        assertEquals("128", out.at("/memory").asText(), "Node's memoryLimitInMB is a string, as AWS's");
        assertEquals("hi", out.at("/greeting").asText());
        InvokeResponse failed = invoke(esm, "{\"action\": \"fail\"}");
        assertEquals("Unhandled", failed.functionError());
        assertEquals("TypeError", json(failed).get("errorType").asText());
        assertEquals("node boom", json(failed).get("errorMessage").asText());

        lambda.updateFunctionConfiguration(b -> b.functionName(esm).timeout(1));
        InvokeResponse nodeTimeout = invoke(esm, "{\"action\": \"sleep\", \"seconds\": 3}");
        assertEquals("Sandbox.Timedout", json(nodeTimeout).get("errorType").asText());

        String callback = create("nodecb", "nodejs22.x", "callback.handler", "node", b -> { });
        assertEquals(5, json(invoke(callback, "{\"a\": 2, \"b\": 3}")).at("/sum").asInt());

        String custom = create("custom", "provided.al2023", "unused", "provided", b -> { });
        JsonNode echoed = json(invoke(custom, "{\"n\": 7}"));
        assertEquals(7, echoed.at("/echo/n").asInt());
        assertEquals(custom, echoed.at("/function").asText());
        InvokeResponse customFailure = invoke(custom, "{\"fail\": true}");
        assertEquals("Unhandled", customFailure.functionError());
        assertEquals("Custom.Failure", json(customFailure).get("errorType").asText());
    }

    static String java(String prefix, String handler, java.util.function.Consumer<CreateFunctionRequest.Builder> more) throws Exception {
        byte[] jar = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("target/functions/java-sample.jar"));
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        CreateFunctionRequest.Builder b = CreateFunctionRequest.builder().functionName(name).runtime("java21").handler(handler).role(role)
                .memorySize(512).timeout(15).code(c -> c.zipFile(SdkBytes.fromByteArray(jar)));
        more.accept(b);
        lambda.createFunction(b.build());
        return name;
    }

    @Test
    void javaFunctionsRunThroughAwsRuntimeInterfaceClient() throws Exception {
        String hello = java("java", "example.Hello::handleRequest", b -> { });
        InvokeResponse r = lambda.invoke(b -> b.functionName(hello).payload(SdkBytes.fromUtf8String("{\"name\": \"duke\"}")).logType(LogType.TAIL));
        assertNull(r.functionError(), r.payload().asUtf8String());
        JsonNode out = json(r);
        assertEquals("hello duke", out.get("message").asText());
        assertEquals(r.responseMetadata().requestId(), out.get("requestId").asText());
        assertEquals(hello, out.get("functionName").asText());
        String tail = new String(Base64.getDecoder().decode(r.logResult()), StandardCharsets.UTF_8);
        assertTrue(tail.contains("Hello got name=duke") && tail.contains("Hello printed for request " + r.responseMetadata().requestId()), tail);
        assertTrue(tail.contains("\tInit Duration: "), tail);

        String streamer = java("jstream", "example.Streamer", b -> { });
        assertEquals("{\"A\":\"B\"}", invoke(streamer, "{\"a\":\"b\"}").payload().asUtf8String());

        String pojo = java("jpojo", "example.Pojo::handle", b -> { });
        JsonNode greeted = json(invoke(pojo, "{\"name\": \"ada\", \"times\": 2}"));
        assertTrue(greeted.toString().contains("ada"), greeted.toString());

        String fails = java("jfail", "example.Fails::handleRequest", b -> { });
        InvokeResponse failed = invoke(fails, "{}");
        assertEquals("Unhandled", failed.functionError());
        assertEquals("java.lang.IllegalStateException", json(failed).get("errorType").asText());
        assertEquals("boom", json(failed).get("errorMessage").asText());
        assertTrue(json(failed).get("stackTrace").isArray(), json(failed).toString());

        String sleeps = java("jsleep", "example.Sleeps::handleRequest", b -> b.timeout(1));
        InvokeResponse javaTimeout = invoke(sleeps, "{\"ms\": 3000}");
        assertEquals("Sandbox.Timedout", json(javaTimeout).get("errorType").asText());
        // 100 ms of the 1 s timeout: a busy CI machine once took over 500 ms more to answer one of 500.
        assertEquals(100, json(invoke(sleeps, "{\"ms\": 100}")).get("slept").asInt(), "a fresh environment after the timeout");

        String missing = java("jmissing", "example.Nope::handleRequest", b -> { });
        InvokeResponse initFailed = invoke(missing, "{}");
        assertEquals("Unhandled", initFailed.functionError());
        assertEquals("java.lang.ClassNotFoundException", json(initFailed).get("errorType").asText(), "AWS's runtime client reports a missing class");
        assertEquals("Class not found: example.Nope", json(initFailed).get("errorMessage").asText());
    }

    @Test
    void theSdkInsideAFunctionReachesStratus() throws Exception {
        String name = python("sdk", b -> b.timeout(30));
        String queue = "from-function-" + UUID.randomUUID().toString().substring(0, 8);
        InvokeResponse r = invoke(name, "{\"action\": \"sqs\", \"queue\": \"" + queue + "\"}");
        assertNull(r.functionError(), r.payload().asUtf8String());
        try (SqsClient sqs = Clients.sqs(STRATUS.endpoint())) {
            String url = sqs.getQueueUrl(b -> b.queueName(queue)).queueUrl();
            assertEquals("from " + name, sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(5)).messages().get(0).body());
        }
    }

    /** Issue 11: packages with such entries were accepted and failed only at the first Invoke. */
    @Test
    void packagesWithEntriesOutsideThemOrSymbolicLinksAreRefusedAtUpload() {
        String name = python("unsafe", b -> { });
        String layer = "unsafe-layer-" + UUID.randomUUID().toString().substring(0, 8);
        String refused = "400 InvalidParameterValueException: Could not unzip uploaded file. Please check your file, then try to upload again. The entry ";
        for (byte[] unsafe : List.of(FunctionZips.withEntry("../../escape.py", false), FunctionZips.withEntry("/tmp/escape.py", false),
                FunctionZips.withEntry("link", true))) {
            SdkBytes zip = SdkBytes.fromByteArray(unsafe);
            assertTrue(errorCode(() -> lambda.createFunction(b -> b.functionName("unsafe-new-" + name).runtime(software.amazon.awssdk.services.lambda.model.Runtime.PYTHON3_12)
                    .handler("app.handler").role(role).code(c -> c.zipFile(zip)))).startsWith(refused));
            assertTrue(errorCode(() -> lambda.updateFunctionCode(b -> b.functionName(name).zipFile(zip))).startsWith(refused));
            assertTrue(errorCode(() -> lambda.publishLayerVersion(b -> b.layerName(layer).content(c -> c.zipFile(zip)))).startsWith(refused));
        }
        assertEquals("404 ResourceNotFoundException: Function not found: arn:aws:lambda:us-east-1:000000000000:function:unsafe-new-" + name,
                errorCode(() -> lambda.getFunction(b -> b.functionName("unsafe-new-" + name))));
        assertNull(invoke(name, "{}").functionError(), "the refused update left the function's code as it was");
    }

    @Test
    void badInputGetsAwsErrors() {
        byte[] zip = FunctionZips.of("python");
        String name = python("bad", b -> { });
        assertEquals("409 ResourceConflictException: Function already exist: " + name,
                errorCode(() -> lambda.createFunction(b -> b.functionName(name).runtime(software.amazon.awssdk.services.lambda.model.Runtime.PYTHON3_12).handler("app.handler").role(role)
                        .code(c -> c.zipFile(SdkBytes.fromByteArray(zip))))));
        assertEquals("400 ValidationException: 1 validation error detected: Value '10241' at 'memorySize' failed to satisfy constraint: "
                + "Member must have value less than or equal to 10240",
                errorCode(() -> lambda.updateFunctionConfiguration(b -> b.functionName(name).memorySize(10241))));
        assertEquals("400 ValidationException: 1 validation error detected: Value '901' at 'timeout' failed to satisfy constraint: "
                + "Member must have value less than or equal to 900",
                errorCode(() -> lambda.updateFunctionConfiguration(b -> b.functionName(name).timeout(901))));
        assertEquals("400 InvalidParameterValueException: Lambda was unable to configure your environment variables because the environment "
                + "variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used "
                + "in this request: AWS_REGION",
                errorCode(() -> lambda.updateFunctionConfiguration(b -> b.functionName(name).environment(e -> e.variables(Map.of("AWS_REGION", "x"))))));
        String big = "v".repeat(4100);
        assertTrue(errorCode(() -> lambda.updateFunctionConfiguration(b -> b.functionName(name).environment(e -> e.variables(Map.of("BIG", big)))))
                .startsWith("400 InvalidParameterValueException: Lambda was unable to configure your environment variables because the environment "
                        + "variables you have provided exceeded the 4KB limit. String measured: {\"BIG\":\"vvv"));
        assertEquals("400 InvalidParameterValueException: Could not unzip uploaded file. Please check your file, then try to upload again.",
                errorCode(() -> lambda.updateFunctionCode(b -> b.functionName(name).zipFile(SdkBytes.fromUtf8String("not a zip")))));
        assertEquals("400 InvalidParameterValueException: The runtime parameter of python2.7 is no longer supported for creating or updating "
                + "AWS Lambda functions. We recommend you use a supported runtime while creating or updating functions.",
                errorCode(() -> lambda.createFunction(b -> b.functionName("old-" + name).runtime(software.amazon.awssdk.services.lambda.model.Runtime.PYTHON2_7).handler("app.handler").role(role)
                        .code(c -> c.zipFile(SdkBytes.fromByteArray(zip))))));
        assertTrue(errorCode(() -> lambda.createFunction(b -> b.functionName("role-" + name).runtime(software.amazon.awssdk.services.lambda.model.Runtime.PYTHON3_12).handler("app.handler")
                .role("not-a-role").code(c -> c.zipFile(SdkBytes.fromByteArray(zip))))).startsWith("400 ValidationException: 1 validation error detected: "
                + "Value 'not-a-role' at 'role' failed to satisfy constraint"));
        assertEquals("400 InvalidRequestContentException", errorCode(() -> invoke(name, "{not json")).split(":")[0]);
        assertEquals("400 InvalidParameterValueException: The derived qualifier from the function name does not match the specified qualifier.",
                errorCode(() -> lambda.invoke(b -> b.functionName(name + ":1").qualifier("2"))));
        assertEquals("404 ResourceNotFoundException: Function not found: arn:aws:lambda:us-east-1:000000000000:function:" + name + ":7",
                errorCode(() -> lambda.invoke(b -> b.functionName(name).qualifier("7"))));
        assertEquals("413 RequestEntityTooLargeException: Request must be smaller than 6291456 bytes for the InvokeFunction operation",
                errorCode(() -> invoke(name, "\"" + "x".repeat(6 * 1024 * 1024) + "\"")));
        assertEquals(204, lambda.invoke(b -> b.functionName(name).invocationType(InvocationType.DRY_RUN)).statusCode());
        assertNotEquals(0, lambda.getAccountSettings(b -> { }).accountUsage().functionCount());
    }
}
