package dev.stratus.platform.jobs;

import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.DuePasses;
import dev.stratus.time.Nodes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The durable job engine: everything Stratus owes later — deliveries to queues, functions, topics,
 * buses and HTTP/S endpoints, Lambda's asynchronous invocations — is a row of one table, written in
 * the transaction that accepts what is owed, so nothing accepted is lost to a crash (at least once).
 *
 * <p>A job moves: owed (due at a time) → claimed → attempted by the handler of its kind →
 * recorded: removed when done or failed for good (with the jobs it owes in turn, in the same
 * transaction), or owed again at a later time (a retry, counted as an attempt; or a throttle, not
 * counted). One thread claims every due job of a pass in one transaction and hands each to a
 * virtual thread, or to its lane when it has one: the jobs of a lane (an SQS FIFO queue's message
 * group) run one at a time, in the order they were owed. Outcomes that finish together are recorded
 * in one transaction (group commit).
 *
 * <p>Several nodes may share the store ({@link Nodes}): a claim names the node that took it, and is
 * taken with the store's {@link Store#skipLocked()}, so that nodes claiming at once take different
 * jobs without waiting for each other. A lane's jobs are claimed only by the node that holds its
 * earlier ones, so that they still run one at a time, in order. At start a node owes again the jobs it
 * claimed before it stopped; the jobs claimed by a node that died are owed again by the nodes alive
 * within seconds (at their next beat), and at any node's start. An outcome is recorded only while the
 * node that attempted the job still holds its claim.
 */
public final class Jobs implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Jobs.class.getName());
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE stratus_job (
              id ${ID},
              kind TEXT NOT NULL,
              spec TEXT NOT NULL,
              payload ${BLOB},
              lane TEXT,
              first_at BIGINT NOT NULL,
              due_at BIGINT NOT NULL,
              attempts BIGINT NOT NULL DEFAULT 0,
              throttles BIGINT NOT NULL DEFAULT 0,
              claimed BIGINT NOT NULL DEFAULT 0);
            CREATE INDEX stratus_job_due ON stratus_job (claimed, due_at);
            """, """
            ALTER TABLE stratus_job ADD COLUMN claimed_by TEXT;
            CREATE INDEX stratus_job_lane ON stratus_job (lane) WHERE lane IS NOT NULL;
            """);
    /** A job a node may claim, of alias j: in no lane, or in one no other node holds a job of (the node's id is its one parameter). */
    private static final String LANE_FREE = "(j.lane IS NULL OR NOT EXISTS (SELECT 1 FROM stratus_job o "
            + "WHERE o.lane = j.lane AND o.claimed = 1 AND o.claimed_by <> ?))";
    /** The job (the id, the first parameter) while the node (the second) holds its claim: its outcome is that node's to record. */
    private static final String HELD = "id = ? AND claimed = 1 AND claimed_by = ?";
    /** Jobs claimed in one transaction at most; a burst is claimed in passes of this many. */
    static final int CLAIM_BATCH = 256;
    /** Bytes a pass claims at most, as a Lambda event may be a megabyte. */
    private static final long CLAIM_BYTES = 16 * 1024 * 1024;
    /**
     * Claim passes begin at least this far apart: every accepted job wakes the claiming thread, and
     * at thousands a second a pass each would take the store's writer from the requests that accept
     * them; a few milliseconds' wait lets one pass claim what many wrote.
     */
    static final long CLAIM_GAP_MS = 5;
    /** Outcomes recorded in one transaction at most. */
    private static final int RECORD_BATCH = 512;
    /**
     * Jobs claimed and not yet recorded, at most, and their bytes: beyond them a backlog waits in the
     * store, not in memory (a slow function's megabyte events would otherwise be claimed 16 MB a
     * pass until the heap ran out). About what Lambda's default account concurrency (1,000) can run
     * at once: more claimed only wait, and each waiting job and its thread live long enough to be
     * copied by every young collection, which lengthened the pauses of requests.
     */
    static final int MOST_IN_FLIGHT = 1024;
    static final long MOST_IN_FLIGHT_BYTES = 64L * 1024 * 1024;
    /**
     * Jobs claimed a second at most while clients' requests wait for the cores:
     * the drain gives way to what callers wait for, and a backlog waits in the store, where another
     * node may take it. Running an accepted Lambda event costs Stratus several times what accepting
     * it does; at equal shares a flood of them was accepted at the pace they ran.
     */
    static final int CROWDED_PER_SECOND = 200;
    /** How much of a quiet spell a crowded pass may make up for. */
    private static final long CROWDED_CATCH_UP_NANOS = 50_000_000;

    /**
     * What is owed: a job of {@code kind}, described by {@code spec} (its handler's JSON) and carrying
     * {@code payload} bytes (or none), run in {@code lane} (one at a time, in order) or on its own when null.
     */
    public record Owed(String kind, String spec, byte[] payload, String lane) {

        /** The job that makes a delivery. */
        public static Owed delivery(Delivery d) {
            return Deliveries.owed(d);
        }
    }

    /** An owed job as its handler gets it: when it was first owed, its failed attempts and its throttles so far. */
    public record Job(long id, String kind, String spec, byte[] payload, String lane, long firstAt, int attempts, int throttles) {
        long bytes() {
            return spec.length() + (payload == null ? 0 : payload.length);
        }
    }

    /** Attempts jobs of one kind; an exception it throws is logged and the job tried again later, as if throttled. */
    @FunctionalInterface
    public interface Handler {
        Outcome attempt(Job job);
    }

    /** The jobs of one pass, and when the next unclaimed job is due. */
    record Claim(List<Job> jobs, long nextDue) {
    }

    /** An outcome waiting to be recorded; {@code written} once a transaction took it (under {@link #recording}). */
    private static final class Pending {
        final Job job;
        final Outcome outcome;
        boolean written;

        Pending(Job job, Outcome outcome) {
            this.job = job;
            this.outcome = outcome;
        }
    }

    private final Store store;
    private final Clock clock;
    private final Nodes nodes;
    /** Whether clients' requests wait for the cores ({@link dev.stratus.platform.Foreground#crowded()}). */
    private final BooleanSupplier crowded;
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final Deliveries deliveries;
    private final ExecutorService[] lanes = new ExecutorService[16];
    private final DuePasses passes;
    private final ReentrantLock recording = new ReentrantLock();
    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong inFlightBytes = new AtomicLong();
    /** A pass found no room for more jobs: the next job recorded wakes the claiming thread. */
    private volatile boolean full;
    /** When the last pass made while crowded began (the claiming thread's own). */
    private long lastCrowdedPass;

    /** Jobs whose deliveries are made whatever their callers may do: for tests of the engine alone. */
    public Jobs(Store store, Clock clock) {
        this(store, clock, Permission.ANYONE);
    }

    /** Jobs whose deliveries are made only when {@code permission} lets their callers make them. */
    public Jobs(Store store, Clock clock, Permission permission) {
        this(store, clock, permission, Nodes.alone(store, clock), () -> false);
    }

    /** Jobs claimed as node {@code nodes.id()} of the nodes sharing the store, giving way while {@code crowded}. */
    public Jobs(Store store, Clock clock, Permission permission, Nodes nodes, BooleanSupplier crowded) {
        this.store = store;
        this.clock = clock;
        this.nodes = nodes;
        this.crowded = crowded;
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("job-lane-" + i).factory());
        }
        store.migrate("jobs", MIGRATIONS);
        store.migrate("outbox", Deliveries.OUTBOX_MIGRATIONS);
        this.deliveries = new Deliveries(clock, permission);
        handle(Deliveries.KIND, deliveries);
        recover();
        nodes.afterBeat(this::takeOver);
        this.passes = new DuePasses("stratus-jobs", clock, CLAIM_GAP_MS, this::claimAndDispatch);
    }

    /** The nodes this engine claims among, as this one. */
    public Nodes nodes() {
        return nodes;
    }

    /** How jobs of {@code kind} are attempted; register before {@link #start()}. */
    public void handle(String kind, Handler handler) {
        handlers.put(kind, handler);
    }

    /**
     * Deliveries to ARNs of {@code service} go to {@code destination}, made only when their callers
     * may perform {@code action} there (null: no check); register before {@link #start()}.
     */
    public void register(String service, String action, Destination destination) {
        deliveries.register(service, action, destination);
    }

    /** Tells {@code watcher} of every attempt at a delivery whose source is a resource of {@code sourceService}; register before {@link #start()}. */
    public void watchDeliveries(String sourceService, DeliveryWatcher watcher) {
        deliveries.watch(sourceService, watcher);
    }

    /** Owes a job inside the caller's transaction (the one that accepts what is owed); it is due at once. */
    public void owe(Tx tx, Owed owed) throws SQLException {
        insert(tx, owed, clock.millis());
        tx.afterCommit(this::wake);
    }

    /** Owes a delivery inside the caller's transaction. */
    public void owe(Tx tx, Delivery delivery) throws SQLException {
        owe(tx, Owed.delivery(delivery));
    }

    private static void insert(Tx tx, Owed owed, long now) throws SQLException {
        PreparedStatement ps = tx.sql("INSERT INTO stratus_job (kind, spec, payload, lane, first_at, due_at) VALUES (?, ?, ?, ?, ?, ?)");
        ps.setString(1, owed.kind());
        ps.setString(2, owed.spec());
        ps.setBytes(3, owed.payload());
        ps.setString(4, owed.lane());
        ps.setLong(5, now);
        ps.setLong(6, now);
        ps.executeUpdate();
    }

    /**
     * Jobs this node claimed before it stopped (under way, or waiting in a lane) are owed again, and so
     * are those of nodes gone; the claims of the nodes alive are theirs. With a store of its own, every
     * claim found is this node's.
     */
    private void recover() {
        int again = store.claim(tx -> tx.update("UPDATE stratus_job SET claimed = 0, claimed_by = NULL WHERE claimed = 1 AND (claimed_by = ? OR "
                + Nodes.gone("claimed_by") + ")", nodes.id()));
        if (again > 0) {
            LOG.info(again + " job(s) under way when Stratus stopped are run again");
        }
    }

    /** After a beat: the jobs claimed by nodes that died or stopped are owed again, here or by any node alive. */
    private void takeOver() {
        int again = store.claim(tx -> tx.update("UPDATE stratus_job SET claimed = 0, claimed_by = NULL WHERE claimed = 1 AND "
                + Nodes.gone("claimed_by")));
        if (again > 0) {
            LOG.info(again + " job(s) claimed by a node that stopped are run again");
            wake();
        }
    }

    public void start() {
        passes.start();
    }

    /** Tells the claiming thread that jobs changed (or the clock moved). */
    public void wake() {
        passes.wake();
    }

    /** One pass: claims what is due and hands it out; returns when the next job falls due. */
    private long claimAndDispatch() {
        Claim claim = claimDue();
        claim.jobs().forEach(this::dispatch);
        return claim.nextDue();
    }

    /**
     * Claims the jobs due now, in the order they fell due, in one transaction; passes over jobs that
     * another node is claiming, and over lanes whose earlier jobs another node holds.
     */
    Claim claimDue() {
        long now = clock.millis();
        int most = Math.min(CLAIM_BATCH, crowdedShare());
        int room = Math.min(most, MOST_IN_FLIGHT - inFlight.get());
        long byteRoom = Math.min(CLAIM_BYTES, MOST_IN_FLIGHT_BYTES - inFlightBytes.get());
        if (room <= 0 || byteRoom <= 0) {
            full = true;
            // A job that landed before the flag was up woke no one: look once more.
            room = Math.min(most, MOST_IN_FLIGHT - inFlight.get());
            byteRoom = Math.min(CLAIM_BYTES, MOST_IN_FLIGHT_BYTES - inFlightBytes.get());
            if (room <= 0 || byteRoom <= 0) {
                return new Claim(List.of(), now + 1000);
            }
        }
        int batch = room;
        long batchBytes = byteRoom;
        Claim claim = store.claim(tx -> {
            List<Job> jobs = new ArrayList<>();
            long bytes = 0;
            Map<String, long[]> firstOfLane = new LinkedHashMap<>();
            PreparedStatement ps = tx.sql("SELECT id, kind, spec, payload, lane, first_at, attempts, throttles, due_at FROM stratus_job j "
                    + "WHERE claimed = 0 AND due_at <= ? AND " + LANE_FREE + " ORDER BY due_at, id LIMIT ?" + store.skipLocked());
            Tx.bind(ps, now, nodes.id(), batch);
            try (ResultSet rs = ps.executeQuery()) {
                while (bytes < batchBytes && rs.next()) {
                    Job job = new Job(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4), rs.getString(5), rs.getLong(6), rs.getInt(7),
                            rs.getInt(8));
                    bytes += job.bytes();
                    jobs.add(job);
                    if (job.lane() != null) {
                        firstOfLane.putIfAbsent(job.lane(), new long[] {rs.getLong(9), job.id()});
                    }
                }
            }
            if (store.shared() && !firstOfLane.isEmpty()) {
                Set<String> held = lanesHeldElsewhere(tx, firstOfLane);
                jobs.removeIf(j -> j.lane() != null && held.contains(j.lane()));
            }
            for (Job job : jobs) {
                tx.update("UPDATE stratus_job SET claimed = 1, claimed_by = ? WHERE id = ?", nodes.id(), job.id());
            }
            if (jobs.size() == batch || bytes >= batchBytes) {
                return new Claim(jobs, now);
            }
            PreparedStatement next = tx.sql("SELECT MIN(due_at) FROM stratus_job j WHERE claimed = 0 AND " + LANE_FREE);
            next.setString(1, nodes.id());
            try (ResultSet rs = next.executeQuery()) {
                long at = rs.next() ? rs.getLong(1) : 0;
                return new Claim(jobs, rs.wasNull() ? now + 1000 : at);
            }
        });
        for (Job job : claim.jobs()) {
            inFlight.incrementAndGet();
            inFlightBytes.addAndGet(job.bytes());
        }
        return claim;
    }

    /**
     * The most jobs this pass may claim as far as the foreground goes: any number, unless it is
     * crowded; then {@link #CROWDED_PER_SECOND}'s share of the time since the last crowded pass,
     * and at least one, so that passes a gap apart keep the drain going at that pace.
     */
    private int crowdedShare() {
        if (!crowded.getAsBoolean()) {
            return Integer.MAX_VALUE;
        }
        long now = System.nanoTime();
        long since = Math.min(now - lastCrowdedPass, CROWDED_CATCH_UP_NANOS);
        lastCrowdedPass = now;
        return (int) Math.max(1, since * CROWDED_PER_SECOND / 1_000_000_000L);
    }

    /** A claimed job is recorded: it makes room for another, which a full pass waits for. */
    private void landed(Job job) {
        inFlight.decrementAndGet();
        inFlightBytes.addAndGet(-job.bytes());
        if (full) {
            full = false;
            wake();
        }
    }

    /**
     * The lanes, among those whose first job claimed here is given (its due time and id), that another
     * node is claiming or holds: in the lane, a job before that first one is still owed (this claim
     * passed over it, as another node had it locked), or another node's claim committed meanwhile.
     * Their jobs stay owed, for the node that holds the lane.
     */
    private Set<String> lanesHeldElsewhere(Tx tx, Map<String, long[]> firstOfLane) throws SQLException {
        Set<String> held = new HashSet<>();
        for (Map.Entry<String, long[]> first : firstOfLane.entrySet()) {
            long dueAt = first.getValue()[0];
            long id = first.getValue()[1];
            PreparedStatement ps = tx.sql("SELECT 1 FROM stratus_job WHERE lane = ? AND ((claimed = 1 AND claimed_by <> ?) "
                    + "OR (claimed = 0 AND (due_at < ? OR (due_at = ? AND id < ?)))) LIMIT 1");
            Tx.bind(ps, first.getKey(), nodes.id(), dueAt, dueAt, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    held.add(first.getKey());
                }
            }
        }
        return held;
    }

    /** Attempts a claimed job on a thread of its own, or after the jobs before it in its lane; completes once its outcome is recorded. */
    CompletableFuture<Void> dispatch(Job job) {
        CompletableFuture<Void> recorded = new CompletableFuture<>();
        Runnable run = () -> {
            try {
                attempt(job);
            } finally {
                landed(job);
                recorded.complete(null);
            }
        };
        if (job.lane() == null) {
            Thread.ofVirtual().name("job-" + job.id()).start(run);
        } else {
            lanes[Math.floorMod(job.lane().hashCode(), lanes.length)].execute(run);
        }
        return recorded;
    }

    private void attempt(Job job) {
        Handler handler = handlers.get(job.kind());
        Outcome outcome;
        if (handler == null) {
            LOG.warning("job " + job.id() + " is of a kind nothing handles (" + job.kind() + "); it is dropped");
            outcome = new Outcome.Failed("UnknownJobKind", job.kind(), List.of());
        } else {
            try {
                outcome = handler.attempt(job);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "job " + job.id() + " (" + job.kind() + ") could not be attempted; it is tried again later", e);
                outcome = new Outcome.Throttled();
            }
        }
        record(job, outcome);
    }

    /**
     * Records an outcome, and returns once it is committed. Outcomes that arrive while another is
     * being written wait and are written together by one of them: a commit per job would cap how
     * fast a burst drains.
     */
    private void record(Job job, Outcome outcome) {
        Pending mine = new Pending(job, outcome);
        pending.add(mine);
        recording.lock();
        try {
            while (!mine.written) {
                List<Pending> batch = new ArrayList<>();
                for (Pending p = pending.poll(); p != null; p = batch.size() < RECORD_BATCH ? pending.poll() : null) {
                    batch.add(p);
                }
                write(batch);
            }
        } finally {
            recording.unlock();
        }
    }

    /** Writes outcomes in one transaction; should it fail, each on its own, so that one bad outcome does not hold back the rest. */
    private void write(List<Pending> batch) {
        try {
            long now = clock.millis();
            store.write(tx -> {
                for (Pending p : batch) {
                    apply(tx, p.job, p.outcome, now, nodes.id());
                }
                if (batch.stream().anyMatch(p -> owesOrReturns(p.outcome))) {
                    tx.afterCommit(this::wake);
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (batch.size() > 1) {
                for (Pending p : batch) {
                    write(List.of(p));
                }
            } else {
                LOG.log(Level.WARNING, "the outcome of job " + batch.get(0).job.id() + " could not be recorded; it runs again at the next start", e);
            }
        } finally {
            batch.forEach(p -> p.written = true);
        }
    }

    /**
     * Records an outcome of a job this node holds. A node taken for dead while it lived (paused longer
     * than {@link Nodes#DEAD_AFTER_BEATS} beats) may find its claim taken over, and the job claimed
     * again, meanwhile: the attempt of the node that holds it now is the one recorded, so that the job
     * is not run twice nor what it owes owed twice; this one's outcome is dropped.
     */
    private static void apply(Tx tx, Job job, Outcome outcome, long now, String node) throws SQLException {
        boolean held = switch (outcome) {
            case Outcome.Done done -> finish(tx, job, done.owed(), now, node);
            case Outcome.Failed failed -> finish(tx, job, failed.owed(), now, node);
            case Outcome.RetryAfter retry -> tx.update("UPDATE stratus_job SET attempts = ?, due_at = ?, claimed = 0, claimed_by = NULL WHERE "
                    + HELD, job.attempts() + 1, now + retry.delayMs(), job.id(), node) == 1;
            case Outcome.Throttled throttled -> tx.update("UPDATE stratus_job SET throttles = ?, due_at = ?, claimed = 0, claimed_by = NULL WHERE "
                    + HELD, job.throttles() + 1, now + Backoff.THROTTLED.delayMs(job.throttles() + 1), job.id(), node) == 1;
        };
        if (!held) {
            LOG.info("job " + job.id() + " (" + job.kind() + ") was taken over from node " + node + " while it ran here (this node was taken for dead); "
                    + "its outcome here is dropped, and the node that holds it now records its own");
        }
    }

    /** Whether an outcome leaves a job to claim (one it owes, or itself again), which the claiming thread may be waiting past. */
    private static boolean owesOrReturns(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Done done -> !done.owed().isEmpty();
            case Outcome.Failed failed -> !failed.owed().isEmpty();
            case Outcome.RetryAfter retry -> true;
            case Outcome.Throttled throttled -> true;
        };
    }

    /** The job is gone, and what it owes is owed in its place; nothing is written unless {@code node} still holds it. */
    private static boolean finish(Tx tx, Job job, List<Owed> owed, long now, String node) throws SQLException {
        if (tx.update("DELETE FROM stratus_job WHERE " + HELD, job.id(), node) == 0) {
            return false;
        }
        for (Owed o : owed) {
            insert(tx, o, now);
        }
        return true;
    }

    /** Stops claiming; jobs under way finish or, cut short, run again at the next start. */
    @Override
    public void close() {
        passes.close();
        for (ExecutorService lane : lanes) {
            lane.shutdownNow();
        }
    }
}
