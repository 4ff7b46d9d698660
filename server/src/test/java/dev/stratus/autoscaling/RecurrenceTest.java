package dev.stratus.autoscaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Auto Scaling's five-field cron, read in a time zone. */
class RecurrenceTest {

    static long at(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void aDailyRecurrenceFollowsItsZonesDaylightSavingTime() {
        Recurrence paris = Recurrence.parse("0 9 * * *", Recurrence.zone("Europe/Paris").orElseThrow()).orElseThrow();
        assertEquals(at("2026-12-02T08:00:00Z"), paris.nextAfter(at("2026-12-01T10:00:00Z")));
        assertEquals(at("2026-07-02T07:00:00Z"), paris.nextAfter(at("2026-07-01T10:00:00Z")));
        Recurrence utc = Recurrence.parse("*/15 * * * 1-5", Recurrence.zone(null).orElseThrow()).orElseThrow();
        assertEquals(at("2026-12-04T10:15:00Z"), utc.nextAfter(at("2026-12-04T10:00:00Z")), "a Friday");
        assertEquals(at("2026-12-07T00:00:00Z"), utc.nextAfter(at("2026-12-05T10:00:00Z")), "Saturday waits for Monday");
    }

    @Test
    void whatIsNotFiveCronFieldsOrAKnownZoneIsRefused() {
        assertTrue(Recurrence.parse("0 9 * *", Recurrence.zone(null).orElseThrow()).isEmpty());
        assertTrue(Recurrence.parse("0 9 * * * 2026", Recurrence.zone(null).orElseThrow()).isEmpty(), "EventBridge's six fields are not Auto Scaling's");
        assertTrue(Recurrence.parse("61 9 * * *", Recurrence.zone(null).orElseThrow()).isEmpty());
        assertTrue(Recurrence.zone("Mars/Olympus").isEmpty());
    }

    @Test
    void timesDaylightSavingSkipsOrRepeatsAndDatesThatNeverComeEnd() {
        Recurrence ny = Recurrence.parse("30 2 * * *", Recurrence.zone("America/New_York").orElseThrow()).orElseThrow();
        long t = at("2027-03-13T00:00:00Z");
        for (int i = 0; i < 5; i++) {
            long next = ny.nextAfter(t);
            assertTrue(next > t, "each firing is after the last, across the spring-forward gap: " + Instant.ofEpochMilli(next));
            t = next;
        }
        Recurrence fallBack = Recurrence.parse("30 1 * * *", Recurrence.zone("America/New_York").orElseThrow()).orElseThrow();
        t = at("2027-11-06T00:00:00Z");
        for (int i = 0; i < 5; i++) {
            long next = fallBack.nextAfter(t);
            assertTrue(next > t, "and across the repeated hour: " + Instant.ofEpochMilli(next));
            t = next;
        }
        long start = System.nanoTime();
        long never = Recurrence.parse("0 0 30 2 *", Recurrence.zone(null).orElseThrow()).orElseThrow().nextAfter(at("2026-12-01T00:00:00Z"));
        assertTrue(never == -1 || never > at("2026-12-01T00:00:00Z"));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "February 30th is looked for in bounded time");
    }
}
