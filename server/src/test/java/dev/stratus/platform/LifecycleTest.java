package dev.stratus.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.store.SqliteStore;
import dev.stratus.store.Tx;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LifecycleTest {
    enum Light { PENDING, ON, STOPPING, OFF }

    final ManualClock clock = new ManualClock(1_800_000_000_000L);
    final SqliteStore store = SqliteStore.inMemory();
    final Timers timers = new Timers(store, clock);
    final List<String> moves = new CopyOnWriteArrayList<>();
    final Lifecycle<Light> lights;

    LifecycleTest() {
        store.migrate("lights", List.of("CREATE TABLE light (id TEXT PRIMARY KEY, state TEXT NOT NULL)"));
        lights = Lifecycle.of("test.light", Light.class)
                .after(Light.PENDING, Duration.ofSeconds(30), Light.ON)
                .allow(Light.PENDING, Light.STOPPING)
                .allow(Light.ON, Light.STOPPING)
                .after(Light.STOPPING, Duration.ofSeconds(10), Light.OFF)
                .build(timers, clock, new Lifecycle.States<>() {
                    @Override
                    public Light current(Tx tx, String id) throws java.sql.SQLException {
                        var ps = tx.sql("SELECT state FROM light WHERE id = ?");
                        ps.setString(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            return rs.next() ? Light.valueOf(rs.getString(1)) : null;
                        }
                    }

                    @Override
                    public void enter(Tx tx, String id, Light from, Light to) throws java.sql.SQLException {
                        tx.update("INSERT INTO light (id, state) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state", id, to.name());
                        moves.add(id + ":" + from + "->" + to);
                    }
                });
        timers.start();
    }

    @AfterEach
    void close() {
        timers.close();
        store.close();
    }

    Light state(String id) {
        return store.read(tx -> {
            var ps = tx.sql("SELECT state FROM light WHERE id = ?");
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Light.valueOf(rs.getString(1)) : null;
            }
        });
    }

    /** Moves the clock and waits (briefly, on the timer thread) for what fell due. */
    void advance(Duration d, String id, Light expected) throws InterruptedException {
        clock.advance(d.toMillis());
        timers.wake();
        for (int i = 0; i < 500 && state(id) != expected; i++) {
            Thread.sleep(10);
        }
    }

    @Test
    void aTimedStateMovesOnByItselfWhenItsDelayHasPassedAndNotBefore() throws Exception {
        store.write(tx -> {
            lights.begin(tx, "a", Light.PENDING);
            return null;
        });
        advance(Duration.ofSeconds(29), "a", Light.ON);
        assertEquals(Light.PENDING, state("a"));
        advance(Duration.ofSeconds(1), "a", Light.ON);
        assertEquals(Light.ON, state("a"));
        assertEquals(List.of("a:null->PENDING", "a:PENDING->ON"), moves);
    }

    @Test
    void aResourceBegunAsOfAnEarlierTimeMovesOnThatMuchSooner() throws Exception {
        long since = clock.millis() - 20_000;
        store.write(tx -> {
            lights.begin(tx, "c", Light.PENDING, since);
            return null;
        });
        advance(Duration.ofSeconds(9), "c", Light.ON);
        assertEquals(Light.PENDING, state("c"));
        advance(Duration.ofSeconds(1), "c", Light.ON);
        assertEquals(Light.ON, state("c"));
    }

    @Test
    void aMoveThatOvertakesATimedOneLeavesTheStaleTimerWithNothingToDo() throws Exception {
        store.write(tx -> {
            lights.begin(tx, "b", Light.PENDING);
            return null;
        });
        store.write(tx -> lights.move(tx, "b", Light.STOPPING));
        advance(Duration.ofSeconds(10), "b", Light.OFF);
        assertEquals(Light.OFF, state("b"));
        advance(Duration.ofSeconds(30), "b", Light.ON);
        assertEquals(Light.OFF, state("b"), "the pending → on timer found the light off and did nothing");
        assertEquals(List.of("b:null->PENDING", "b:PENDING->STOPPING", "b:STOPPING->OFF"), moves);
    }

    @Test
    void aMoveTheLifecycleDoesNotAllowIsRefusedAndChangesNothing() {
        store.write(tx -> {
            lights.begin(tx, "c", Light.PENDING);
            return null;
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.write(tx -> lights.move(tx, "c", Light.OFF)));
        assertEquals("lifecycle.test.light c cannot move from PENDING to OFF", e.getMessage());
        assertEquals(Light.PENDING, state("c"));
        assertThrows(IllegalStateException.class, () -> store.write(tx -> lights.move(tx, "gone", Light.ON)));
        assertTrue(lights.allows(Light.ON, Light.STOPPING));
        assertFalse(lights.allows(Light.OFF, Light.ON));
    }
}
