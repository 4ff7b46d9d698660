package dev.stratus.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.store.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class TimersTest {
    @Test
    void firesInDueOrderOnlyWhenTheClockGetsThere() throws Exception {
        ManualClock clock = new ManualClock(1_000_000);
        List<String> fired = new CopyOnWriteArrayList<>();
        try (SqliteStore store = SqliteStore.inMemory(); Timers timers = new Timers(store, clock)) {
            timers.on("t", (tx, payload) -> fired.add(payload));
            timers.start();
            timers.ensure("t", 1_005_000, "second");
            timers.ensure("t", 1_001_000, "first");
            Thread.sleep(200);
            assertTrue(fired.isEmpty(), "nothing is due yet");
            clock.advance(10_000);
            timers.wake();
            waitFor(() -> fired.size() == 2);
            assertEquals(List.of("first", "second"), fired);
        }
    }

    @Test
    void aTimerLeasedByAPassThatFailedBeforeFiringItFiresAtTheNextPass() throws Exception {
        ManualClock clock = new ManualClock(1_000_000);
        List<String> fired = new CopyOnWriteArrayList<>();
        try (SqliteStore store = SqliteStore.inMemory(); Timers timers = new Timers(store, clock)) {
            timers.on("t", (tx, payload) -> fired.add(payload));
            timers.ensure("t", 1_000_000, "stranded");
            assertEquals(1, timers.lease(clock.millis()).size(), "leased; then the store failed, and the pass with it, before firing");
            timers.start();
            waitFor(() -> fired.size() == 1);
            assertEquals(List.of("stranded"), fired);
        }
    }

    @Test
    void timersSurviveARestart() throws Exception {
        Path dir = Files.createTempDirectory("timers");
        ManualClock clock = new ManualClock(0);
        try (SqliteStore store = SqliteStore.open(dir, SqliteStore.Durability.PROCESS_CRASH)) {
            new Timers(store, clock).ensure("t", 5, "kept");
        }
        List<String> fired = new CopyOnWriteArrayList<>();
        clock.advance(10);
        try (SqliteStore store = SqliteStore.open(dir, SqliteStore.Durability.PROCESS_CRASH); Timers timers = new Timers(store, clock)) {
            timers.on("t", (tx, payload) -> fired.add(payload));
            timers.start();
            waitFor(() -> fired.size() == 1);
            assertEquals(List.of("kept"), fired);
        }
    }

    @Test
    void ensureStartsOneChainHoweverOftenItIsCalled() throws Exception {
        ManualClock clock = new ManualClock(0);
        List<String> fired = new CopyOnWriteArrayList<>();
        try (SqliteStore store = SqliteStore.inMemory(); Timers timers = new Timers(store, clock)) {
            timers.on("sweep", (tx, payload) -> {
                fired.add(payload);
                timers.schedule(tx, "sweep", clock.millis() + 1000, payload);
            });
            for (int boot = 0; boot < 3; boot++) {
                timers.ensure("sweep", 1000, "");
            }
            timers.start();
            clock.advance(1000);
            timers.wake();
            waitFor(() -> fired.size() >= 1);
            Thread.sleep(100);
            assertEquals(1, fired.size(), "one chain, fired once");
        }
    }

    @Test
    void ensureChainFindsAChainWhosePayloadMovedOn() throws Exception {
        ManualClock clock = new ManualClock(0);
        List<String> fired = new CopyOnWriteArrayList<>();
        try (SqliteStore store = SqliteStore.inMemory(); Timers timers = new Timers(store, clock)) {
            timers.on("minute", (tx, payload) -> fired.add(payload));
            timers.ensureChain("minute", 1000, "0");
            timers.ensureChain("minute", 2000, "1000");
            timers.start();
            clock.advance(5000);
            timers.wake();
            waitFor(() -> fired.size() >= 1);
            Thread.sleep(100);
            assertEquals(List.of("0"), fired, "the second call found the first link pending");
        }
    }

    @Test
    void aFailingHandlerIsRetriedLaterWithoutLosingTheTimer() throws Exception {
        ManualClock clock = new ManualClock(0);
        List<String> fired = new CopyOnWriteArrayList<>();
        try (SqliteStore store = SqliteStore.inMemory(); Timers timers = new Timers(store, clock)) {
            timers.on("flaky", (tx, payload) -> {
                fired.add(payload);
                if (fired.size() == 1) {
                    throw new IllegalStateException("first attempt fails");
                }
            });
            timers.ensure("flaky", 0, "p");
            timers.start();
            waitFor(() -> fired.size() == 1);
            // The retry is scheduled a second after the failure, which the test cannot observe: keep moving time on.
            for (int i = 0; i < 50 && fired.size() < 2; i++) {
                clock.advance(1000);
                timers.wake();
                Thread.sleep(20);
            }
            assertEquals(List.of("p", "p"), fired);
        }
    }

    @Test
    void oneFailingTimerDoesNotHoldBackTheOthersDueWithIt() throws Exception {
        ManualClock clock = new ManualClock(0);
        List<String> committed = new CopyOnWriteArrayList<>();
        List<String> attempts = new CopyOnWriteArrayList<>();
        try (SqliteStore store = SqliteStore.inMemory(); Timers timers = new Timers(store, clock)) {
            timers.on("t", (tx, payload) -> {
                attempts.add(payload);
                if (payload.equals("bad")) {
                    throw new IllegalStateException("always fails");
                }
                tx.afterCommit(() -> committed.add(payload));
            });
            for (String p : List.of("a", "bad", "b", "c")) {
                timers.ensure("t", 0, p);
            }
            timers.start();
            waitFor(() -> committed.size() == 3);
            // Fired together first, then one by one once the batch failed: each good timer commits exactly once.
            assertEquals(List.of("a", "b", "c"), committed);
            assertTrue(attempts.stream().filter("bad"::equals).count() >= 2, attempts.toString());
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(20);
        }
    }
}
