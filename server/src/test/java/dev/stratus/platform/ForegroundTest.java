package dev.stratus.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForegroundTest {

    @Test
    void crowdedWhileRequestsArriveAndThreadsQueueForTheCoresUntilTheyStopArriving() throws Exception {
        Foreground foreground = new Foreground();
        assertFalse(foreground.crowded(), "nothing arrived");
        // More runnable virtual threads than carriers, each spinning: a woken thread waits its turn.
        long until = System.nanoTime() + 2_000_000_000L;
        List<Thread> spinners = new ArrayList<>();
        for (int i = 0; i < 4 * Runtime.getRuntime().availableProcessors(); i++) {
            spinners.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < until && !Thread.currentThread().isInterrupted()) {
                    Thread.onSpinWait();
                }
            }));
        }
        boolean seen = false;
        try {
            while (!seen && System.nanoTime() < until) {
                foreground.arrived();
                seen = foreground.crowded();
                Thread.sleep(1);
            }
        } finally {
            spinners.forEach(Thread::interrupt);
        }
        assertTrue(seen, "the probe saw threads wait for the cores");
        Thread.sleep(100);
        assertFalse(foreground.crowded(), "no request arrived lately: nothing to give way to");
    }
}
