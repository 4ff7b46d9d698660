package dev.stratus.runtime;

import static dev.stratus.runtime.QueuedScaling.INTERVAL_MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueuedScalingTest {
    private final QueuedScaling scaling = new QueuedScaling();

    @Test
    void theFirstEnvironmentStartsAtOnce() {
        assertTrue(scaling.shouldStart(0, 1, 0, 0));
    }

    @Test
    void noBacklogStartsNothing() {
        assertFalse(scaling.shouldStart(0, 0, 0, 0));
        assertFalse(scaling.shouldStart(10 * INTERVAL_MS, 0, 0, 3));
    }

    @Test
    void theEnvironmentsThereAreGetAnIntervalBeforeAnotherStarts() {
        assertFalse(scaling.shouldStart(0, 500, 0, 1));
        assertFalse(scaling.shouldStart(INTERVAL_MS - 1, 600, 0, 1));
        assertTrue(scaling.shouldStart(INTERVAL_MS, 600, 0, 1));
    }

    @Test
    void aGrowingBacklogAddsOneEnvironmentPerInterval() {
        long t = 0;
        assertFalse(scaling.shouldStart(t, 10, 0, 1));
        int started = 0;
        for (int i = 1; i <= 10; i++) {
            t += INTERVAL_MS / 2;
            started += scaling.shouldStart(t, 10 + 20 * i, 0, 1 + started) ? 1 : 0;
        }
        assertEquals(5, started, "one start per interval, not per call");
    }

    @Test
    void aBacklogThatDrainsWithinTheHorizonStartsNothing() {
        // 1,000 waiting, 200 drained per 100 ms: gone in 0.5 s.
        assertFalse(scaling.shouldStart(0, 1200, 0, 2));
        assertFalse(scaling.shouldStart(INTERVAL_MS, 1000, 0, 2));
        assertFalse(scaling.shouldStart(2 * INTERVAL_MS, 800, 0, 2));
    }

    @Test
    void aBacklogThatDrainsTooSlowlyStartsAnother() {
        // 1,000 waiting, 5 drained per 100 ms (events that take a while): 20 s to go.
        assertFalse(scaling.shouldStart(0, 1005, 0, 2));
        assertTrue(scaling.shouldStart(INTERVAL_MS, 1000, 0, 2));
    }

    @Test
    void oneStartsAtATime() {
        assertFalse(scaling.shouldStart(0, 100, 0, 1));
        assertFalse(scaling.shouldStart(INTERVAL_MS, 150, 1, 1), "one is starting already");
        assertTrue(scaling.shouldStart(2 * INTERVAL_MS, 200, 0, 2));
    }

    @Test
    void aBacklogThatEmptiedIsWatchedAfreshWhenItReturns() {
        assertFalse(scaling.shouldStart(0, 100, 0, 1));
        scaling.drained();
        assertFalse(scaling.shouldStart(10 * INTERVAL_MS, 100, 0, 1), "a new backlog gets its interval too");
        assertTrue(scaling.shouldStart(11 * INTERVAL_MS, 100, 0, 1));
    }
}
