package dev.stratus.time;

import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Durable timers: a timer is a row (kind, due time, payload) written in the same transaction
 * as the change that needs it, so it survives restarts. One thread fires due timers in order
 * of due time. A handler runs inside the transaction that deletes its timer, so whatever it
 * does — including scheduling its successor — commits exactly when the timer is consumed.
 * A handler that fails is retried with a growing delay (1 s, 2 s, … up to 5 min).
 *
 * <p>Several nodes may share the store ({@link Nodes}). Each due timer fires once across them: a
 * node first leases the due timers no node holds (with the store's {@link Store#skipLocked()}, so
 * that nodes looking at the same due rows take different ones instead of failing each other's
 * transactions), then fires only what it leased. The lease of a node that died (before or while
 * firing: its transaction never committed) is freed by the nodes alive at their next beat, and a
 * node's own leases at its start, so that the timer fires elsewhere or again.
 */
public final class Timers implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Timers.class.getName());
    private static final long MAX_RETRY_DELAY_MS = 5 * 60 * 1000;
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE stratus_timer (
              id ${ID},
              kind TEXT NOT NULL,
              due_at BIGINT NOT NULL,
              payload TEXT NOT NULL,
              attempts BIGINT NOT NULL DEFAULT 0);
            CREATE INDEX stratus_timer_due ON stratus_timer (due_at);
            """, """
            ALTER TABLE stratus_timer ADD COLUMN leased_by TEXT;
            CREATE INDEX stratus_timer_leased ON stratus_timer (leased_by) WHERE leased_by IS NOT NULL;
            """);

    /** What a timer of one kind does when due, inside the transaction that consumes it. */
    @FunctionalInterface
    public interface Handler {
        void fire(Tx tx, String payload) throws SQLException;
    }

    record Due(long id, String kind, String payload, int attempts) {
    }

    /**
     * A timer this node may lease (the node's id is the one parameter): one no node holds, or one this
     * node leased in a pass that failed before firing it (the store failed, say). Passes take turns on
     * one thread, so no pass of this node is firing it: left out, it would wait for this node to stop.
     */
    private static final String FREE = "(leased_by IS NULL OR leased_by = ?)";

    /** Timers leased in one transaction at most, and fired together. */
    static final int BATCH = 100;

    private final Store store;
    private final Clock clock;
    private final Nodes nodes;
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final DuePasses passes;

    /** Timers of one node alone on its store. */
    public Timers(Store store, Clock clock) {
        this(store, clock, Nodes.alone(store, clock));
    }

    /** Timers fired by node {@code nodes.id()} of the nodes sharing the store. */
    public Timers(Store store, Clock clock, Nodes nodes) {
        this.store = store;
        this.clock = clock;
        this.nodes = nodes;
        store.migrate("timers", MIGRATIONS);
        free("leased_by = ? OR " + Nodes.gone("leased_by"), nodes.id());
        nodes.afterBeat(() -> {
            if (free(Nodes.gone("leased_by")) > 0) {
                wake();
            }
        });
        this.passes = new DuePasses("stratus-timers", clock, this::fireDue);
    }

    /** Frees the leases that {@code which} selects: this node's own at its start, those of nodes gone at every beat. */
    private int free(String which, Object... params) {
        int freed = store.claim(tx -> tx.update("UPDATE stratus_timer SET leased_by = NULL WHERE leased_by IS NOT NULL AND (" + which + ")", params));
        if (freed > 0) {
            LOG.info(freed + " timer(s) leased by a node that stopped before firing them are due again");
        }
        return freed;
    }

    /** What to do when a timer of {@code kind} is due; register before {@link #start()}. */
    public void on(String kind, Handler handler) {
        handlers.put(kind, handler);
    }

    /** Adds a timer inside the caller's transaction; call {@link #wake()} after it commits. */
    public void schedule(Tx tx, String kind, long dueAtMillis, String payload) throws SQLException {
        tx.update("INSERT INTO stratus_timer (kind, due_at, payload) VALUES (?, ?, ?)", kind, dueAtMillis, payload);
    }

    /** Removes the pending timers of this kind whose payload starts with {@code payloadPrefix}, inside the caller's transaction. */
    public void cancel(Tx tx, String kind, String payloadPrefix) throws SQLException {
        tx.update("DELETE FROM stratus_timer WHERE kind = ? AND substr(payload, 1, ?) = ?", kind, payloadPrefix.length(), payloadPrefix);
    }

    /**
     * Adds a timer unless one of this kind and payload is already pending: for the recurring
     * work a service starts at boot, so that a restart does not start a second chain.
     */
    public void ensure(String kind, long dueAtMillis, String payload) {
        store.write(tx -> {
            PreparedStatement ps = tx.sql("SELECT 1 FROM stratus_timer WHERE kind = ? AND payload = ?");
            Tx.bind(ps, kind, payload);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    schedule(tx, kind, dueAtMillis, payload);
                }
            }
            return null;
        });
        wake();
    }

    /**
     * Adds a timer unless one of this kind is already pending, whatever its payload: for a recurring
     * chain whose payload changes with each link (the minute it closes), so a restart finds the chain.
     */
    public void ensureChain(String kind, long dueAtMillis, String payload) {
        store.write(tx -> {
            PreparedStatement ps = tx.sql("SELECT 1 FROM stratus_timer WHERE kind = ?");
            Tx.bind(ps, kind);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    schedule(tx, kind, dueAtMillis, payload);
                }
            }
            return null;
        });
        wake();
    }

    /** Tells the timer thread that timers changed (or the clock moved). */
    public void wake() {
        passes.wake();
    }

    public void start() {
        passes.start();
    }

    /** Fires every due timer no node holds; returns when the next one is due. */
    private long fireDue() {
        long now = clock.millis();
        boolean anyDue = store.read(tx -> {
            PreparedStatement ps = tx.sql("SELECT 1 FROM stratus_timer WHERE due_at <= ? AND " + FREE + " LIMIT 1");
            Tx.bind(ps, now, nodes.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
        if (anyDue) {
            List<Due> leased = lease(now);
            fire(leased);
            if (leased.size() == BATCH) {
                return now;
            }
        }
        return store.read(tx -> {
            PreparedStatement ps = tx.sql("SELECT MIN(due_at) FROM stratus_timer WHERE " + FREE);
            ps.setString(1, nodes.id());
            try (ResultSet rs = ps.executeQuery()) {
                long min = rs.next() ? rs.getLong(1) : 0;
                return rs.wasNull() ? now + 1000 : min;
            }
        });
    }

    /** Leases to this node the timers due at {@code now} that no other node holds or is leasing, in the order they fell due. */
    List<Due> lease(long now) {
        return store.claim(tx -> {
            List<Due> out = new ArrayList<>();
            PreparedStatement ps = tx.sql("SELECT id, kind, payload, attempts FROM stratus_timer WHERE due_at <= ? AND " + FREE
                    + " ORDER BY due_at, id LIMIT " + BATCH + store.skipLocked());
            Tx.bind(ps, now, nodes.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
            }
            for (Due d : out) {
                tx.update("UPDATE stratus_timer SET leased_by = ? WHERE id = ?", nodes.id(), d.id());
            }
            return out;
        });
    }

    /**
     * Fires due timers together in one transaction, as one commit per timer would cap the rate at
     * which a burst drains; should any of them fail, each is fired on its own so that only the
     * failing one waits to be retried.
     */
    void fire(List<Due> due) {
        if (due.size() > 1) {
            try {
                store.write(tx -> {
                    for (Due d : due) {
                        consume(tx, d);
                    }
                    return null;
                });
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "a timer of a batch failed; firing them one by one", e);
            }
        }
        for (Due d : due) {
            fire(d);
        }
    }

    /** Deletes the timer and runs its handler, unless it was cancelled meanwhile or its lease went to another node. */
    private void consume(Tx tx, Due d) throws SQLException {
        Handler handler = handlers.get(d.kind());
        if (tx.update("DELETE FROM stratus_timer WHERE id = ? AND leased_by = ?", d.id(), nodes.id()) == 1 && handler != null) {
            handler.fire(tx, d.payload());
        }
    }

    private void fire(Due d) {
        try {
            store.write(tx -> {
                consume(tx, d);
                return null;
            });
        } catch (RuntimeException e) {
            long delay = Math.min(MAX_RETRY_DELAY_MS, 1000L << Math.min(d.attempts(), 20));
            LOG.log(Level.WARNING, "timer " + d.kind() + " failed (attempt " + (d.attempts() + 1) + "); retrying in " + delay + " ms", e);
            store.write(tx -> tx.update("UPDATE stratus_timer SET due_at = ?, attempts = attempts + 1, leased_by = NULL WHERE id = ?",
                    clock.millis() + delay, d.id()));
        }
    }

    @Override
    public void close() {
        passes.close();
    }
}
