package dev.stratus.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {
    static List<Long> firstDelays(Backoff b, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(b::delayMs).toList();
    }

    @Test
    void doublingDelaysStopAtTheirCap() {
        assertEquals(List.of(1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 32_000L, 64_000L, 128_000L, 256_000L, 300_000L, 300_000L),
                firstDelays(Backoff.doubling(1_000, 300_000), 11));
        assertEquals(300_000L, Backoff.THROTTLED.delayMs(1_000), "no overflow however long it is throttled");
    }

    @Test
    void linearDelaysAreTheUnitTimesTheRetry() {
        assertEquals(List.of(60_000L, 120_000L), firstDelays(Backoff.linear(60_000), 2));
    }

    @Test
    void listedDelaysAreTakenInTurnThenTheLastRepeats() {
        assertEquals(List.of(3_000L, 7_000L, 7_000L), firstDelays(Backoff.listedSeconds(List.of(3, 7)), 3));
        assertEquals(0L, Backoff.listedSeconds(List.of()).delayMs(1));
    }

    @Test
    void aRetryMayComeWithinTheRetriesAndTheAgeAllowed() {
        Backoff b = Backoff.linear(1_000);
        assertEquals(2_000, b.retryDelay(2, 2, 0, 10_000, 5_000), "the second retry, 7 s after the event: allowed");
        assertEquals(-1, b.retryDelay(3, 2, 0, 10_000, 5_000), "a third retry of two");
        assertEquals(-1, b.retryDelay(2, 2, 0, 6_999, 5_000), "it would come at 7 s, past the maximum age");
        assertEquals(2_000, b.retryDelay(2, 2, 0, 7_000, 5_000), "exactly at the maximum age is still in time");
    }
}
