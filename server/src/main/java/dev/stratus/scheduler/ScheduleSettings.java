package dev.stratus.scheduler;

import static dev.stratus.scheduler.SchedulerService.validation;

import dev.stratus.platform.Arn;
import dev.stratus.scheduler.SchedulerRepository.Schedule;
import dev.stratus.scheduler.api.FlexibleTimeWindow;
import dev.stratus.scheduler.api.Target;
import dev.stratus.time.ScheduleExpression;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A schedule's settings as CreateSchedule and UpdateSchedule give them, checked as AWS checks what
 * the model cannot: the expression in its time zone, the flexible time window, the dates, and a
 * target Stratus can invoke.
 */
final class ScheduleSettings {
    private static final long FIVE_MINUTES = 5 * 60_000L;

    private ScheduleSettings() {
    }

    static Schedule of(String account, String region, String group, String name, String state, String description, String expression,
                       String timezone, Instant startDate, Instant endDate, FlexibleTimeWindow window, Target target, String actionAfterCompletion,
                       String kmsKeyArn, long created, long modified, String clientToken) {
        ZoneId zone = zone(timezone);
        ScheduleExpression.parse(expression, zone).orElseThrow(() -> validation("Invalid Schedule Expression " + expression));
        checkWindow(window);
        if (startDate != null && endDate != null && !endDate.isAfter(startDate)) {
            throw validation("The EndDate must be after the StartDate.");
        }
        checkTarget(target);
        return new Schedule(account, region, group, name, state == null ? "ENABLED" : state, description, expression,
                timezone == null ? "UTC" : timezone, startDate == null ? null : startDate.toEpochMilli(), endDate == null ? null : endDate.toEpochMilli(),
                window, target, actionAfterCompletion == null ? "NONE" : actionAfterCompletion, kmsKeyArn, created, modified, clientToken);
    }

    /**
     * A new recurring schedule may not start more than five minutes ago (a one-time schedule
     * ignores its StartDate), as AWS answers CreateSchedule.
     */
    static void checkStart(String expression, Instant startDate, long now) {
        boolean oneTime = ScheduleExpression.parse(expression, ZoneOffset.UTC).map(ScheduleExpression::oneTime).orElse(false);
        if (!oneTime && startDate != null && startDate.toEpochMilli() < now - FIVE_MINUTES) {
            throw validation("The StartDate you specify cannot be earlier than 5 minutes ago.");
        }
    }

    /** An IANA time zone (or UTC), as AWS takes them; not a bare offset. */
    static ZoneId zone(String timezone) {
        if (timezone == null || timezone.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        if (!ZoneId.getAvailableZoneIds().contains(timezone)) {
            throw validation("Invalid ScheduleExpressionTimezone " + timezone + ".");
        }
        return ZoneId.of(timezone);
    }

    private static void checkWindow(FlexibleTimeWindow window) {
        boolean flexible = "FLEXIBLE".equals(window.mode());
        if (flexible && window.maximumWindowInMinutes() == null) {
            throw validation("MaximumWindowInMinutes is required when the FlexibleTimeWindow's Mode is FLEXIBLE.");
        }
        if (!flexible && window.maximumWindowInMinutes() != null) {
            throw validation("MaximumWindowInMinutes cannot be given when the FlexibleTimeWindow's Mode is OFF.");
        }
    }

    /**
     * A templated target of a service Stratus delivers to (Lambda, SQS, SNS, an EventBridge bus with
     * its EventBridgeParameters), or a universal target it can make; a standard SQS queue to dead-letter to.
     */
    private static void checkTarget(Target t) {
        if (t.deadLetterConfig() != null && t.deadLetterConfig().arn() != null && t.deadLetterConfig().arn().endsWith(".fifo")) {
            throw validation("A FIFO queue cannot be a schedule's dead-letter queue.");
        }
        if (t.arn().startsWith(Invocations.UNIVERSAL_PREFIX)) {
            String action = t.arn().substring(Invocations.UNIVERSAL_PREFIX.length());
            if (!Invocations.UNIVERSAL.contains(action)) {
                throw validation("Invalid target " + t.arn() + ": Stratus makes the universal targets aws-sdk:sqs:sendMessage and aws-sdk:sns:publish.");
            }
            if (t.input() == null) {
                throw validation("A universal target needs an Input: the JSON request of " + action + ".");
            }
            return;
        }
        Optional<Arn> arn = Arn.parse(t.arn());
        if (arn.isEmpty()) {
            throw validation("Invalid target ARN " + t.arn() + ".");
        }
        String service = arn.get().service();
        if (!Invocations.TEMPLATED.contains(service)) {
            throw validation("Invalid target " + t.arn() + ": Stratus invokes Lambda, SQS, SNS and EventBridge templated targets.");
        }
        if (service.equals("events")) {
            if (!arn.get().resource().startsWith("event-bus/")) {
                throw validation("Invalid target " + t.arn() + ": an EventBridge target is an event bus.");
            }
            if (t.eventBridgeParameters() == null) {
                throw validation("EventBridgeParameters are required for an EventBridge PutEvents target.");
            }
        }
    }
}
