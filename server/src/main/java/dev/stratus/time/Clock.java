package dev.stratus.time;

/** The one source of "now" (epoch milliseconds); tests substitute a {@link ManualClock}. */
@FunctionalInterface
public interface Clock {
    Clock SYSTEM = System::currentTimeMillis;

    long millis();
}
