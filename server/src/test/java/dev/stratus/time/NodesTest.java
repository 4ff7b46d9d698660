package dev.stratus.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.store.PostgresStore;
import dev.stratus.store.SqliteStore;
import dev.stratus.store.Store;
import dev.stratus.store.TestPostgres;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Which nodes live, told by beats counted (not by clocks), on the shared store; on SQLite, nothing at all.
 * A process joining as a node that beats is refused; one restarted after a kill takes its row back.
 */
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

    /** The process that holds node {@code id}'s row, and its count. */
    static String holder(Store store, String id) {
        return store.read(tx -> {
            java.sql.PreparedStatement ps = tx.sql("SELECT incarnation, beats FROM stratus_node WHERE id = ?");
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) + " at " + rs.getLong(2) : null;
            }
        });
    }

    @Test
    void aProcessJoiningAsANodeThatBeatsIsRefusedAndTheNodeRunsOn() {
        try (PostgresStore store = PostgresStore.open(TestPostgres.freshDatabase())) {
            Nodes running = new Nodes(store, clock, "a");
            running.beat();
            AtomicInteger waits = new AtomicInteger();
            Nodes second = new Nodes(store, clock, "a", () -> {
                waits.incrementAndGet();
                running.beat();
            });
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, second::join);
            assertEquals("another Stratus process runs as node a on this store (it is beating): each node sharing a store needs its own --node-id",
                    refused.getMessage());
            assertEquals(1, waits.get(), "one beat of the running node tells it alive");
            String before = holder(store, "a");
            running.beat();
            assertEquals(before.replace(" at 2", " at 3"), holder(store, "a"), "the running node keeps its row and counts on");
        }
    }

    @Test
    void aNodeRestartedAfterAKillTakesItsRowOnceItStoodStillForFiveBeatsAndTakesOverOnlyOnceStarted() {
        try (PostgresStore store = PostgresStore.open(TestPostgres.freshDatabase())) {
            Nodes killed = new Nodes(store, clock, "a");
            killed.beat();
            String before = holder(store, "a");
            AtomicInteger waits = new AtomicInteger();
            AtomicInteger takeOvers = new AtomicInteger();
            Nodes restarted = new Nodes(store, clock, "a", waits::incrementAndGet);
            restarted.afterBeat(takeOvers::incrementAndGet);
            restarted.join();
            assertEquals(Nodes.DEAD_AFTER_BEATS, waits.get(), "the killed process's count stood still as long as the others take to declare it dead");
            assertNotEquals(before, holder(store, "a"), "the restart holds the row");
            restarted.beat();
            assertEquals(0, takeOvers.get(), "joined, not started: what takes claims over is not built yet");
            restarted.start();
            restarted.beat();
            assertTrue(takeOvers.get() >= 1, "started: the take-overs run after each beat");
            restarted.close();
            assertEquals(Set.of(), rows(store));
            Nodes again = new Nodes(store, clock, "a", () -> Assertions.fail("a row given up is taken at once"));
            again.join();
            assertEquals(Set.of("a"), rows(store));
            again.close();
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
