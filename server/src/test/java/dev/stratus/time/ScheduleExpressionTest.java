package dev.stratus.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduleExpressionTest {
    static long at(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    static String next(String expression, String after) {
        return Instant.ofEpochMilli(ScheduleExpression.parse(expression).orElseThrow().nextAfter(at(after))).toString();
    }

    @Test
    void ratesCountFromTheLastFire() {
        assertEquals("2026-11-24T10:01:00Z", next("rate(1 minute)", "2026-11-24T10:00:00Z"));
        assertEquals("2026-11-24T15:00:00Z", next("rate(5 hours)", "2026-11-24T10:00:00Z"));
        assertEquals("2026-11-26T10:00:00Z", next("rate(2 days)", "2026-11-24T10:00:00Z"));
    }

    @Test
    void cronFiresAtTheNextMatchingMinuteInUtc() {
        assertEquals("2026-11-24T20:50:00Z", next("cron(50 20 * * ? *)", "2026-11-24T10:00:00Z"));
        assertEquals("2026-11-25T20:50:00Z", next("cron(50 20 * * ? *)", "2026-11-24T20:50:00Z"));
        assertEquals("2026-11-24T10:05:00Z", next("cron(0/5 * * * ? *)", "2026-11-24T10:02:30Z"));
        assertEquals("2026-11-30T12:00:00Z", next("cron(0 12 L * ? *)", "2026-11-24T10:00:00Z"), "the last day of the month");
        assertEquals("2026-12-04T08:00:00Z", next("cron(0 8 ? * 6#1 *)", "2026-11-24T10:00:00Z"), "the first Friday (1 = Sunday)");
        assertEquals("2026-11-27T09:00:00Z", next("cron(0 9 ? * MON-FRI *)", "2026-11-26T10:00:00Z"));
    }

    @Test
    void aLateFireSkipsWhatWasMissedInOneStep() {
        ScheduleExpression rate = ScheduleExpression.parse("rate(1 minute)").orElseThrow();
        assertEquals(at("2026-11-24T10:01:00Z"), rate.nextAfter(at("2026-11-24T10:00:00Z"), at("2026-11-24T10:00:00.300Z")));
        assertEquals(at("2027-11-24T10:01:00Z"), rate.nextAfter(at("2026-11-24T10:00:00Z"), at("2027-11-24T10:00:30Z")), "a year of downtime");
        ScheduleExpression cron = ScheduleExpression.parse("cron(* * * * ? *)").orElseThrow();
        assertEquals(at("2027-11-24T10:01:00Z"), cron.nextAfter(at("2026-11-24T10:00:00Z"), at("2027-11-24T10:00:30Z")));
    }

    @Test
    void expressionsAwsRefusesAreRefused() {
        for (String bad : new String[] {"rate(1 minutes)", "rate(5 minute)", "rate(0 minutes)", "rate(5 weeks)", "rate(5minutes)",
                "cron(0 12 * * * *)", "cron(0 12 * *)", "cron(61 12 * * ? *)", "cron(0 12 ? * ? *)", "every 5 minutes", "",
                "rate(253027839544382683 minutes)", "rate(999999999999999 days)", "cron(0 12 31 2 ? *)", "cron(0 12 ? * 3#1,6#3 *)"}) {
            assertFalse(ScheduleExpression.parse(bad).isPresent(), bad);
        }
        assertTrue(ScheduleExpression.parse("cron(15 10 ? * 6L 2026-2027)").isPresent());
    }

    static String nextIn(String expression, String zone, String after) {
        long next = ScheduleExpression.parse(expression, java.time.ZoneId.of(zone)).orElseThrow().nextAfter(at(after));
        return next < 0 ? "never" : Instant.ofEpochMilli(next).toString();
    }

    @Test
    void aCronInAZoneFollowsItsDaylightSavingChanges() {
        // New York: EST (UTC-5) until 2026-03-08 02:00, when clocks skip to 03:00 EDT (UTC-4); back at 2026-11-01 02:00 EDT.
        assertEquals("2026-03-07T14:30:00Z", nextIn("cron(30 9 * * ? *)", "America/New_York", "2026-03-07T00:00:00Z"));
        assertEquals("2026-03-08T13:30:00Z", nextIn("cron(30 9 * * ? *)", "America/New_York", "2026-03-07T14:30:00Z"));
        assertEquals("2026-03-09T06:30:00Z", nextIn("cron(30 2 * * ? *)", "America/New_York", "2026-03-08T00:00:00Z"),
                "02:30 does not exist on the day clocks spring forward: skipped");
        assertEquals("2026-11-01T05:30:00Z", nextIn("cron(30 1 * * ? *)", "America/New_York", "2026-11-01T00:00:00Z"),
                "01:30 happens twice when clocks fall back: the first time");
        assertEquals("2026-11-02T06:30:00Z", nextIn("cron(30 1 * * ? *)", "America/New_York", "2026-11-01T05:30:00Z"), "and not again");
        assertEquals("2026-11-01T07:00:00Z", nextIn("cron(0 * * * ? *)", "America/New_York", "2026-11-01T05:30:00Z"),
                "an hourly cron skips the repeated hour");
    }

    @Test
    void aOneTimeScheduleFiresOnceAtItsLocalTime() {
        assertEquals("2026-07-01T16:00:00Z", nextIn("at(2026-07-01T12:00:00)", "America/New_York", "2026-06-01T00:00:00Z"));
        assertEquals("2026-07-01T12:00:00Z", nextIn("at(2026-07-01T12:00:00)", "UTC", "2026-06-01T00:00:00Z"));
        assertEquals("never", nextIn("at(2026-07-01T12:00:00)", "UTC", "2026-07-01T12:00:00Z"));
        ScheduleExpression once = ScheduleExpression.parse("at(2026-07-01T12:00:00)", java.time.ZoneOffset.UTC).orElseThrow();
        assertTrue(once.oneTime());
        assertEquals(-1, once.nextAfter(at("2026-07-01T12:00:00Z"), at("2026-07-01T12:00:01Z")));
        for (String bad : new String[] {"at(2026-02-30T12:00:00)", "at(2026-07-01 12:00:00)", "at(2026-07-01T25:00:00)", "at()"}) {
            assertFalse(ScheduleExpression.parse(bad, java.time.ZoneOffset.UTC).isPresent(), bad);
        }
        assertFalse(ScheduleExpression.parse("at(2026-07-01T12:00:00)").isPresent(), "EventBridge rules take no at()");
        assertEquals("2026-07-01T16:05:00Z", nextIn("rate(5 minutes)", "America/New_York", "2026-07-01T16:00:00Z"), "a rate has no zone");
    }
}
