package dev.stratus.platform.jobs;

import java.util.List;

/**
 * What came of one attempt at a job. The engine records it in one transaction together with the
 * jobs it owes in turn (a dead-letter message, a destination's record), so that a crash never
 * keeps the one without the other.
 */
public sealed interface Outcome {

    /** The job is done; {@code owed} are written as it is removed. */
    record Done(List<Jobs.Owed> owed) implements Outcome {
    }

    /** The attempt failed and counts as one: the job is tried again after {@code delayMs}. */
    record RetryAfter(long delayMs, String reason) implements Outcome {
    }

    /** The job could not be attempted now (throttled): tried again after {@link Backoff#THROTTLED}, without counting an attempt. */
    record Throttled() implements Outcome {
    }

    /** The job failed for good, for the reason {@code code} and {@code message}; {@code owed} are written as it is removed. */
    record Failed(String code, String message, List<Jobs.Owed> owed) implements Outcome {
    }
}
