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
            timers.on("t", fired::add);
            timers.start();
            timers.schedule("t", 1_005_000, "second");
            timers.schedule("t", 1_001_000, "first");
            Thread.sleep(200);
            assertTrue(fired.isEmpty(), "nothing is due yet");
            clock.advance(10_000);
            timers.wake();
            waitFor(() -> fired.size() == 2);
            assertEquals(List.of("first", "second"), fired);
        }
    }

    @Test
    void timersSurviveARestart() throws Exception {
        Path dir = Files.createTempDirectory("timers");
        ManualClock clock = new ManualClock(0);
        try (SqliteStore store = SqliteStore.open(dir, SqliteStore.Durability.PROCESS_CRASH)) {
            new Timers(store, clock).schedule("t", 5, "kept");
        }
        List<String> fired = new CopyOnWriteArrayList<>();
        clock.advance(10);
        try (SqliteStore store = SqliteStore.open(dir, SqliteStore.Durability.PROCESS_CRASH); Timers timers = new Timers(store, clock)) {
            timers.on("t", fired::add);
            timers.start();
            waitFor(() -> fired.size() == 1);
            assertEquals(List.of("kept"), fired);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(20);
        }
    }
}
