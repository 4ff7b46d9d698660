package dev.stratus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every Store engine promises. An engine's test is a subclass that says how to open a
 * fresh, empty store and how to open it again after a close.
 */
public abstract class StoreContract {

    /** A new, empty store. */
    protected abstract Store open();

    /** The store last returned by {@link #open()}, opened again after it was closed. */
    protected abstract Store reopen();

    static long count(Store store) {
        return store.read(tx -> {
            try (ResultSet rs = tx.sql("SELECT COUNT(*) FROM item").executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    static final List<String> V1 = List.of("CREATE TABLE item (id ${ID}, name TEXT NOT NULL, at BIGINT)");

    @Test
    void migrationsApplyOnceInOrderAndSurviveAReopen() {
        try (Store store = open()) {
            store.migrate("c", V1);
            store.migrate("c", V1);
            store.write(tx -> tx.update("INSERT INTO item (name, at) VALUES (?, ?)", "a", 1_795_000_000_000L));
        }
        try (Store store = reopen()) {
            store.migrate("c", List.of(V1.get(0), "ALTER TABLE item ADD COLUMN size BIGINT"));
            store.write(tx -> tx.update("INSERT INTO item (name, size) VALUES (?, ?)", "b", 2));
            assertEquals(2, count(store));
            long at = store.read(tx -> {
                try (ResultSet rs = tx.sql("SELECT at FROM item WHERE name = 'a'").executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(1_795_000_000_000L, at, "epoch milliseconds fit");
        }
    }

    @Test
    void jsonEachSpreadsAnObjectHeldAsTextIntoRows() {
        try (Store store = open()) {
            store.migrate("j", List.of("CREATE TABLE doc_item (name TEXT NOT NULL, doc TEXT NOT NULL)"));
            store.write(tx -> tx.update("INSERT INTO doc_item (name, doc) VALUES (?, ?), (?, ?)", "a", "{\"k1\":\"v1\",\"k2\":\"\"}", "b", "{}"));
            store.migrate("j", List.of("CREATE TABLE doc_item (name TEXT NOT NULL, doc TEXT NOT NULL)", """
                    CREATE TABLE doc_pair (name TEXT NOT NULL, k TEXT NOT NULL, v TEXT NOT NULL);
                    INSERT INTO doc_pair (name, k, v) SELECT d.name, j.key, j.value FROM doc_item d, ${JSON_EACH(d.doc)} j;
                    """));
            List<String> pairs = store.read(tx -> {
                List<String> out = new ArrayList<>();
                try (ResultSet rs = tx.sql("SELECT name, k, v FROM doc_pair ORDER BY name, k").executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1) + "." + rs.getString(2) + "=" + rs.getString(3));
                    }
                }
                return out;
            });
            assertEquals(List.of("a.k1=v1", "a.k2="), pairs);
        }
    }

    @Test
    void blobColumnsKeepEveryByte() {
        byte[] bytes = new byte[70_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        try (Store store = open()) {
            store.migrate("b", List.of("CREATE TABLE blob_item (id ${ID}, data ${BLOB} NOT NULL)"));
            store.write(tx -> tx.update("INSERT INTO blob_item (data) VALUES (?)", (Object) bytes));
            byte[] back = store.read(tx -> {
                try (ResultSet rs = tx.sql("SELECT data FROM blob_item").executeQuery()) {
                    rs.next();
                    return rs.getBytes(1);
                }
            });
            org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, back);
        }
    }

    @Test
    void afterCommitActionsRunOnlyWhenTheTransactionCommits() {
        try (Store store = open()) {
            store.migrate("c", V1);
            List<String> ran = new ArrayList<>();
            store.write(tx -> {
                tx.update("INSERT INTO item (name) VALUES (?)", "a");
                tx.afterCommit(() -> ran.add("committed, sees " + count(store)));
                return null;
            });
            assertThrows(IllegalStateException.class, () -> store.write(tx -> {
                tx.afterCommit(() -> ran.add("rolled back"));
                throw new IllegalStateException("boom");
            }));
            assertEquals(List.of("committed, sees 1"), ran);
        }
    }

    @Test
    void afterRollbackActionsRunOnlyWhenTheTransactionRollsBack() {
        try (Store store = open()) {
            store.migrate("c", V1);
            List<String> ran = new ArrayList<>();
            store.write(tx -> {
                tx.afterRollback(() -> ran.add("committed"));
                return null;
            });
            assertThrows(IllegalStateException.class, () -> store.write(tx -> {
                tx.afterRollback(() -> ran.add("rolled back"));
                throw new IllegalStateException("boom");
            }));
            assertThrows(StoreException.class, () -> store.write(tx -> {
                tx.afterRollback(() -> ran.add("failed statement"));
                tx.update("INSERT INTO no_such_table (name) VALUES (?)", "a");
                return null;
            }));
            assertEquals(List.of("rolled back", "failed statement"), ran);
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Store store = open()) {
            store.migrate("c", V1);
            assertThrows(IllegalStateException.class, () -> store.write(tx -> {
                tx.update("INSERT INTO item (name) VALUES (?)", "a");
                throw new IllegalStateException("boom");
            }));
            assertThrows(StoreException.class, () -> store.write(tx -> tx.update("INSERT INTO item (name) VALUES (NULL)")));
            assertEquals(0, count(store));
        }
    }

    @Test
    void idsIncreaseAndAreReturnedByInsert() {
        try (Store store = open()) {
            store.migrate("c", V1);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(store.write(tx -> {
                    var ps = tx.sql("INSERT INTO item (name) VALUES (?) RETURNING id");
                    ps.setString(1, "x");
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }));
            }
            assertEquals(ids.stream().sorted().distinct().toList(), ids);
        }
    }

    /** Read-then-write transactions from many threads lose no update: each acts as if alone. */
    @Test
    void concurrentTransactionsActAsIfAlone() throws Exception {
        try (Store store = open()) {
            store.migrate("c", List.of("CREATE TABLE counter (id BIGINT PRIMARY KEY, n BIGINT NOT NULL)"));
            store.write(tx -> tx.update("INSERT INTO counter (id, n) VALUES (1, 0)"));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        store.write(tx -> {
                            long n;
                            try (ResultSet rs = tx.sql("SELECT n FROM counter WHERE id = 1").executeQuery()) {
                                rs.next();
                                n = rs.getLong(1);
                            }
                            return tx.update("UPDATE counter SET n = ? WHERE id = 1", n + 1);
                        });
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            long n = store.read(tx -> {
                try (ResultSet rs = tx.sql("SELECT n FROM counter WHERE id = 1").executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(400, n);
        }
    }

    @Test
    void announcementsAreHeardOnceTheirTransactionCommitsAndNotIfItRollsBack() throws Exception {
        try (Store store = open()) {
            java.util.concurrent.LinkedBlockingQueue<String> heard = new java.util.concurrent.LinkedBlockingQueue<>();
            store.listen("test.items", new Store.Listener() {
                @Override
                public void heard(String payload) {
                    heard.add(payload);
                }

                @Override
                public void missed() {
                    heard.add("(missed)");
                }
            });
            assertThrows(IllegalStateException.class, () -> store.write(tx -> {
                tx.announce("test.items", "rolled back");
                throw new IllegalStateException("boom");
            }));
            store.write(tx -> {
                tx.announce("test.items", "q-1");
                return null;
            });
            assertEquals("q-1", heard.poll(5, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(null, heard.poll(300, java.util.concurrent.TimeUnit.MILLISECONDS));
            assertThrows(IllegalArgumentException.class, () -> store.listen("Bad Channel", null));
            assertThrows(IllegalArgumentException.class, () -> store.write(tx -> {
                tx.announce("test.items", "x".repeat(Tx.MAX_PAYLOAD_BYTES + 1));
                return null;
            }));
        }
    }

    /** Transactions that run together commit together, but one that fails is undone alone. */
    @Test
    void aFailingTransactionAmongConcurrentOnesIsUndoneAlone() throws Exception {
        try (Store store = open()) {
            store.migrate("c", V1);
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<Boolean>> done = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String name = "n" + i;
                boolean fails = i % 7 == 0;
                done.add(pool.submit(() -> {
                    try {
                        store.write(tx -> {
                            tx.update("INSERT INTO item (name) VALUES (?)", name);
                            if (fails) {
                                tx.update("INSERT INTO item (name) VALUES (NULL)");
                            }
                            return null;
                        });
                        return true;
                    } catch (StoreException e) {
                        return false;
                    }
                }));
            }
            int ok = 0;
            for (int i = 0; i < done.size(); i++) {
                boolean committed = done.get(i).get();
                assertEquals(i % 7 != 0, committed, "transaction " + i);
                ok += committed ? 1 : 0;
            }
            pool.shutdown();
            assertEquals(ok, count(store));
            long failedLeftovers = store.read(tx -> {
                try (ResultSet rs = tx.sql("SELECT COUNT(*) FROM item WHERE CAST(substr(name, 2) AS INTEGER) % 7 = 0").executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(0, failedLeftovers);
        }
    }

    @Test
    void workOpenedInsideAWriteSeesWhatTheWriteDidSoFar() {
        try (Store store = open()) {
            store.migrate("c", V1);
            long seen = store.write(tx -> {
                tx.update("INSERT INTO item (name) VALUES (?)", "a");
                store.write(inner -> inner.update("INSERT INTO item (name) VALUES (?)", "b"));
                return store.read(inner -> {
                    try (ResultSet rs = inner.sql("SELECT COUNT(*) FROM item").executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
            });
            assertEquals(2, seen);
            assertEquals(2, count(store));
        }
    }

    /** Hears every payload announced on {@code channel}, in order. */
    static java.util.concurrent.LinkedBlockingQueue<String> hear(Store store, String channel) {
        java.util.concurrent.LinkedBlockingQueue<String> heard = new java.util.concurrent.LinkedBlockingQueue<>();
        store.listen(channel, new Store.Listener() {
            @Override
            public void heard(String payload) {
                heard.add(payload);
            }

            @Override
            public void missed() {
                heard.add("(missed)");
            }
        });
        return heard;
    }

    /** What was heard up to {@code last}, which a later transaction announced: all that can still come before it. */
    static List<String> heardUntil(java.util.concurrent.LinkedBlockingQueue<String> heard, String last) throws InterruptedException {
        List<String> out = new ArrayList<>();
        while (out.isEmpty() || !out.get(out.size() - 1).equals(last)) {
            String p = heard.poll(5, java.util.concurrent.TimeUnit.SECONDS);
            if (p == null) {
                throw new AssertionError("did not hear " + last + " after " + out);
            }
            out.add(p);
        }
        return out;
    }

    static List<String> names(Store store) {
        return store.read(tx -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = tx.sql("SELECT name FROM item ORDER BY name").executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /**
     * Work nested in a write that fails, caught by the write, takes with it its writes, the actions it
     * left for the commit and its announcements; what it left for a rollback runs. The write keeps its own.
     */
    @Test
    void aFailedNestedWriteCaughtByItsTransactionIsUndoneWithItsActions() throws Exception {
        try (Store store = open()) {
            store.migrate("c", V1);
            var heard = hear(store, "test.nested");
            List<String> ran = new java.util.concurrent.CopyOnWriteArrayList<>();
            store.write(tx -> {
                tx.update("INSERT INTO item (name) VALUES (?)", "outer");
                tx.afterCommit(() -> ran.add("outer committed"));
                tx.afterRollback(() -> ran.add("outer rolled back"));
                tx.announce("test.nested", "outer");
                try {
                    store.write(inner -> {
                        inner.update("INSERT INTO item (name) VALUES (?)", "nested");
                        inner.afterCommit(() -> ran.add("nested committed"));
                        inner.afterRollback(() -> ran.add("nested rolled back"));
                        inner.announce("test.nested", "nested");
                        throw new IllegalStateException("boom");
                    });
                } catch (IllegalStateException expected) {
                    assertEquals(List.of("nested rolled back"), ran, "as the nested work is undone");
                }
                tx.update("INSERT INTO item (name) VALUES (?)", "after");
                return null;
            });
            assertEquals(List.of("nested rolled back", "outer committed"), ran);
            assertEquals(List.of("after", "outer"), names(store));
            store.write(tx -> {
                tx.announce("test.nested", "end");
                return null;
            });
            assertEquals(List.of("outer", "end"), heardUntil(heard, "end"));
        }
    }

    /**
     * Nested work that succeeds leaves its actions to its transaction: each runs once, after the
     * commit, and so does each announcement; a failure nested deeper takes only its own.
     */
    @Test
    void actionsOfNestedWorkThatSucceedsRunOnceAfterTheOuterCommit() throws Exception {
        try (Store store = open()) {
            store.migrate("c", V1);
            var heard = hear(store, "test.nested");
            List<String> ran = new java.util.concurrent.CopyOnWriteArrayList<>();
            store.write(tx -> {
                tx.afterCommit(() -> ran.add("outer"));
                tx.announce("test.nested", "outer");
                store.write(inner -> {
                    inner.update("INSERT INTO item (name) VALUES (?)", "nested");
                    inner.afterCommit(() -> ran.add("nested"));
                    inner.afterRollback(() -> ran.add("nested rolled back"));
                    inner.announce("test.nested", "nested");
                    assertThrows(IllegalStateException.class, () -> store.write(deeper -> {
                        deeper.update("INSERT INTO item (name) VALUES (?)", "deeper");
                        deeper.afterCommit(() -> ran.add("deeper"));
                        deeper.announce("test.nested", "deeper");
                        throw new IllegalStateException("boom");
                    }));
                    store.read(check -> {
                        check.afterCommit(() -> ran.add("nested read"));
                        return null;
                    });
                    return null;
                });
                assertEquals(List.of(), ran, "nothing runs before the commit");
                return null;
            });
            assertEquals(List.of("outer", "nested", "nested read"), ran);
            assertEquals(List.of("nested"), names(store));
            store.write(tx -> {
                tx.announce("test.nested", "end");
                return null;
            });
            assertEquals(List.of("outer", "nested", "end"), heardUntil(heard, "end"));
        }
    }

    /** Claims from many threads at once, each taking the first free rows it can lock, take every row exactly once. */
    @Test
    void concurrentClaimsTakeEachRowOnce() throws Exception {
        try (Store store = open()) {
            store.migrate("c", List.of("CREATE TABLE task (id BIGINT PRIMARY KEY, owner TEXT)"));
            store.write(tx -> {
                for (int i = 0; i < 400; i++) {
                    tx.update("INSERT INTO task (id) VALUES (?)", i);
                }
                return null;
            });
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<Integer>> taken = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                String owner = "node-" + t;
                taken.add(pool.submit(() -> {
                    int mine = 0;
                    for (int got = -1; got != 0; mine += got) {
                        got = store.claim(tx -> {
                            List<Long> ids = new ArrayList<>();
                            try (ResultSet rs = tx.sql("SELECT id FROM task WHERE owner IS NULL ORDER BY id LIMIT 7" + store.skipLocked()).executeQuery()) {
                                while (rs.next()) {
                                    ids.add(rs.getLong(1));
                                }
                            }
                            for (long id : ids) {
                                tx.update("UPDATE task SET owner = ? WHERE id = ?", owner, id);
                            }
                            return ids.size();
                        });
                    }
                    return mine;
                }));
            }
            int total = 0;
            for (Future<Integer> f : taken) {
                total += f.get();
            }
            pool.shutdown();
            assertEquals(400, total, "every row claimed once, none twice");
            long unowned = store.read(tx -> {
                try (ResultSet rs = tx.sql("SELECT COUNT(*) FROM task WHERE owner IS NULL").executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(0, unowned);
        }
    }
}
