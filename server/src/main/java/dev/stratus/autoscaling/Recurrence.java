package dev.stratus.autoscaling;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A scheduled action's Recurrence: a Unix cron expression of five fields ({@code minute hour
 * day-of-month month day-of-week}, as Auto Scaling writes them, unlike EventBridge's six), read in
 * the action's TimeZone (an IANA name; UTC when none), so that "0 9 * * *" in Europe/Paris follows
 * daylight saving time.
 */
final class Recurrence {
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final ExecutionTime cron;
    private final ZoneId zone;

    private Recurrence(ExecutionTime cron, ZoneId zone) {
        this.cron = cron;
        this.zone = zone;
    }

    /** The recurrence, or empty when the expression is not five valid cron fields. */
    static Optional<Recurrence> parse(String expression, ZoneId zone) {
        String[] fields = expression.trim().split("\\s+");
        if (fields.length != 5) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Recurrence(ExecutionTime.forCron(PARSER.parse(expression.trim())), zone));
        } catch (IllegalArgumentException invalid) {
            return Optional.empty();
        }
    }

    /** The zone named, or empty when Java knows no zone by that name. */
    static Optional<ZoneId> zone(String name) {
        if (name == null) {
            return Optional.of(ZoneId.of("UTC"));
        }
        try {
            return Optional.of(ZoneId.of(name));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    /** The first time after {@code afterMillis} the recurrence fires, or -1 when never. */
    long nextAfter(long afterMillis) {
        ZonedDateTime after = Instant.ofEpochMilli(afterMillis).atZone(zone);
        return cron.nextExecution(after).map(t -> t.toInstant().toEpochMilli()).orElse(-1L);
    }
}
