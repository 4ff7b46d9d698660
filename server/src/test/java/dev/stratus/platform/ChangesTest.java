package dev.stratus.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.store.PostgresStore;
import dev.stratus.store.SqliteStore;
import dev.stratus.store.Store;
import dev.stratus.store.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Changes announced by a write: followed once on the writing node as it ends, and once on every other node when it hears. */
class ChangesTest {

    /** Records what it follows: a key, or "*" for everything. */
    static final class Followed implements Changes.Follower {
        final BlockingQueue<String> changes = new LinkedBlockingQueue<>();

        @Override
        public void changed(String key) {
            changes.add(key);
        }

        @Override
        public void changedAll() {
            changes.add("*");
        }

        List<String> drained() {
            List<String> out = new java.util.ArrayList<>();
            changes.drainTo(out);
            return out;
        }
    }

    @Test
    void theWritingNodeFollowsItsChangeOnceWhenTheWriteCommits() {
        try (SqliteStore store = SqliteStore.inMemory()) {
            Followed followed = new Followed();
            Changes changes = new Changes(store, "test.changes", followed);
            store.write(tx -> {
                changes.changed(tx, "arn:aws:lambda:us-east-1:000000000000:function:f=1*");
                assertEquals(List.of(), followed.drained(), "not before it ends");
                return null;
            });
            assertEquals(List.of("arn:aws:lambda:us-east-1:000000000000:function:f=1*"), followed.drained(), "once: its own announcement is not followed again");
            store.write(tx -> {
                changes.changedAll(tx);
                return null;
            });
            assertEquals(List.of("*"), followed.drained());
        }
    }

    @Test
    void aRolledBackWriteIsFollowedHereAndAnnouncedNowhere() {
        try (SqliteStore store = SqliteStore.inMemory()) {
            Followed followed = new Followed();
            Changes changes = new Changes(store, "test.changes", followed);
            assertThrows(IllegalStateException.class, () -> store.write(tx -> {
                changes.changed(tx, "k");
                throw new IllegalStateException("rolled back");
            }));
            assertEquals(List.of("k"), followed.drained(), "what its own reads may have kept is dropped");
        }
    }

    @Test
    void aKeyTooLongToAnnounceChangesEverything() {
        try (SqliteStore store = SqliteStore.inMemory()) {
            Followed followed = new Followed();
            Changes changes = new Changes(store, "test.changes", followed);
            store.write(tx -> {
                changes.changed(tx, "k".repeat(Changes.MAX_KEY_BYTES + 1));
                return null;
            });
            assertEquals(List.of("*"), followed.drained());
        }
    }

    @Test
    void everyOtherNodeFollowsWhatOneAnnounced() throws Exception {
        String url = TestPostgres.freshDatabase();
        try (PostgresStore one = PostgresStore.open(url); PostgresStore two = PostgresStore.open(url)) {
            Followed a = new Followed();
            Followed b = new Followed();
            Changes onA = new Changes(one, "test.changes", a);
            new Changes(two, "test.changes", b);
            Fence fence = new Fence(one, two);
            one.write(tx -> {
                onA.changed(tx, "k");
                return null;
            });
            assertEquals(List.of("k"), a.drained(), "at once on the writing node");
            fence.pass();
            assertEquals(List.of("k"), b.drained());
            new Fence(one, one).pass();
            assertEquals(List.of(), a.drained(), "the writing node does not follow its own announcement again");

            one.write(tx -> {
                onA.changedAll(tx);
                return null;
            });
            fence.pass();
            assertEquals(List.of("*"), b.drained());
        }
    }

    @Test
    void aNodeThatLostItsConnectionAssumesEverythingChanged() throws Exception {
        String url = TestPostgres.freshDatabase();
        try (PostgresStore store = PostgresStore.open(url)) {
            Followed followed = new Followed();
            new Changes(store, "test.changes", followed);
            try (Connection c = DriverManager.getConnection(url)) {
                c.createStatement().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        + "WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'LISTEN%'");
            }
            assertEquals("*", followed.changes.poll(10, TimeUnit.SECONDS));
        }
    }
}
