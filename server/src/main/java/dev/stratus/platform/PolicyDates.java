package dev.stratus.platform;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.OFFSET_SECONDS;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * The dates of IAM's Date condition operators: one of the W3C forms of ISO 8601 (a year, up to a fraction of a
 * second with a zone; no zone is UTC), or epoch seconds. As IAM's parser reads them, digits alone are epoch seconds.
 */
public final class PolicyDates {
    private static final DateTimeFormatter W3C = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendValue(YEAR, 4)
            .optionalStart().appendLiteral('-').appendValue(MONTH_OF_YEAR, 2)
            .optionalStart().appendLiteral('-').appendValue(DAY_OF_MONTH, 2)
            .optionalStart().appendLiteral('T').appendValue(HOUR_OF_DAY, 2).appendLiteral(':').appendValue(MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalEnd().optionalEnd().optionalEnd()
            .parseDefaulting(MONTH_OF_YEAR, 1).parseDefaulting(DAY_OF_MONTH, 1).parseDefaulting(HOUR_OF_DAY, 0)
            .parseDefaulting(MINUTE_OF_HOUR, 0).parseDefaulting(SECOND_OF_MINUTE, 0).parseDefaulting(NANO_OF_SECOND, 0)
            .parseDefaulting(OFFSET_SECONDS, 0)
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private PolicyDates() {}

    /** The instant a date value names, or null when it is no date. */
    public static Instant parse(String value) {
        String text = value.trim();
        try {
            if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
                return Instant.ofEpochSecond(Long.parseLong(text));
            }
            return W3C.parse(text, Instant::from);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
