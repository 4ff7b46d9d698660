package dev.stratus.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.Principal;
import dev.stratus.events.EventsRepository.Rule;
import dev.stratus.events.api.Target;
import dev.stratus.platform.Arn;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.protocol.Json;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an event on a bus goes: the bus's enabled rules whose patterns it matches (AWS's own
 * event-ruler, rules cached per bus on each node until they change through any node), and a delivery owed to each of their
 * targets in the transaction that puts the event. Events reach a bus from PutEvents, from another
 * bus (the {@code events} destination of the job engine), and from AWS services (the
 * {@link ServiceEvents} port).
 */
final class Routing implements ServiceEvents {
    /** AWS's defaults for a target's RetryPolicy. */
    private static final int DEFAULT_RETRIES = 185;
    private static final int DEFAULT_MAX_AGE_SECONDS = 86_400;
    /** Who delivers to a rule's targets, as their resource policies name it. */
    private static final Principal EVENTBRIDGE = Principal.service("events.amazonaws.com");
    /** The rule state under which a rule also sees CloudTrail's read-only management events. */
    static final String ALL_MANAGEMENT_EVENTS = "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS";

    private final Store store;
    private final Clock clock;
    private final Jobs jobs;
    private final EventsRepository repo;
    private final EventRouter router;
    private final EventsMetrics metrics;

    Routing(Store store, Clock clock, Jobs jobs, EventsRepository repo, EventsMetrics metrics) {
        this.store = store;
        this.metrics = metrics;
        this.clock = clock;
        this.jobs = jobs;
        this.repo = repo;
        this.router = new EventRouter(store);
        jobs.register("events", "events:PutEvents", this::reroute);
    }

    @Override
    public void put(Tx tx, ServiceEvents.Event e) throws SQLException {
        route(tx, e.account(), e.region(), EventsService.DEFAULT_BUS, Envelope.of(Ids.uuid(), e.detailType(), e.source(), e.account(), e.region(),
                Instant.ofEpochMilli(clock.millis()), e.resources(), e.detail()));
    }

    /** The bus's rules change in {@code tx}: once it ends, the next event on any node matches against them as they are then. */
    void rulesChanged(Tx tx, String account, String region, String bus) throws SQLException {
        router.changed(tx, busKey(account, region, bus));
    }

    /**
     * Owes a delivery to every target of every enabled rule of the bus the event matches, in the caller's transaction.
     * A read-only management event from CloudTrail reaches only rules in state
     * ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS, as AWS's user guide says.
     */
    void route(Tx tx, String account, String region, String busName, ObjectNode event) throws SQLException {
        boolean readOnlyManagement = isReadOnlyManagementEvent(event);
        List<String> matched;
        try {
            matched = router.match(busKey(account, region, busName), Json.string(event), () -> {
                try {
                    return repo.rules(tx, account, region, busName);
                } catch (SQLException e) {
                    throw new dev.stratus.store.StoreException("cannot read rules", e);
                }
            });
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<Rule> triggered = new ArrayList<>();
        for (String ruleName : matched) {
            Rule r = repo.rule(tx, account, region, busName, ruleName);
            if (r == null || readOnlyManagement && !r.state().equals(ALL_MANAGEMENT_EVENTS)) {
                continue;
            }
            triggered.add(r);
            for (Target t : repo.targets(tx, r)) {
                jobs.owe(tx, delivery(t, r, TargetInput.of(t, event, r.arn(), r.name(), clock.millis())));
            }
        }
        metrics.matched(tx, account, region, busName, triggered);
    }

    private static boolean isReadOnlyManagementEvent(ObjectNode event) {
        return event.path("source").asText().startsWith("aws.") && "AWS API Call via CloudTrail".equals(event.path("detail-type").asText())
                && event.path("detail").path("readOnly").asBoolean(false);
    }

    /** What a rule's target is owed of an event, with the target's retry policy and dead-letter queue. */
    static Delivery delivery(Target t, Rule r, String payload) {
        return new Delivery(t.arn(), payload, null, t.sqsParameters() == null ? null : t.sqsParameters().messageGroupId(), null,
                t.retryPolicy() != null && t.retryPolicy().maximumRetryAttempts() != null ? t.retryPolicy().maximumRetryAttempts() : DEFAULT_RETRIES,
                t.retryPolicy() != null && t.retryPolicy().maximumEventAgeInSeconds() != null ? t.retryPolicy().maximumEventAgeInSeconds()
                        : DEFAULT_MAX_AGE_SECONDS,
                t.deadLetterConfig() == null ? null : t.deadLetterConfig().arn(), java.util.Map.of("RULE_ARN", r.arn(), "TARGET_ARN", t.arn()), null,
                EVENTBRIDGE, r.arn());
    }

    /** An event delivered to a bus as a target: routed on that bus as it is. */
    private List<Jobs.Owed> reroute(Delivery d) {
        Arn bus = Arn.parse(d.destination()).orElseThrow();
        String busName = bus.resourceAfter("event-bus/").orElseThrow();
        store.write(tx -> {
            if (!busName.equals(EventsService.DEFAULT_BUS) && repo.bus(tx, bus.account(), bus.region(), busName) == null) {
                throw new AwsException("ResourceNotFoundException", "Event bus " + busName + " does not exist.");
            }
            JsonNode event = Json.parse(d.payload());
            if (!(event instanceof ObjectNode object)) {
                throw new AwsException("InvalidEvent", "An event bus takes events as JSON objects.");
            }
            route(tx, bus.account(), bus.region(), busName, object);
            return null;
        });
        return List.of();
    }

    private static String busKey(String account, String region, String bus) {
        return account + ":" + region + ":" + bus;
    }
}
