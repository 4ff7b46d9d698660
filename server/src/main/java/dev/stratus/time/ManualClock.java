package dev.stratus.time;

import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves only when told to, so time-based behaviour is tested without sleeping. */
public final class ManualClock implements Clock {
    private final AtomicLong now;

    public ManualClock(long startMillis) {
        this.now = new AtomicLong(startMillis);
    }

    @Override
    public long millis() {
        return now.get();
    }

    public void advance(long millis) {
        now.addAndGet(millis);
    }
}
