package dev.stratus.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DuePassesTest {
    final ManualClock clock = new ManualClock(1_800_000_000_000L);

    @Test
    void aWakeMakesAPassAtOnce() throws Exception {
        LinkedBlockingQueue<Integer> passes = new LinkedBlockingQueue<>();
        AtomicInteger n = new AtomicInteger();
        try (DuePasses loop = new DuePasses("test-passes", clock, () -> {
            passes.add(n.incrementAndGet());
            return clock.millis() + 3_600_000;
        })) {
            loop.start();
            assertEquals(1, passes.poll(5, TimeUnit.SECONDS), "the first pass runs at start");
            loop.wake();
            // Unwoken, the next pass would come a second later: the check passes only by the wake.
            assertEquals(2, passes.poll(500, TimeUnit.MILLISECONDS), "a wake makes the next at once");
        }
    }

    @Test
    void aPassThatFailsIsTriedAgainAndTheLoopGoesOn() throws Exception {
        LinkedBlockingQueue<Integer> passes = new LinkedBlockingQueue<>();
        AtomicInteger n = new AtomicInteger();
        try (DuePasses loop = new DuePasses("test-failing", clock, () -> {
            int i = n.incrementAndGet();
            passes.add(i);
            if (i == 1) {
                throw new IllegalStateException("the store is briefly unavailable");
            }
            return clock.millis() + 3_600_000;
        })) {
            loop.start();
            assertEquals(1, passes.poll(5, TimeUnit.SECONDS));
            assertEquals(2, passes.poll(5, TimeUnit.SECONDS), "tried again a second later");
        }
        int after = n.get();
        Thread.sleep(50);
        assertTrue(n.get() == after, "no pass after close");
    }

    @Test
    void passesWokenOftenKeepTheirLeastGap() throws Exception {
        LinkedBlockingQueue<Integer> passes = new LinkedBlockingQueue<>();
        AtomicInteger n = new AtomicInteger();
        try (DuePasses loop = new DuePasses("test-gap", clock, 3_600_000, () -> {
            passes.add(n.incrementAndGet());
            return clock.millis() + 3_600_000;
        })) {
            loop.start();
            assertEquals(1, passes.poll(5, TimeUnit.SECONDS), "the first pass runs at start");
            for (int i = 0; i < 10; i++) {
                loop.wake();
            }
            assertEquals(null, passes.poll(200, TimeUnit.MILLISECONDS), "no pass within the gap, however many wakes");
        }
        assertEquals(1, n.get(), "closing makes no pass");
    }
}
