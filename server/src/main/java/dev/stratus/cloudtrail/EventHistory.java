package dev.stratus.cloudtrail;

import dev.stratus.cloudtrail.CloudTrailRepository.Condition;
import dev.stratus.cloudtrail.CloudTrailRepository.StoredEvent;
import dev.stratus.cloudtrail.api.Event;
import dev.stratus.cloudtrail.api.LookupAttribute;
import dev.stratus.cloudtrail.api.LookupEventsRequest;
import dev.stratus.cloudtrail.api.LookupEventsResponse;
import dev.stratus.cloudtrail.api.Resource;
import dev.stratus.platform.Paging;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Event history: every management event of the last 90 days, whether or not a trail exists, as
 * LookupEvents answers it (one lookup attribute at most, a time range, newest first, at most 50
 * a page). Older events are gone: a durable daily timer deletes them, and a lookup never reaches
 * past 90 days meanwhile.
 */
final class EventHistory {
    static final Duration KEPT = Duration.ofDays(90);
    private static final String EXPIRE = "cloudtrail.expire";
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final int DEFAULT_MAX = 50;

    private final Store store;
    private final Clock clock;
    private final Timers timers;
    private final CloudTrailRepository repo;

    EventHistory(Store store, Clock clock, Timers timers, CloudTrailRepository repo) {
        this.store = store;
        this.clock = clock;
        this.timers = timers;
        this.repo = repo;
        timers.on(EXPIRE, (tx, payload) -> {
            repo.expire(tx, clock.millis() - KEPT.toMillis());
            timers.schedule(tx, EXPIRE, clock.millis() + DAY, payload);
        });
    }

    /** Starts the daily expiry chain, once per data directory. */
    void start() {
        timers.ensure(EXPIRE, clock.millis() + DAY, "history");
    }

    LookupEventsResponse lookup(RequestContext ctx, LookupEventsRequest in) {
        List<LookupAttribute> attributes = in.lookupAttributes() == null ? List.of() : in.lookupAttributes();
        if (attributes.size() > 1) {
            throw new AwsException("InvalidLookupAttributesException", "You cannot specify more than one lookup attribute.");
        }
        Condition condition = attributes.isEmpty() ? null : condition(attributes.getFirst());
        long now = clock.millis();
        long oldest = now - KEPT.toMillis();
        long from = Math.max(oldest, in.startTime() == null ? oldest : in.startTime().toEpochMilli());
        long to = in.endTime() == null ? now : in.endTime().toEpochMilli();
        if (in.startTime() != null && in.endTime() != null && in.startTime().isAfter(in.endTime())) {
            throw new AwsException("InvalidTimeRangeException", "Start time must be before the end time.");
        }
        if ("insight".equals(in.eventCategory())) {
            // Stratus records no Insights events.
            return new LookupEventsResponse(List.of(), null);
        }
        int max = in.maxResults() == null ? DEFAULT_MAX : in.maxResults();
        Paging.Listing listing = Paging.Listing.of(t -> new AwsException("InvalidNextTokenException", "Invalid NextToken: " + t),
                "LookupEvents", ctx.accountId(), ctx.region(), condition, in.startTime(), in.endTime());
        Long beforeTime = null;
        String beforeId = null;
        if (in.nextToken() != null) {
            String[] position = listing.position(in.nextToken()).split(":", 2);
            beforeTime = Long.parseLong(position[0]);
            beforeId = position[1];
        }
        Long afterTime = beforeTime;
        String afterId = beforeId;
        List<StoredEvent> found = store.read(tx -> repo.events(tx, ctx.accountId(), ctx.region(), from, to, condition, afterTime, afterId, max + 1));
        List<StoredEvent> page = found.subList(0, Math.min(max, found.size()));
        String next = found.size() > max ? listing.token(page.getLast().eventTime() + ":" + page.getLast().eventId()) : null;
        return new LookupEventsResponse(page.stream().map(EventHistory::event).toList(), next);
    }

    private static Event event(StoredEvent e) {
        return new Event(e.eventId(), e.eventName(), String.valueOf(e.readOnly()), e.accessKeyId(), Instant.ofEpochMilli(e.eventTime()),
                e.eventSource(), e.username(), e.resources().stream().map(r -> new Resource(r.type(), r.name())).toList(), e.record());
    }

    private static Condition condition(LookupAttribute a) {
        String value = a.attributeValue();
        return switch (a.attributeKey()) {
            case "EventId" -> new Condition("e.event_id = ?", value);
            case "EventName" -> new Condition("e.event_name = ?", value);
            case "EventSource" -> new Condition("e.event_source = ?", value);
            case "Username" -> new Condition("e.username = ?", value);
            case "AccessKeyId" -> new Condition("e.access_key_id = ?", value);
            case "ReadOnly" -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new AwsException("InvalidLookupAttributesException", "ReadOnly lookup attribute value must be true or false.");
                }
                yield new Condition("e.read_only = ?", value.equals("true") ? 1 : 0);
            }
            case "ResourceType" -> new Condition("e.event_id IN (SELECT event_id FROM cloudtrail_event_resource WHERE resource_type = ?)", value);
            case "ResourceName" -> new Condition("e.event_id IN (SELECT event_id FROM cloudtrail_event_resource WHERE resource_name = ?)", value);
            default -> throw new AwsException("InvalidLookupAttributesException", "Unknown lookup attribute key: " + a.attributeKey());
        };
    }
}
