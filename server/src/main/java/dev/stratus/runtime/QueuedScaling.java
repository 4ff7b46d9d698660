package dev.stratus.runtime;

/**
 * When queued invocations of one function version (asynchronous events, an event source's
 * batches) may start another execution environment, as Lambda's pollers scale: warm environments
 * take the backlog first, and one more starts only while the backlog grows or would not drain
 * within {@link #HORIZON_MS} at the pace it drained over the last {@link #INTERVAL_MS}; at most one
 * starts at a time, and at most one per interval. A burst of events for a function that runs in a
 * millisecond is so served by a few environments, while events that each take seconds keep
 * adding environments (up to the function's concurrency) for as long as they queue.
 *
 * <p>Not thread-safe: its pool calls it under its lock, with the time (milliseconds, any origin).
 */
final class QueuedScaling {
    /** How long a backlog is watched before its pace is judged, and the least time between two starts. */
    static final long INTERVAL_MS = 100;
    /** A backlog that drains within this at its present pace needs no new environment: a start costs about as much. */
    static final long HORIZON_MS = 1000;

    /** When the backlog was last measured, or -1 while there is none. */
    private long measuredAt = -1;
    private int measured;

    /** The backlog is gone: one that forms later is watched afresh. */
    void drained() {
        measuredAt = -1;
    }

    /**
     * Whether to start an environment now for {@code backlog} invocations waiting (none of them
     * finding an idle environment), with {@code starting} environments starting and
     * {@code environments} in the pool (busy ones, and those of the starting that have their process).
     */
    boolean shouldStart(long now, int backlog, int starting, int environments) {
        if (backlog == 0) {
            drained();
            return false;
        }
        if (environments + starting == 0) {
            // Nothing to wait for: the first environment starts at once.
            return true;
        }
        if (measuredAt < 0) {
            // The backlog begins: the environments there are get an interval to show their pace.
            measuredAt = now;
            measured = backlog;
            return false;
        }
        long elapsed = now - measuredAt;
        if (elapsed < INTERVAL_MS) {
            return false;
        }
        int drained = measured - backlog;
        measuredAt = now;
        measured = backlog;
        if (starting > 0) {
            return false;
        }
        // Drained over the interval, the backlog is gone in backlog / (drained / elapsed).
        return drained <= 0 || (long) backlog * elapsed > HORIZON_MS * drained;
    }
}
