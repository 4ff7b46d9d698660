package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusNodes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * The same SQS scenarios on three Stratus nodes sharing one PostgreSQL database, behind a front
 * that sends each request to the next node: every call of a scenario lands on another node than
 * the one before, so what one node wrote, the next one must see (caches included), and a long
 * poll waiting on one node must wake when another node takes the message.
 */
class SqsOnThreeNodesIT extends SqsScenarios {
    @RegisterExtension
    static final StratusNodes NODES = StratusNodes.onPostgres(3).manualClock();

    @Override
    StratusNodes stratus() {
        return NODES;
    }

    /**
     * The other nodes hear of a deletion on their own time, as AWS allows: "the deletion process
     * takes up to 60 seconds. Requests you send involving that queue during the 60 seconds might
     * succeed." Here they hear within milliseconds, so the check is given five seconds.
     */
    @Override
    void onceDeleted(Runnable check) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
        }
    }

    @Test
    void aLongPollOnOneNodeWakesWhenAnotherNodeTakesTheMessage() throws Exception {
        try (SqsClient first = Clients.sqs(NODES.endpoint(0)); SqsClient second = Clients.sqs(NODES.endpoint(1))) {
            String url = create(name("across"), Map.of());
            long start = System.nanoTime();
            CompletableFuture<ReceiveMessageResponse> waiting = CompletableFuture.supplyAsync(() ->
                    first.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(20)));
            Thread.sleep(300);
            second.sendMessage(b -> b.queueUrl(url).messageBody("from the other node"));
            // The clock stands still: without a wake-up from the other node, the poll would wait for good.
            ReceiveMessageResponse r = waiting.get(10, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(List.of("from the other node"), r.messages().stream().map(Message::body).toList());
            assertTrue(millis < 5_000, "the long poll on node 0 returned " + millis + " ms after it began");
        }
    }

    @Test
    void aMessageIsReceivedOnceWhicheverNodesTheReceivesGoTo() {
        String url = create(name("once"), Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "600"));
        int count = 30;
        for (int i = 0; i < count; i++) {
            int n = i;
            sqs.sendMessage(b -> b.queueUrl(url).messageBody("m" + n));
        }
        List<String> received = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            received.addAll(sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)).messages().stream().map(Message::body).toList());
        }
        assertEquals(count, received.size(), "each message once, while in flight: " + received);
        assertEquals(count, new java.util.HashSet<>(received).size(), "no message twice: " + received);
    }
}
