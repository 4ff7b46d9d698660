package dev.stratus.events;

import dev.stratus.events.EventsRepository.Rule;
import dev.stratus.platform.Arn;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.DeliveryWatcher;
import dev.stratus.platform.port.Metrics;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What EventBridge publishes to CloudWatch in AWS/Events. A rule's metrics carry RuleName, and
 * EventBusName beside it when the rule is on a custom bus (AWS's user guide: RuleName alone means
 * the default bus); Invocations, MatchedEvents, InvocationAttempts and SuccessfulInvocationAttempts
 * are also published across the account (no dimension). Invocations counts a target's delivery once,
 * when it is made or fails for good; FailedInvocations those that failed for good; the attempts
 * count every try. Matches are counted once the event's transaction commits.
 */
final class EventsMetrics {
    static final String NAMESPACE = "AWS/Events";

    private final Metrics metrics;
    private final Clock clock;

    EventsMetrics(Metrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    /** An event on {@code bus} matched {@code rules} (none: nothing is counted). */
    void matched(Tx tx, String account, String region, String bus, List<Rule> rules) {
        if (rules.isEmpty()) {
            return;
        }
        tx.afterCommit(() -> {
            long now = clock.millis();
            for (Rule r : rules) {
                record(account, region, "TriggeredRules", ruleDimensions(bus, r.name()), now);
                record(account, region, "MatchedEvents", ruleDimensions(bus, r.name()), now);
            }
            record(account, region, "MatchedEvents", Map.of(), now);
            record(account, region, "MatchedEvents", Map.of("EventBusName", bus), now);
        });
    }

    /** A scheduled rule fired. */
    void scheduled(Tx tx, Rule r) {
        tx.afterCommit(() -> record(r.account(), r.region(), "TriggeredRules", ruleDimensions(r.bus(), r.name()), clock.millis()));
    }

    /** The job engine's word on a delivery a rule owed: to one of its targets, or to a target's dead-letter queue. */
    void deliveryAttempted(Delivery d, boolean deadLetter, DeliveryWatcher.Attempt attempt) {
        Arn rule = Arn.parse(d.source()).orElse(null);
        String path = rule == null ? null : rule.resourceAfter("rule/").orElse(null);
        if (path == null) {
            return;
        }
        int slash = path.lastIndexOf('/');
        Map<String, String> dims = ruleDimensions(slash < 0 ? EventsService.DEFAULT_BUS : path.substring(0, slash), path.substring(slash + 1));
        long now = clock.millis();
        if (deadLetter) {
            if (attempt != DeliveryWatcher.Attempt.RETRYING) {
                record(rule.account(), rule.region(), attempt == DeliveryWatcher.Attempt.DELIVERED ? "InvocationsSentToDlq"
                        : "InvocationsFailedToBeSentToDlq", dims, now);
            }
            return;
        }
        List<String> names = new ArrayList<>(List.of("InvocationAttempts"));
        if (attempt == DeliveryWatcher.Attempt.DELIVERED) {
            names.add("SuccessfulInvocationAttempts");
        }
        if (attempt != DeliveryWatcher.Attempt.RETRYING) {
            names.add("Invocations");
        }
        for (String name : names) {
            record(rule.account(), rule.region(), name, dims, now);
            record(rule.account(), rule.region(), name, Map.of(), now);
        }
        if (attempt == DeliveryWatcher.Attempt.FAILED) {
            record(rule.account(), rule.region(), "FailedInvocations", dims, now);
        }
    }

    /** RuleName, with EventBusName when the bus is not the default one. */
    static Map<String, String> ruleDimensions(String bus, String rule) {
        return bus.equals(EventsService.DEFAULT_BUS) ? Map.of("RuleName", rule) : Map.of("EventBusName", bus, "RuleName", rule);
    }

    private void record(String account, String region, String name, Map<String, String> dims, long at) {
        metrics.record(Metrics.Datapoint.of(account, region, NAMESPACE, name, dims, 1, "Count", at));
    }
}
