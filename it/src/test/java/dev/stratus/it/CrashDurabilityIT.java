package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.PublishResponse;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Nothing acknowledged is lost: a Stratus process is killed with SIGKILL in the middle of a
 * send-and-delete load, restarted on the same data directory, and the queue then holds every
 * message whose SendMessage was answered, less exactly those whose DeleteMessage was answered.
 * Likewise accepted invocations and events, and what a FIFO topic remembers to deduplicate.
 */
class CrashDurabilityIT {

    @Test
    void answeredSendsSurviveKillNineAndAnsweredDeletesStayDeleted() throws Exception {
        Path data = Files.createTempDirectory("stratus-crash");
        int port = freePort();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        Set<String> sent = ConcurrentHashMap.newKeySet();
        Set<String> deleted = ConcurrentHashMap.newKeySet();
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        Set<String> unanswered = ConcurrentHashMap.newKeySet();

        Process first = start(data, port);
        String url;
        try (SqsClient sqs = noRetries(endpoint)) {
            url = sqs.createQueue(b -> b.queueName("crash").attributesWithStrings(java.util.Map.of("VisibilityTimeout", "1"))).queueUrl();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger counter = new AtomicInteger();
            ExecutorService load = Executors.newFixedThreadPool(5);
            for (int t = 0; t < 4; t++) {
                load.submit(() -> {
                    while (running.get()) {
                        String body = "m-" + counter.incrementAndGet();
                        attempted.add(body);
                        try {
                            sqs.sendMessage(b -> b.queueUrl(url).messageBody(body));
                            sent.add(body);
                        } catch (RuntimeException e) {
                            return;
                        }
                    }
                });
            }
            load.submit(() -> {
                while (running.get()) {
                    try {
                        for (Message m : sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)).messages()) {
                            unanswered.add(m.body());
                            sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()));
                            deleted.add(m.body());
                            unanswered.remove(m.body());
                        }
                    } catch (RuntimeException e) {
                        return;
                    }
                }
            });
            killUnderLoad(first, load, running, () -> sent.size() >= 2000);
        } finally {
            first.destroyForcibly();
        }
        assertTrue(sent.size() > 100, "the load sent only " + sent.size());
        assertTrue(!deleted.isEmpty(), "the load deleted nothing");

        Process second = start(data, port);
        try (SqsClient sqs = Clients.sqs(endpoint)) {
            Set<String> remaining = new HashSet<>();
            while (true) {
                List<Message> got = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).visibilityTimeout(600).waitTimeSeconds(3)).messages();
                if (got.isEmpty()) {
                    break;
                }
                got.forEach(m -> remaining.add(m.body()));
            }
            Set<String> expected = new HashSet<>(sent);
            expected.removeAll(deleted);
            // A delete the kill cut off may or may not have committed: its message may be gone without being lost.
            expected.removeAll(unanswered);
            Set<String> lost = new HashSet<>(expected);
            lost.removeAll(remaining);
            assertEquals(Set.of(), lost, "answered sends missing after kill -9");
            Set<String> resurrected = new HashSet<>(remaining);
            resurrected.retainAll(deleted);
            assertEquals(Set.of(), resurrected, "answered deletes came back after kill -9");
            assertTrue(attempted.containsAll(remaining), "messages nobody sent");
            assertEquals("0", sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                    .attributesAsStrings().get("ApproximateNumberOfMessages"));
        } finally {
            second.destroy();
            second.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void acceptedAsyncInvocationsRunAfterKillNine() throws Exception {
        Path data = Files.createTempDirectory("stratus-crash-lambda");
        Path marks = Files.createTempDirectory("stratus-crash-marks");
        int port = freePort();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        // Its functions mark events in a host directory, which a sandboxed function cannot see: durability, not isolation, is tested here.
        Process first = start(data, port, Map.of("STRATUS_LAMBDA_SANDBOX", "off"));
        int events = 12;
        try (LambdaClient lambda = Clients.lambda(endpoint)) {
            lambda.createFunction(b -> b.functionName("crash").runtime(Runtime.PYTHON3_12).handler("app.handler")
                    .role(TestRoles.lambda(endpoint)).timeout(30)
                    .code(c -> c.zipFile(SdkBytes.fromByteArray(FunctionZips.of("python")))));
            for (int i = 0; i < events; i++) {
                String payload = "{\"action\": \"touch\", \"seconds\": 5, \"dir\": \"" + marks + "\", \"id\": \"e" + i + "\"}";
                assertEquals(202, lambda.invoke(b -> b.functionName("crash").invocationType(InvocationType.EVENT)
                        .payload(SdkBytes.fromUtf8String(payload))).statusCode());
            }
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } finally {
            first.destroyForcibly();
        }
        try (var before = Files.list(marks)) {
            assertEquals(0, before.count(), "the kill came before any event finished");
        }
        Process second = start(data, port, Map.of("STRATUS_LAMBDA_SANDBOX", "off"));
        try {
            // Generous: how fast Stratus starts is not tested here, and JVMs starting side by side on a busy 2-core machine took over 30 s.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            Set<String> done = Set.of();
            while (System.nanoTime() < until && done.size() < events) {
                try (var files = Files.list(marks)) {
                    done = files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
                }
                Thread.sleep(200);
            }
            assertEquals(events, done.size(), "every accepted event ran after the restart: " + done);
        } finally {
            second.destroy();
            second.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void acceptedPutEventsReachTheirTargetsAfterKillNine() throws Exception {
        Path data = Files.createTempDirectory("stratus-crash-events");
        int port = freePort();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        HttpClient http = HttpClient.newHttpClient();
        Process first = start(data, port);
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        String url;
        try (SqsClient sqs = Clients.sqs(endpoint)) {
            url = sqs.createQueue(b -> b.queueName("orders")).queueUrl();
            events(http, endpoint, "PutRule", "{\"Name\":\"orders\",\"EventPattern\":\"{\\\"source\\\":[\\\"shop\\\"]}\"}");
            // As on AWS, the queue's policy lets EventBridge send to it for this rule.
            TestQueues queues = new TestQueues(sqs);
            queues.allow(queues.existing(url), "events.amazonaws.com", "arn:aws:events:us-east-1:000000000000:rule/orders");
            events(http, endpoint, "PutTargets", "{\"Rule\":\"orders\",\"Targets\":[{\"Id\":\"q\","
                    + "\"Arn\":\"arn:aws:sqs:us-east-1:000000000000:orders\"}]}");
            // Four senders put batches of ten while Stratus is killed: deliveries are in flight or owed at that moment.
            AtomicInteger counter = new AtomicInteger();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService load = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                load.submit(() -> {
                    while (running.get()) {
                        List<Integer> batch = new java.util.ArrayList<>();
                        StringBuilder entries = new StringBuilder();
                        for (int i = 0; i < 10; i++) {
                            int n = counter.incrementAndGet();
                            batch.add(n);
                            entries.append(i == 0 ? "" : ",").append("{\"Source\":\"shop\",\"DetailType\":\"order\",\"Detail\":\"{\\\"n\\\":")
                                    .append(n).append("}\"}");
                        }
                        try {
                            if (events(http, endpoint, "PutEvents", "{\"Entries\":[" + entries + "]}") == 200) {
                                batch.forEach(n -> accepted.add("{\"n\":" + n + "}"));
                            }
                        } catch (Exception killed) {
                            return;
                        }
                    }
                });
            }
            killUnderLoad(first, load, running, () -> accepted.size() >= 1000);
        } finally {
            first.destroyForcibly();
        }
        assertTrue(accepted.size() >= 100, "the load put only " + accepted.size());
        Process second = start(data, port);
        try (SqsClient sqs = Clients.sqs(endpoint)) {
            Set<String> received = new HashSet<>();
            // Generous: how fast Stratus starts is not tested here, and JVMs starting side by side on a busy 2-core machine took over 30 s.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!received.containsAll(accepted) && System.nanoTime() < until) {
                for (Message m : sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1)).messages()) {
                    received.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(m.body()).get("detail").toString());
                    sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(m.receiptHandle()));
                }
            }
            Set<String> lost = new HashSet<>(accepted);
            lost.removeAll(received);
            assertEquals(Set.of(), lost, "events PutEvents accepted that never reached the queue (of " + accepted.size() + ")");
        } finally {
            second.destroy();
            second.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFifoTopicDeduplicatesAPublishRepeatedAfterKillNine() throws Exception {
        Path data = Files.createTempDirectory("stratus-crash-sns");
        int port = freePort();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        Process first = start(data, port);
        String topicArn;
        TestQueues.Queue q;
        PublishResponse published;
        try (SnsClient sns = Clients.sns(endpoint); SqsClient sqs = Clients.sqs(endpoint)) {
            q = new TestQueues(sqs).createFor("sns.amazonaws.com", "deduplicated", Map.of(QueueAttributeName.FIFO_QUEUE, "true"));
            topicArn = sns.createTopic(b -> b.name("orders.fifo").attributes(Map.of("FifoTopic", "true"))).topicArn();
            sns.subscribe(b -> b.topicArn(topicArn).protocol("sqs").endpoint(q.arn()).attributes(Map.of("RawMessageDelivery", "true")));
            published = sns.publish(b -> b.topicArn(topicArn).message("order 1").messageGroupId("g").messageDeduplicationId("order-1"));
            assertEquals(List.of("order 1"), bodies(sqs, q, 1));
        } finally {
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Process second = start(data, port);
        try (SnsClient sns = Clients.sns(endpoint); SqsClient sqs = Clients.sqs(endpoint)) {
            // AWS's deduplication interval is five minutes, whatever happens to the service meanwhile.
            PublishResponse repeated = sns.publish(b -> b.topicArn(topicArn).message("order 1 again").messageGroupId("g")
                    .messageDeduplicationId("order-1"));
            assertEquals(published.messageId(), repeated.messageId(), "a repeat is answered as the first publish was");
            assertEquals(published.sequenceNumber(), repeated.sequenceNumber());
            sns.publish(b -> b.topicArn(topicArn).message("order 2").messageGroupId("g").messageDeduplicationId("order-2"));
            assertEquals(List.of("order 2"), bodies(sqs, q, 1), "the repeat is not delivered");
        } finally {
            second.destroy();
            second.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The bodies that reach the queue, deleted as they come: waits (at most 20 s) for {@code expected}, then one more second for any that should not come. */
    private static List<String> bodies(SqsClient sqs, TestQueues.Queue q, int expected) {
        List<String> got = new java.util.ArrayList<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (got.size() < expected && System.nanoTime() < until) {
            got.addAll(take(sqs, q));
        }
        got.addAll(take(sqs, q));
        return got;
    }

    private static List<String> take(SqsClient sqs, TestQueues.Queue q) {
        List<Message> ms = sqs.receiveMessage(b -> b.queueUrl(q.url()).maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
        ms.forEach(m -> sqs.deleteMessage(b -> b.queueUrl(q.url()).receiptHandle(m.receiptHandle())));
        return ms.stream().map(Message::body).toList();
    }

    /** One EventBridge call over plain HTTP; its status, or an exception once Stratus is gone. */
    private static int events(HttpClient http, URI endpoint, String operation, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSEvents." + operation).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), operation + ": " + r.body());
        assertTrue(!r.body().contains("\"ErrorCode\""), operation + ": " + r.body());
        return r.statusCode();
    }

    private static SqsClient noRetries(URI endpoint) {
        return SqsClient.builder().endpointOverride(endpoint).region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("test", "test")))
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none()))
                .build();
    }

    @Test
    void answeredObjectPutsSurviveKillNineAndACutUploadLeavesNothing() throws Exception {
        Path data = Files.createTempDirectory("stratus-crash-s3");
        int port = freePort();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        Map<String, byte[]> answered = new ConcurrentHashMap<>();
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        Process first = start(data, port);
        try (S3Client s3 = Clients.s3(endpoint)) {
            s3.createBucket(b -> b.bucket("crash"));
            // An upload whose body is cut off when Stratus dies: half of the bytes its Content-Length promises are sent.
            java.net.Socket cut = new java.net.Socket("127.0.0.1", port);
            cut.getOutputStream().write(("PUT /crash/cut-short HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Length: 1048576\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            cut.getOutputStream().write(new byte[524288]);
            cut.getOutputStream().flush();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger counter = new AtomicInteger();
            ExecutorService load = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                load.submit(() -> {
                    while (running.get()) {
                        int n = counter.incrementAndGet();
                        String key = "objects/" + n;
                        byte[] body = new byte[16384 + n % 1000];
                        new java.util.Random(n).nextBytes(body);
                        attempted.add(key);
                        try {
                            s3.putObject(b -> b.bucket("crash").key(key), software.amazon.awssdk.core.sync.RequestBody.fromBytes(body));
                            answered.put(key, body);
                        } catch (RuntimeException e) {
                            return;
                        }
                    }
                });
            }
            killUnderLoad(first, load, running, () -> answered.size() >= 300);
            cut.close();
        } finally {
            first.destroyForcibly();
        }
        assertTrue(answered.size() > 50, "the load stored only " + answered.size());

        Process second = start(data, port);
        try (S3Client s3 = Clients.s3(endpoint)) {
            for (Map.Entry<String, byte[]> e : answered.entrySet()) {
                assertTrue(java.util.Arrays.equals(e.getValue(), s3.getObjectAsBytes(b -> b.bucket("crash").key(e.getKey())).asByteArray()),
                        "answered PUT of " + e.getKey() + " read back whole after kill -9");
            }
            Set<String> listed = new HashSet<>();
            s3.listObjectsV2Paginator(b -> b.bucket("crash")).contents().forEach(o -> listed.add(o.key()));
            assertTrue(listed.containsAll(answered.keySet()), "every answered PUT is listed");
            assertTrue(attempted.containsAll(listed), "objects nobody put: " + listed);
            // Each node writes into an incoming folder of its own, locked by its node.lock while it runs: the killed node's went at start.
            try (var incoming = Files.walk(data.resolve("s3").resolve("incoming"))) {
                assertEquals(0, incoming.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("node.lock")).count(),
                        "what the kill cut short was cleared at start");
            }
            try (var folders = Files.list(data.resolve("s3").resolve("incoming"))) {
                assertEquals(1, folders.count(), "only the running node's incoming folder is left");
            }
        } finally {
            second.destroy();
            second.waitFor(10, TimeUnit.SECONDS);
        }
    }

    static Process start(Path data, int port) throws Exception {
        return start(data, port, Map.of());
    }

    static Process start(Path data, int port, Map<String, String> environment) throws Exception {
        return start(data, port, environment, List.of());
    }

    /** Stratus started as a process with {@code --data}, {@code --port} and {@code options}, once it answers; its output goes to DATA.log. */
    static Process start(Path data, int port, Map<String, String> environment, List<String> options) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", System.getProperty("stratus.jar"), "start", "--data", data.toString(),
                "--port", Integer.toString(port)));
        command.addAll(options);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile());
        pb.environment().putAll(environment);
        Process p = pb.start();
        HttpClient http = HttpClient.newHttpClient();
        // Generous: how fast Stratus starts is not tested here, and JVMs starting side by side on a busy 2-core machine took over 30 s.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_stratus/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                if (!p.isAlive()) {
                    throw new AssertionError("Stratus exited with " + p.exitValue() + " at start: "
                            + Files.readString(data.resolveSibling(data.getFileName() + ".log")));
                }
                Thread.sleep(50);
            }
        }
        p.destroyForcibly();
        throw new AssertionError("Stratus did not become healthy within 60 s");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Lets the load run until {@code enough} (at most 10 s), kills Stratus with SIGKILL mid-load, then stops the load. */
    private static void killUnderLoad(Process stratus, ExecutorService load, AtomicBoolean running,
                                      java.util.function.BooleanSupplier enough) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!enough.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        stratus.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        running.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(30, TimeUnit.SECONDS));
    }
}
