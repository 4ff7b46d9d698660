package dev.stratus.runtime;

import static dev.stratus.runtime.QueuedScaling.INTERVAL_MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueuedScalingTest {
    private final QueuedScaling scaling = new QueuedScaling();

    /** Invocations too slow for their pace to be judged: none taken per interval that counts. */
    private boolean slow(long now, int backlog, int starting, int environments) {
        return scaling.shouldStart(now, backlog, starting, environments, 0);
    }

    @Test
    void aStartForQuickInvocationsThatAddsNoPaceHoldsTheNextOnesAWhile() {
        // 100 taken per interval (1,000 a second) and a backlog that grows all along.
        assertFalse(scaling.shouldStart(0, 1000, 0, 1, 0));
        assertTrue(scaling.shouldStart(INTERVAL_MS, 1100, 0, 1, 100), "the backlog grows: one more");
        assertFalse(scaling.shouldStart(2 * INTERVAL_MS, 1200, 1, 1, 200), "it is starting");
        assertFalse(scaling.shouldStart(3 * INTERVAL_MS, 1300, 0, 2, 300), "its first interval has its start in it: judged after the next");
        assertFalse(scaling.shouldStart(4 * INTERVAL_MS, 1400, 0, 2, 400), "two environments take no more than one did: the host is busy");
        long t = 4 * INTERVAL_MS;
        long taken = 400;
        int backlog = 1400;
        for (; t < 4 * INTERVAL_MS + QueuedScaling.HOLD_MS; t += INTERVAL_MS) {
            assertFalse(scaling.shouldStart(t, backlog += 100, 0, 2, taken += 100), "held at " + t);
        }
        assertTrue(scaling.shouldStart(t, backlog + 100, 0, 2, taken + 100), "the hold ends: the host may have room now");
    }

    @Test
    void aStartForQuickInvocationsThatAddsPaceLetsTheNextOneStart() {
        assertFalse(scaling.shouldStart(0, 1000, 0, 1, 0));
        assertTrue(scaling.shouldStart(INTERVAL_MS, 1100, 0, 1, 100));
        assertFalse(scaling.shouldStart(2 * INTERVAL_MS, 1200, 1, 1, 200));
        assertFalse(scaling.shouldStart(3 * INTERVAL_MS, 1300, 0, 2, 350));
        assertTrue(scaling.shouldStart(4 * INTERVAL_MS, 1350, 0, 2, 550), "twice the pace with two: the next one starts");
    }

    @Test
    void aStartIsJudgedOnlyOnceItsRuntimeHasStarted() {
        assertFalse(scaling.shouldStart(0, 1000, 0, 1, 0));
        assertTrue(scaling.shouldStart(INTERVAL_MS, 1100, 0, 1, 100));
        long t = INTERVAL_MS;
        long taken = 100;
        for (int i = 0; i < 10; i++) {
            t += INTERVAL_MS;
            // Counted among the environments from the start, but still starting: the pace cannot show it yet.
            assertFalse(scaling.shouldStart(t, 1200 + 100 * i, 1, 2, taken += 100));
        }
        assertFalse(scaling.shouldStart(t += INTERVAL_MS, 2300, 0, 2, taken += 200));
        assertTrue(scaling.shouldStart(t + INTERVAL_MS, 2350, 0, 2, taken + 200), "it doubled the pace: not held");
    }

    @Test
    void aStartThatNeverJoinsIsNotWaitedForLong() {
        assertFalse(scaling.shouldStart(0, 1000, 0, 1, 0));
        assertTrue(scaling.shouldStart(INTERVAL_MS, 1100, 0, 1, 100));
        long t = INTERVAL_MS;
        long taken = 100;
        boolean started = false;
        for (int i = 0; t < QueuedScaling.JUDGE_WITHIN_MS + 2 * INTERVAL_MS && !started; i++) {
            t += INTERVAL_MS;
            started = scaling.shouldStart(t, 1100 + 100 * i, 0, 1, taken += 100);
        }
        assertTrue(started, "its environment failed to start, so another is tried");
    }

    @Test
    void theFirstEnvironmentStartsAtOnce() {
        assertTrue(slow(0, 1, 0, 0));
    }

    @Test
    void noBacklogStartsNothing() {
        assertFalse(slow(0, 0, 0, 0));
        assertFalse(slow(10 * INTERVAL_MS, 0, 0, 3));
    }

    @Test
    void theEnvironmentsThereAreGetAnIntervalBeforeAnotherStarts() {
        assertFalse(slow(0, 500, 0, 1));
        assertFalse(slow(INTERVAL_MS - 1, 600, 0, 1));
        assertTrue(slow(INTERVAL_MS, 600, 0, 1));
    }

    @Test
    void aGrowingBacklogAddsOneEnvironmentPerInterval() {
        long t = 0;
        assertFalse(slow(t, 10, 0, 1));
        int started = 0;
        for (int i = 1; i <= 10; i++) {
            t += INTERVAL_MS / 2;
            started += slow(t, 10 + 20 * i, 0, 1 + started) ? 1 : 0;
        }
        assertEquals(5, started, "one start per interval, not per call");
    }

    @Test
    void aBacklogThatDrainsWithinTheHorizonStartsNothing() {
        // 1,000 waiting, 200 drained per 100 ms: gone in 0.5 s.
        assertFalse(slow(0, 1200, 0, 2));
        assertFalse(slow(INTERVAL_MS, 1000, 0, 2));
        assertFalse(slow(2 * INTERVAL_MS, 800, 0, 2));
    }

    @Test
    void aBacklogThatDrainsTooSlowlyStartsAnother() {
        // 1,000 waiting, 5 drained per 100 ms (events that take a while): 20 s to go.
        assertFalse(slow(0, 1005, 0, 2));
        assertTrue(slow(INTERVAL_MS, 1000, 0, 2));
    }

    @Test
    void oneStartsAtATime() {
        assertFalse(slow(0, 100, 0, 1));
        assertFalse(slow(INTERVAL_MS, 150, 1, 1), "one is starting already");
        assertTrue(slow(2 * INTERVAL_MS, 200, 0, 2));
    }

    @Test
    void aBacklogThatEmptiedIsWatchedAfreshWhenItReturns() {
        assertFalse(slow(0, 100, 0, 1));
        scaling.drained();
        assertFalse(slow(10 * INTERVAL_MS, 100, 0, 1), "a new backlog gets its interval too");
        assertTrue(slow(11 * INTERVAL_MS, 100, 0, 1));
    }
}
