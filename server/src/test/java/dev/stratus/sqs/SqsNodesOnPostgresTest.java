package dev.stratus.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.RecordedMetrics;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sqs.api.ChangeMessageVisibilityRequest;
import dev.stratus.sqs.api.CreateQueueRequest;
import dev.stratus.sqs.api.DeleteMessageRequest;
import dev.stratus.sqs.api.DeleteQueueRequest;
import dev.stratus.sqs.api.GetQueueAttributesRequest;
import dev.stratus.sqs.api.GetQueueUrlRequest;
import dev.stratus.sqs.api.Message;
import dev.stratus.sqs.api.ReceiveMessageRequest;
import dev.stratus.sqs.api.SendMessageBatchRequest;
import dev.stratus.sqs.api.SendMessageBatchRequestEntry;
import dev.stratus.sqs.api.SendMessageRequest;
import dev.stratus.sqs.api.SetQueueAttributesRequest;
import dev.stratus.store.PostgresStore;
import dev.stratus.store.TestPostgres;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Three nodes on one PostgreSQL serve SQS as one: a long poll on one is woken by what another
 * does, a queue made or changed through one is seen as it is by the others, and receivers on all
 * of them take different messages side by side.
 */
class SqsNodesOnPostgresTest {
    static final String URL = TestPostgres.freshDatabase();
    static final Node A = new Node();
    static final Node B = new Node();
    static final Node C = new Node();
    /** Each task on a thread of its own: the common pool may have one thread, which a long poll would hold. */
    static final java.util.concurrent.Executor OWN_THREAD = task -> Thread.ofPlatform().start(task);
    final RequestContext ctx = new RequestContext("r", "sqs", "op", "us-east-1", "000000000000", "test", "localhost:4566",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));

    static final class Node {
        final PostgresStore store = PostgresStore.open(URL);
        final Timers timers = new Timers(store, Clock.SYSTEM);
        final Jobs jobs = new Jobs(store, Clock.SYSTEM);
        final SqsService sqs = new SqsService(store, Clock.SYSTEM, timers, jobs, new RecordedMetrics());

        void close() {
            sqs.stop();
            jobs.close();
            timers.close();
            store.close();
        }
    }

    @AfterAll
    static void close() {
        List.of(A, B, C).forEach(Node::close);
    }

    String create(Node n, String name) {
        return n.sqs.createQueue(ctx, new CreateQueueRequest(name, Map.of(), null)).queueUrl();
    }

    void send(Node n, String url, String body) {
        n.sqs.sendMessage(ctx, new SendMessageRequest(url, body, null, null, null, null, null));
    }

    /** A long poll of up to 20 s for one message on {@code n}, begun on its own thread, once it waits. */
    CompletableFuture<List<String>> waitingReceive(Node n, String url) throws InterruptedException {
        Thread[] receiver = new Thread[1];
        CompletableFuture<List<String>> got = CompletableFuture.supplyAsync(() -> {
            receiver[0] = Thread.currentThread();
            var r = n.sqs.receiveMessage(ctx, new ReceiveMessageRequest(url, null, null, null, 1, null, 20, null));
            return r.messages() == null ? List.<String>of() : r.messages().stream().map(m -> m.body()).toList();
        }, OWN_THREAD);
        while (receiver[0] == null || receiver[0].getState() != Thread.State.TIMED_WAITING) {
            Thread.sleep(1);
        }
        return got;
    }

    /** What {@code read} gives once it gives {@code expected}, or its last answer after 5 s. */
    static <T> T eventually(T expected, Supplier<T> read) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        T last = read.get();
        while (!expected.equals(last) && System.nanoTime() < until) {
            Thread.sleep(1);
            last = read.get();
        }
        return last;
    }

    @Test
    void aLongPollOnOneNodeIsWokenByASendThroughAnother() throws Exception {
        String url = create(A, "woken");
        CompletableFuture<List<String>> onA = waitingReceive(A, url);
        CompletableFuture<List<String>> onC = waitingReceive(C, url);
        send(B, url, "hello");
        send(B, url, "again");
        List<String> all = new java.util.ArrayList<>(onA.get(5, TimeUnit.SECONDS));
        all.addAll(onC.get(5, TimeUnit.SECONDS));
        // Both wake; each message goes to one of them.
        assertEquals(List.of("again", "hello"), all.stream().sorted().toList());
    }

    @Test
    void aLongPollIsWokenWhenAMessageIsMadeVisibleThroughAnotherNode() throws Exception {
        String url = create(B, "visible-again");
        send(B, url, "m");
        var held = B.sqs.receiveMessage(ctx, new ReceiveMessageRequest(url, null, null, null, 1, 600, 0, null)).messages().getFirst();
        CompletableFuture<List<String>> onA = waitingReceive(A, url);
        C.sqs.changeMessageVisibility(ctx, new ChangeMessageVisibilityRequest(url, held.receiptHandle(), 0));
        assertEquals(List.of("m"), onA.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aLongPollEndsWhenItsQueueIsDeletedThroughAnotherNode() throws Exception {
        String url = create(A, "deleted");
        CompletableFuture<List<String>> onB = waitingReceive(B, url);
        A.sqs.deleteQueue(ctx, new DeleteQueueRequest(url));
        assertEquals(List.of(), onB.get(5, TimeUnit.SECONDS));
    }

    @Test
    void queuesMadeChangedAndDeletedThroughOneNodeAreSeenSoByTheOthers() throws Exception {
        String url = create(A, "shared");
        assertEquals(url, B.sqs.getQueueUrl(ctx, new GetQueueUrlRequest("shared", null)).queueUrl());
        A.sqs.setQueueAttributes(ctx, new SetQueueAttributesRequest(url, Map.of("VisibilityTimeout", "77")));
        assertEquals("77", eventually("77", () -> attribute(C, url, "VisibilityTimeout")));
        B.sqs.deleteQueue(ctx, new DeleteQueueRequest(url));
        assertEquals("gone", eventually("gone", () -> {
            try {
                return attribute(A, url, "VisibilityTimeout");
            } catch (AwsException e) {
                return "gone";
            }
        }));
        // Each node hears of the deletion on its own (AWS too says a deleted queue may answer for up to 60 s).
        assertEquals("gone", eventually("gone", () -> {
            try {
                return C.sqs.getQueueUrl(ctx, new GetQueueUrlRequest("shared", null)).queueUrl();
            } catch (AwsException e) {
                return "gone";
            }
        }));
    }

    @Test
    void twoNodesCreatingOneQueueAtOnceMakeOne() throws Exception {
        CompletableFuture<String> onA = CompletableFuture.supplyAsync(() -> create(A, "raced"), OWN_THREAD);
        CompletableFuture<String> onB = CompletableFuture.supplyAsync(() -> create(B, "raced"), OWN_THREAD);
        assertEquals(onA.get(5, TimeUnit.SECONDS), onB.get(5, TimeUnit.SECONDS));
        send(C, onA.get(), "one");
        assertEquals("1", attribute(A, onA.get(), "ApproximateNumberOfMessages"));
    }

    /** Sends {@code count} messages "0".."count-1" in batches, FIFO ones spread over {@code groups} groups. */
    void sendMany(Node n, String url, int count, int groups) {
        for (int first = 0; first < count; first += 10) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int i = first; i < Math.min(count, first + 10); i++) {
                String group = groups == 0 ? null : "g" + i % groups;
                entries.add(new SendMessageBatchRequestEntry("e" + i, Integer.toString(i), null, null, null,
                        groups == 0 ? null : "d" + i, group));
            }
            var r = n.sqs.sendMessageBatch(ctx, new SendMessageBatchRequest(url, entries));
            assertEquals(entries.size(), r.successful().size());
        }
    }

    /**
     * Sixteen receivers spread over the three nodes receive and delete until {@code count} messages
     * are done; returns the bodies received, in the order the receives answered them (each noted
     * before its message is deleted).
     */
    List<Integer> receiveAndDeleteAll(String url, int count) throws Exception {
        AtomicInteger deleted = new AtomicInteger();
        Queue<Integer> received = new ConcurrentLinkedQueue<>();
        List<Node> nodes = List.of(A, B, C);
        List<CompletableFuture<Void>> receivers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Node n = nodes.get(i % 3);
            receivers.add(CompletableFuture.runAsync(() -> {
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (deleted.get() < count && System.nanoTime() < until) {
                    var r = n.sqs.receiveMessage(ctx, new ReceiveMessageRequest(url, null, null, null, 10, 600, 0, null));
                    List<Message> got = r.messages() == null ? List.of() : r.messages();
                    got.forEach(m -> received.add(Integer.parseInt(m.body())));
                    for (Message m : got) {
                        n.sqs.deleteMessage(ctx, new DeleteMessageRequest(url, m.receiptHandle()));
                        deleted.incrementAndGet();
                    }
                }
            }, OWN_THREAD));
        }
        for (var r : receivers) {
            r.get(30, TimeUnit.SECONDS); // a receive or delete answered with an error fails here
        }
        return List.copyOf(received);
    }

    @Test
    void sixteenReceiversOnThreeNodesTakeEachMessageOnceAndDeleteThemAll() throws Exception {
        String url = create(A, "busy");
        sendMany(B, url, 600, 0);
        List<Integer> received = receiveAndDeleteAll(url, 600);
        // The visibility timeout (600 s) outlasts the test: a message received twice was taken by two receivers at once.
        assertEquals(IntStream.range(0, 600).boxed().toList(), received.stream().sorted().toList());
        assertEquals("0", attribute(C, url, "ApproximateNumberOfMessages"));
        assertEquals("0", attribute(C, url, "ApproximateNumberOfMessagesNotVisible"));
    }

    @Test
    void sixteenReceiversOnThreeNodesTakeAFifoQueuesGroupsInOrder() throws Exception {
        String url = A.sqs.createQueue(ctx, new CreateQueueRequest("busy.fifo", Map.of("FifoQueue", "true"), null)).queueUrl();
        sendMany(B, url, 300, 6);
        List<Integer> received = receiveAndDeleteAll(url, 300);
        assertEquals(IntStream.range(0, 300).boxed().toList(), received.stream().sorted().toList());
        // A group's next message is received only once the one before it is deleted, by whichever receiver.
        Map<Integer, Integer> lastOfGroup = new HashMap<>();
        for (int body : received) {
            Integer before = lastOfGroup.put(body % 6, body);
            assertTrue(before == null || before < body, "group " + body % 6 + ": " + body + " received after " + before);
        }
    }

    String attribute(Node n, String url, String name) {
        return n.sqs.getQueueAttributes(ctx, new GetQueueAttributesRequest(url, List.of(name))).attributes().get(name);
    }
}
