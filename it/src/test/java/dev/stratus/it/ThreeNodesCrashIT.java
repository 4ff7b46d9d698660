package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.store.TestPostgres;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Three Stratus processes on one PostgreSQL database, as three machines would run them; load goes
 * to all three (SQS sends, receives and deletes; SNS publishes owed to an SQS subscription;
 * asynchronous Lambda invokes, each owed as a job), and one node is killed with SIGKILL in the
 * middle of it. The other two keep answering; every answered send is still received (once or
 * more: SQS is at-least-once), no answered delete comes back, and what the killed node owed or was
 * running (deliveries, invocations) is done by the others within {@link #TAKEOVER}.
 */
class ThreeNodesCrashIT {
    /** How soon the survivors finish the killed node's work: its leases run out, then the work runs. Generous for CI. */
    static final Duration TAKEOVER = Duration.ofSeconds(15);
    /** A message received by the killed node's receiver is visible again this long after. */
    static final int VISIBILITY_TIMEOUT = 3;
    static final List<String> IDS = List.of("a", "b", "c");
    /** Their functions mark events in a host directory, which a sandboxed function cannot see: durability, not isolation, is tested here. */
    static final Map<String, String> UNSANDBOXED = Map.of("STRATUS_LAMBDA_SANDBOX", "off");

    record Node(String id, Process process, URI endpoint) {
    }

    @Test
    void aNodeKilledUnderLoadLosesNothingAnsweredAndTheOthersTakeOverItsWork() throws Exception {
        List<Node> nodes = startNodes(TestPostgres.freshDatabase());
        Path marks = Files.createTempDirectory("stratus-nodes-marks");
        Node victim = nodes.get(2);
        List<SqsClient> sqs = nodes.stream().map(n -> noRetries(n.endpoint())).toList();
        List<SnsClient> sns = nodes.stream().map(n -> Clients.sns(n.endpoint())).toList();
        try (LambdaClient lambda = Clients.lambda(nodes.get(0).endpoint())) {
            String work = sqs.get(0).createQueue(b -> b.queueName("work")
                    .attributesWithStrings(Map.of("VisibilityTimeout", Integer.toString(VISIBILITY_TIMEOUT)))).queueUrl();
            TestQueues.Queue fanout = new TestQueues(sqs.get(0)).createFor("sns.amazonaws.com", "fanout", Map.of());
            // A listing's next page may be asked of another node (behind a load balancer): its token is good there.
            String next = sqs.get(0).listQueues(b -> b.maxResults(1)).nextToken();
            assertEquals(1, sqs.get(1).listQueues(b -> b.maxResults(1).nextToken(next)).queueUrls().size(), "a token of node a read by node b");
            String topic = sns.get(1).createTopic(b -> b.name("fan")).topicArn();
            sns.get(2).subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(fanout.arn()).attributes(Map.of("RawMessageDelivery", "true")));
            lambda.createFunction(b -> b.functionName("touch").runtime(Runtime.PYTHON3_12).handler("app.handler")
                    .role(TestRoles.lambda(nodes.get(0).endpoint())).timeout(30)
                    .code(c -> c.zipFile(SdkBytes.fromByteArray(FunctionZips.of("python")))));
            lambda.waiter().waitUntilFunctionActiveV2(b -> b.functionName("touch"));

            Load load = new Load(work, topic);
            for (int i = 0; i < nodes.size(); i++) {
                load.on(nodes.get(i).id(), sqs.get(i), sns.get(i));
            }
            Set<String> invoked = invokeOnEachNode(nodes, marks);
            long enoughBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(6);
            while ((load.sent.size() < 600 || load.published.size() < 150) && System.nanoTime() < enoughBy) {
                Thread.sleep(20);
            }
            victim.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            long killed = System.nanoTime();
            int sentBeforeKill = load.sent.size();
            // The survivors go on serving their clients a little while.
            Thread.sleep(1000);
            load.stop();
            assertTrue(load.sent.size() > sentBeforeKill, "the other nodes answered no send after the kill");
            assertTrue(sentBeforeKill > 100 && load.published.size() > 20 && !load.deleted.isEmpty(),
                    "too little load: " + sentBeforeKill + " sent, " + load.published.size() + " published, " + load.deleted.size() + " deleted");

            SqsClient survivor = sqs.get(0);
            Set<String> delivered = new HashSet<>();
            Set<String> done = Set.of();
            long deadline = killed + TAKEOVER.toNanos();
            while ((!delivered.containsAll(load.published) || !done.containsAll(invoked)) && System.nanoTime() < deadline) {
                for (Message m : survivor.receiveMessage(b -> b.queueUrl(fanout.url()).maxNumberOfMessages(10).waitTimeSeconds(1)).messages()) {
                    delivered.add(m.body());
                    survivor.deleteMessage(b -> b.queueUrl(fanout.url()).receiptHandle(m.receiptHandle()));
                }
                try (var files = Files.list(marks)) {
                    done = files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
                }
            }
            double seconds = (System.nanoTime() - killed) / 1e9;
            assertEquals(Set.of(), missing(load.published, delivered), "publishes answered but not delivered " + seconds + " s after the kill");
            assertEquals(Set.of(), missing(invoked, done), "accepted invocations not run " + seconds + " s after the kill");
            System.out.printf("three nodes: node %s killed after %d sends; its owed work done by the others within %.1f s%n",
                    victim.id(), sentBeforeKill, seconds);

            Set<String> remaining = drain(survivor, work);
            Set<String> expected = new HashSet<>(load.sent);
            expected.removeAll(load.deleted);
            // A delete the kill cut off may or may not have committed: its message may be gone without being lost.
            expected.removeAll(load.unanswered);
            assertEquals(Set.of(), missing(expected, remaining), "answered sends missing after node " + victim.id() + " was killed");
            Set<String> resurrected = new HashSet<>(remaining);
            resurrected.retainAll(load.deleted);
            assertEquals(Set.of(), resurrected, "answered deletes came back");
            assertTrue(load.attempted.containsAll(remaining), "messages nobody sent");
        } finally {
            sqs.forEach(SqsClient::close);
            sns.forEach(SnsClient::close);
            for (Node n : nodes) {
                n.process().destroy();
            }
            for (Node n : nodes) {
                n.process().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Node a first, which makes the KMS master key; b and c then start together with a copy of it,
     * as every node sharing a store must have, and all on one S3 blob directory (the README says so).
     */
    static List<Node> startNodes(String store) throws Exception {
        Path s3 = Files.createTempDirectory("stratus-nodes-s3");
        List<Path> dirs = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        for (String id : IDS) {
            dirs.add(Files.createTempDirectory("stratus-node-" + id + "-"));
            ports.add(CrashDurabilityIT.freePort());
        }
        List<Node> nodes = new ArrayList<>();
        nodes.add(start(IDS.get(0), dirs.get(0), ports.get(0), store, s3));
        List<CompletableFuture<Node>> others = new ArrayList<>();
        for (int i = 1; i < IDS.size(); i++) {
            Files.copy(dirs.get(0).resolve("kms-master.key"), dirs.get(i).resolve("kms-master.key"));
            int n = i;
            others.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return start(IDS.get(n), dirs.get(n), ports.get(n), store, s3);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        try {
            for (CompletableFuture<Node> f : others) {
                nodes.add(f.join());
            }
        } catch (RuntimeException e) {
            nodes.forEach(n -> n.process().destroyForcibly());
            others.forEach(f -> f.thenAccept(n -> n.process().destroyForcibly()));
            throw e;
        }
        return nodes;
    }

    static Node start(String id, Path data, int port, String store, Path s3) throws Exception {
        Process p = CrashDurabilityIT.start(data, port, UNSANDBOXED, List.of("--store", store, "--node-id", id, "--s3-dir", s3.toString()));
        return new Node(id, p, URI.create("http://127.0.0.1:" + port));
    }

    /** Three asynchronous invocations through each node, each a few seconds' work: some are running when the kill comes. */
    static Set<String> invokeOnEachNode(List<Node> nodes, Path marks) {
        Set<String> ids = new HashSet<>();
        for (Node n : nodes) {
            try (LambdaClient lambda = Clients.lambda(n.endpoint())) {
                for (int i = 0; i < 3; i++) {
                    String id = "e-" + n.id() + "-" + i;
                    String payload = "{\"action\": \"touch\", \"seconds\": 2, \"dir\": \"" + marks + "\", \"id\": \"" + id + "\"}";
                    assertEquals(202, lambda.invoke(b -> b.functionName("touch").invocationType(InvocationType.EVENT)
                            .payload(SdkBytes.fromUtf8String(payload))).statusCode());
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** Every message left in the queue, those the killed node's receiver held included once they are visible again. */
    static Set<String> drain(SqsClient sqs, String url) throws InterruptedException {
        Thread.sleep(TimeUnit.SECONDS.toMillis(VISIBILITY_TIMEOUT));
        Set<String> remaining = new HashSet<>();
        while (true) {
            List<Message> got = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).visibilityTimeout(600).waitTimeSeconds(1)).messages();
            if (got.isEmpty()) {
                return remaining;
            }
            got.forEach(m -> remaining.add(m.body()));
        }
    }

    static Set<String> missing(Set<String> expected, Set<String> found) {
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(found);
        return missing;
    }

    static SqsClient noRetries(URI endpoint) {
        return Clients.sqs(endpoint, StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
    }

    /**
     * Per node: two senders and a receiver that deletes what it gets on the work queue, and a
     * publisher to the topic. A thread stops at its first failure (its node is gone): what was
     * answered before counts.
     */
    static final class Load {
        final Set<String> attempted = ConcurrentHashMap.newKeySet();
        final Set<String> sent = ConcurrentHashMap.newKeySet();
        final Set<String> deleted = ConcurrentHashMap.newKeySet();
        final Set<String> unanswered = ConcurrentHashMap.newKeySet();
        final Set<String> published = ConcurrentHashMap.newKeySet();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger counter = new AtomicInteger();
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final String work;
        private final String topic;

        Load(String work, String topic) {
            this.work = work;
            this.topic = topic;
        }

        void on(String node, SqsClient sqs, SnsClient sns) {
            for (int t = 0; t < 2; t++) {
                threads.submit(() -> {
                    while (running.get()) {
                        String body = "w-" + node + "-" + counter.incrementAndGet();
                        attempted.add(body);
                        sqs.sendMessage(b -> b.queueUrl(work).messageBody(body));
                        sent.add(body);
                    }
                    return null;
                });
            }
            threads.submit(() -> {
                while (running.get()) {
                    for (Message m : sqs.receiveMessage(b -> b.queueUrl(work).maxNumberOfMessages(10)).messages()) {
                        unanswered.add(m.body());
                        sqs.deleteMessage(b -> b.queueUrl(work).receiptHandle(m.receiptHandle()));
                        deleted.add(m.body());
                        unanswered.remove(m.body());
                    }
                }
                return null;
            });
            threads.submit(() -> {
                while (running.get()) {
                    String message = "p-" + node + "-" + counter.incrementAndGet();
                    sns.publish(b -> b.topicArn(topic).message(message));
                    published.add(message);
                }
                return null;
            });
        }

        void stop() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS), "the load did not stop");
        }
    }
}
