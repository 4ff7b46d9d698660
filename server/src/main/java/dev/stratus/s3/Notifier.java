package dev.stratus.s3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.ServiceEvents;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.s3.NotificationRules.Rule;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.s3.S3Repository.ObjectVersion;
import dev.stratus.s3.api.NotificationConfiguration;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bucket's event notifications: for each rule that matches a change, a delivery owed to its
 * queue, topic or function (as {@code s3.amazonaws.com}, for the bucket, so the destination's
 * policy applies), and, when the bucket sends its events to EventBridge, an event on the default
 * bus; all in the transaction of the change.
 */
final class Notifier implements S3Events {
    /** Who delivers a bucket's notifications, as the destinations' policies name it. */
    static final Principal S3 = Principal.service("s3.amazonaws.com");
    /** The Subject of the messages S3 publishes to a topic. */
    static final String SUBJECT = "Amazon S3 Notification";
    /** How long S3 keeps trying a destination that fails: a day, as EventBridge does. */
    private static final int RETRIES = 185;
    private static final int MAX_AGE_SECONDS = 86_400;

    private final Jobs jobs;
    private final ServiceEvents bus;
    private final Clock clock;
    /** Numbers changes so that a key's later change has the greater sequencer, as S3's does. */
    private final AtomicLong sequence = new AtomicLong();

    Notifier(Jobs jobs, ServiceEvents bus, Clock clock) {
        this.jobs = jobs;
        this.bus = bus;
        this.clock = clock;
    }

    /** The rules a bucket's settings hold. */
    static NotificationRules rules(Bucket b) {
        JsonNode stored = b.settings().get(BucketNotifications.SETTING);
        return stored == null ? NotificationRules.NONE : NotificationRules.of(Json.read(stored, NotificationConfiguration.class));
    }

    @Override
    public void objectCreated(Tx tx, RequestContext ctx, Bucket bucket, ObjectVersion object, String eventName) throws SQLException {
        notify(tx, ctx, bucket, object, eventName);
    }

    @Override
    public void objectRemoved(Tx tx, RequestContext ctx, Bucket bucket, ObjectVersion object, String eventName) throws SQLException {
        notify(tx, ctx, bucket, object, eventName);
    }

    private void notify(Tx tx, RequestContext ctx, Bucket bucket, ObjectVersion object, String eventName) throws SQLException {
        NotificationRules rules = rules(bucket);
        if (rules.rules().isEmpty() && !rules.eventBridge()) {
            return;
        }
        long now = clock.millis();
        EventRecords.Change change = new EventRecords.Change(bucket, object, eventName, ctx, now, sequencer(now));
        for (Rule r : rules.rules()) {
            if (r.matches(eventName, object.key())) {
                jobs.owe(tx, delivery(bucket, r.kind(), r.arn(), EventRecords.message(EventRecords.record(change, r.id()))));
            }
        }
        if (rules.eventBridge() && bus != null) {
            bus.put(tx, new ServiceEvents.Event("aws.s3", EventRecords.detailType(eventName), bucket.account(), bucket.region(),
                    List.of(S3Arns.bucket(bucket.name())), EventRecords.detail(change)));
        }
    }

    /** What a destination of {@code kind} is owed: {@code payload} as S3 sends it, delivered as S3 for the bucket. */
    static Delivery delivery(Bucket b, NotificationRules.Kind kind, String arn, String payload) {
        return new Delivery(arn, payload, null, null, null, RETRIES, MAX_AGE_SECONDS, null, Map.of(), null, S3, S3Arns.bucket(b.name()),
                kind == NotificationRules.Kind.TOPIC ? SUBJECT : null, b.account());
    }

    /** 18 hex digits, as S3 writes them, growing with time and with each change within a millisecond. */
    private String sequencer(long millis) {
        return String.format("%018X", millis * 1_000_000 + Math.floorMod(sequence.incrementAndGet(), 1_000_000));
    }
}
