package dev.stratus.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Histogram;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * SQS load generator for bench/run: one {@link SqsClient} (Apache HTTP client, keep-alive, SDK
 * defaults otherwise, MD5 checksum validation on) shared by N threads, three scenarios, each on a
 * fresh queue with a warm-up phase and then a measured phase. Latencies go into HdrHistograms.
 *
 * <pre>
 * java -jar stratus-bench.jar --endpoint http://127.0.0.1:4566 --peer stratus \
 *      [--threads 8] [--seconds 10] [--warmup 5] [--body-bytes 256] [--out results.tsv] \
 *      [--scenarios send,batch,roundtrip] [--principal root|session]
 * </pre>
 *
 * {@code --principal session} calls as a session of a role with ten policies ({@link TenPolicySession},
 * made with the root's keys first) instead of as the account root ({@code test}/{@code test}): what
 * bench/auth compares. Every HTTP request the client sends is counted, so the server's CPU can be
 * given per request.
 *
 * Every worker loop stops at its phase deadline or after {@link #MAX_OPS_PER_THREAD} operations,
 * whichever comes first; every call has an SDK timeout. Only loopback endpoints are accepted.
 * Retries are off, so a failed call shows up in the error column instead of being hidden.
 */
public final class SqsBench {
    static final long MAX_OPS_PER_THREAD = 5_000_000;
    static final int MAX_EMPTY_RECEIVES = 5;
    static final int BATCH = 10;

    public static void main(String[] args) throws Exception {
        String endpoint = null, peer = "peer", out = null;
        long serverPid = -1;
        int threads = 8, seconds = 10, warmup = 5, bodyBytes = 256;
        List<String> scenarios = SCENARIOS;
        String principal = "root";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--endpoint" -> { endpoint = v; i++; }
                case "--peer" -> { peer = v; i++; }
                case "--threads" -> { threads = Integer.parseInt(v); i++; }
                case "--seconds" -> { seconds = Integer.parseInt(v); i++; }
                case "--warmup" -> { warmup = Integer.parseInt(v); i++; }
                case "--body-bytes" -> { bodyBytes = Integer.parseInt(v); i++; }
                case "--out" -> { out = v; i++; }
                case "--server-pid" -> { serverPid = Long.parseLong(v); i++; }
                case "--scenarios" -> { scenarios = List.of(v.split(",")); i++; }
                case "--principal" -> { principal = v; i++; }
                default -> usage("unknown argument " + a);
            }
        }
        if (endpoint == null) usage("--endpoint is required");
        String host = URI.create(endpoint).getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) usage("endpoint must be 127.0.0.1");
        if (threads < 1 || threads > 256 || seconds < 1 || seconds > 3600 || warmup < 0 || warmup > 600
                || bodyBytes < 1 || bodyBytes > 262_144 / BATCH) {
            usage("threads 1..256, seconds 1..3600, warmup 0..600, body-bytes 1..26214");
        }
        if (!SCENARIOS.containsAll(scenarios)) usage("--scenarios takes a comma list of " + String.join(",", SCENARIOS));
        if (!principal.equals("root") && !principal.equals("session")) usage("--principal is root or session");

        AwsCredentials credentials = principal.equals("root") ? AwsBasicCredentials.create("test", "test")
                : TenPolicySession.assume(endpoint);
        SqsBench bench = new SqsBench(endpoint, peer, threads, seconds, warmup, bodyBytes, serverPid);
        List<Result> results;
        try (SqsClient sqs = bench.client(credentials)) {
            results = bench.runAll(sqs, scenarios);
        }
        for (Result r : results) System.out.println(r.pretty());
        if (out != null) {
            StringBuilder sb = new StringBuilder();
            for (Result r : results) sb.append(r.tsv()).append('\n');
            Files.writeString(Path.of(out), sb.toString(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    static void usage(String why) {
        PrintStream e = System.err;
        e.println("sqs-bench: " + why);
        e.println("usage: --endpoint http://127.0.0.1:PORT [--peer NAME] [--threads N] [--seconds S]"
                + " [--warmup S] [--body-bytes B] [--server-pid PID] [--out FILE] [--scenarios send,batch,roundtrip]"
                + " [--principal root|session]");
        System.exit(2);
    }

    final String endpoint, peer;
    final int threads, seconds, warmup;
    final long serverPid;
    final String body;
    /** HTTP requests the client has sent (retries are off, so one per call). */
    final LongAdder requests = new LongAdder();

    SqsBench(String endpoint, String peer, int threads, int seconds, int warmup, int bodyBytes, long serverPid) {
        this.serverPid = serverPid;
        this.endpoint = endpoint;
        this.peer = peer;
        this.threads = threads;
        this.seconds = seconds;
        this.warmup = warmup;
        StringBuilder sb = new StringBuilder(bodyBytes);
        for (int i = 0; i < bodyBytes; i++) sb.append((char) ('a' + i % 26));
        this.body = sb.toString();
    }

    SqsClient client(AwsCredentials credentials) {
        return SqsClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .httpClientBuilder(ApacheHttpClient.builder()
                        .maxConnections(threads * 2)
                        .tcpKeepAlive(true)
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30)))
                .overrideConfiguration(o -> o
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(30))
                        .addExecutionInterceptor(new ExecutionInterceptor() {
                            @Override
                            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                                requests.increment();
                            }
                        }))
                .build();
    }

    // ---- scenarios ----------------------------------------------------------------------------

    /** One unit of work for one thread; returns the number of messages it fully handled. */
    interface Op {
        int run(SqsClient sqs, int thread, long seq) throws Exception;
    }

    interface Scenario {
        /** Builds the per-queue operation. */
        Op op(String queueUrl);
    }

    /** The scenarios' names for --scenarios, in the order they run. */
    static final List<String> SCENARIOS = List.of("send", "batch", "roundtrip");

    List<Result> runAll(SqsClient sqs, List<String> which) throws InterruptedException {
        List<Result> results = new ArrayList<>();
        if (which.contains("send")) results.add(run(sqs, "SendMessage", "msgs/s", "call", q -> (c, t, s) -> {
            c.sendMessage(b -> b.queueUrl(q).messageBody(body));
            return 1;
        }));
        if (which.contains("batch")) results.add(run(sqs, "SendMessageBatch (10)", "msgs/s", "call", q -> (c, t, s) -> {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                entries.add(SendMessageBatchRequestEntry.builder().id("m" + i).messageBody(body).build());
            }
            SendMessageBatchResponse r = c.sendMessageBatch(b -> b.queueUrl(q).entries(entries));
            if (!r.failed().isEmpty()) throw new IllegalStateException("batch entries failed: " + r.failed());
            return r.successful().size();
        }));
        if (which.contains("roundtrip")) results.add(run(sqs, "Send→Receive→Delete", "msgs/s", "cycle", q -> (c, t, s) -> {
            c.sendMessage(b -> b.queueUrl(q).messageBody(body));
            for (int attempt = 0; attempt < MAX_EMPTY_RECEIVES; attempt++) {
                List<Message> got = c.receiveMessage(b -> b.queueUrl(q).maxNumberOfMessages(1).waitTimeSeconds(1))
                        .messages();
                if (!got.isEmpty()) {
                    String handle = got.get(0).receiptHandle();
                    c.deleteMessage(b -> b.queueUrl(q).receiptHandle(handle));
                    return 1;
                }
            }
            throw new IllegalStateException("no message received after " + MAX_EMPTY_RECEIVES + " receives");
        }));
        return results;
    }

    Result run(SqsClient sqs, String name, String unit, String per, Scenario scenario) throws InterruptedException {
        String queueName = "bench-" + name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT)
                + "-" + Long.toHexString(System.nanoTime());
        String queueUrl = sqs.createQueue(b -> b.queueName(queueName)).queueUrl();
        try {
            Op op = scenario.op(queueUrl);
            if (warmup > 0) phase(sqs, op, warmup);
            Phase p = phase(sqs, op, seconds);
            return new Result(peer, name, threads, p.elapsedNanos / 1e9, p.ops, p.msgs, p.errors, p.histogram,
                    p.firstError, unit, per, p.serverCpuNanos, p.clientCpuNanos, p.machineCpuNanos, p.requests);
        } finally {
            try {
                sqs.deleteQueue(b -> b.queueUrl(queueUrl));
            } catch (RuntimeException e) {
                System.err.println("sqs-bench: could not delete " + queueUrl + ": " + e);
            }
        }
    }

    record Phase(long elapsedNanos, long ops, long msgs, long errors, Histogram histogram, String firstError,
                 long serverCpuNanos, long clientCpuNanos, long machineCpuNanos, long requests) {}

    /** CPU time (user + system) the process has used so far, from /proc/PID/stat; -1 if unknown. */
    static long procCpuNanos(long pid) {
        if (pid <= 0) return -1;
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state=0 … utime=11, stime=12 (fields 14 and 15 of proc(5))
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * (1_000_000_000L / CLOCK_TICKS);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static final long CLOCK_TICKS = Long.getLong("bench.clockTicks", 100);

    /** CPU time all processes on the machine have used (user+nice+system+irq+softirq+steal), from /proc/stat. */
    static long machineCpuNanos() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long ticks = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) ticks += Long.parseLong(f[i]);
            return ticks * (1_000_000_000L / CLOCK_TICKS);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static long selfCpuNanos() {
        return procCpuNanos(ProcessHandle.current().pid());
    }

    Phase phase(SqsClient sqs, Op op, int phaseSeconds) throws InterruptedException {
        Histogram[] hist = new Histogram[threads];
        long[] ops = new long[threads], msgs = new long[threads], errors = new long[threads];
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(threads), go = new CountDownLatch(1);
        long[] window = new long[2];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int id = t;
            hist[t] = new Histogram(60_000_000L, 3); // microseconds, up to 60 s
            workers[t] = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                long deadline = window[1];
                for (long seq = 0; seq < MAX_OPS_PER_THREAD; seq++) {
                    long start = System.nanoTime();
                    if (start >= deadline) break;
                    try {
                        int n = op.run(sqs, id, seq);
                        hist[id].recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                        ops[id]++;
                        msgs[id] += n;
                    } catch (Exception e) {
                        errors[id]++;
                        firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }
            }, "bench-" + t);
            workers[t].start();
        }
        ready.await();
        long server0 = procCpuNanos(serverPid), client0 = selfCpuNanos(), machine0 = machineCpuNanos();
        long requests0 = requests.sum();
        window[0] = System.nanoTime();
        window[1] = window[0] + phaseSeconds * 1_000_000_000L;
        go.countDown(); // happens-before: workers read window[] after await()
        for (Thread w : workers) w.join();
        long elapsed = System.nanoTime() - window[0];
        long server1 = procCpuNanos(serverPid), client1 = selfCpuNanos(), machine1 = machineCpuNanos();
        long requests1 = requests.sum();
        Histogram all = new Histogram(60_000_000L, 3);
        long o = 0, m = 0, e = 0;
        for (int t = 0; t < threads; t++) {
            all.add(hist[t]);
            o += ops[t];
            m += msgs[t];
            e += errors[t];
        }
        return new Phase(elapsed, o, m, e, all, firstError.get(),
                server0 < 0 || server1 < 0 ? -1 : server1 - server0, client0 < 0 || client1 < 0 ? -1 : client1 - client0,
                machine0 < 0 || machine1 < 0 ? -1 : machine1 - machine0, requests1 - requests0);
    }

    record Result(String peer, String scenario, int threads, double seconds, long ops, long msgs, long errors,
                  Histogram h, String firstError, String unit, String per, long serverCpuNanos, long clientCpuNanos,
                  long machineCpuNanos, long requests) {
        double throughput() { return msgs / seconds; }
        double p50ms() { return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(50) / 1000.0; }
        double p99ms() { return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(99) / 1000.0; }
        /** Average number of cores busy in the server (or client) process during the measured phase. */
        double serverCores() { return serverCpuNanos < 0 ? Double.NaN : serverCpuNanos / 1e9 / seconds; }
        double clientCores() { return clientCpuNanos < 0 ? Double.NaN : clientCpuNanos / 1e9 / seconds; }
        /** Server CPU per HTTP request, in microseconds: a round-trip cycle is three requests or more. */
        double serverMicrosPerRequest() { return serverCpuNanos < 0 || requests == 0 ? Double.NaN : serverCpuNanos / 1e3 / requests; }
        double clientMicrosPerRequest() { return clientCpuNanos < 0 || requests == 0 ? Double.NaN : clientCpuNanos / 1e3 / requests; }
        /** Cores busy in every other process on the machine (noise from whatever else runs). */
        double otherCores() {
            if (machineCpuNanos < 0 || serverCpuNanos < 0 || clientCpuNanos < 0) return Double.NaN;
            return Math.max(0, machineCpuNanos - serverCpuNanos - clientCpuNanos) / 1e9 / seconds;
        }

        String tsv() {
            return String.join("\t", peer, scenario, Integer.toString(threads), fmt("%.2f", seconds),
                    Long.toString(msgs), Long.toString(ops), fmt("%.0f", throughput()), per,
                    fmt("%.2f", p50ms()), fmt("%.2f", p99ms()), Long.toString(errors),
                    fmt("%.2f", serverCores()), fmt("%.2f", clientCores()), fmt("%.2f", otherCores()),
                    Long.toString(requests), fmt("%.1f", serverMicrosPerRequest()), fmt("%.1f", clientMicrosPerRequest()),
                    firstError == null ? "" : firstError.replaceAll("[\\t\\r\\n]+", " "));
        }

        String pretty() {
            return fmt("%-9s %-22s %8.0f %s  p50 %7.2f ms  p99 %7.2f ms per %s  (%d %s in %.1f s, %d errors;"
                            + " CPU cores busy: server %.2f, load generator %.2f, other %.2f; server %.1f µs per request)%s",
                    peer, scenario, throughput(), unit, p50ms(), p99ms(), per, ops, per + "s", seconds, errors,
                    serverCores(), clientCores(), otherCores(), serverMicrosPerRequest(),
                    firstError == null ? "" : "  first error: " + firstError);
        }

        static String fmt(String f, Object... a) { return String.format(Locale.ROOT, f, a); }
    }
}
