package dev.stratus.cloudwatch;

import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * CloudWatch's minute, on a durable timer: when a minute has ended, the metrics measured for it are
 * sampled, everything recorded is stored, and then what evaluates on the minute (alarms) runs, all in
 * one transaction. After a jump of the clock it catches up at most {@link #CATCH_UP_MINUTES} minutes,
 * one at a time, rather than replaying every minute the jump skipped.
 */
final class MinuteTick {
    static final String TIMER = "cloudwatch.minute";
    static final long MINUTE = 60_000;
    private static final int CATCH_UP_MINUTES = 10;

    /** Runs once a minute has ended, after its data are stored. */
    @FunctionalInterface
    interface Listener {
        void minuteEnded(Tx tx, long minuteMillis) throws SQLException;
    }

    private final Clock clock;
    private final Timers timers;
    private final ServiceMetrics metrics;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    MinuteTick(Clock clock, Timers timers, ServiceMetrics metrics) {
        this.clock = clock;
        this.timers = timers;
        this.metrics = metrics;
        timers.on(TIMER, this::fire);
    }

    void onMinuteEnded(Listener listener) {
        listeners.add(listener);
    }

    /** Starts the chain of minutes, unless a restart finds it already pending. */
    void start() {
        long current = Math.floorDiv(clock.millis(), MINUTE) * MINUTE;
        timers.ensureChain(TIMER, current + MINUTE, Long.toString(current));
    }

    private void fire(Tx tx, String payload) throws SQLException {
        long minute = Long.parseLong(payload);
        metrics.sample(tx, minute);
        metrics.flush(tx);
        for (Listener l : listeners) {
            l.minuteEnded(tx, minute);
        }
        long latest = Math.floorDiv(clock.millis(), MINUTE) * MINUTE - MINUTE;
        long next = Math.max(minute + MINUTE, latest - (CATCH_UP_MINUTES - 1) * MINUTE);
        timers.schedule(tx, TIMER, next + MINUTE, Long.toString(next));
    }
}
