package dev.stratus.time;

import com.cronutils.model.Cron;
import com.cronutils.model.definition.CronConstraintsFactory;
import com.cronutils.model.definition.CronDefinition;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schedule as EventBridge writes one, in UTC: {@code rate(5 minutes)} or the six-field
 * {@code cron(minutes hours day-of-month month day-of-week year)} with {@code ? L W #}, where one of
 * the two day fields must be {@code ?}. EventBridge Scheduler also writes the one-time
 * {@code at(yyyy-mm-ddThh:mm:ss)}, and reads a cron or an at() as wall-clock time in a time zone.
 */
public final class ScheduleExpression {
    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");
    private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)");
    private static final Pattern AT = Pattern.compile("at\\((\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})\\)");
    /** Wall-clock fires a cron may skip in one search (times in a spring-forward gap, or already past in an autumn overlap). */
    private static final int MAX_SKIPPED = 10_000;
    private static final CronDefinition AWS_CRON = CronDefinitionBuilder.defineCron()
            .withMinutes().withValidRange(0, 59).and()
            .withHours().withValidRange(0, 23).and()
            .withDayOfMonth().withValidRange(1, 31).supportsL().supportsW().supportsLW().supportsQuestionMark().and()
            .withMonth().withValidRange(1, 12).and()
            .withDayOfWeek().withValidRange(1, 7).withMondayDoWValue(2).supportsHash().supportsL().supportsQuestionMark().and()
            .withYear().withValidRange(1970, 2199).and()
            .withCronValidation(CronConstraintsFactory.ensureEitherDayOfWeekOrDayOfMonth())
            .instance();
    private static final CronParser PARSER = new CronParser(AWS_CRON);
    private static final long MAX_RATE_MILLIS = 100L * 366 * 86_400_000L;

    private final long rateMillis;
    private final ExecutionTime cron;
    private final ZoneId zone;
    /** The one instant of an at() schedule; -1 for a rate or a cron. */
    private final long onceMillis;

    private ScheduleExpression(long rateMillis, ExecutionTime cron, ZoneId zone, long onceMillis) {
        this.rateMillis = rateMillis;
        this.cron = cron;
        this.zone = zone;
        this.onceMillis = onceMillis;
    }

    private ScheduleExpression(long rateMillis, ExecutionTime cron) {
        this(rateMillis, cron, ZoneOffset.UTC, -1);
    }

    /**
     * A schedule as EventBridge Scheduler takes one: a rate, or a cron or one-time {@code at()} read
     * as wall-clock time in {@code zone} (a local time that a daylight-saving change skips does not
     * fire; one it repeats fires once, the first time). Empty when the expression is refused.
     */
    public static Optional<ScheduleExpression> parse(String expression, ZoneId zone) {
        Matcher at = AT.matcher(expression);
        if (at.matches()) {
            try {
                long once = LocalDateTime.parse(at.group(1)).atZone(zone).toInstant().toEpochMilli();
                return Optional.of(new ScheduleExpression(0, null, zone, once));
            } catch (DateTimeException invalid) {
                return Optional.empty();
            }
        }
        return parse(expression).map(s -> new ScheduleExpression(s.rateMillis, s.cron, zone, -1));
    }

    /** Whether it is a {@code rate()}, which counts from when it starts rather than from the calendar. */
    public boolean rate() {
        return cron == null && onceMillis < 0;
    }

    /** Whether it fires once only ({@code at()}). */
    public boolean oneTime() {
        return onceMillis >= 0;
    }

    /** The schedule, or empty when EventBridge would refuse the expression. */
    public static Optional<ScheduleExpression> parse(String expression) {
        Matcher rate = RATE.matcher(expression);
        if (rate.matches()) {
            long n;
            try {
                n = Long.parseLong(rate.group(1));
            } catch (NumberFormatException tooLarge) {
                return Optional.empty();
            }
            String unit = rate.group(2);
            // AWS takes "rate(1 minute)" and "rate(5 minutes)", never the other number.
            if (n < 1 || (n == 1) != !unit.endsWith("s")) {
                return Optional.empty();
            }
            long unitMillis = unit.startsWith("minute") ? 60_000L : unit.startsWith("hour") ? 3_600_000L : 86_400_000L;
            // Beyond about a century a rate would never fire; past Long's range it would wrap to a tiny period.
            if (n > MAX_RATE_MILLIS / unitMillis) {
                return Optional.empty();
            }
            return Optional.of(new ScheduleExpression(n * unitMillis, null));
        }
        Matcher cron = CRON.matcher(expression);
        if (cron.matches()) {
            String fields = cron.group(1).trim();
            String[] parts = fields.split("\\s+");
            // A '#' only stands alone (cron-utils would take "3#1,6#3", which AWS refuses).
            if (parts.length != 6 || (parts[4].contains("#") && parts[4].contains(","))) {
                return Optional.empty();
            }
            try {
                Cron parsed = PARSER.parse(fields);
                parsed.validate();
                ScheduleExpression schedule = new ScheduleExpression(0, ExecutionTime.forCron(parsed));
                // A cron that names no real day (31 February, a sixth Monday) never fires: refused rather than kept silent.
                return schedule.nextAfter(Instant.parse("2000-01-01T00:00:00Z").toEpochMilli()) < 0 ? Optional.empty() : Optional.of(schedule);
            } catch (IllegalArgumentException invalid) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The first fire after {@code nowMillis} of a schedule last due at {@code dueMillis}: a rate steps
     * on from the due time in whole periods, so missed fires are skipped at once, not one by one.
     */
    public long nextAfter(long dueMillis, long nowMillis) {
        if (oneTime()) {
            return -1;
        }
        if (cron == null) {
            long periods = nowMillis < dueMillis ? 1 : (nowMillis - dueMillis) / rateMillis + 1;
            return dueMillis + periods * rateMillis;
        }
        return nextAfter(Math.max(dueMillis, nowMillis));
    }

    /**
     * When the schedule next fires after {@code afterMillis}, in epoch milliseconds; -1 when never
     * again (a cron whose years have passed). A rate counts from {@code afterMillis}.
     */
    public long nextAfter(long afterMillis) {
        if (oneTime()) {
            return onceMillis > afterMillis ? onceMillis : -1;
        }
        if (cron == null) {
            return afterMillis + rateMillis;
        }
        if (zone.equals(ZoneOffset.UTC)) {
            ZonedDateTime after = Instant.ofEpochMilli(afterMillis).atZone(ZoneOffset.UTC);
            return cron.nextExecution(after).map(t -> t.toInstant().toEpochMilli()).orElse(-1L);
        }
        return nextInZone(afterMillis);
    }

    /**
     * The cron walks wall-clock time (kept as if it were UTC, so that cron-utils never sees a
     * daylight-saving change) and each wall-clock fire is then placed in the zone.
     */
    private long nextInZone(long afterMillis) {
        ZonedDateTime wall = Instant.ofEpochMilli(afterMillis).atZone(zone).toLocalDateTime().atZone(ZoneOffset.UTC);
        for (int i = 0; i < MAX_SKIPPED; i++) {
            Optional<ZonedDateTime> next = cron.nextExecution(wall);
            if (next.isEmpty()) {
                return -1;
            }
            wall = next.get();
            LocalDateTime local = wall.toLocalDateTime();
            ZoneOffsetTransition change = zone.getRules().getTransition(local);
            if (change != null && change.isGap()) {
                continue;
            }
            long at = local.atZone(zone).withEarlierOffsetAtOverlap().toInstant().toEpochMilli();
            if (at > afterMillis) {
                return at;
            }
        }
        return -1;
    }
}
