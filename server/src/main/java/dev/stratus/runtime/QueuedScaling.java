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
 * <p>On one machine environments share its cores, so past some number another adds no pace: the
 * backlog then grows because the host is busy, not because environments are few. When one started
 * for a backlog of quick invocations ({@link #BUSY_PACE} a second or more) has run a full interval
 * without raising the pace by {@link #GAIN}, no other starts for {@link #HOLD_MS}, or until the
 * backlog is gone; for slow invocations the pace says too little to judge, and they scale as above.
 * A start for quick invocations is judged before the next one is decided.
 *
 * <p>Not thread-safe: its pool calls it under its lock, with the time (milliseconds, any origin).
 */
final class QueuedScaling {
    /** How long a backlog is watched before its pace is judged, and the least time between two starts. */
    static final long INTERVAL_MS = 100;
    /** A backlog that drains within this at its present pace needs no new environment: a start costs about as much. */
    static final long HORIZON_MS = 1000;

    /** Invocations taken from the queue per second from which a start that added no pace holds the next ones. */
    static final double BUSY_PACE = 200;
    /** The rise in pace a start must bring to show that environments, not the host, were short. */
    static final double GAIN = 1.1;
    /** How long starts hold after one that added no pace: the host may be less busy by then. */
    static final long HOLD_MS = 5_000;
    /** How long a start is waited for to be judged (a runtime's start included); past it, the start is taken to have failed. */
    static final long JUDGE_WITHIN_MS = 10_000;

    /** When the backlog was last measured, or -1 while there is none. */
    private long measuredAt = -1;
    private int measured;
    private long measuredTaken;
    /** The pace (taken per ms) when the last start was decided, and the environments then; -1 once judged. */
    private double paceBeforeStart = -1;
    private int environmentsAtStart;
    private long startDecidedAt;
    /** Intervals passed since the started environment joined the pool: the first has its start in it. */
    private int intervalsWithIt;
    private long heldUntil;

    /** The backlog is gone: one that forms later is watched afresh. */
    void drained() {
        measuredAt = -1;
        paceBeforeStart = -1;
        heldUntil = 0;
    }

    /**
     * Whether to start an environment now for {@code backlog} invocations waiting (none of them
     * finding an idle environment), with {@code starting} environments starting,
     * {@code environments} in the pool (busy ones, and those of the starting that have their process)
     * and {@code taken} invocations taken from the queue so far (a running count).
     */
    boolean shouldStart(long now, int backlog, int starting, int environments, long taken) {
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
            measuredTaken = taken;
            return false;
        }
        long elapsed = now - measuredAt;
        if (elapsed < INTERVAL_MS) {
            return false;
        }
        int drained = measured - backlog;
        double pace = (double) (taken - measuredTaken) / elapsed;
        measuredAt = now;
        measured = backlog;
        measuredTaken = taken;
        judgeLastStart(now, pace, environments, starting);
        if (starting > 0 || now < heldUntil || paceBeforeStart >= 0) {
            return false;
        }
        // Drained over the interval, the backlog is gone in backlog / (drained / elapsed).
        boolean start = drained <= 0 || (long) backlog * elapsed > HORIZON_MS * drained;
        if (start && pace * 1000 >= BUSY_PACE) {
            paceBeforeStart = pace;
            environmentsAtStart = environments;
            startDecidedAt = now;
            intervalsWithIt = 0;
        }
        return start;
    }

    /**
     * Once the last start's environment has served a full interval: holds further starts if it added
     * no pace. Starts wait for the judgement, unless the environment never joins (its start failed).
     */
    private void judgeLastStart(long now, double pace, int environments, int starting) {
        if (paceBeforeStart < 0) {
            return;
        }
        if (now - startDecidedAt > JUDGE_WITHIN_MS) {
            paceBeforeStart = -1;
            return;
        }
        // Counted once it has started (its first invocation done), not while its runtime starts.
        if (starting > 0 || environments <= environmentsAtStart || ++intervalsWithIt < 2) {
            return;
        }
        if (pace < paceBeforeStart * GAIN) {
            heldUntil = now + HOLD_MS;
        }
        paceBeforeStart = -1;
    }
}
