package dev.stratus.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.HdrHistogram.Histogram;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Event-routing load generator for bench/events, through the AWS SDK for Java v2 (Apache HTTP
 * client, keep-alive, retries off) against a Stratus on 127.0.0.1:
 * <ol>
 *   <li>PutEvents → SQS end-to-end latency at a paced rate (one entry per call; an event-pattern
 *       rule on the default bus, an SQS target; long-polling consumers that delete). The send
 *       time (System.nanoTime, same JVM) travels in the event's detail;</li>
 *   <li>PutEvents → Lambda latency at the same pace: a Python function (python3.12) is the rule's
 *       target; the detail carries the send time (epoch microseconds, Instant.now()), the function
 *       computes its own start minus that and returns it with its pid, and an on-success
 *       destination queue collects the results (PutFunctionEventInvokeConfig);</li>
 *   <li>rule matching: PutEvents throughput (N threads, 10 entries per call) on a bus with 1 rule,
 *       then with {@code --rules} rules of distinct patterns of which one matches; server CPU per event;</li>
 *   <li>SNS fan-out: Publish throughput to a topic with {@code --fanout} SQS subscriptions, the
 *       deliveries per second and the time until every message has arrived.</li>
 * </ol>
 * CPU of the server and of this client from /proc ({@link ProcCpu}). Writes Markdown to {@code --out}.
 */
public final class EventsBench {
    static final Pattern SENT = Pattern.compile("\"t\"\\s*:\\s*(\\d+)");
    static final Pattern MEASURED = Pattern.compile("\"m\"\\s*:\\s*1");
    static final long HIST_MAX_US = 600_000_000L;

    String endpoint, out;
    long serverPid = -1;
    int seconds = 10, warmup = 3, rate = 1000, consumers = 4, pacers = 16, rules = 1000, threads = 8, batch = 10, fanout = 10,
            drainTimeout = 90;

    boolean lambdaPhase = true, lambdaOnly = false;

    EventBridgeClient events;
    SqsClient sqs;
    SnsClient sns;
    LambdaClient lambda;
    CloudWatchLogsClient logs;
    final String nonce = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    final StringBuilder md = new StringBuilder();
    final List<String> problems = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        EventsBench b = new EventsBench();
        for (int i = 0; i + 1 < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--endpoint" -> b.endpoint = v;
                case "--server-pid" -> b.serverPid = Long.parseLong(v);
                case "--seconds" -> b.seconds = Integer.parseInt(v);
                case "--warmup" -> b.warmup = Integer.parseInt(v);
                case "--rate" -> b.rate = Integer.parseInt(v);
                case "--consumers" -> b.consumers = Integer.parseInt(v);
                case "--rules" -> b.rules = Integer.parseInt(v);
                case "--threads" -> b.threads = Integer.parseInt(v);
                case "--batch" -> b.batch = Integer.parseInt(v);
                case "--fanout" -> b.fanout = Integer.parseInt(v);
                case "--drain-timeout" -> b.drainTimeout = Integer.parseInt(v);
                case "--lambda" -> {
                    b.lambdaPhase = !"0".equals(v);
                    b.lambdaOnly = "only".equals(v);
                }
                case "--out" -> b.out = v;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (b.endpoint == null) throw new IllegalArgumentException("--endpoint is required");
        String host = URI.create(b.endpoint).getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) throw new IllegalArgumentException("endpoint must be 127.0.0.1");
        b.open();
        try {
            if (!b.lambdaOnly) b.latency();
            if (b.lambdaPhase) b.lambdaLatency();
            if (!b.lambdaOnly) {
                b.matching();
                b.fanout();
            }
        } finally {
            b.close();
        }
        if (!b.problems.isEmpty()) {
            b.md.append("### Problems seen by the client\n\n");
            for (String p : b.problems) b.md.append("- ").append(p).append('\n');
            b.md.append('\n');
        }
        if (b.out != null) Files.writeString(Path.of(b.out), b.md.toString(), StandardCharsets.UTF_8);
    }

    void open() {
        StaticCredentialsProvider creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        int conns = Math.max(Math.max(threads, pacers), consumers) * 2 + 8;
        events = EventBridgeClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1).credentialsProvider(creds)
                .httpClientBuilder(http(conns)).overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(60))).build();
        sqs = SqsClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1).credentialsProvider(creds)
                .httpClientBuilder(http(conns)).overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(60))).build();
        sns = SnsClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1).credentialsProvider(creds)
                .httpClientBuilder(http(conns)).overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(60))).build();
        lambda = LambdaClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1).credentialsProvider(creds)
                .httpClientBuilder(http(8)).overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(60))).build();
        logs = CloudWatchLogsClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1).credentialsProvider(creds)
                .httpClientBuilder(http(4)).overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(60))).build();
    }

    static ApacheHttpClient.Builder http(int conns) {
        return ApacheHttpClient.builder().maxConnections(conns).tcpKeepAlive(true).connectionTimeout(Duration.ofSeconds(5))
                .socketTimeout(Duration.ofSeconds(60));
    }

    void close() {
        events.close();
        sqs.close();
        sns.close();
        lambda.close();
        logs.close();
    }

    static void log(String s) {
        System.err.println("[events-bench] " + s);
    }

    static String fmt(String f, Object... a) {
        return String.format(Locale.ROOT, f, a);
    }

    static double ms(Histogram h, double pct) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(pct) / 1000.0;
    }

    static String describe(Throwable e) {
        return (e.getClass().getSimpleName() + ": " + e.getMessage()).replaceAll("[\\t\\r\\n|]+", " ");
    }

    void problem(AtomicReference<String> first, String what, AtomicLong count) {
        if (count.get() > 0) problems.add(fmt("%s: %,d errors; first: %s", what, count.get(), first.get()));
    }

    String queue(String name) {
        return sqs.createQueue(b -> b.queueName(name)).queueUrl();
    }

    String queueArn(String url) {
        return sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN)).attributes()
                .get(QueueAttributeName.QUEUE_ARN);
    }

    long visible(String url) {
        return Long.parseLong(sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                .attributes().get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
    }

    long visible(List<String> urls) {
        long n = 0;
        for (String u : urls) n += visible(u);
        return n;
    }

    /** Polls until the queues hold {@code target} messages; seconds since {@code t0} when they did, NaN on timeout. */
    double waitFor(List<String> urls, long target, long t0) {
        long deadline = System.nanoTime() + drainTimeout * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (visible(urls) >= target) return (System.nanoTime() - t0) / 1e9;
            LockSupport.parkNanos(50_000_000L);
        }
        return Double.NaN;
    }

    String cpuCells(ProcCpu.Usage u, long events) {
        return fmt("%.2f | %.2f | %.2f | %s", u.serverCores(), u.clientCores(), u.otherCores(),
                events > 0 && u.serverNanos() >= 0 ? fmt("%.0f", u.serverNanos() / 1e3 / events) : "–");
    }

    // ---- 1. PutEvents → SQS latency ---------------------------------------------------------------

    void latency() throws Exception {
        String url = queue("bench-events-lat-" + nonce);
        String rule = "bench-lat-" + nonce;
        String ruleArn = events.putRule(b -> b.name(rule).eventPattern("{\"source\":[\"bench.latency\"],\"detail-type\":[\"tick\"]}")).ruleArn();
        Grants.allowService(sqs, url, queueArn(url), "events.amazonaws.com", ruleArn);
        events.putTargets(b -> b.rule(rule).targets(Target.builder().id("q").arn(queueArn(url)).build()));

        Histogram e2e = new Histogram(HIST_MAX_US, 3), call = new Histogram(HIST_MAX_US, 3), late = new Histogram(HIST_MAX_US, 3);
        AtomicLong received = new AtomicLong(), measuredReceived = new AtomicLong(), putErrors = new AtomicLong(), recvErrors = new AtomicLong();
        AtomicReference<String> putError = new AtomicReference<>(), recvError = new AtomicReference<>();
        Map<Long, Boolean> seen = new ConcurrentHashMap<>();
        AtomicLong dupes = new AtomicLong();
        Pattern seqP = Pattern.compile("\"s\"\\s*:\\s*(\\d+)");
        stop.set(false);
        List<Thread> cs = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            cs.add(Thread.ofPlatform().name("consumer-" + c).start(() -> {
                while (!stop.get()) {
                    try {
                        List<Message> ms = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
                        long now = System.nanoTime();
                        if (ms.isEmpty()) continue;
                        List<DeleteMessageBatchRequestEntry> del = new ArrayList<>();
                        for (Message m : ms) {
                            Matcher t = SENT.matcher(m.body());
                            Matcher s = seqP.matcher(m.body());
                            if (s.find() && seen.putIfAbsent(Long.parseLong(s.group(1)), Boolean.TRUE) != null) dupes.incrementAndGet();
                            if (t.find() && MEASURED.matcher(m.body()).find()) {
                                synchronized (e2e) {
                                    e2e.recordValue(Math.min(HIST_MAX_US, Math.max(0, (now - Long.parseLong(t.group(1))) / 1000)));
                                }
                                measuredReceived.incrementAndGet();
                            }
                            received.incrementAndGet();
                            del.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(del.size())).receiptHandle(m.receiptHandle()).build());
                        }
                        sqs.deleteMessageBatch(b -> b.queueUrl(url).entries(del));
                    } catch (RuntimeException e) {
                        recvErrors.incrementAndGet();
                        recvError.compareAndSet(null, describe(e));
                    }
                }
            }));
        }

        log(fmt("latency: %d events/s, one per PutEvents, %d s warm-up + %d s measured, %d pacer threads, %d consumers", rate, warmup,
                seconds, pacers, consumers));
        Paced paced = paced("pacer-", "bench.latency", (slot, t, measured) -> "{\"s\":" + slot + ",\"t\":" + t + ",\"m\":" + (measured ? 1 : 0) + "}",
                call, late, putErrors, putError);
        ProcCpu.Usage u = paced.cpu();
        double sendSecs = paced.sendSecs();
        long sent = paced.measuredSent();
        long deadline = System.nanoTime() + drainTimeout * 1_000_000_000L;
        while (measuredReceived.get() < sent && System.nanoTime() < deadline) LockSupport.parkNanos(20_000_000L);
        stop.set(true);
        for (Thread c : cs) c.join();
        problem(putError, "latency PutEvents", putErrors);
        problem(recvError, "latency consumers", recvErrors);
        if (dupes.get() > 0) problems.add(fmt("latency: %,d events arrived more than once", dupes.get()));
        if (measuredReceived.get() < sent) problems.add(fmt("latency: only %,d of %,d measured events arrived within %d s", measuredReceived.get(), sent, drainTimeout));
        double achieved = sent / sendSecs;
        log(fmt("latency: %,d sent in %.2f s (%.0f/s), e2e p50 %.2f p99 %.2f ms, call p50 %.2f p99 %.2f ms, lateness p99 %.2f ms",
                sent, sendSecs, achieved, ms(e2e, 50), ms(e2e, 99), ms(call, 50), ms(call, 99), ms(late, 99)));

        md.append("## 1. PutEvents → SQS latency (paced)\n\n");
        md.append(fmt("One entry per PutEvents at %,d events/s for %d s (after %d s unmeasured at the same pace), from %d pacer threads;"
                + " rule `{\"source\":[\"bench.latency\"],\"detail-type\":[\"tick\"]}` on the default bus with one SQS target;"
                + " %d consumer threads long-poll (ReceiveMessage, 10 messages, WaitTimeSeconds 1) and DeleteMessageBatch."
                + " End-to-end = the consumer's receive time minus the send time carried in the detail (same JVM, System.nanoTime).\n\n",
                rate, seconds, warmup, pacers, consumers));
        md.append("| Events sent | Sent/s achieved | Received | End-to-end p50 | p99 | p99.9 | max | PutEvents call p50 | p99 | max | Sends > 1 ms late | Errors |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        long lateCount = late.getTotalCount() - late.getCountBetweenValues(0, 1000);
        md.append(fmt("| %,d | %,.0f | %,d | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %,d (p99 lateness %.2f ms) | %d |\n\n",
                sent, achieved, measuredReceived.get(), ms(e2e, 50), ms(e2e, 99), ms(e2e, 99.9), e2e.getMaxValue() / 1000.0,
                ms(call, 50), ms(call, 99), call.getMaxValue() / 1000.0, lateCount, ms(late, 99), putErrors.get() + recvErrors.get()));
        md.append("| Cores: server | client | other | Server CPU µs per event (PutEvents + delivery + receive/delete) |\n|---|---|---|---|\n");
        md.append("| ").append(cpuCells(u, sent)).append(" |\n\n");
        events.removeTargets(b -> b.rule(rule).ids("q"));
        events.deleteRule(b -> b.name(rule));
    }

    final java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();

    // ---- 2. PutEvents → Lambda latency ------------------------------------------------------------

    /** The target function: its own start minus the send time in the detail (both CLOCK_REALTIME, microseconds). */
    static final String EVENTS_FN = """
            import os, time
            def handler(event, context):
                now_us = time.time_ns() // 1000
                d = event.get("detail") or {}
                return {"rs": d.get("s"), "rm": d.get("m"), "rlat": now_us - d["w"], "rpid": os.getpid()}
            """;
    static final Pattern R_SEQ = Pattern.compile("\"rs\"\\s*:\\s*(\\d+)");
    static final Pattern R_MEASURED = Pattern.compile("\"rm\"\\s*:\\s*1\\b");
    static final Pattern R_LAT = Pattern.compile("\"rlat\"\\s*:\\s*(-?\\d+)");
    static final Pattern R_PID = Pattern.compile("\"rpid\"\\s*:\\s*(\\d+)");
    static final Pattern R_SENT = Pattern.compile("\"w\"\\s*:\\s*(\\d+)");
    static final Pattern R_INVOKES = Pattern.compile("\"approximateInvokeCount\"\\s*:\\s*(\\d+)");

    static byte[] zipOf(String name, String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(text.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return bytes.toByteArray();
    }

    static long epochMicros() {
        Instant i = Instant.now();
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
    }

    void lambdaLatency() throws Exception {
        String fn = "bench-events-fn-" + nonce;
        String okUrl = queue("bench-events-fn-ok-" + nonce), failUrl = queue("bench-events-fn-fail-" + nonce);
        String okArn = queueArn(okUrl), failArn = queueArn(failUrl);
        SdkBytes zip = SdkBytes.fromByteArray(zipOf("handler.py", EVENTS_FN));
        String role = Grants.lambdaRole(endpoint);
        String fnArn = lambda.createFunction(b -> b.functionName(fn).runtime("python3.12").role(role).handler("handler.handler")
                .memorySize(128).timeout(30).code(c -> c.zipFile(zip))).functionArn();
        long readyBy = System.nanoTime() + 30_000_000_000L;
        while (true) {
            GetFunctionConfigurationResponse c = lambda.getFunctionConfiguration(b -> b.functionName(fn));
            if ("Active".equals(c.stateAsString())) break;
            if (System.nanoTime() > readyBy) throw new IllegalStateException(fn + " not Active after 30 s: " + c.stateAsString());
            LockSupport.parkNanos(100_000_000L);
        }
        // No retries: a failed attempt goes to the on-failure queue at once, so "invoked once per event" can be checked.
        lambda.putFunctionEventInvokeConfig(b -> b.functionName(fn).maximumRetryAttempts(0)
                .destinationConfig(d -> d.onSuccess(o -> o.destination(okArn)).onFailure(f -> f.destination(failArn))));
        String rule = "bench-fn-" + nonce;
        String ruleArn = events.putRule(b -> b.name(rule).eventPattern("{\"source\":[\"bench.lambda\"],\"detail-type\":[\"tick\"]}")).ruleArn();
        lambda.addPermission(b -> b.functionName(fn).statementId("events").action("lambda:InvokeFunction")
                .principal("events.amazonaws.com").sourceArn(ruleArn));
        events.putTargets(b -> b.rule(rule).targets(Target.builder().id("fn").arn(fnArn).build()));

        Histogram start = new Histogram(HIST_MAX_US, 3), dest = new Histogram(HIST_MAX_US, 3), call = new Histogram(HIST_MAX_US, 3),
                late = new Histogram(HIST_MAX_US, 3);
        AtomicLong received = new AtomicLong(), measuredReceived = new AtomicLong(), putErrors = new AtomicLong(), recvErrors = new AtomicLong(),
                dupes = new AtomicLong(), reinvoked = new AtomicLong(), negative = new AtomicLong();
        AtomicReference<String> putError = new AtomicReference<>(), recvError = new AtomicReference<>();
        Map<Long, Boolean> seen = new ConcurrentHashMap<>();
        java.util.Set<Long> pids = ConcurrentHashMap.newKeySet();
        stop.set(false);
        List<Thread> cs = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            cs.add(Thread.ofPlatform().name("fn-consumer-" + c).start(() -> {
                while (!stop.get()) {
                    try {
                        List<Message> ms = sqs.receiveMessage(b -> b.queueUrl(okUrl).maxNumberOfMessages(10).waitTimeSeconds(1)
                                .messageSystemAttributeNamesWithStrings("SentTimestamp")).messages();
                        if (ms.isEmpty()) continue;
                        List<DeleteMessageBatchRequestEntry> del = new ArrayList<>();
                        for (Message m : ms) {
                            String body = m.body();
                            Matcher seq = R_SEQ.matcher(body), lat = R_LAT.matcher(body), pid = R_PID.matcher(body), w = R_SENT.matcher(body),
                                    inv = R_INVOKES.matcher(body);
                            if (seq.find() && seen.putIfAbsent(Long.parseLong(seq.group(1)), Boolean.TRUE) != null) dupes.incrementAndGet();
                            if (inv.find() && Long.parseLong(inv.group(1)) > 1) reinvoked.incrementAndGet();
                            if (pid.find()) pids.add(Long.parseLong(pid.group(1)));
                            if (lat.find() && R_MEASURED.matcher(body).find()) {
                                long us = Long.parseLong(lat.group(1));
                                if (us < 0) negative.incrementAndGet();
                                String sentMs = m.attributesAsStrings().get("SentTimestamp");
                                synchronized (start) {
                                    start.recordValue(Math.min(HIST_MAX_US, Math.max(0, us)));
                                    if (sentMs != null && w.find()) {
                                        dest.recordValue(Math.min(HIST_MAX_US, Math.max(0, Long.parseLong(sentMs) * 1000 - Long.parseLong(w.group(1)))));
                                    }
                                }
                                measuredReceived.incrementAndGet();
                            }
                            received.incrementAndGet();
                            del.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(del.size())).receiptHandle(m.receiptHandle()).build());
                        }
                        sqs.deleteMessageBatch(b -> b.queueUrl(okUrl).entries(del));
                    } catch (RuntimeException e) {
                        recvErrors.incrementAndGet();
                        recvError.compareAndSet(null, describe(e));
                    }
                }
            }));
        }

        log(fmt("lambda: %d events/s, one per PutEvents, %d s warm-up + %d s measured, %d pacer threads, %d consumers of the destination",
                rate, warmup, seconds, pacers, consumers));
        Paced paced = paced("fn-pacer-", "bench.lambda", (slot, t, measured) -> "{\"s\":" + slot + ",\"w\":" + epochMicros() + ",\"m\":" + (measured ? 1 : 0) + "}",
                call, late, putErrors, putError);
        ProcCpu.Usage u = paced.cpu();
        double sendSecs = paced.sendSecs();
        long sent = paced.measuredSent(), all = paced.totalSent();
        long drainStart = System.nanoTime(), deadline = drainStart + drainTimeout * 1_000_000_000L;
        while (received.get() < all && System.nanoTime() < deadline) LockSupport.parkNanos(20_000_000L);
        double drainSecs = (System.nanoTime() - drainStart) / 1e9;
        // A late duplicate would arrive after the last original: keep receiving a little longer.
        LockSupport.parkNanos(2_000_000_000L);
        stop.set(true);
        for (Thread c : cs) c.join();
        long failed = visible(failUrl);
        long streams = -1;
        try {
            streams = logs.describeLogStreamsPaginator(b -> b.logGroupName("/aws/lambda/" + fn)).logStreams().stream().count();
        } catch (RuntimeException e) {
            problems.add("lambda: DescribeLogStreams failed: " + describe(e));
        }
        problem(putError, "lambda PutEvents", putErrors);
        problem(recvError, "lambda destination consumers", recvErrors);
        if (dupes.get() > 0) problems.add(fmt("lambda: %,d events reached the destination more than once", dupes.get()));
        if (reinvoked.get() > 0) problems.add(fmt("lambda: %,d records had approximateInvokeCount > 1", reinvoked.get()));
        if (failed > 0) problems.add(fmt("lambda: %,d records in the on-failure queue", failed));
        if (negative.get() > 0) problems.add(fmt("lambda: %,d negative latencies (clock steps?)", negative.get()));
        if (measuredReceived.get() < sent) problems.add(fmt("lambda: only %,d of %,d measured events reached the on-success destination within %d s",
                measuredReceived.get(), sent, drainTimeout));
        if (received.get() > all) problems.add(fmt("lambda: %,d destination records for %,d events sent", received.get(), all));
        double achieved = sent / sendSecs;
        log(fmt("lambda: %,d sent in %.2f s (%.0f/s), send → function start p50 %.2f p99 %.2f ms, %d environments (pids), %d log streams",
                sent, sendSecs, achieved, ms(start, 50), ms(start, 99), pids.size(), streams));

        md.append("## 2. PutEvents → Lambda latency (paced)\n\n");
        md.append(fmt("One entry per PutEvents at %,d events/s for %d s (after %d s unmeasured at the same pace), from %d pacer threads;"
                + " rule `{\"source\":[\"bench.lambda\"],\"detail-type\":[\"tick\"]}` on the default bus whose target is a Python"
                + " function (python3.12, 128 MB, zip built by the bench; AddPermission for events.amazonaws.com). The detail carries the send"
                + " time in epoch microseconds (Instant.now(), taken just before PutEvents); the function's first statement reads"
                + " `time.time_ns()` and returns the difference with its pid. Its on-success destination (PutFunctionEventInvokeConfig,"
                + " MaximumRetryAttempts 0, on-failure to a second queue) is an SQS queue that %d consumer threads drain."
                + " **Send → function start** is that difference (same machine, same clock). **Send → destination** is the"
                + " destination record's SQS SentTimestamp minus the send time: it adds the function's run and the record's"
                + " delivery, but SentTimestamp has whole milliseconds, so it reads up to 1 ms low (below zero counts as 0).\n\n", rate, seconds, warmup, pacers, consumers));
        md.append("| Events sent | Sent/s achieved | Received (measured) | Send → function start p50 | p90 | p99 | p99.9 | max | Send → destination p50 | p99 | max | PutEvents call p50 | p99 | Sends > 1 ms late | Errors |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        long lateCount = late.getTotalCount() - late.getCountBetweenValues(0, 1000);
        md.append(fmt("| %,d | %,.0f | %,d | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.1f ms | %.1f ms | %.1f ms | %.2f ms | %.2f ms | %,d (p99 lateness %.2f ms) | %d |\n\n",
                sent, achieved, measuredReceived.get(), ms(start, 50), ms(start, 90), ms(start, 99), ms(start, 99.9), start.getMaxValue() / 1000.0,
                ms(dest, 50), ms(dest, 99), dest.getMaxValue() / 1000.0, ms(call, 50), ms(call, 99), lateCount, ms(late, 99),
                putErrors.get() + recvErrors.get()));
        md.append(fmt("All events (warm-up included): %,d accepted by PutEvents, %,d destination records, %,d distinct events among them,"
                        + " %,d duplicates, %,d with approximateInvokeCount > 1, %,d in the on-failure queue; the last record arrived"
                        + " %.1f s after the last send. Environments: %,d distinct function pids, %s log streams in `/aws/lambda/%s`,"
                        + " at most %d runtime processes at once during the measured part (peak RSS %,.0f MiB).\n\n",
                all, received.get(), seen.size(), dupes.get(), reinvoked.get(), failed, drainSecs, pids.size(),
                streams < 0 ? "?" : fmt("%,d", streams), fn, u.peakRuntimes(), u.peakRuntimeRssBytes() / 1048576.0));
        md.append("| Cores: server | client | runtimes | other | Server CPU µs per event (PutEvents + invoke + destination + receive/delete) |\n|---|---|---|---|---|\n");
        md.append(fmt("| %.2f | %.2f | %.2f | %.2f | %s |\n\n", u.serverCores(), u.clientCores(), u.runtimeCores(), u.otherCores(),
                sent > 0 && u.serverNanos() >= 0 ? fmt("%.0f", u.serverNanos() / 1e3 / sent) : "–"));
        events.removeTargets(b -> b.rule(rule).ids("fn"));
        events.deleteRule(b -> b.name(rule));
        lambda.deleteFunction(b -> b.functionName(fn));
    }

    // ---- 3. rule matching -------------------------------------------------------------------------

    /** The detail of the event sent in {@code slot}, at {@code nanoTime}; {@code measured} past the warm-up. */
    @FunctionalInterface
    interface Detail {
        String of(long slot, long nanoTime, boolean measured);
    }

    /** A paced send's outcome: events accepted (measured and in all), the measured part's length, and server CPU over it. */
    record Paced(long measuredSent, long totalSent, double sendSecs, ProcCpu.Usage cpu) {}

    /**
     * Sends one entry of {@code source} per PutEvents at {@code rate}/s from {@code pacers} threads, for
     * {@code warmup} unmeasured and {@code seconds} measured seconds; records each measured call's time and
     * how late it left its slot.
     */
    Paced paced(String threadName, String source, Detail detail, Histogram call, Histogram late, AtomicLong putErrors,
                AtomicReference<String> putError) throws InterruptedException {
        long warmSlots = (long) warmup * rate, slots = warmSlots + (long) seconds * rate;
        long periodNs = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        long measuredStart = start + warmSlots * periodNs;
        AtomicLong measuredSent = new AtomicLong(), totalSent = new AtomicLong(), lastSendEnd = new AtomicLong();
        ProcCpu cpu = new ProcCpu(serverPid);
        Thread cpuStarter = Thread.ofPlatform().start(() -> {
            LockSupport.parkNanos(measuredStart - System.nanoTime());
            cpu.begin();
        });
        List<Thread> ps = new ArrayList<>();
        for (int p = 0; p < pacers; p++) {
            final int k = p;
            ps.add(Thread.ofPlatform().name(threadName + p).start(() -> {
                for (long slot = k; slot < slots; slot += pacers) {
                    long due = start + slot * periodNs;
                    long wait = due - System.nanoTime();
                    if (wait > 0) LockSupport.parkNanos(wait);
                    boolean measured = slot >= warmSlots;
                    long t = System.nanoTime();
                    String d = detail.of(slot, t, measured);
                    try {
                        PutEventsResponse r = events.putEvents(b -> b.entries(PutEventsRequestEntry.builder().source(source)
                                .detailType("tick").detail(d).build()));
                        long t1 = System.nanoTime();
                        if (r.failedEntryCount() != null && r.failedEntryCount() > 0) {
                            putErrors.incrementAndGet();
                            putError.compareAndSet(null, "FailedEntryCount " + r.failedEntryCount() + ": " + r.entries().get(0).errorCode());
                        } else {
                            totalSent.incrementAndGet();
                            if (measured) measuredSent.incrementAndGet();
                        }
                        if (measured) {
                            synchronized (call) {
                                call.recordValue(Math.min(HIST_MAX_US, (t1 - t) / 1000));
                                late.recordValue(Math.min(HIST_MAX_US, Math.max(0, (t - due) / 1000)));
                            }
                            lastSendEnd.accumulateAndGet(t1, Math::max);
                        }
                    } catch (RuntimeException e) {
                        putErrors.incrementAndGet();
                        putError.compareAndSet(null, describe(e));
                    }
                }
            }));
        }
        for (Thread p : ps) p.join();
        cpuStarter.join();
        return new Paced(measuredSent.get(), totalSent.get(), (lastSendEnd.get() - measuredStart) / 1e9, cpu.end());
    }

    record Put(int rules, long events, double secs, Histogram call, ProcCpu.Usage putCpu, double deliveredSecs, ProcCpu.Usage allCpu, long errors) {}

    void matching() throws Exception {
        String bus = "bench-rules-" + nonce;
        events.createEventBus(b -> b.name(bus));
        String url = queue("bench-events-rules-" + nonce);
        String ruleArn = events.putRule(b -> b.name("match").eventBusName(bus)
                .eventPattern("{\"source\":[\"bench.rules\"],\"detail-type\":[\"match\"]}")).ruleArn();
        Grants.allowService(sqs, url, queueArn(url), "events.amazonaws.com", ruleArn);
        events.putTargets(b -> b.rule("match").eventBusName(bus).targets(Target.builder().id("q").arn(queueArn(url)).build()));

        log("matching: warm-up (unmeasured) " + warmup + " s");
        putLoad(bus, url, 1, warmup, false);
        Put one = putLoad(bus, url, 1, seconds, true);

        log("matching: adding " + (rules - 1) + " non-matching rules");
        long t0 = System.nanoTime();
        AtomicLong next = new AtomicLong(1);
        List<Thread> ts = new ArrayList<>();
        AtomicReference<String> err = new AtomicReference<>();
        AtomicLong errs = new AtomicLong();
        for (int k = 0; k < threads; k++) {
            ts.add(Thread.ofPlatform().start(() -> {
                for (long i = next.getAndIncrement(); i < rules; i = next.getAndIncrement()) {
                    String pattern = switch ((int) (i % 4)) {
                        case 0 -> "{\"source\":[\"bench.other-" + i + "\"]}";
                        case 1 -> "{\"source\":[\"bench.rules\"],\"detail-type\":[\"other-" + i + "\"]}";
                        case 2 -> "{\"source\":[\"bench.rules\"],\"detail\":{\"n\":[{\"numeric\":[\">\"," + (1_000_000 + i) + "]}]}}";
                        default -> "{\"source\":[{\"prefix\":\"bench.p" + i + "\"}],\"detail\":{\"k\":[\"v" + i + "\"]}}";
                    };
                    long n = i;
                    try {
                        events.putRule(b -> b.name("other-" + n).eventBusName(bus).eventPattern(pattern));
                    } catch (RuntimeException e) {
                        errs.incrementAndGet();
                        err.compareAndSet(null, describe(e));
                    }
                }
            }));
        }
        for (Thread t : ts) t.join();
        double ruleSecs = (System.nanoTime() - t0) / 1e9;
        problem(err, "PutRule", errs);
        log(fmt("matching: %d PutRule calls in %.2f s", rules - 1, ruleSecs));
        putLoad(bus, url, rules, warmup, false);
        Put many = putLoad(bus, url, rules, seconds, true);

        md.append("## 3. Rule matching: 1 rule vs ").append(fmt("%,d", rules)).append(" rules on one bus\n\n");
        md.append(fmt("PutEvents from %d threads, %d entries per call, for %d s (after %d s unmeasured), to a custom bus. Every event"
                + " matches the rule `match` (one SQS target); the other %,d rules have distinct patterns (a quarter each: another"
                + " source; this source and another detail-type; a numeric range on detail.n that the events' n never reaches; a"
                + " source prefix and detail.k) and match nothing. \"Delivered\" is when the queue held every accepted event"
                + " (ApproximateNumberOfMessages, polled every 50 ms); the last CPU columns cover the run up to then."
                + " Adding the %,d rules took %.2f s (%d threads).\n\n", threads, batch, seconds, warmup, rules - 1, rules - 1, ruleSecs, threads));
        md.append("| Rules on the bus | Events accepted | Events/s | Call p50 | Call p99 | Delivered after | Cores while putting: server | client | other | Server µs/event while putting | Server µs/event incl. delivery | Errors |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Put p : List.of(one, many)) {
            md.append(fmt("| %,d | %,d | %,.0f | %.2f ms | %.2f ms | %.2f s | %.2f | %.2f | %.2f | %.0f | %.0f | %d |\n", p.rules(), p.events(),
                    p.events() / p.secs(), ms(p.call(), 50), ms(p.call(), 99), p.deliveredSecs(), p.putCpu().serverCores(),
                    p.putCpu().clientCores(), p.putCpu().otherCores(), p.putCpu().serverNanos() / 1e3 / p.events(),
                    p.allCpu().serverNanos() / 1e3 / p.events(), p.errors()));
        }
        md.append('\n');
    }

    Put putLoad(String bus, String url, int nRules, int secs, boolean measured) throws Exception {
        long base = visible(url);
        AtomicLong accepted = new AtomicLong(), errors = new AtomicLong(), seq = new AtomicLong();
        AtomicReference<String> err = new AtomicReference<>();
        Histogram call = new Histogram(HIST_MAX_US, 3);
        ProcCpu all = new ProcCpu(serverPid).begin();
        ProcCpu put = new ProcCpu(serverPid).begin();
        long t0 = System.nanoTime(), end = t0 + secs * 1_000_000_000L;
        List<Thread> ts = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            ts.add(Thread.ofPlatform().start(() -> {
                Histogram h = new Histogram(HIST_MAX_US, 3);
                while (System.nanoTime() < end) {
                    List<PutEventsRequestEntry> es = new ArrayList<>(batch);
                    for (int i = 0; i < batch; i++) {
                        es.add(PutEventsRequestEntry.builder().eventBusName(bus).source("bench.rules").detailType("match")
                                .detail("{\"n\":" + seq.incrementAndGet() + ",\"k\":\"x\"}").build());
                    }
                    long a = System.nanoTime();
                    try {
                        PutEventsResponse r = events.putEvents(b -> b.entries(es));
                        h.recordValue(Math.min(HIST_MAX_US, (System.nanoTime() - a) / 1000));
                        int failed = r.failedEntryCount() == null ? 0 : r.failedEntryCount();
                        accepted.addAndGet(batch - failed);
                        if (failed > 0) {
                            errors.addAndGet(failed);
                            err.compareAndSet(null, "FailedEntryCount " + failed);
                        }
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                        err.compareAndSet(null, describe(e));
                    }
                }
                synchronized (call) {
                    call.add(h);
                }
            }));
        }
        for (Thread t : ts) t.join();
        double took = (System.nanoTime() - t0) / 1e9;
        ProcCpu.Usage putCpu = put.end();
        double delivered = waitFor(List.of(url), base + accepted.get(), t0);
        ProcCpu.Usage allCpu = all.end();
        if (measured) {
            problem(err, fmt("PutEvents with %d rules", nRules), errors);
            if (Double.isNaN(delivered)) problems.add(fmt("%d rules: not every accepted event reached the queue within %d s", nRules, drainTimeout));
            log(fmt("matching: %d rules: %,d events in %.2f s = %,.0f/s, call p50 %.2f p99 %.2f ms, delivered after %.2f s; server %.2f cores, %.0f µs/event",
                    nRules, accepted.get(), took, accepted.get() / took, ms(call, 50), ms(call, 99), delivered, putCpu.serverCores(),
                    putCpu.serverNanos() / 1e3 / Math.max(1, accepted.get())));
        }
        return new Put(nRules, accepted.get(), took, call, putCpu, delivered, allCpu, errors.get());
    }

    // ---- 4. SNS fan-out ---------------------------------------------------------------------------

    void fanout() throws Exception {
        String topic = sns.createTopic(b -> b.name("bench-fanout-" + nonce)).topicArn();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < fanout; i++) {
            String url = queue("bench-fanout-" + nonce + "-" + i);
            urls.add(url);
            String arn = queueArn(url);
            Grants.allowService(sqs, url, arn, "sns.amazonaws.com", topic);
            sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(arn).attributes(Map.of("RawMessageDelivery", "true")));
        }
        log("fanout: warm-up (unmeasured) " + warmup + " s");
        publishLoad(topic, urls, warmup, false);
        publishLoad(topic, urls, seconds, true);
    }

    void publishLoad(String topic, List<String> urls, int secs, boolean measured) throws Exception {
        long base = visible(urls);
        AtomicLong published = new AtomicLong(), errors = new AtomicLong();
        AtomicReference<String> err = new AtomicReference<>();
        Histogram call = new Histogram(HIST_MAX_US, 3);
        ProcCpu put = new ProcCpu(serverPid).begin();
        ProcCpu all = new ProcCpu(serverPid).begin();
        long t0 = System.nanoTime(), end = t0 + secs * 1_000_000_000L;
        // Deliveries that arrived by the end of the publishing window, sampled by a poller.
        AtomicLong atEnd = new AtomicLong(-1);
        List<Thread> ts = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            ts.add(Thread.ofPlatform().start(() -> {
                Histogram h = new Histogram(HIST_MAX_US, 3);
                long n = 0;
                while (System.nanoTime() < end) {
                    long a = System.nanoTime();
                    try {
                        String msg = "{\"bench\":\"fanout\",\"i\":" + (n++) + "}";
                        sns.publish(b -> b.topicArn(topic).message(msg));
                        h.recordValue(Math.min(HIST_MAX_US, (System.nanoTime() - a) / 1000));
                        published.incrementAndGet();
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                        err.compareAndSet(null, describe(e));
                    }
                }
                synchronized (call) {
                    call.add(h);
                }
            }));
        }
        for (Thread t : ts) t.join();
        double took = (System.nanoTime() - t0) / 1e9;
        ProcCpu.Usage putCpu = put.end();
        long arrivedAtEnd = visible(urls) - base;
        atEnd.set(arrivedAtEnd);
        long expected = published.get() * urls.size();
        double allSecs = waitFor(urls, base + expected, t0);
        ProcCpu.Usage allCpu = all.end();
        if (!measured) return;
        problem(err, "Publish", errors);
        if (Double.isNaN(allSecs)) problems.add(fmt("fan-out: not every delivery arrived within %d s (%,d of %,d)", drainTimeout, visible(urls) - base, expected));
        log(fmt("fanout: %,d published in %.2f s = %,.0f/s (p50 %.2f p99 %.2f ms); %,d of %,d deliveries by the end of publishing; all after %.2f s",
                published.get(), took, published.get() / took, ms(call, 50), ms(call, 99), arrivedAtEnd, expected, allSecs));
        md.append("## 4. SNS Publish → SQS fan-out\n\n");
        md.append(fmt("One standard topic with %d SQS subscriptions (RawMessageDelivery true); Publish (one message, ≈ 30 bytes) from %d threads"
                + " for %d s after %d s unmeasured. Arrivals counted with ApproximateNumberOfMessages summed over the %d queues (nothing"
                + " consumes them). \"All arrived\" is from the first Publish.\n\n", urls.size(), threads, secs, warmup, urls.size()));
        md.append("| Published | Publish/s | Call p50 | Call p99 | Deliveries expected | Arrived by end of publishing | All arrived after | Deliveries/s (to all arrived) | Cores while publishing: server | client | other | Server µs per Publish (incl. its deliveries) | Errors |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        md.append(fmt("| %,d | %,.0f | %.2f ms | %.2f ms | %,d | %,d | %.2f s | %,.0f | %.2f | %.2f | %.2f | %.0f | %d |\n\n", published.get(),
                published.get() / took, ms(call, 50), ms(call, 99), expected, arrivedAtEnd, allSecs, expected / allSecs,
                putCpu.serverCores(), putCpu.clientCores(), putCpu.otherCores(), allCpu.serverNanos() / 1e3 / Math.max(1, published.get()),
                errors.get()));
    }
}
