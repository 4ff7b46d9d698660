package dev.stratus.platform;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether clients' requests are kept waiting for a CPU: the signal on which work that no caller
 * waits for (the job engine's drain) gives way, as AWS's own queues absorb a flood of accepted
 * events. The server tells it of every request as it arrives; while requests arrive, a probe
 * thread measures how late a sleeping virtual thread wakes, which is how long a request's thread
 * waits for a carrier, whether Stratus's own work or other processes hold the cores.
 */
public final class Foreground {
    /** How long the probe sleeps between looks. */
    private static final long PROBE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    /** A wake later than this means runnable threads are queueing for the cores. */
    private static final long LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    /** How long an arrival counts: requests that stop coming leave nothing to give way to. */
    private static final long WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    /**
     * How long a late wake counts: crowding ends only after this long of probes on time, as work
     * that gave way would otherwise come back at the first quiet look and crowd the cores again.
     */
    private static final long LATE_HOLD_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private volatile long lastArrival = System.nanoTime() - WINDOW_NANOS;
    private volatile long lateUntil = System.nanoTime();
    /** When the sleeping probe is due to wake: a probe that has not woken well after it is late already. */
    private volatile long wakeDue = Long.MAX_VALUE;
    private final AtomicBoolean probing = new AtomicBoolean();

    /** A client's request arrived; the probe runs while they do. */
    public void arrived() {
        lastArrival = System.nanoTime();
        if (!probing.get() && probing.compareAndSet(false, true)) {
            // Due to run at once: a probe that cannot get a carrier to start is late too.
            wakeDue = System.nanoTime();
            Thread.ofVirtual().name("foreground-probe").start(this::probe);
        }
    }

    /** Whether requests arrived lately and threads wait for the cores: work nobody waits for should give way. */
    public boolean crowded() {
        long now = System.nanoTime();
        long due = wakeDue;
        return now - lastArrival < WINDOW_NANOS && (now - lateUntil < 0 || due != Long.MAX_VALUE && now - due > LATE_NANOS);
    }

    private void probe() {
        try {
            while (System.nanoTime() - lastArrival < WINDOW_NANOS) {
                long due = System.nanoTime() + PROBE_NANOS;
                wakeDue = due;
                Thread.sleep(TimeUnit.NANOSECONDS.toMillis(PROBE_NANOS));
                long woke = System.nanoTime();
                wakeDue = Long.MAX_VALUE;
                if (woke - due > LATE_NANOS) {
                    lateUntil = woke + LATE_HOLD_NANOS;
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } finally {
            wakeDue = Long.MAX_VALUE;
            probing.set(false);
        }
    }
}
