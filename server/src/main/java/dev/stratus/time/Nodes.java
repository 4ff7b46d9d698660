package dev.stratus.time;

import dev.stratus.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Stratus nodes sharing one store, and which of them are alive: what lets work claimed by a node
 * (jobs, timers, Lambda executions) be taken over by the others when it dies.
 *
 * <p>Each node holds a row of {@code stratus_node} while it lives and beats every second, counting
 * up its {@code beats}. A node whose count another node has seen stand still for {@link #DEAD_AFTER_BEATS}
 * of its own beats is dead: that node deletes its row (only if the count still stands, so a node that
 * beat meanwhile lives on). A node that stops cleanly deletes its own row. Work claimed by a node
 * that has no row is free to take, and each beat runs the take-overs registered with {@link #afterBeat}.
 * Counting beats, not comparing times, makes no node's clock matter: not a skewed one, not a test's
 * manual one.
 *
 * <p>A process {@link #join joins} as a node before it touches any claim, and is refused when another
 * process runs as that node: its row's beats count up. A row whose beats stand still is a node killed
 * before it could give it up, and the node restarted in its place takes it.
 *
 * <p>On a store this process has to itself (SQLite) there is one node: nothing beats, nothing is
 * written, and the claims it finds at start are all its own.
 */
public final class Nodes implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Nodes.class.getName());
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE stratus_node (
              id TEXT PRIMARY KEY,
              incarnation TEXT NOT NULL,
              beats BIGINT NOT NULL,
              beat_at BIGINT NOT NULL);
            """);
    /** How often a node beats. */
    static final long BEAT_MS = 1000;
    /** A node whose count stood still for this many of another's beats is dead (about 5 s). */
    public static final int DEAD_AFTER_BEATS = 5;
    /** The node's name when one process has the store to itself and none was given. */
    public static final String LOCAL = "local";

    /** Another node's count, and this node's beat at which it was last seen to change. */
    private record Seen(long beats, long sinceMyBeat) {
    }

    /** The row of this node's name as another incarnation holds it. */
    private record Held(String incarnation, long beats) {
    }

    /** How {@link #join} waits for a beat of the process that holds this node's row; tests beat by hand instead. */
    @FunctionalInterface
    interface Pause {
        void forABeat() throws InterruptedException;
    }

    private final Store store;
    private final Clock clock;
    private final String id;
    /** Tells a restart of this node from another process that was given the same name. */
    private final String incarnation = UUID.randomUUID().toString();
    private final Pause pause;
    private final List<Runnable> takeOvers = new CopyOnWriteArrayList<>();
    private final Map<String, Seen> seen = new HashMap<>();
    private long myBeats;
    private Thread beating;
    private volatile boolean running;
    /** False from {@link #join} to {@link #start}: the row beats, but what would take claims over is not built yet. */
    private volatile boolean takingOver = true;

    public Nodes(Store store, Clock clock, String id) {
        this(store, clock, id, () -> Thread.sleep(BEAT_MS));
    }

    Nodes(Store store, Clock clock, String id, Pause pause) {
        this.store = store;
        this.clock = clock;
        this.id = id;
        this.pause = pause;
        store.migrate("nodes", MIGRATIONS);
    }

    /** One node alone on its store, as tests of one component build it. */
    public static Nodes alone(Store store, Clock clock) {
        return new Nodes(store, clock, LOCAL);
    }

    /** This node's name, which its claims carry. */
    public String id() {
        return id;
    }

    /** Whether other nodes may share the store, so that claims must be counted and taken over across nodes. */
    public boolean shared() {
        return store.shared();
    }

    /**
     * Runs {@code takeOver} after each beat: it frees the claims of nodes that have no row (dead, or
     * stopped); the dead are deleted before it runs. Register before {@link #start()}.
     */
    public void afterBeat(Runnable takeOver) {
        takeOvers.add(takeOver);
    }

    /**
     * On a shared store, takes this node's row as the process starts, before it claims or frees anything
     * as this node, and beats it from then on; the take-overs wait for {@link #start}. A row held by
     * another process is watched for up to {@link #DEAD_AFTER_BEATS} beats, as long as the other nodes
     * take to declare a node dead: if its beats count up, a process alive runs as this node and this one
     * is refused; if they stand still, the process that held it was killed, and its restart takes it.
     *
     * @throws IllegalArgumentException when another process runs as this node: the name given is taken
     */
    public void join() {
        if (!shared()) {
            return;
        }
        Held last = null;
        for (int still = 0; ; ) {
            Held held = held();
            if (held == null) {
                if (store.write(tx -> tx.update("INSERT INTO stratus_node (id, incarnation, beats, beat_at) VALUES (?, ?, 1, ?) ON CONFLICT (id) DO NOTHING",
                        id, incarnation, clock.millis())) == 1) {
                    break;
                }
                last = null;
                still = 0;
                continue;
            }
            if (last != null && !held.equals(last)) {
                throw new IllegalArgumentException("another Stratus process runs as node " + id + " on this store (it is beating): "
                        + "each node sharing a store needs its own --node-id");
            }
            if (still == DEAD_AFTER_BEATS) {
                if (store.write(tx -> tx.update("UPDATE stratus_node SET incarnation = ?, beats = beats + 1, beat_at = ? WHERE id = ? AND incarnation = ? "
                        + "AND beats = ?", incarnation, clock.millis(), id, held.incarnation(), held.beats())) == 1) {
                    LOG.info("node " + id + " takes its row back from the process that ran as it before and stopped beating (it was killed)");
                    break;
                }
                continue;
            }
            if (still == 0) {
                LOG.info("the row of node " + id + " is held by another process; watching it for up to " + DEAD_AFTER_BEATS
                        + " beats to tell a crashed one (its row is taken) from one running (this start is refused)");
            }
            last = held;
            waitABeat();
            still++;
        }
        myBeats = 1;
        takingOver = false;
        beatEverySecond();
    }

    /** The row of this node's name, held by another process (this one has not taken it yet), else null. */
    private Held held() {
        return store.read(tx -> {
            PreparedStatement ps = tx.sql("SELECT incarnation, beats FROM stratus_node WHERE id = ?");
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Held(rs.getString(1), rs.getLong(2)) : null;
            }
        });
    }

    private void waitABeat() {
        try {
            pause.forABeat();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("node " + id + " was stopped while it waited to take its row", e);
        }
    }

    /**
     * On a shared store, beats every second until closed, taking this node's row first unless it
     * {@link #join joined}, and runs the take-overs after each beat; on a store of its own, nothing.
     */
    public void start() {
        if (!shared()) {
            return;
        }
        takingOver = true;
        if (beating == null) {
            beat();
            beatEverySecond();
        }
    }

    private void beatEverySecond() {
        running = true;
        beating = Thread.ofPlatform().daemon().name("stratus-node-beat").start(() -> {
            while (running) {
                try {
                    Thread.sleep(BEAT_MS);
                    beat();
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "node " + id + " could not beat; trying again in " + BEAT_MS + " ms", e);
                }
            }
        });
    }

    /**
     * One beat: counts up this node's row (taking it back if it was deleted), finds the nodes that stopped
     * beating and deletes them, then runs the take-overs. Public for tests that beat by hand.
     */
    public synchronized void beat() {
        myBeats++;
        boolean mine = store.write(tx -> tx.update("UPDATE stratus_node SET beats = beats + 1, beat_at = ? WHERE id = ? AND incarnation = ?",
                clock.millis(), id, incarnation)) == 1;
        if (!mine) {
            retake();
        }
        Map<String, Long> counts = store.read(tx -> {
            Map<String, Long> out = new HashMap<>();
            try (ResultSet rs = tx.sql("SELECT id, beats FROM stratus_node").executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        });
        seen.keySet().retainAll(counts.keySet());
        counts.forEach((node, beats) -> {
            if (node.equals(id)) {
                return;
            }
            Seen last = seen.get(node);
            if (last == null || last.beats() != beats) {
                seen.put(node, new Seen(beats, myBeats));
            } else if (myBeats - last.sinceMyBeat() >= DEAD_AFTER_BEATS) {
                declareDead(node, beats);
            }
        });
        if (takingOver) {
            takeOvers.forEach(Runnable::run);
        }
    }

    /**
     * Puts this node's row back: at the first beat, or after others took it for dead (a pause longer than
     * {@link #DEAD_AFTER_BEATS} beats), or because another process runs with the same name, which is a mistake.
     */
    private void retake() {
        String other = store.write(tx -> {
            String held = null;
            PreparedStatement ps = tx.sql("SELECT incarnation FROM stratus_node WHERE id = ?");
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    held = rs.getString(1);
                }
            }
            tx.update("INSERT INTO stratus_node (id, incarnation, beats, beat_at) VALUES (?, ?, 1, ?) "
                    + "ON CONFLICT (id) DO UPDATE SET incarnation = excluded.incarnation, beats = stratus_node.beats + 1, beat_at = excluded.beat_at",
                    id, incarnation, clock.millis());
            return held;
        });
        if (myBeats > 1 && other != null) {
            LOG.severe("another Stratus process runs as node " + id + ": each node sharing a store needs its own --node-id");
        } else if (myBeats > 1) {
            LOG.warning("node " + id + " was taken for dead (it did not beat for " + DEAD_AFTER_BEATS + " s); its claims went to other nodes");
        }
    }

    private void declareDead(String node, long beats) {
        int deleted = store.write(tx -> tx.update("DELETE FROM stratus_node WHERE id = ? AND beats = ?", node, beats));
        seen.remove(node);
        if (deleted == 1) {
            LOG.warning("node " + node + " stopped beating; its claimed work goes to the nodes alive");
        }
    }

    /** SQL that is true when the node named by {@code column} has no row, so what it claimed is free to take. */
    public static String gone(String column) {
        return "NOT EXISTS (SELECT 1 FROM stratus_node n WHERE n.id = " + column + ")";
    }

    /** Stops beating and gives up this node's row, so that the others take over what it left claimed. */
    @Override
    public void close() {
        if (beating == null) {
            return;
        }
        running = false;
        beating.interrupt();
        try {
            beating.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            store.write(tx -> tx.update("DELETE FROM stratus_node WHERE id = ? AND incarnation = ?", id, incarnation));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "node " + id + " could not give up its row; the others take it for dead within seconds", e);
        }
    }
}
