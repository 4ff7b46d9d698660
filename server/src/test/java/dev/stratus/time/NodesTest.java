package dev.stratus.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.store.PostgresStore;
import dev.stratus.store.SqliteStore;
import dev.stratus.store.Store;
import dev.stratus.store.TestPostgres;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which nodes live, told by beats counted (not by clocks), on the shared store; on SQLite, nothing at all. */
class NodesTest {
    final ManualClock clock = new ManualClock(0);

    static Set<String> rows(Store store) {
        return store.read(tx -> {
            Set<String> ids = new HashSet<>();
            try (ResultSet rs = tx.sql("SELECT id FROM stratus_node").executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    @Test
    void aNodeThatStopsBeatingIsDeletedAfterFiveBeatsOfAnotherAndTakesItsRowBackWhenItBeatsAgain() {
        try (PostgresStore store = PostgresStore.open(TestPostgres.freshDatabase())) {
            Nodes a = new Nodes(store, clock, "a");
            Nodes b = new Nodes(store, clock, "b");
            AtomicInteger takeOvers = new AtomicInteger();
            a.afterBeat(takeOvers::incrementAndGet);
            a.beat();
            b.beat();
            assertEquals(Set.of("a", "b"), rows(store));
            a.beat();
            clock.advance(3_600_000);
            for (int i = 0; i < Nodes.DEAD_AFTER_BEATS - 1; i++) {
                a.beat();
            }
            assertEquals(Set.of("a", "b"), rows(store), "however far the clock moved, four beats since a saw b's count change are not enough");
            a.beat();
            assertEquals(Set.of("a"), rows(store), "b did not beat for five of a's beats: dead");
            assertEquals(Nodes.DEAD_AFTER_BEATS + 2, takeOvers.get(), "the take-overs run after every beat");
            b.beat();
            assertEquals(Set.of("a", "b"), rows(store), "b was only paused: it takes its row back");
            for (int i = 0; i < Nodes.DEAD_AFTER_BEATS * 2; i++) {
                a.beat();
                b.beat();
            }
            assertEquals(Set.of("a", "b"), rows(store), "nodes that beat live on");
        }
    }

    @Test
    void aNodeThatStopsGivesUpItsRowAndARestartTakesItBack() {
        try (PostgresStore store = PostgresStore.open(TestPostgres.freshDatabase())) {
            Nodes a = new Nodes(store, clock, "a");
            a.start();
            assertEquals(Set.of("a"), rows(store), "a node takes its row as it starts");
            a.close();
            assertEquals(Set.of(), rows(store));
            Nodes again = new Nodes(store, clock, "a");
            again.beat();
            assertEquals(Set.of("a"), rows(store));
        }
    }

    @Test
    void aloneOnSqliteNothingBeatsAndNothingIsWritten() {
        try (SqliteStore store = SqliteStore.inMemory()) {
            Nodes alone = Nodes.alone(store, clock);
            alone.start();
            assertFalse(alone.shared());
            assertEquals(Set.of(), rows(store));
            alone.close();
            assertTrue(rows(store).isEmpty());
        }
    }
}
