package dev.stratus.time;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One daemon thread that makes passes over durable work falling due (timers, jobs): a pass runs
 * again at once when it was woken during the last one, else when the next piece is due, and at
 * least every second, so that work another node wrote is seen. A pass that fails is tried again a
 * second later. Given a least gap, a pass starts no sooner than that after the one before began,
 * however often it is woken: a stream of wakes (one per accepted event) then makes one pass per
 * gap that takes what all of them wrote, rather than a pass each that competes with their writers.
 */
public final class DuePasses implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DuePasses.class.getName());
    private static final long LONGEST_WAIT_MS = 1000;

    private final String name;
    private final Clock clock;
    private final LongSupplier pass;
    private final long leastGapNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private long generation;
    private volatile boolean running;
    private Thread thread;

    /** {@code pass} does what is due now and returns when the next piece falls due (epoch millis). */
    public DuePasses(String name, Clock clock, LongSupplier pass) {
        this(name, clock, 0, pass);
    }

    /**
     * As {@link #DuePasses(String, Clock, LongSupplier)}, with passes at least {@code leastGapMillis}
     * apart (of real time, not the clock's: it paces work, it is not a due time).
     */
    public DuePasses(String name, Clock clock, long leastGapMillis, LongSupplier pass) {
        this.name = name;
        this.clock = clock;
        this.pass = pass;
        this.leastGapNanos = TimeUnit.MILLISECONDS.toNanos(leastGapMillis);
    }

    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name(name).start(this::loop);
    }

    /** Work changed (or the clock moved): the thread makes a pass now. */
    public void wake() {
        lock.lock();
        try {
            generation++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        long began = System.nanoTime() - leastGapNanos;
        while (running) {
            try {
                long seen;
                lock.lock();
                try {
                    for (long gap = began + leastGapNanos - System.nanoTime(); running && gap > 0; gap = began + leastGapNanos - System.nanoTime()) {
                        changed.awaitNanos(gap);
                    }
                    seen = generation;
                } finally {
                    lock.unlock();
                }
                if (!running) {
                    return;
                }
                began = System.nanoTime();
                long next = pass.getAsLong();
                lock.lock();
                try {
                    long wait = next - clock.millis();
                    if (running && wait > 0 && generation == seen) {
                        changed.await(Math.min(wait, LONGEST_WAIT_MS), TimeUnit.MILLISECONDS);
                    }
                } finally {
                    lock.unlock();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, name + ": a pass failed; trying again in 1 s", e);
                try {
                    Thread.sleep(LONGEST_WAIT_MS);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    /** Stops after the pass under way (waiting for it up to 2 s). */
    @Override
    public void close() {
        running = false;
        wake();
        if (thread != null) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
