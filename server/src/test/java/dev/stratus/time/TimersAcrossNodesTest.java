package dev.stratus.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.store.PostgresStore;
import dev.stratus.store.TestPostgres;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Three nodes on one PostgreSQL database, each with its own store connections and timers, driven by
 * hand (no timer threads): every due timer fires once across them, and the timers a node leased
 * before it stopped beating fire on the others.
 */
class TimersAcrossNodesTest {
    final ManualClock clock = new ManualClock(1_000_000);
    final String url = TestPostgres.freshDatabase();
    final List<PostgresStore> stores = new ArrayList<>();
    final Map<String, AtomicInteger> fired = new ConcurrentHashMap<>();

    /** A node: its own store, its nodes' view and its timers, firing "t" timers into {@link #fired}. */
    record Node(PostgresStore store, Nodes nodes, Timers timers) {
    }

    Node node(String id) {
        PostgresStore store = PostgresStore.open(url);
        stores.add(store);
        Nodes nodes = new Nodes(store, clock, id);
        Timers timers = new Timers(store, clock, nodes);
        timers.on("t", (tx, payload) -> fired.computeIfAbsent(payload, p -> new AtomicInteger()).incrementAndGet());
        nodes.beat();
        return new Node(store, nodes, timers);
    }

    @AfterEach
    void close() {
        stores.forEach(PostgresStore::close);
    }

    void schedule(Node node, int count) {
        node.store().write(tx -> {
            for (int i = 0; i < count; i++) {
                node.timers().schedule(tx, "t", clock.millis(), Integer.toString(i));
            }
            return null;
        });
    }

    long pending(Node node) {
        return node.store().read(tx -> {
            try (ResultSet rs = tx.sql("SELECT COUNT(*) FROM stratus_timer").executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Leases and fires, over and over, on each node at once, until none of them finds anything due. */
    static void fireTogether(List<Node> nodes, long now) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        List<Future<?>> done = new ArrayList<>();
        for (Node n : nodes) {
            done.add(threads.submit(() -> {
                for (List<Timers.Due> got = n.timers().lease(now); !got.isEmpty(); got = n.timers().lease(now)) {
                    n.timers().fire(got);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        threads.shutdown();
    }

    @Test
    void threeNodesFiringTheSameDueTimersFireEachOnce() throws Exception {
        List<Node> nodes = List.of(node("a"), node("b"), node("c"));
        schedule(nodes.get(0), 600);
        fireTogether(nodes, clock.millis());
        assertEquals(600, fired.size());
        fired.forEach((timer, times) -> assertEquals(1, times.get(), "timer " + timer + " fired " + times + " times"));
        assertEquals(0, pending(nodes.get(0)));
    }

    @Test
    void timersLeasedByANodeThatStopsBeatingFireOnTheOthers() throws Exception {
        Node a = node("a");
        Node b = node("b");
        Node c = node("c");
        schedule(a, 50);
        assertEquals(50, c.timers().lease(clock.millis()).size(), "c leases every due timer, then is killed before firing");
        fireTogether(List.of(a, b), clock.millis());
        assertEquals(0, fired.size(), "c's leases hold while c may be alive");
        for (int i = 0; i <= Nodes.DEAD_AFTER_BEATS; i++) { // the first sees c's count, the next five see it stand still
            a.nodes().beat();
            b.nodes().beat();
        }
        fireTogether(List.of(a, b), clock.millis());
        assertEquals(50, fired.size());
        fired.forEach((timer, times) -> assertEquals(1, times.get(), "timer " + timer + " fired " + times + " times"));
    }

    @Test
    void aNodeRestartedWithTheSameIdFiresWhatItHadLeasedAtOnce() throws Exception {
        Node a = node("a");
        Node c = node("c");
        schedule(a, 20);
        assertEquals(20, c.timers().lease(clock.millis()).size());
        Node restarted = node("c");
        fireTogether(List.of(restarted), clock.millis());
        assertEquals(20, fired.size(), "no beat needed: its own leases are freed as it starts");
    }

    @Test
    void aChainThatReschedulesItselfFiresOncePerPeriodAcrossThreeNodes() throws Exception {
        List<Node> nodes = List.of(node("a"), node("b"), node("c"));
        AtomicInteger links = new AtomicInteger();
        for (Node n : nodes) {
            n.timers().on("every-minute", (tx, payload) -> {
                links.incrementAndGet();
                n.timers().schedule(tx, "every-minute", clock.millis() + 60_000, payload);
            });
            n.timers().ensure("every-minute", clock.millis() + 60_000, "");
        }
        for (int minute = 1; minute <= 10; minute++) {
            clock.advance(60_000);
            fireTogether(nodes, clock.millis());
            assertEquals(minute, links.get(), "once in minute " + minute);
        }
    }
}
