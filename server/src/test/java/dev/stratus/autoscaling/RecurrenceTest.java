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
}
