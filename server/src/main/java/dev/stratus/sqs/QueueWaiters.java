package dev.stratus.sqs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Long polling: a receiver that found nothing waits on its queue's signal until a message
 * arrives (or becomes visible again), the queue goes away, or its wait time runs out.
 * A version number per queue closes the gap between "found nothing" and "started waiting".
 */
final class QueueWaiters {
    private static final class Signal {
        final ReentrantLock lock = new ReentrantLock();
        final Condition changed = lock.newCondition();
        long version;
    }

    private final Map<Long, Signal> signals = new ConcurrentHashMap<>();

    long version(long queueId) {
        Signal s = signalOf(queueId);
        s.lock.lock();
        try {
            return s.version;
        } finally {
            s.lock.unlock();
        }
    }

    /** Waits up to {@code millis} for the queue to change after {@code seenVersion}. */
    void await(long queueId, long seenVersion, long millis) throws InterruptedException {
        Signal s = signalOf(queueId);
        s.lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(millis);
            while (s.version == seenVersion && nanos > 0) {
                nanos = s.changed.awaitNanos(nanos);
            }
        } finally {
            s.lock.unlock();
        }
    }

    void signal(long queueId) {
        Signal s = signals.get(queueId);
        if (s == null) {
            return;
        }
        s.lock.lock();
        try {
            s.version++;
            s.changed.signalAll();
        } finally {
            s.lock.unlock();
        }
    }

    /** Every queue may have changed (the clock moved messages into view): each receiver looks again. */
    void signalAll() {
        signals.keySet().forEach(this::signal);
    }

    /** The queue is gone: wakes its receivers (who then find it missing) and drops its signal. */
    void forget(long queueId) {
        signal(queueId);
        signals.remove(queueId);
    }

    private Signal signalOf(long queueId) {
        return signals.computeIfAbsent(queueId, id -> new Signal());
    }
}
