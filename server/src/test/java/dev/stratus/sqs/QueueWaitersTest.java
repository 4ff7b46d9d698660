package dev.stratus.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.store.SqliteStore;
import dev.stratus.store.Store;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes' waiters on one store (SQLite hands every announcement to every listener of the
 * process, as PostgreSQL does across nodes): a change is announced only for queues another node
 * waits on, and one made just before the node heard of the wait is announced when it does.
 */
class QueueWaitersTest {
    final SqliteStore store = SqliteStore.inMemory();
    final List<String> heard = new CopyOnWriteArrayList<>();
    /** The nanoTime both nodes go by for how long notices and changes hold; it moves only when a test moves it. */
    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final QueueWaiters a;
    final QueueWaiters b;

    QueueWaitersTest() {
        store.listen(QueueWaiters.CHANNEL, new Store.Listener() {
            @Override
            public void heard(String payload) {
                heard.add(payload);
            }

            @Override
            public void missed() {
            }
        });
        a = new QueueWaiters(store, "a", nanos::get);
        b = new QueueWaiters(store, "b", nanos::get);
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
        store.close();
    }

    static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        return condition.getAsBoolean();
    }

    void waitsOn(QueueWaiters w, long queueId) {
        store.write(tx -> {
            w.willWait(tx, queueId);
            return null;
        });
    }

    @Test
    void aChangeIsAnnouncedOnlyWhereAnotherNodeWaits() throws Exception {
        assertTrue(eventually(() -> heard.containsAll(List.of("h a", "h b"))));
        b.signal(7);
        waitsOn(a, 8);
        assertTrue(heard.contains("w a 40000 8"));
        long seen = a.version(8);
        b.signal(8);
        assertTrue(eventually(() -> a.version(8) != seen), "a's receivers on 8 are woken");
        assertTrue(heard.contains("c b 8"));
        assertFalse(heard.stream().anyMatch(p -> p.startsWith("c b 7")), "nobody waits on 7: " + heard);
    }

    @Test
    void aChangeMadeBeforeTheNodeHeardOfAWaitIsAnnouncedWhenItDoes() throws Exception {
        b.signal(9);
        long seen = a.version(9);
        waitsOn(a, 9);
        assertTrue(eventually(() -> a.version(9) != seen), "b answers a's notice with the change it made");
    }

    @Test
    void oneNoticeCoversTheWaitsThatFollowIt() {
        waitsOn(a, 5);
        waitsOn(a, 5);
        assertEquals(1, heard.stream().filter(p -> p.startsWith("w a")).count());
    }

    void passes(long seconds) {
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    /** A receiver in {@code w}'s await on {@code queueId} until woken (or 20 s pass). */
    Thread receiverWaiting(QueueWaiters w, long queueId) throws InterruptedException {
        long seen = w.version(queueId);
        Thread receiver = Thread.ofPlatform().daemon().start(() -> {
            try {
                w.await(queueId, seen, 20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(eventually(() -> receiver.getState() == Thread.State.TIMED_WAITING));
        return receiver;
    }

    /**
     * Queues created and deleted again and again, a receive having waited on each (so the other node
     * heard of it) and a send's wake-up racing its delete, some after it: once nothing needs them, no
     * signal is left on either node.
     */
    @Test
    void signalsOfDeletedQueuesGoWhenNothingNeedsThemEvenWhereASendRacedTheDelete() throws Exception {
        ExecutorService sender = Executors.newSingleThreadExecutor();
        try {
            for (long q = 1; q <= 300; q++) {
                long queue = q;
                a.version(queue);
                waitsOn(a, queue);
                Future<?> send = sender.submit(() -> a.signal(queue));
                a.forget(queue);
                send.get();
                a.signal(queue);
                passes(1);
            }
        } finally {
            sender.shutdown();
        }
        passes(QueueWaiters.WAIT_NOTICE_HOLDS_MS / 1000 + 1);
        // Another queue's delete on each node: the sweep that is due runs.
        a.forget(0);
        b.forget(0);
        assertEquals(0, a.signalCount());
        assertEquals(0, b.signalCount());
    }

    @Test
    void aReceiverWaitingOnAQueueIsWokenByASendAfterIdleSignalsWereSwept() throws Exception {
        Thread receiver = receiverWaiting(a, 3);
        a.signal(4);
        passes(QueueWaiters.WAIT_NOTICE_HOLDS_MS / 1000 + 1);
        a.forget(0);
        assertEquals(1, a.signalCount(), "queue 4's signal is swept, not the one a receiver waits on");
        a.signal(3);
        receiver.join(5_000);
        assertFalse(receiver.isAlive(), "the send woke the receiver");
    }

    /** Another node's receiver keeps this node's signal of the queue: its change is still announced. */
    @Test
    void aReceiverOnAnotherNodeIsWokenByASendAfterSweeps() throws Exception {
        Thread receiver = receiverWaiting(b, 4);
        waitsOn(b, 4);
        passes(QueueWaiters.SWEEP_EVERY_MS / 1000 + 5);
        a.forget(0);
        b.forget(0);
        a.signal(4);
        receiver.join(5_000);
        assertFalse(receiver.isAlive(), "a's send woke b's receiver");
    }

    /** A receiver that looked at a queue whose signal was swept before it waits does not wait for a change it may have missed. */
    @Test
    void aSignalMadeAgainDoesNotRepeatAVersionSeen() {
        long seen = a.version(5);
        passes(QueueWaiters.SWEEP_EVERY_MS / 1000 + 1);
        a.forget(0);
        assertEquals(0, a.signalCount());
        assertNotEquals(seen, a.version(5));
    }
}
