package dev.stratus.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Lambda load generator for bench/lambda: no-op functions of each runtime invoked through the AWS
 * SDK for Java v2 {@link LambdaClient} (Apache HTTP client, keep-alive, retries off) against a
 * Stratus on 127.0.0.1. Per runtime:
 * <ol>
 *   <li>cold starts: the first invocation of a fresh environment, got by UpdateFunctionConfiguration
 *       (a changed variable retires the old environments) and by a newly created function; client
 *       round trip and the REPORT line's Init Duration (LogType=Tail);</li>
 *   <li>warm latency with one client thread: round trip p50/p99/p99.9, and on every
 *       {@code --tail-every}-th call the added latency, round trip minus the REPORT line's Duration;</li>
 *   <li>throughput with each of {@code --threads} client threads.</li>
 * </ol>
 * Then asynchronous invocations: {@code --async} InvocationType=Event invokes of the Python no-op
 * from {@code --async-threads} threads, with an on-success SQS destination whose messages are the
 * completion signal: accept p50/p99, the time to drain, and the execution environments the burst
 * started (new log streams of the function, one per environment). The CPU of the server, of this client and of the runtime processes is taken
 * from /proc during every phase ({@link ProcCpu}). Writes a Markdown report to {@code --out}.
 *
 * <pre>
 * java -cp stratus-bench.jar dev.stratus.bench.LambdaBench --endpoint http://127.0.0.1:4566 --server-pid PID \
 *      [--runtimes python3.12,nodejs20.x,provided.al2023,java21] [--seconds 10] [--warmup 3] [--threads 8,32]
 *      [--cold 10] [--async 2000] [--async-threads 8] [--tail-every 10] [--python /usr/bin/python3] [--out report.md]
 * </pre>
 */
public final class LambdaBench {
    static final Pattern REPORT_DURATION = Pattern.compile("REPORT RequestId: \\S+\\tDuration: ([0-9.]+) ms");
    static final Pattern INIT_DURATION = Pattern.compile("\\tInit Duration: ([0-9.]+) ms");
    static final Pattern REQUEST_ID = Pattern.compile("\"requestId\"\\s*:\\s*\"([^\"]+)\"");
    static final long MAX_OPS_PER_THREAD = 10_000_000;
    static final long HIST_MAX_US = 120_000_000L;

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        LambdaBench bench = new LambdaBench(o);
        String report;
        try {
            report = bench.runAll();
        } finally {
            bench.close();
        }
        if (o.out != null) Files.writeString(Path.of(o.out), report, StandardCharsets.UTF_8);
    }

    /** Command-line options. */
    static final class Options {
        String endpoint, python = "python3", out, javaCode, javaHandler;
        List<String> runtimes = List.of("python3.12", "nodejs20.x", "provided.al2023", "java21");
        int seconds = 10, warmup = 3, cold = 10, async = 2000, asyncThreads = 8, tailEvery = 10, memory = 256;
        int asyncTimeout = 90, serverWarmup = 5, quietMax = 20;
        double quietCores = 0.3;
        int[] threads = {8, 32};
        long serverPid = -1;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String v = i + 1 < args.length ? args[i + 1] : null;
                if (v == null && !a.equals("--help")) usage("missing value after " + a);
                switch (a) {
                    case "--endpoint" -> o.endpoint = v;
                    case "--runtimes" -> o.runtimes = Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
                    case "--seconds" -> o.seconds = Integer.parseInt(v);
                    case "--warmup" -> o.warmup = Integer.parseInt(v);
                    case "--threads" -> o.threads = Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                            .mapToInt(Integer::parseInt).toArray();
                    case "--cold" -> o.cold = Integer.parseInt(v);
                    case "--async" -> o.async = Integer.parseInt(v);
                    case "--async-threads" -> o.asyncThreads = Integer.parseInt(v);
                    case "--async-timeout" -> o.asyncTimeout = Integer.parseInt(v);
                    case "--tail-every" -> o.tailEvery = Integer.parseInt(v);
                    case "--server-warmup" -> o.serverWarmup = Integer.parseInt(v);
                    case "--quiet-max" -> o.quietMax = Integer.parseInt(v);
                    case "--quiet-cores" -> o.quietCores = Double.parseDouble(v);
                    case "--memory" -> o.memory = Integer.parseInt(v);
                    case "--python" -> o.python = v;
                    case "--java-code" -> o.javaCode = v;
                    case "--java-handler" -> o.javaHandler = v;
                    case "--server-pid" -> o.serverPid = Long.parseLong(v);
                    case "--out" -> o.out = v;
                    default -> usage("unknown argument " + a);
                }
                i++;
            }
            if (o.endpoint == null) usage("--endpoint is required");
            String host = URI.create(o.endpoint).getHost();
            if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) usage("endpoint must be 127.0.0.1");
            if (o.seconds < 1 || o.seconds > 3600 || o.warmup < 0 || o.warmup > 600 || o.cold < 0 || o.cold > 1000
                    || o.async < 0 || o.async > 1_000_000 || o.asyncThreads < 1 || o.asyncThreads > 256 || o.tailEvery < 1
                    || o.memory < 128 || o.memory > 10240 || o.threads.length == 0 || o.serverWarmup < 0 || o.serverWarmup > 600
                    || Arrays.stream(o.threads).anyMatch(t -> t < 1 || t > 256)) {
                usage("seconds 1..3600, warmup 0..600, cold 0..1000, async 0..1000000, threads 1..256, memory 128..10240");
            }
            return o;
        }
    }

    static void usage(String why) {
        PrintStream e = System.err;
        e.println("lambda-bench: " + why);
        e.println("usage: --endpoint http://127.0.0.1:PORT [--server-pid PID] [--runtimes LIST] [--seconds S] [--warmup S]"
                + " [--threads N,M] [--server-warmup S] [--cold N] [--async N] [--async-threads N] [--async-timeout S] [--tail-every N]"
                + " [--memory MB] [--quiet-max S] [--quiet-cores C] [--python PATH] [--java-code JAR --java-handler H] [--out FILE]");
        System.exit(2);
    }

    // ---- results ---------------------------------------------------------------------------------

    record Latency(String runtime, long invokes, long errors, Histogram rt, Histogram added, Histogram duration,
                   ProcCpu.Usage cpu, String firstError) {}

    record Throughput(String runtime, int threads, long invokes, long errors, double seconds, Histogram rt,
                      ProcCpu.Usage cpu, String firstError) {
        double perSecond() { return invokes / seconds; }
    }

    record Cold(String runtime, String method, List<Double> roundTripMs, List<Double> initMs, List<Double> durationMs,
                int errors, String firstError) {}

    record Async(int sent, int accepted, long errors, double acceptSeconds, Histogram rt, double firstDoneSeconds,
                 double allDoneSeconds, int delivered, int distinct, int successes, int failures, String firstFailure,
                 boolean timedOut, ProcCpu.Usage acceptCpu, ProcCpu.Usage runCpu, int environmentsStarted, String firstError) {}

    // ---- set-up ----------------------------------------------------------------------------------

    final Options o;
    final LambdaClient lambda;
    final SqsClient sqs;
    /** Counts the log streams of a function's log group: each execution environment writes its own. */
    final CloudWatchLogsClient logs;
    /** The functions' execution role, made before any function as AWS requires. */
    final String role;
    final String nonce = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    final List<Latency> latencies = new ArrayList<>();
    final List<Throughput> throughputs = new ArrayList<>();
    final List<Cold> colds = new ArrayList<>();
    final Map<String, String> skipped = new LinkedHashMap<>();
    final Map<String, String> notes = new LinkedHashMap<>();
    Async async;
    /** Invoke with InvocationType=DryRun: the SDK, HTTP and Stratus's Invoke front end, no function run. */
    Histogram dryRun;
    ProcCpu.Usage dryRunCpu;
    long dryRunCalls;
    boolean serverWarmedUp;
    final AtomicLong payloadSeq = new AtomicLong();

    LambdaBench(Options o) {
        this.o = o;
        int maxThreads = Math.max(o.asyncThreads, Arrays.stream(o.threads).max().orElse(1));
        StaticCredentialsProvider creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        this.lambda = LambdaClient.builder()
                .endpointOverride(URI.create(o.endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(creds)
                .httpClientBuilder(ApacheHttpClient.builder()
                        .maxConnections(maxThreads * 2)
                        .tcpKeepAlive(true)
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(120)))
                .overrideConfiguration(c -> c
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(120)))
                .build();
        this.sqs = SqsClient.builder()
                .endpointOverride(URI.create(o.endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(creds)
                .httpClientBuilder(ApacheHttpClient.builder().maxConnections(4).connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30)))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()).apiCallTimeout(Duration.ofSeconds(30)))
                .build();
        this.logs = CloudWatchLogsClient.builder()
                .endpointOverride(URI.create(o.endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(creds)
                .httpClientBuilder(ApacheHttpClient.builder().maxConnections(2).connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30)))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()).apiCallTimeout(Duration.ofSeconds(30)))
                .build();
        this.role = Grants.lambdaRole(o.endpoint);
    }

    void close() {
        lambda.close();
        sqs.close();
        logs.close();
    }

    /**
     * Execution environments the function has started so far: as in AWS, each writes its own log
     * stream in /aws/lambda/NAME (its first line, INIT_START, is written as it starts).
     */
    int environmentsStarted(String function) {
        int n = 0;
        try {
            for (var page : logs.describeLogStreamsPaginator(b -> b.logGroupName("/aws/lambda/" + function))) {
                n += page.logStreams().size();
            }
        } catch (software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException noLogsYet) {
            // Log lines reach CloudWatch Logs a few milliseconds after they are written.
        }
        return n;
    }

    /** {@link #environmentsStarted}, once at least {@code least} have written their first line (up to 5 s). */
    int environmentsStarted(String function, int least) {
        long until = System.nanoTime() + 5_000_000_000L;
        int n = environmentsStarted(function);
        while (n < least && System.nanoTime() < until) {
            sleep(20);
            n = environmentsStarted(function);
        }
        return n;
    }

    static void log(String s) {
        System.err.println("[lambda-bench] " + s);
    }

    /** A function's deployment package and handler for a runtime. */
    record Code(byte[] zip, String handler, String description) {}

    Code code(String runtime) throws IOException {
        if (runtime.startsWith("python")) {
            return new Code(zip(Map.of("handler.py", resource("functions/python/handler.py")), Set.of()), "handler.handler",
                    "`def handler(event, context): return event`");
        }
        if (runtime.startsWith("nodejs")) {
            return new Code(zip(Map.of("index.js", resource("functions/nodejs/index.js")), Set.of()), "index.handler",
                    "`exports.handler = async (event) => event`");
        }
        if (runtime.startsWith("provided")) {
            String bootstrap = new String(resource("functions/provided-python/bootstrap"), StandardCharsets.UTF_8);
            bootstrap = bootstrap.replaceFirst("^#![^\n]*", "#!" + Matcher.quoteReplacement(o.python));
            return new Code(zip(Map.of("bootstrap", bootstrap.getBytes(StandardCharsets.UTF_8)), Set.of("bootstrap")), "bootstrap",
                    "its own `bootstrap`: a custom runtime in Python (standard library only, one persistent socket) that echoes the event");
        }
        if (runtime.startsWith("java")) {
            if (o.javaCode != null) {
                return new Code(Files.readAllBytes(Path.of(o.javaCode)), o.javaHandler == null ? "example.Hello::handleRequest" : o.javaHandler,
                        "`" + Path.of(o.javaCode).getFileName() + "`");
            }
            String cls = "dev/stratus/bench/fn/JavaNoop.class";
            return new Code(zip(Map.of(cls, resource(cls)), Set.of()), "dev.stratus.bench.fn.JavaNoop::handleRequest",
                    "`Map handleRequest(Map event) { return event; }` (a POJO handler, JDK only)");
        }
        throw new IllegalArgumentException("no sample function for runtime " + runtime);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = LambdaBench.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return in.readAllBytes();
        }
    }

    /** A zip with Unix permissions (an executable bootstrap must stay executable). */
    static byte[] zip(Map<String, byte[]> files, Set<String> executable) throws IOException {
        Path tmp = Files.createTempFile("stratus-bench-fn", ".zip");
        Files.delete(tmp);
        try {
            try (FileSystem fs = FileSystems.newFileSystem(tmp, Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
                for (Map.Entry<String, byte[]> e : files.entrySet()) {
                    Path p = fs.getPath(e.getKey());
                    if (p.getParent() != null) Files.createDirectories(p.getParent());
                    Files.write(p, e.getValue());
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                            executable.contains(e.getKey()) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
            return Files.readAllBytes(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String shortName(String runtime) {
        return runtime.replaceAll("[^A-Za-z0-9]", "");
    }

    void createFunction(String name, String runtime, Code code, Map<String, String> vars) {
        int memory = runtime.startsWith("java") ? Math.max(o.memory, 512) : o.memory;
        lambda.createFunction(b -> b.functionName(name).runtime(runtime).role(role).handler(code.handler())
                .memorySize(memory).timeout(60).code(c -> c.zipFile(SdkBytes.fromByteArray(code.zip())))
                .environment(e -> e.variables(vars)));
        waitReady(name);
    }

    /** Waits until the function is Active and its last update done (Stratus: at once; AWS: seconds). */
    void waitReady(String name) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            GetFunctionConfigurationResponse c = lambda.getFunctionConfiguration(b -> b.functionName(name));
            boolean active = "Active".equals(c.stateAsString());
            boolean updated = c.lastUpdateStatusAsString() == null || "Successful".equals(c.lastUpdateStatusAsString());
            if (active && updated) return;
            if ("Failed".equals(c.stateAsString()) || "Failed".equals(c.lastUpdateStatusAsString())) {
                throw new IllegalStateException(name + " failed: " + c.stateReason() + " " + c.lastUpdateStatusReason());
            }
            if (System.nanoTime() > deadline) throw new IllegalStateException(name + " not Active after 30 s: " + c.stateAsString());
            sleep(2);
        }
    }

    void deleteFunction(String name) {
        try {
            lambda.deleteFunction(b -> b.functionName(name));
        } catch (RuntimeException e) {
            log("could not delete " + name + ": " + e);
        }
    }

    SdkBytes payload() {
        return SdkBytes.fromUtf8String("{\"bench\":\"lambda\",\"seq\":" + payloadSeq.incrementAndGet() + "}");
    }

    /** A synchronous invoke; a function error or a non-200 is an exception. */
    InvokeResponse invoke(String name, boolean tail) {
        InvokeResponse r = lambda.invoke(b -> {
            b.functionName(name).payload(payload());
            if (tail) b.logType(LogType.TAIL);
        });
        if (r.statusCode() != 200 || r.functionError() != null) {
            throw new IllegalStateException("status " + r.statusCode() + ", FunctionError " + r.functionError() + ": "
                    + r.payload().asUtf8String());
        }
        return r;
    }

    static String tail(InvokeResponse r) {
        return r.logResult() == null ? "" : new String(Base64.getDecoder().decode(r.logResult()), StandardCharsets.UTF_8);
    }

    static double reportValue(Pattern p, String log) {
        Matcher m = p.matcher(log);
        double v = Double.NaN;
        while (m.find()) v = Double.parseDouble(m.group(1)); // the last REPORT line is this invocation's
        return v;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    static String describe(Throwable e) {
        String m = e.getClass().getSimpleName() + ": " + e.getMessage();
        return m.replaceAll("[\\t\\r\\n|]+", " ");
    }

    // ---- the run ---------------------------------------------------------------------------------

    String runAll() throws Exception {
        for (String runtime : o.runtimes) {
            runRuntime(runtime);
        }
        if (o.async > 0) runAsync();
        return report();
    }

    void runRuntime(String runtime) throws Exception {
        Code code;
        try {
            code = code(runtime);
        } catch (IllegalArgumentException | IOException e) {
            skipped.put(runtime, describe(e));
            return;
        }
        notes.put(runtime, code.description());
        String name = "bench-" + shortName(runtime) + "-" + nonce;
        log(runtime + ": creating " + name + " and probing it");
        try {
            createFunction(name, runtime, code, Map.of("BENCH_GENERATION", "0"));
        } catch (RuntimeException e) {
            skipped.put(runtime, "CreateFunction failed: " + describe(e));
            return;
        }
        try {
            try {
                long t0 = System.nanoTime();
                InvokeResponse r = invoke(name, true);
                log(runtime + ": first invoke " + fmt("%.1f", (System.nanoTime() - t0) / 1e6) + " ms, Init Duration "
                        + reportValue(INIT_DURATION, tail(r)) + " ms");
            } catch (RuntimeException e) {
                skipped.put(runtime, "the first invocation failed: " + describe(e));
                return;
            }
            if (!serverWarmedUp) {
                serverWarmedUp = true;
                if (o.serverWarmup > 0) {
                    log(runtime + ": warming up Stratus (JIT), 8 threads for " + o.serverWarmup + " s, not measured");
                    parallel(8, o.serverWarmup, name, null);
                }
                dryRun(name);
            }
            if (o.cold > 0) {
                // Background work a runtime's first start may trigger (the Java launcher trains a class
                // archive 2 s after it) is let finish first: waitQuiet waits for it once it runs.
                sleep(3000);
                colds.add(coldByUpdate(runtime, name));
                colds.add(coldByCreate(runtime, code));
            }
            latencies.add(latency(runtime, name));
            for (int t : o.threads) throughputs.add(throughput(runtime, name, t));
        } finally {
            deleteFunction(name); // retires its environments, so the next runtime runs alone
            sleep(300);
        }
    }

    /** Cold starts by UpdateFunctionConfiguration: a new variable value retires the old environments. */
    Cold coldByUpdate(String runtime, String name) {
        waitQuiet(runtime + " cold starts");
        log(runtime + ": " + o.cold + " cold starts after UpdateFunctionConfiguration");
        List<Double> rts = new ArrayList<>(), inits = new ArrayList<>(), durs = new ArrayList<>();
        int errors = 0;
        String first = null;
        for (int i = 1; i <= o.cold; i++) {
            int gen = i;
            try {
                lambda.updateFunctionConfiguration(b -> b.functionName(name).environment(e -> e.variables(Map.of("BENCH_GENERATION", Integer.toString(gen)))));
                waitReady(name);
                sleep(50); // let the machine settle after the update
                long t0 = System.nanoTime();
                InvokeResponse r = invoke(name, true);
                double rt = (System.nanoTime() - t0) / 1e6;
                String log = tail(r);
                double init = reportValue(INIT_DURATION, log);
                if (Double.isNaN(init)) throw new IllegalStateException("no Init Duration in the REPORT line: the environment was not fresh");
                rts.add(rt);
                inits.add(init);
                durs.add(reportValue(REPORT_DURATION, log));
            } catch (RuntimeException e) {
                errors++;
                if (first == null) first = describe(e);
            }
        }
        return new Cold(runtime, "UpdateFunctionConfiguration", rts, inits, durs, errors, first);
    }

    /** Cold starts of newly created functions (one unmeasured first, so the runtime's files are in the page cache). */
    Cold coldByCreate(String runtime, Code code) {
        log(runtime + ": " + o.cold + " cold starts of new functions");
        List<Double> rts = new ArrayList<>(), inits = new ArrayList<>(), durs = new ArrayList<>();
        int errors = 0;
        String first = null;
        for (int i = 0; i <= o.cold; i++) {
            String name = "bench-cold-" + shortName(runtime) + "-" + nonce + "-" + i;
            try {
                createFunction(name, runtime, code, Map.of("BENCH_GENERATION", "0"));
                sleep(50);
                long t0 = System.nanoTime();
                InvokeResponse r = invoke(name, true);
                double rt = (System.nanoTime() - t0) / 1e6;
                String log = tail(r);
                double init = reportValue(INIT_DURATION, log);
                if (Double.isNaN(init)) throw new IllegalStateException("no Init Duration in the REPORT line");
                if (i > 0) {
                    rts.add(rt);
                    inits.add(init);
                    durs.add(reportValue(REPORT_DURATION, log));
                }
            } catch (RuntimeException e) {
                errors++;
                if (first == null) first = describe(e);
            } finally {
                deleteFunction(name);
            }
        }
        return new Cold(runtime, "CreateFunction", rts, inits, durs, errors, first);
    }

    /** One client thread: warm round trips; on every tail-every-th call, round trip minus the REPORT Duration. */
    Latency latency(String runtime, String name) {
        log(runtime + ": warm latency, 1 thread, " + o.warmup + " s warm-up + " + o.seconds + " s");
        waitQuiet(runtime + " latency");
        runFor(o.warmup, () -> invoke(name, false));
        Histogram rt = new Histogram(HIST_MAX_US, 3), added = new Histogram(HIST_MAX_US, 3), dur = new Histogram(HIST_MAX_US, 3);
        long invokes = 0, errors = 0;
        String first = null;
        ProcCpu cpu = new ProcCpu(o.serverPid).begin();
        long deadline = System.nanoTime() + o.seconds * 1_000_000_000L;
        for (long seq = 0; seq < MAX_OPS_PER_THREAD; seq++) {
            long t0 = System.nanoTime();
            if (t0 >= deadline) break;
            boolean tail = seq % o.tailEvery == 0;
            try {
                InvokeResponse r = invoke(name, tail);
                long us = Math.max(1, (System.nanoTime() - t0) / 1000);
                rt.recordValue(Math.min(us, HIST_MAX_US));
                invokes++;
                if (tail) {
                    double d = reportValue(REPORT_DURATION, tail(r));
                    if (!Double.isNaN(d)) {
                        long dUs = Math.round(d * 1000);
                        dur.recordValue(Math.max(1, Math.min(dUs, HIST_MAX_US)));
                        added.recordValue(Math.max(1, Math.min(us - dUs, HIST_MAX_US)));
                    }
                }
            } catch (RuntimeException e) {
                errors++;
                if (first == null) first = describe(e);
            }
        }
        ProcCpu.Usage usage = cpu.end();
        Latency l = new Latency(runtime, invokes, errors, rt, added, dur, usage, first);
        log(fmt("%s: p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms; added p50 %.2f p99 %.2f ms", runtime, ms(rt, 50), ms(rt, 99),
                ms(rt, 99.9), ms(added, 50), ms(added, 99)));
        return l;
    }

    /** One client thread of DryRun invokes: the floor under every synchronous invoke's round trip. */
    void dryRun(String name) {
        int secs = Math.max(1, Math.min(o.seconds, 5));
        log("DryRun invokes, 1 thread, " + secs + " s");
        runFor(1, () -> lambda.invoke(b -> b.functionName(name).invocationType(InvocationType.DRY_RUN).payload(payload())));
        Histogram h = new Histogram(HIST_MAX_US, 3);
        ProcCpu cpu = new ProcCpu(o.serverPid).begin();
        long deadline = System.nanoTime() + secs * 1_000_000_000L, n = 0;
        while (System.nanoTime() < deadline) {
            long t0 = System.nanoTime();
            InvokeResponse r = lambda.invoke(b -> b.functionName(name).invocationType(InvocationType.DRY_RUN).payload(payload()));
            if (r.statusCode() != 204) throw new IllegalStateException("DryRun answered " + r.statusCode());
            h.recordValue(Math.min(HIST_MAX_US, Math.max(1, (System.nanoTime() - t0) / 1000)));
            n++;
        }
        dryRunCpu = cpu.end();
        dryRun = h;
        dryRunCalls = n;
        log(fmt("DryRun: p50 %.2f ms, p99 %.2f ms", ms(h, 50), ms(h, 99)));
    }

    /** Seconds waited for a quiet machine before each measured phase, by phase. */
    final Map<String, String> quietWaits = new LinkedHashMap<>();

    /**
     * Waits (at most --quiet-max seconds) until every process but this load generator uses less than
     * --quiet-cores cores over half a second: the machine may be shared with other work, and Stratus
     * may be busy in the background (a Java runtime's class-archive training run after its first start).
     */
    void waitQuiet(String phase) {
        if (o.quietMax <= 0 || o.serverPid <= 0) return;
        long t0 = System.nanoTime(), deadline = t0 + o.quietMax * 1_000_000_000L;
        double other;
        do {
            ProcCpu probe = new ProcCpu(o.serverPid).begin();
            sleep(500);
            ProcCpu.Usage u = probe.end();
            other = u.machineCores() - u.clientCores();
        } while (other >= o.quietCores && System.nanoTime() < deadline);
        double waited = (System.nanoTime() - t0) / 1e9;
        boolean quiet = other < o.quietCores;
        if (waited > 1 || !quiet) {
            log(fmt("%s: waited %.1f s for a quiet machine%s", phase, waited, quiet ? "" : fmt(" — still %.2f cores busy besides the load generator", other)));
        }
        quietWaits.put(phase, fmt("%.1f s%s", waited, quiet ? "" : fmt(" (not quiet: %.2f cores busy)", other)));
    }

    void runFor(int seconds, Runnable op) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                op.run();
            } catch (RuntimeException ignored) {
                // warm-up errors show again in the measured phase
            }
        }
    }

    /** N client threads, each invoking back to back; the function's environments scale out during the warm-up. */
    Throughput throughput(String runtime, String name, int threads) throws InterruptedException {
        log(runtime + ": throughput, " + threads + " threads, " + o.warmup + " s warm-up + " + o.seconds + " s");
        waitQuiet(runtime + " throughput " + threads);
        if (o.warmup > 0) parallel(threads, o.warmup, name, null);
        ProcCpu cpu = new ProcCpu(o.serverPid).begin();
        long[] counts = new long[2];
        AtomicReference<String> first = new AtomicReference<>();
        long t0 = System.nanoTime();
        Histogram h = parallel(threads, o.seconds, name, new Object[] {counts, first});
        double secs = (System.nanoTime() - t0) / 1e9;
        ProcCpu.Usage usage = cpu.end();
        Throughput t = new Throughput(runtime, threads, counts[0], counts[1], secs, h, usage, first.get());
        log(fmt("%s: %d threads: %.0f invokes/s, p50 %.2f ms, p99 %.2f ms, %d errors, %d environments; cores: server %.2f,"
                        + " client %.2f, runtimes %.2f, other %.2f", runtime, threads, t.perSecond(), ms(h, 50), ms(h, 99),
                t.errors(), usage.peakRuntimes(), usage.serverCores(), usage.clientCores(), usage.runtimeCores(), usage.otherCores()));
        return t;
    }

    @SuppressWarnings("unchecked")
    Histogram parallel(int threads, int seconds, String name, Object[] sink) throws InterruptedException {
        Histogram[] hist = new Histogram[threads];
        long[] ok = new long[threads], err = new long[threads];
        AtomicReference<String> first = new AtomicReference<>();
        CountDownLatch go = new CountDownLatch(1);
        long[] deadline = new long[1];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int id = t;
            hist[t] = new Histogram(HIST_MAX_US, 3);
            workers[t] = Thread.ofPlatform().name("bench-" + t).start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                long end = deadline[0];
                for (long seq = 0; seq < MAX_OPS_PER_THREAD; seq++) {
                    long s = System.nanoTime();
                    if (s >= end) break;
                    try {
                        invoke(name, false);
                        hist[id].recordValue(Math.min(HIST_MAX_US, Math.max(1, (System.nanoTime() - s) / 1000)));
                        ok[id]++;
                    } catch (RuntimeException e) {
                        err[id]++;
                        first.compareAndSet(null, describe(e));
                    }
                }
            });
        }
        deadline[0] = System.nanoTime() + seconds * 1_000_000_000L;
        go.countDown();
        for (Thread w : workers) w.join();
        Histogram all = new Histogram(HIST_MAX_US, 3);
        for (int t = 0; t < threads; t++) all.add(hist[t]);
        if (sink != null) {
            long[] counts = (long[]) sink[0];
            counts[0] = Arrays.stream(ok).sum();
            counts[1] = Arrays.stream(err).sum();
            ((AtomicReference<String>) sink[1]).set(first.get());
        }
        return all;
    }

    static Histogram merged(Histogram[] parts) {
        Histogram h = new Histogram(HIST_MAX_US, 3);
        for (Histogram x : parts) h.add(x);
        return h;
    }

    /**
     * Asynchronous invocations of the Python no-op: N Event invokes from the async threads as fast
     * as they go; each success is delivered to an SQS queue (the on-success destination), whose
     * message count is the completion signal. The messages are then received to check that every
     * request ran once.
     */
    void runAsync() throws InterruptedException {
        String runtime = o.runtimes.stream().filter(r -> r.startsWith("python")).findFirst().orElse("python3.12");
        String name = "bench-async-" + nonce;
        String queue = "bench-async-done-" + nonce, failedQueue = "bench-async-failed-" + nonce;
        log("async: " + o.async + " Event invokes of " + runtime + " from " + o.asyncThreads + " threads");
        String queueUrl = sqs.createQueue(b -> b.queueName(queue)).queueUrl();
        String failedUrl = sqs.createQueue(b -> b.queueName(failedQueue)).queueUrl();
        try {
            String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes().get(QueueAttributeName.QUEUE_ARN);
            String failedArn = sqs.getQueueAttributes(b -> b.queueUrl(failedUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes().get(QueueAttributeName.QUEUE_ARN);
            createFunction(name, runtime, code(runtime), Map.of());
            lambda.putFunctionEventInvokeConfig(b -> b.functionName(name).maximumRetryAttempts(0)
                    .destinationConfig(d -> d.onSuccess(s -> s.destination(queueArn)).onFailure(f -> f.destination(failedArn))));
            invoke(name, false); // one warm environment to start from, as a function in use has
            waitQuiet("async");
            if (sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                    .attributes().get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES).equals("0") == false) {
                throw new IllegalStateException("the destination queue is not empty before the run");
            }

            AtomicLong next = new AtomicLong();
            long[] ok = new long[o.asyncThreads], err = new long[o.asyncThreads];
            Histogram[] hist = new Histogram[o.asyncThreads];
            AtomicReference<String> first = new AtomicReference<>();
            CountDownLatch go = new CountDownLatch(1);
            Thread[] workers = new Thread[o.asyncThreads];
            for (int t = 0; t < o.asyncThreads; t++) {
                int id = t;
                hist[t] = new Histogram(HIST_MAX_US, 3);
                workers[t] = Thread.ofPlatform().name("bench-async-" + t).start(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    while (next.getAndIncrement() < o.async) {
                        long s = System.nanoTime();
                        try {
                            InvokeResponse r = lambda.invoke(b -> b.functionName(name).invocationType(InvocationType.EVENT).payload(payload()));
                            if (r.statusCode() != 202) throw new IllegalStateException("status " + r.statusCode());
                            hist[id].recordValue(Math.min(HIST_MAX_US, Math.max(1, (System.nanoTime() - s) / 1000)));
                            ok[id]++;
                        } catch (RuntimeException e) {
                            err[id]++;
                            first.compareAndSet(null, describe(e));
                        }
                    }
                });
            }
            int environmentsBefore = environmentsStarted(name, 1);
            ProcCpu acceptCpu = new ProcCpu(o.serverPid);
            ProcCpu runCpu = new ProcCpu(o.serverPid).begin();
            acceptCpu.begin();
            long t0 = System.nanoTime();
            go.countDown();
            // The completion watcher polls the queue while the senders run, so the first completion is seen when it happens.
            double firstDone = Double.NaN;
            int delivered = 0;
            boolean sendersDone = false;
            double acceptSecs = Double.NaN;
            ProcCpu.Usage acceptUsage = null;
            long deadline = t0 + o.asyncTimeout * 1_000_000_000L;
            int accepted = 0;
            while (true) {
                if (!sendersDone && Arrays.stream(workers).noneMatch(Thread::isAlive)) {
                    sendersDone = true;
                    acceptSecs = (System.nanoTime() - t0) / 1e9;
                    acceptUsage = acceptCpu.end();
                    accepted = (int) Arrays.stream(ok).sum();
                    log(fmt("async: %d accepted in %.2f s (%.0f/s), %d errors", accepted, acceptSecs, accepted / acceptSecs,
                            Arrays.stream(err).sum()));
                }
                delivered = queued(queueUrl) + queued(failedUrl);
                if (delivered > 0 && Double.isNaN(firstDone)) firstDone = (System.nanoTime() - t0) / 1e9;
                if (sendersDone && delivered >= accepted) break;
                if (System.nanoTime() > deadline) break;
                sleep(20);
            }
            double allDone = (System.nanoTime() - t0) / 1e9;
            ProcCpu.Usage runUsage = runCpu.end();
            boolean timedOut = delivered < accepted || !sendersDone;
            if (!sendersDone) {
                for (Thread w : workers) w.join();
                acceptUsage = acceptCpu.end();
                acceptSecs = (System.nanoTime() - t0) / 1e9;
                accepted = (int) Arrays.stream(ok).sum();
            }
            int environments = environmentsStarted(name) - environmentsBefore;
            log(fmt("async: %d of %d delivered to the destinations after %.2f s%s (%d environments started, peak %d runtime processes);"
                            + " accept p50 %.2f ms, p99 %.2f ms", delivered, accepted, allDone, timedOut ? " — timed out" : "", environments,
                    runUsage.peakRuntimes(), ms(merged(hist), 50), ms(merged(hist), 99)));
            int[] verified = drain(queueUrl, null);
            String[] firstFailure = new String[1];
            int[] failed = drain(failedUrl, firstFailure);
            if (failed[0] > 0) log("async: " + failed[0] + " events went to the on-failure destination; the first: " + firstFailure[0]);
            async = new Async(o.async, accepted, Arrays.stream(err).sum(), acceptSecs, merged(hist), firstDone, allDone, verified[0] + failed[0],
                    verified[1] + failed[1], verified[2], failed[0], firstFailure[0], timedOut, acceptUsage, runUsage, environments, first.get());
        } catch (IOException | RuntimeException e) {
            log("async failed: " + describe(e));
            skipped.put("async", describe(e));
        } finally {
            deleteFunction(name);
            for (String url : List.of(queueUrl, failedUrl)) {
                try {
                    sqs.deleteQueue(b -> b.queueUrl(url));
                } catch (RuntimeException e) {
                    log("could not delete " + url + ": " + e);
                }
            }
        }
    }

    int queued(String url) {
        Map<QueueAttributeName, String> attrs = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(attrs.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attrs.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    /** Receives every destination record: {messages, distinct request ids, Success conditions}; the first body into sample[0]. */
    int[] drain(String queueUrl, String[] sample) {
        Set<String> ids = new HashSet<>();
        int messages = 0, successes = 0, empty = 0;
        while (empty < 3) {
            List<Message> got = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(0)
                    .visibilityTimeout(300)).messages();
            if (got.isEmpty()) {
                empty++;
                continue;
            }
            empty = 0;
            List<DeleteMessageBatchRequestEntry> del = new ArrayList<>();
            for (Message m : got) {
                messages++;
                if (sample != null && sample[0] == null) sample[0] = m.body().length() > 600 ? m.body().substring(0, 600) + "…" : m.body();
                Matcher id = REQUEST_ID.matcher(m.body());
                if (id.find()) ids.add(id.group(1));
                if (m.body().contains("\"condition\":\"Success\"")) successes++;
                del.add(DeleteMessageBatchRequestEntry.builder().id("d" + del.size()).receiptHandle(m.receiptHandle()).build());
            }
            sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(del));
        }
        return new int[] {messages, ids.size(), successes};
    }

    // ---- report ----------------------------------------------------------------------------------

    static double ms(Histogram h, double pct) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(pct) / 1000.0;
    }

    static String fmt(String f, Object... a) {
        return String.format(Locale.ROOT, f, a);
    }

    static String num(double v, int decimals) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    static double median(List<Double> xs) {
        if (xs.isEmpty()) return Double.NaN;
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    static double max(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** Microseconds of CPU per invocation. */
    static String perInvoke(long nanos, long invokes) {
        return nanos < 0 || invokes == 0 ? "–" : num(nanos / 1000.0 / invokes, 0);
    }

    String report() {
        StringBuilder md = new StringBuilder();
        List<String> errors = new ArrayList<>();
        md.append("## Functions\n\n");
        md.append("No-op functions (each returns its event), one created per runtime, ").append(o.memory)
                .append(" MB (Java at least 512 MB), a ~35-byte JSON event `{\"bench\":\"lambda\",\"seq\":N}`:\n\n");
        for (Map.Entry<String, String> e : notes.entrySet()) if (!skipped.containsKey(e.getKey())) md.append("- **").append(e.getKey()).append("**: ").append(e.getValue()).append('\n');
        for (Map.Entry<String, String> e : skipped.entrySet()) md.append("- **").append(e.getKey()).append("**: skipped — ").append(e.getValue()).append('\n');
        md.append('\n');

        md.append("## Warm invoke latency (1 client thread)\n\n");
        md.append("Back-to-back synchronous invokes on one client thread (one warm environment), ").append(o.warmup)
                .append(" s warm-up, ").append(o.seconds).append(" s measured. *Added* = client round trip minus the `Duration` of the\n")
                .append("invocation's REPORT line (LogType=Tail on every ").append(o.tailEvery).append(o.tailEvery == 1 ? "" : "th")
                .append(" call): the SDK client, HTTP on loopback, Stratus's Invoke path and the\n")
                .append("hand-over to the runtime's `/next`; `Duration` runs from the event's delivery to the runtime's posted response.\n\n");
        md.append("| Runtime | Invokes | p50 ms | p99 ms | p99.9 ms | max ms | Added p50 ms | Added p99 ms | Duration p50 ms | Errors |"
                + " Server CPU | Client CPU | Runtime CPU | CPU µs/invoke (server / client / runtime) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Latency l : latencies) {
            ProcCpu.Usage u = l.cpu();
            md.append(fmt("| %s | %,d | %s | %s | %s | %s | %s | %s | %s | %d | %s | %s | %s | %s / %s / %s |\n", l.runtime(), l.invokes(),
                    num(ms(l.rt(), 50), 2), num(ms(l.rt(), 99), 2), num(ms(l.rt(), 99.9), 2), num(l.rt().getMaxValue() / 1000.0, 2),
                    num(ms(l.added(), 50), 2), num(ms(l.added(), 99), 2), num(ms(l.duration(), 50), 2), l.errors(),
                    num(u.serverCores(), 2), num(u.clientCores(), 2), num(u.runtimeCores(), 2),
                    perInvoke(u.serverNanos(), l.invokes()), perInvoke(u.clientNanos(), l.invokes()), perInvoke(u.runtimeNanos(), l.invokes())));
            if (l.firstError() != null) errors.add("latency " + l.runtime() + ": " + l.firstError());
        }
        md.append("\nAdded latency from ").append(latencies.stream().map(l -> l.runtime() + " " + l.added().getTotalCount())
                .reduce((a, b) -> a + ", " + b).orElse("no")).append(" sampled invocations. CPU columns: cores busy on average.\n");
        if (dryRun != null) {
            md.append(fmt("For scale, Invoke with InvocationType=DryRun (the same SDK call, HTTP and Stratus's Invoke front end — routing,"
                            + " parsing, the function lookup, the payload check — but no function run): p50 %s ms, p99 %s ms over %,d calls;"
                            + " CPU µs/call server %s, client %s.\n", num(ms(dryRun, 50), 2), num(ms(dryRun, 99), 2), dryRunCalls,
                    perInvoke(dryRunCpu.serverNanos(), dryRunCalls), perInvoke(dryRunCpu.clientNanos(), dryRunCalls)));
        }
        md.append('\n');

        md.append("## Throughput\n\n");
        md.append("Synchronous no-op invokes from N client threads sharing one LambdaClient, ").append(o.warmup)
                .append(" s warm-up (the function scales out to N environments), ").append(o.seconds).append(" s measured.\n")
                .append("CPU: average cores busy in the Stratus JVM, the load generator, the runtime processes (all the server's\n")
                .append("descendants) and anything else; the machine has ").append(Runtime.getRuntime().availableProcessors()).append(" cores.\n\n");
        md.append("| Runtime | Threads | Invokes/s | p50 ms | p99 ms | Errors | Environments | Server CPU | Client CPU | Runtime CPU | Other CPU |"
                + " CPU µs/invoke (server / client / runtime) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Throughput t : throughputs) {
            ProcCpu.Usage u = t.cpu();
            md.append(fmt("| %s | %d | %s | %s | %s | %d | %d | %s | %s | %s | %s | %s / %s / %s |\n", t.runtime(), t.threads(),
                    num(t.perSecond(), 0), num(ms(t.rt(), 50), 2), num(ms(t.rt(), 99), 2), t.errors(), u.peakRuntimes(),
                    num(u.serverCores(), 2), num(u.clientCores(), 2), num(u.runtimeCores(), 2), num(u.otherCores(), 2),
                    perInvoke(u.serverNanos(), t.invokes()), perInvoke(u.clientNanos(), t.invokes()), perInvoke(u.runtimeNanos(), t.invokes())));
            if (t.firstError() != null) errors.add("throughput " + t.runtime() + " × " + t.threads() + ": " + t.firstError());
        }
        md.append('\n');

        if (!colds.isEmpty()) {
            md.append("## Cold start\n\n");
            md.append("The first invocation of a fresh environment, ").append(o.cold).append(" samples per method: after\n")
                    .append("UpdateFunctionConfiguration (a changed variable; the old environment is retired), or of a newly created\n")
                    .append("function (after one unmeasured creation). *Round trip*: Invoke sent → response, in the client.\n")
                    .append("*Init*: the REPORT line's Init Duration (Stratus counts from the environment's creation — unpacking the\n")
                    .append("package, spawning the process — to the runtime's first `/next`).\n\n");
            md.append("| Runtime | Fresh environment by | Samples | Round trip median ms | Round trip max ms | Init median ms | Init max ms |"
                    + " Round trip − Init, median ms | Errors |\n");
            md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Cold c : colds) {
                List<Double> rest = new ArrayList<>();
                for (int i = 0; i < c.roundTripMs().size(); i++) rest.add(c.roundTripMs().get(i) - c.initMs().get(i));
                md.append(fmt("| %s | %s | %d | %s | %s | %s | %s | %s | %d |\n", c.runtime(), c.method(), c.roundTripMs().size(),
                        num(median(c.roundTripMs()), 1), num(max(c.roundTripMs()), 1), num(median(c.initMs()), 1), num(max(c.initMs()), 1),
                        num(median(rest), 1), c.errors()));
                if (c.firstError() != null) errors.add("cold " + c.runtime() + " / " + c.method() + ": " + c.firstError());
            }
            md.append("\nRaw round trips (ms), in order: ");
            md.append(String.join("; ", colds.stream().map(c -> c.runtime() + " " + c.method() + ": "
                    + String.join(" ", c.roundTripMs().stream().map(v -> num(v, 0)).toList())).toList()));
            md.append("\n\n");
        }

        if (async != null) {
            Async a = async;
            md.append("## Asynchronous invokes\n\n");
            md.append(fmt("%,d InvocationType=Event invokes of the Python no-op (one warm environment to start with) from %d client\n",
                    a.sent(), o.asyncThreads));
            md.append("threads, as fast as they go. Completion signal: the function's on-success destination, an SQS queue; the\n")
                    .append("queue's message count is polled every 20 ms and the records are then received to check each request ran once.\n")
                    .append("Environments started: new log streams in the function's log group (each environment writes its own); a runtime\n")
                    .append("process count is sampled every 200 ms and a sandboxed environment is several processes.\n\n");
            md.append("| Accepted | Accepted/s | Event invoke p50 ms | p99 ms | Errors | First done s | All done s | Completed/s |"
                    + " Records | Distinct requests | Success | Failed | Environments started | Peak runtime processes | Peak runtime RSS MiB |\n");
            md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            md.append(fmt("| %,d | %s | %s | %s | %d | %s | %s%s | %s | %,d | %,d | %,d | %,d | %d | %d | %s |\n\n", a.accepted(),
                    num(a.accepted() / a.acceptSeconds(), 0), num(ms(a.rt(), 50), 2), num(ms(a.rt(), 99), 2), a.errors(),
                    num(a.firstDoneSeconds(), 2), num(a.allDoneSeconds(), 2), a.timedOut() ? " (timed out)" : "",
                    num(a.delivered() / a.allDoneSeconds(), 0), a.delivered(), a.distinct(), a.successes(), a.failures(),
                    a.environmentsStarted(), a.runCpu().peakRuntimes(), num(a.runCpu().peakRuntimeRssBytes() / 1048576.0, 0)));
            ProcCpu.Usage acc = a.acceptCpu(), run = a.runCpu();
            md.append(fmt("CPU while accepting (%.1f s): server %s, client %s, runtimes %s, other %s cores. Over the whole run (%.1f s):"
                            + " server %s, client %s, runtimes %s, other %s cores.\n\n",
                    acc.seconds(), num(acc.serverCores(), 2), num(acc.clientCores(), 2), num(acc.runtimeCores(), 2), num(acc.otherCores(), 2),
                    run.seconds(), num(run.serverCores(), 2), num(run.clientCores(), 2), num(run.runtimeCores(), 2), num(run.otherCores(), 2)));
            if (a.firstFailure() != null) {
                md.append("The first on-failure record: `").append(a.firstFailure().replace('`', '\'')).append("`\n\n");
            }
            if (a.timedOut()) {
                md.append(fmt("Timed out: %,d of %,d accepted events had reached a destination after %d s.\n\n", a.delivered(), a.accepted(),
                        o.asyncTimeout));
            }
            if (a.firstError() != null) errors.add("async: " + a.firstError());
        }

        md.append("## Goals\n\n");
        md.append("| Goal | Target | Measured | |\n|---|---|---|---|\n");
        for (Latency l : latencies) {
            double p50 = ms(l.added(), 50), p99 = ms(l.added(), 99);
            md.append(fmt("| Warm added latency, %s | p50 < 1 ms, p99 < 5 ms | %s / %s ms | %s |\n", l.runtime(), num(p50, 2), num(p99, 2),
                    p50 < 1 && p99 < 5 ? "met" : "**not met**"));
        }
        Map<String, Double> best = new LinkedHashMap<>();
        for (Throughput t : throughputs) best.merge(t.runtime(), t.perSecond(), Math::max);
        for (Map.Entry<String, Double> e : best.entrySet()) {
            md.append(fmt("| No-op invokes/s, %s | ≥ 3,000 | %s | %s |\n", e.getKey(), num(e.getValue(), 0),
                    e.getValue() >= 3000 ? "met" : "**not met**"));
        }
        for (Throughput t : throughputs) {
            if (t.threads() != 8) continue;
            double p99 = ms(t.rt(), 99);
            md.append(fmt("| Warm invoke p99, 8 client threads, %s | < 20 ms | %s ms | %s |\n", t.runtime(), num(p99, 2),
                    p99 < 20 ? "met" : "**not met**"));
        }
        if (async != null && async.accepted() > 0) {
            double rate = async.accepted() / async.acceptSeconds(), p99 = ms(async.rt(), 99);
            md.append(fmt("| Async invokes accepted/s | ≥ 5,000 | %s | %s |\n", num(rate, 0), rate >= 5000 ? "met" : "**not met**"));
            md.append(fmt("| Async accept p99 | < 20 ms | %s ms | %s |\n", num(p99, 2), p99 < 20 ? "met" : "**not met**"));
            md.append(fmt("| Environments started by the %,d-event burst | ≤ 10 | %d | %s |\n", async.sent(), async.environmentsStarted(),
                    async.environmentsStarted() <= 10 ? "met" : "**not met**"));
        }
        for (Cold c : colds) {
            if (!c.method().equals("CreateFunction")) continue;
            double target = c.runtime().startsWith("java") ? 500 : c.runtime().startsWith("python") || c.runtime().startsWith("nodejs") ? 150 : Double.NaN;
            double m = median(c.roundTripMs());
            md.append(fmt("| Cold start (round trip, median), %s | %s | %s ms (max %s) | %s |\n", c.runtime(),
                    Double.isNaN(target) ? "none set" : "< " + num(target, 0) + " ms", num(m, 1), num(max(c.roundTripMs()), 1),
                    Double.isNaN(target) ? "" : m < target ? "met" : "**not met**"));
        }
        md.append('\n');
        if (!quietWaits.isEmpty()) {
            md.append("Before each measured phase the benchmark waited (up to ").append(o.quietMax).append(" s) until all processes but the load generator used < ")
                    .append(num(o.quietCores, 2)).append(" cores: ");
            md.append(String.join("; ", quietWaits.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())).append(".\n\n");
        }
        if (!errors.isEmpty()) {
            md.append("First error per phase:\n\n");
            for (String e : errors) md.append("- ").append(e).append('\n');
            md.append('\n');
        }
        return md.toString();
    }
}
