package dev.stratus.time;

import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Durable timers: a timer is a row (kind, due time, payload) written in the same transaction
 * as the change that needs it, so it survives restarts. One thread fires due timers in order
 * of due time, calling the handler registered for the kind, and deletes each timer after its
 * handler returns: at-least-once. A timer whose handler throws is retried a second later.
 */
public final class Timers implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Timers.class.getName());
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE stratus_timer (
              id ${ID},
              kind TEXT NOT NULL,
              due_at BIGINT NOT NULL,
              payload TEXT NOT NULL);
            CREATE INDEX stratus_timer_due ON stratus_timer (due_at);
            """);

    private final Store store;
    private final Clock clock;
    private final Map<String, Consumer<String>> handlers = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private volatile boolean running;
    private Thread thread;

    public Timers(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        store.migrate("timers", MIGRATIONS);
    }

    /** What to do when a timer of {@code kind} is due; register before {@link #start()}. */
    public void on(String kind, Consumer<String> handler) {
        handlers.put(kind, handler);
    }

    /** Adds a timer inside the caller's transaction; call {@link #wake()} after it commits. */
    public void schedule(Tx tx, String kind, long dueAtMillis, String payload) throws SQLException {
        tx.update("INSERT INTO stratus_timer (kind, due_at, payload) VALUES (?, ?, ?)", kind, dueAtMillis, payload);
    }

    /** Adds a timer in a transaction of its own. */
    public void schedule(String kind, long dueAtMillis, String payload) {
        store.write(tx -> {
            schedule(tx, kind, dueAtMillis, payload);
            return null;
        });
        wake();
    }

    /** Tells the timer thread that timers changed (or the clock moved). */
    public void wake() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("stratus-timers").start(this::loop);
    }

    private void loop() {
        while (running) {
            try {
                long next = fireDue();
                lock.lock();
                try {
                    long wait = next - clock.millis();
                    if (running && wait > 0) {
                        changed.await(Math.min(wait, 1000), TimeUnit.MILLISECONDS);
                    }
                } finally {
                    lock.unlock();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "timer loop failed; retrying", e);
                sleepQuietly();
            }
        }
    }

    /** Fires every due timer; returns when the next one is due. */
    private long fireDue() {
        record Due(long id, String kind, String payload) {
        }
        long now = clock.millis();
        List<Due> due = store.read(tx -> {
            List<Due> out = new ArrayList<>();
            var ps = tx.sql("SELECT id, kind, payload FROM stratus_timer WHERE due_at <= ? ORDER BY due_at, id LIMIT 100");
            ps.setLong(1, now);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Due(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
        for (Due d : due) {
            Consumer<String> handler = handlers.get(d.kind());
            try {
                if (handler != null) {
                    handler.accept(d.payload());
                }
                store.write(tx -> tx.update("DELETE FROM stratus_timer WHERE id = ?", d.id()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "timer " + d.kind() + " failed; retrying in 1 s", e);
                store.write(tx -> tx.update("UPDATE stratus_timer SET due_at = ? WHERE id = ?", clock.millis() + 1000, d.id()));
            }
        }
        if (due.size() == 100) {
            return now;
        }
        return store.read(tx -> {
            try (ResultSet rs = tx.sql("SELECT MIN(due_at) FROM stratus_timer").executeQuery()) {
                long min = rs.next() ? rs.getLong(1) : 0;
                return rs.wasNull() || min == 0 ? now + 1000 : min;
            }
        });
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        wake();
        if (thread != null) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
