package dev.stratus.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.store.PostgresStore;
import dev.stratus.store.TestPostgres;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Nodes;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
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
 * beating, or at once when it restarts with the same id; a node taken for dead while it lived records
 * no outcome of the jobs taken over from it.
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
        Jobs jobs = new Jobs(store, clock, Permission.ANYONE, nodes, () -> false);
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

    @Test
    void aNodeTakenForDeadWhileItRanAJobRecordsNothingOnceAnotherHoldsIt() throws Exception {
        Node a = node("a");
        Node b = node("b");
        CountDownLatch aResumes = new CountDownLatch(1);
        a.jobs().handle("owing", job -> {
            try {
                aResumes.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return job.spec().equals("done") ? new Outcome.Done(List.of(new Jobs.Owed("t", "from a", null, null)))
                    : new Outcome.RetryAfter(1_000, "again");
        });
        b.jobs().handle("owing", job -> new Outcome.Done(List.of(new Jobs.Owed("t", "from b: " + job.spec(), null, null))));
        a.store().write(tx -> {
            a.jobs().owe(tx, new Jobs.Owed("owing", "done", null, null));
            a.jobs().owe(tx, new Jobs.Owed("owing", "retry", null, null));
            return null;
        });
        List<CompletableFuture<Void>> aRecords = a.jobs().claimDue().jobs().stream().map(a.jobs()::dispatch).toList();
        assertEquals(2, aRecords.size(), "a claims both, then pauses while running them");
        for (int i = 0; i < Nodes.DEAD_AFTER_BEATS; i++) {
            b.nodes().beat();
        }
        List<Jobs.Job> bHolds = b.jobs().claimDue().jobs();
        assertEquals(2, bHolds.size(), "a was taken for dead: b took its claims over and claimed them again");

        aResumes.countDown();
        aRecords.forEach(CompletableFuture::join);
        assertEquals(List.of("done claimed by b after 0 attempts", "retry claimed by b after 0 attempts"), jobRows(a),
                "a's outcomes are dropped: neither deleted nor put back what b holds, nor owed what a's attempt owes");

        bHolds.stream().map(b.jobs()::dispatch).toList().forEach(CompletableFuture::join);
        assertEquals(List.of("from b: done owed", "from b: retry owed"), jobRows(a), "b's outcomes are recorded");
    }

    /** Each job row: its spec, who holds it, and its attempts, in spec order. */
    static List<String> jobRows(Node node) {
        return node.store().read(tx -> {
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = tx.sql("SELECT spec, claimed, claimed_by, attempts FROM stratus_job ORDER BY spec").executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + (rs.getInt(2) == 1 ? " claimed by " + rs.getString(3) + " after " + rs.getLong(4) + " attempts" : " owed"));
                }
            }
            return rows;
        });
    }
}
