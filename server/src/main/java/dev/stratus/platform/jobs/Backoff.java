package dev.stratus.platform.jobs;

import java.util.List;

/**
 * How long a job waits before each retry, and whether it may retry at all. Every retry in Stratus
 * has one of three shapes: delays that double up to a cap (EventBridge targets, SNS to AWS-managed
 * endpoints, throttled Lambda events), delays a policy lists one by one (SNS HTTP/S delivery
 * policies), or a unit times the retry's number (Lambda's asynchronous retries: 1, then 2 units).
 */
public sealed interface Backoff {

    /** Throttled work: 1 s, doubling up to 5 minutes, for as long as it is throttled. */
    Backoff THROTTLED = doubling(1000, 5 * 60 * 1000);

    /** The wait before retry number {@code retry} (the first retry is 1). */
    long delayMs(int retry);

    /**
     * The wait before retrying a job first owed at {@code firstAt} that has failed {@code attempts}
     * times, or -1 when it may not: more than {@code maxRetries} retries, or a retry that would come
     * later than {@code maxAgeMs} after the job was owed.
     */
    default long retryDelay(int attempts, int maxRetries, long firstAt, long maxAgeMs, long now) {
        if (attempts > maxRetries) {
            return -1;
        }
        long delay = delayMs(attempts);
        return now + delay - firstAt <= maxAgeMs ? delay : -1;
    }

    static Backoff doubling(long firstMs, long capMs) {
        return new Doubling(firstMs, capMs);
    }

    static Backoff linear(long unitMs) {
        return new Linear(unitMs);
    }

    /** The delays of a policy that names each, in seconds; retries past the list wait as long as its last. */
    static Backoff listedSeconds(List<Integer> seconds) {
        return new Listed(seconds.stream().map(s -> s * 1000L).toList());
    }

    record Doubling(long firstMs, long capMs) implements Backoff {
        @Override
        public long delayMs(int retry) {
            return Math.min(capMs, firstMs << Math.min(Math.max(retry - 1, 0), 20));
        }
    }

    record Linear(long unitMs) implements Backoff {
        @Override
        public long delayMs(int retry) {
            return unitMs * retry;
        }
    }

    record Listed(List<Long> delaysMs) implements Backoff {
        @Override
        public long delayMs(int retry) {
            return delaysMs.isEmpty() ? 0 : delaysMs.get(Math.min(Math.max(retry, 1), delaysMs.size()) - 1);
        }
    }
}
