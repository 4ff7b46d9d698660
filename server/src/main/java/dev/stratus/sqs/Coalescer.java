package dev.stratus.sqs;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Items handed over one at a time and handled together, off the caller's thread: what arrives
 * while one batch is being handled makes the next batch. So a thousand changes a second cost a
 * few store transactions rather than a thousand, and the caller never waits for one.
 */
final class Coalescer<T> implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Coalescer.class.getName());

    private final Set<T> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ExecutorService worker;
    private final Consumer<Set<T>> work;

    /** {@code work} runs on one thread named {@code name}, one batch at a time. */
    Coalescer(String name, Consumer<Set<T>> work) {
        this.work = work;
        // One thread at most, gone when idle: a node that is alone never needs it.
        this.worker = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), Thread.ofPlatform().name(name).daemon().factory());
    }

    void add(T item) {
        pending.add(item);
        if (scheduled.compareAndSet(false, true)) {
            try {
                worker.execute(this::drain);
            } catch (RejectedExecutionException e) {
                // closing: nothing is handled any more
            }
        }
    }

    private void drain() {
        while (true) {
            // Cleared before taking, so an item added after the take schedules the next drain.
            scheduled.set(false);
            Set<T> batch = new LinkedHashSet<>();
            for (T item : pending) {
                if (pending.remove(item)) {
                    batch.add(item);
                }
            }
            if (batch.isEmpty()) {
                return;
            }
            try {
                work.accept(batch);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not handle " + batch.size() + " item(s) on " + Thread.currentThread().getName(), e);
            }
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
