package dev.stratus.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.store.PostgresStore;
import dev.stratus.store.TestPostgres;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Nodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Three nodes on one PostgreSQL database, each with its own store connections, nodes' view and job
 * engine, driven by hand (no claiming threads): every job runs once across them, a lane's jobs run one
 * at a time in order whichever node holds them, and the jobs a node claimed are taken over when it stops
 * beating, or at once when it restarts with the same id.
 */
class JobsAcrossNodesTest {
    final ManualClock clock = new ManualClock(1_000_000);
    final String url = TestPostgres.freshDatabase();
    final List<AutoCloseable> open = new ArrayList<>();
    final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    final Map<String, List<Integer>> laneOrder = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> laneRunning = new ConcurrentHashMap<>();
    final AtomicInteger laneOverlaps = new AtomicInteger();

    record Node(PostgresStore store, Nodes nodes, Jobs jobs) {
    }

    Node node(String id) {
        PostgresStore store = PostgresStore.open(url);
        Nodes nodes = new Nodes(store, clock, id);
        Jobs jobs = new Jobs(store, clock, Permission.ANYONE, nodes);
        open.add(store);
        open.add(jobs);
        jobs.handle("t", job -> {
            AtomicInteger running = job.lane() == null ? null : laneRunning.computeIfAbsent(job.lane(), l -> new AtomicInteger());
            if (running != null && running.incrementAndGet() > 1) {
                laneOverlaps.incrementAndGet();
            }
            runs.computeIfAbsent(job.spec(), s -> new AtomicInteger()).incrementAndGet();
            if (running != null) {
                laneOrder.computeIfAbsent(job.lane(), l -> new CopyOnWriteArrayList<>()).add(Integer.parseInt(job.spec().substring(job.spec().indexOf('#') + 1)));
                running.decrementAndGet();
            }
            return new Outcome.Done(List.of());
        });
        nodes.beat();
        return new Node(store, nodes, jobs);
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
    }

    void owe(Node node, String name, int count, String lane) {
        node.store().write(tx -> {
            for (int i = 0; i < count; i++) {
                node.jobs().owe(tx, new Jobs.Owed("t", name + "#" + i, null, lane));
            }
            return null;
        });
    }

    /** Claims and runs, over and over, on each node at once, until none of them finds anything due. */
    static void runTogether(List<Node> nodes) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        List<Future<?>> done = new ArrayList<>();
        for (Node n : nodes) {
            done.add(threads.submit(() -> {
                for (int idle = 0; idle < 3; ) {
                    List<Jobs.Job> got = n.jobs().claimDue().jobs();
                    got.stream().map(n.jobs()::dispatch).toList().forEach(CompletableFuture::join);
                    idle = got.isEmpty() ? idle + 1 : 0;
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        threads.shutdown();
    }

    void assertEachRanOnce(int expected) {
        assertEquals(expected, runs.size());
        runs.forEach((job, times) -> assertEquals(1, times.get(), "job " + job + " ran " + times + " times"));
    }

    @Test
    void threeNodesClaimingAtOnceRunEveryJobOnceAndEachLaneInOrder() throws Exception {
        List<Node> nodes = List.of(node("a"), node("b"), node("c"));
        owe(nodes.get(0), "free", 600, null);
        for (String lane : List.of("q.fifo|g1", "q.fifo|g2", "q.fifo|g3")) {
            owe(nodes.get(1), lane, 40, lane);
        }
        runTogether(nodes);
        assertEachRanOnce(720);
        assertEquals(0, laneOverlaps.get(), "a lane's jobs never ran two at a time");
        laneOrder.forEach((lane, order) -> assertEquals(java.util.stream.IntStream.range(0, 40).boxed().toList(), order, lane));
    }

    @Test
    void theJobsOfANodeThatStopsBeatingRunOnTheOthers() throws Exception {
        Node a = node("a");
        Node b = node("b");
        Node c = node("c");
        owe(a, "free", 30, null);
        owe(a, "q.fifo|g", 10, "q.fifo|g");
        assertEquals(40, c.jobs().claimDue().jobs().size(), "c claims every job, then is killed before running any");
        runTogether(List.of(a, b));
        assertTrue(runs.isEmpty(), "c's claims hold while c may be alive");
        for (int i = 0; i <= Nodes.DEAD_AFTER_BEATS; i++) { // the first sees c's count, the next five see it stand still
            a.nodes().beat();
            b.nodes().beat();
        }
        runTogether(List.of(a, b));
        assertEachRanOnce(40);
        assertEquals(java.util.stream.IntStream.range(0, 10).boxed().toList(), laneOrder.get("q.fifo|g"));
    }

    @Test
    void aNodeRestartedWithTheSameIdRunsItsOwnClaimsAtOnceAndLeavesTheOthersAlone() throws Exception {
        Node a = node("a");
        Node c = node("c");
        owe(a, "a's", 10, null);
        assertEquals(10, a.jobs().claimDue().jobs().size(), "a holds these, and lives");
        owe(a, "c's", 20, null);
        assertEquals(20, c.jobs().claimDue().jobs().size(), "c claims these, then is killed");
        Node restarted = node("c");
        runTogether(List.of(restarted));
        assertEachRanOnce(20);
        assertTrue(runs.keySet().stream().allMatch(spec -> spec.startsWith("c's#")), "only c's own: a's claims are a's");
    }
}
