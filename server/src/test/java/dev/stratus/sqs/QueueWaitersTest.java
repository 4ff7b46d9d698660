package dev.stratus.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.store.SqliteStore;
import dev.stratus.store.Store;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
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
        a = new QueueWaiters(store, "a");
        b = new QueueWaiters(store, "b");
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
}
