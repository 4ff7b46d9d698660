package dev.stratus.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.store.PostgresStore;
import dev.stratus.store.SqliteStore;
import dev.stratus.store.Store;
import dev.stratus.store.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A cache on each node that follows every node's writes: kept until a change, read afresh after it, and never older than the last change heard. */
class NodeCacheTest {

    @Test
    void aValueIsKeptUntilAWriteChangesItsKeyThenReadAfresh() {
        try (SqliteStore store = SqliteStore.inMemory()) {
            NodeCache<String> cache = new NodeCache<>(store, "test.cache", 100);
            AtomicInteger loads = new AtomicInteger();
            assertEquals("v1", cache.get("a", () -> "v" + loads.incrementAndGet()));
            assertEquals("v1", cache.get("a", () -> "v" + loads.incrementAndGet()), "kept");
            assertEquals("v2", cache.get("b", () -> "v" + loads.incrementAndGet()));

            store.write(tx -> {
                cache.changed(tx, "a");
                assertEquals("v3", cache.get("a", () -> "v" + loads.incrementAndGet()), "the writing transaction reads it afresh");
                return null;
            });
            assertEquals("v4", cache.get("a", () -> "v" + loads.incrementAndGet()), "and every reader once it committed");
            assertEquals("v2", cache.get("b", () -> "v" + loads.incrementAndGet()), "other keys stay");

            store.write(tx -> {
                cache.changedAll(tx);
                return null;
            });
            assertEquals("v5", cache.get("b", () -> "v" + loads.incrementAndGet()));
        }
    }

    @Test
    void whatARolledBackWriteLetItsOwnReadsKeepIsDropped() {
        try (SqliteStore store = SqliteStore.inMemory()) {
            NodeCache<String> cache = new NodeCache<>(store, "test.cache", 100);
            assertThrows(IllegalStateException.class, () -> store.write(tx -> {
                cache.changed(tx, "a");
                cache.get("a", () -> "uncommitted");
                throw new IllegalStateException("rolled back");
            }));
            assertEquals("committed", cache.get("a", () -> "committed"));
        }
    }

    @Test
    void aLoadThatRacedAChangeIsNotKept() {
        try (SqliteStore store = SqliteStore.inMemory()) {
            NodeCache<String> cache = new NodeCache<>(store, "test.cache", 100);
            assertEquals("old", cache.get("a", () -> {
                // Another thread's write commits while this load is reading what was there before it.
                store.write(tx -> {
                    cache.changed(tx, "a");
                    return null;
                });
                return "old";
            }));
            assertEquals("new", cache.get("a", () -> "new"));
        }
    }

    @Test
    void aFullCacheIsEmptied() {
        try (SqliteStore store = SqliteStore.inMemory()) {
            NodeCache<String> cache = new NodeCache<>(store, "test.cache", 2);
            cache.get("a", () -> "1");
            cache.get("b", () -> "2");
            cache.get("c", () -> "3");
            assertEquals("again", cache.get("a", () -> "again"));
            assertEquals("3", cache.get("c", () -> "not read"));
        }
    }

    @Test
    void aMissedAnnouncementDropsEverything() {
        try (SqliteStore sqlite = SqliteStore.inMemory()) {
            List<Store.Listener> listeners = new ArrayList<>();
            Store store = new ListenersKept(sqlite, listeners);
            NodeCache<String> cache = new NodeCache<>(store, "test.cache", 100);
            cache.get("a", () -> "1");
            cache.get("b", () -> "2");
            listeners.forEach(Store.Listener::missed);
            assertEquals("1 again", cache.get("a", () -> "1 again"));
            assertEquals("2 again", cache.get("b", () -> "2 again"));
        }
    }

    @Test
    void aChangeThroughOneNodeIsReadAfreshOnTheOther() {
        String url = TestPostgres.freshDatabase();
        try (PostgresStore one = PostgresStore.open(url); PostgresStore two = PostgresStore.open(url)) {
            NodeCache<String> a = new NodeCache<>(one, "test.cache", 100);
            NodeCache<String> b = new NodeCache<>(two, "test.cache", 100);
            Fence fence = new Fence(one, two);
            assertEquals("old", a.get("k", () -> "old"));
            assertEquals("old", b.get("k", () -> "old"));
            assertEquals("other", b.get("other", () -> "other"));

            one.write(tx -> {
                a.changed(tx, "k");
                return null;
            });
            assertEquals("new", a.get("k", () -> "new"), "the writing node reads afresh as soon as the write returns");
            fence.pass();
            assertEquals("new", b.get("k", () -> "new"), "the other node once it heard");
            assertEquals("other", b.get("other", () -> "not read"));

            one.write(tx -> {
                a.changedAll(tx);
                return null;
            });
            fence.pass();
            assertEquals("read again", b.get("other", () -> "read again"));
        }
    }

    /** A store whose listeners the test can tell that announcements were missed. */
    private record ListenersKept(Store store, List<Store.Listener> listeners) implements Store {
        @Override
        public <T> T write(Work<T> work) {
            return store.write(work);
        }

        @Override
        public <T> T read(Work<T> work) {
            return store.read(work);
        }

        @Override
        public <T> T claim(Work<T> work) {
            return store.claim(work);
        }

        @Override
        public String skipLocked() {
            return store.skipLocked();
        }

        @Override
        public boolean shared() {
            return store.shared();
        }

        @Override
        public void migrate(String component, List<String> scripts) {
            store.migrate(component, scripts);
        }

        @Override
        public void listen(String channel, Listener listener) {
            listeners.add(listener);
            store.listen(channel, listener);
        }

        @Override
        public void close() {
        }
    }
}
