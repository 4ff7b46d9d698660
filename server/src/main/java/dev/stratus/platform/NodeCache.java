package dev.stratus.platform;

import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a hot read path reads of the store, kept in memory on each node and in step with every
 * node's writes ({@link Changes}): a write says which key it changes, and the key is read afresh
 * here at once and on every node once the write commits. A read that raced with a change is not
 * kept, so no node keeps a value older than the last change it heard. A hit costs one map lookup
 * and nothing else.
 * <p>
 * What a load reads inside a longer transaction is that transaction's snapshot: on PostgreSQL,
 * if the snapshot began before a change another node committed and this node heard before the
 * load, the older value is kept until the key changes again. Loads outside transactions (the usual
 * case: each {@code get} in its own {@link Store#read}) are not exposed to this.
 */
public final class NodeCache<V> {
    private final Map<String, V> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final Changes changes;
    /** Moves on every change heard or made, so that a load that raced one is not kept. */
    private long generation;

    /**
     * On {@code channel}; at most {@code maxEntries} kept (callers name keys, so names that exist
     * nowhere must not grow it without end: it is emptied when full).
     */
    public NodeCache(Store store, String channel, int maxEntries) {
        this.maxEntries = maxEntries;
        this.changes = new Changes(store, channel, new Changes.Follower() {
            @Override
            public void changed(String key) {
                drop(key);
            }

            @Override
            public void changedAll() {
                dropAll();
            }
        });
    }

    /** The value kept for {@code key}, else what {@code load} reads (never null), kept unless a change raced with it. */
    public V get(String key, Supplier<V> load) {
        V kept = entries.get(key);
        if (kept != null) {
            return kept;
        }
        long seen;
        synchronized (this) {
            seen = generation;
        }
        V loaded = load.get();
        synchronized (this) {
            if (generation == seen) {
                if (entries.size() >= maxEntries) {
                    entries.clear();
                }
                entries.put(key, loaded);
            }
        }
        return loaded;
    }

    /**
     * {@code key} changes in {@code tx}: dropped here now (so the transaction itself reads it
     * afresh), and on every node once {@code tx} ends.
     */
    public void changed(Tx tx, String key) throws SQLException {
        drop(key);
        changes.changed(tx, key);
    }

    /** Anything kept may change in {@code tx}. */
    public void changedAll(Tx tx) throws SQLException {
        dropAll();
        changes.changedAll(tx);
    }

    private synchronized void drop(String key) {
        generation++;
        entries.remove(key);
    }

    private synchronized void dropAll() {
        generation++;
        entries.clear();
    }
}
