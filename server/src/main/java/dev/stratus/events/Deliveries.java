package dev.stratus.events;

import dev.stratus.events.api.Target;
import dev.stratus.lambda.LambdaService;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.sqs.SqsService;
import dev.stratus.sqs.api.MessageAttributeValue;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The outbox of target deliveries: PutEvents writes one row per (event, matched target) with a
 * timer in the transaction that accepts the events, so an accepted event reaches its targets even
 * across a crash (at least once). A worker delivers each row — to an SQS queue, a Lambda function
 * (asynchronously), or another event bus — and deletes it; a failure is retried with growing delays
 * within the target's RetryPolicy (AWS's defaults: 185 attempts, 24 hours), then goes to the
 * target's dead-letter queue.
 */
final class Deliveries {
    private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());
    static final String TIMER = "events.deliver";
    private static final int DEFAULT_RETRIES = 185;
    private static final int DEFAULT_MAX_AGE_SECONDS = 86_400;
    private static final long MAX_DELAY_MS = 5 * 60 * 1000;
    /** Errors a retry cannot mend (the target is gone, or cannot take the event): dead-lettered at once, as AWS does. */
    private static final java.util.Set<String> PERMANENT = java.util.Set.of("QueueDoesNotExist", "ResourceNotFoundException", "NotImplemented",
            "InvalidEvent", "InvalidParameterValue", "InvalidMessageContents", "RequestEntityTooLargeException");

    /** A delivery as stored: the target, the rule it came from, and the text the target receives. */
    record Owed(Target target, String ruleArn) {
    }

    private final Store store;
    private final Clock clock;
    private final Timers timers;
    private final SqsService sqs;
    private final LambdaService lambda;
    private final EventsService.Rerouter rerouter;

    Deliveries(Store store, Clock clock, Timers timers, SqsService sqs, LambdaService lambda, EventsService.Rerouter rerouter) {
        this.store = store;
        this.clock = clock;
        this.timers = timers;
        this.sqs = sqs;
        this.lambda = lambda;
        this.rerouter = rerouter;
        timers.on(TIMER, (tx, payload) -> {
            long id = Long.parseLong(payload);
            if (tx.update("UPDATE events_delivery SET running = 1 WHERE id = ? AND running = 0", id) > 0) {
                tx.afterCommit(() -> Thread.ofVirtual().name("events-delivery-" + id).start(() -> deliver(id)));
            }
        });
    }

    /** Events that were being delivered when Stratus stopped are delivered again. */
    void recover() {
        long now = clock.millis();
        store.write(tx -> {
            try (ResultSet rs = tx.sql("SELECT id FROM events_delivery WHERE running = 1").executeQuery()) {
                while (rs.next()) {
                    timers.schedule(tx, TIMER, now, Long.toString(rs.getLong(1)));
                }
            }
            tx.update("UPDATE events_delivery SET running = 0 WHERE running = 1");
            return null;
        });
    }

    /** Owes a delivery, inside the caller's transaction (the one that accepts the event). */
    void owe(Tx tx, String account, String region, Owed owed, String payload) throws SQLException {
        long now = clock.millis();
        PreparedStatement ps = tx.sql("INSERT INTO events_delivery (account, region, target, payload, first_at) VALUES (?, ?, ?, ?, ?) RETURNING id");
        Tx.bind(ps, account, region, Json.string(owed), payload, now);
        long id;
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        timers.schedule(tx, TIMER, now, Long.toString(id));
    }

    private void deliver(long id) {
        record Row(Owed owed, String payload, long firstAt, int attempts, String account, String region) {
        }
        Row row = store.read(tx -> {
            PreparedStatement ps = tx.sql("SELECT target, payload, first_at, attempts, account, region FROM events_delivery WHERE id = ?");
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Row(Json.parse(rs.getString(1), Owed.class), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6)) : null;
            }
        });
        if (row == null) {
            return;
        }
        Target t = row.owed().target();
        try {
            send(t, row.payload(), row.account(), row.region());
            store.write(tx -> tx.update("DELETE FROM events_delivery WHERE id = ?", id));
        } catch (RuntimeException failure) {
            try {
                failed(id, row.owed(), row.payload(), row.firstAt(), row.attempts() + 1, failure);
            } catch (RuntimeException bookkeeping) {
                LOG.log(java.util.logging.Level.WARNING, "delivery " + id + " could not be rescheduled; it is retried at the next start", bookkeeping);
            }
        }
    }

    /** A failed attempt: retried after a growing delay within the target's RetryPolicy, else dead-lettered. */
    private void failed(long id, Owed owed, String payload, long firstAt, int attempts, RuntimeException failure) {
        Target t = owed.target();
        boolean permanent = failure instanceof AwsException e && PERMANENT.contains(e.code());
        int maxRetries = t.retryPolicy() != null && t.retryPolicy().maximumRetryAttempts() != null ? t.retryPolicy().maximumRetryAttempts() : DEFAULT_RETRIES;
        long maxAgeMs = 1000L * (t.retryPolicy() != null && t.retryPolicy().maximumEventAgeInSeconds() != null
                ? t.retryPolicy().maximumEventAgeInSeconds() : DEFAULT_MAX_AGE_SECONDS);
        long delay = Math.min(MAX_DELAY_MS, 1000L << Math.min(attempts - 1, 20));
        if (!permanent && attempts <= maxRetries && clock.millis() + delay - firstAt <= maxAgeMs) {
            LOG.info("delivery to " + t.arn() + " failed (attempt " + attempts + "), retrying in " + delay + " ms: " + failure.getMessage());
            store.write(tx -> {
                tx.update("UPDATE events_delivery SET attempts = ?, running = 0 WHERE id = ?", attempts, id);
                timers.schedule(tx, TIMER, clock.millis() + delay, Long.toString(id));
                return null;
            });
            timers.wake();
        } else {
            LOG.info("delivery to " + t.arn() + " failed for good after " + attempts + " attempt(s): " + failure.getMessage());
            deadLetter(owed, payload, failure);
            store.write(tx -> tx.update("DELETE FROM events_delivery WHERE id = ?", id));
        }
    }

    private void send(Target t, String payload, String account, String region) {
        String arn = t.arn();
        if (arn.startsWith("arn:aws:sqs:")) {
            String group = t.sqsParameters() == null ? null : t.sqsParameters().messageGroupId();
            sqs.send(arn, payload, null, group);
        } else if (arn.startsWith("arn:aws:lambda:")) {
            lambda.enqueueEvent(arn, payload.getBytes(StandardCharsets.UTF_8));
        } else if (arn.startsWith("arn:aws:events:") && arn.contains(":event-bus/")) {
            rerouter.reroute(arn, payload);
        } else {
            throw new AwsException("NotImplemented", "Stratus does not deliver to " + arn + " yet.", 501);
        }
    }

    /** AWS's dead-letter message: the event as the target would have had it, with what failed as attributes. */
    private void deadLetter(Owed owed, String payload, RuntimeException failure) {
        Target t = owed.target();
        String dlq = t.deadLetterConfig() == null ? null : t.deadLetterConfig().arn();
        if (dlq == null || !dlq.startsWith("arn:aws:sqs:")) {
            LOG.warning("dropping an event for " + t.arn() + " after its retries: " + failure.getMessage());
            return;
        }
        String code = failure instanceof AwsException e ? e.code() : "InternalError";
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("RULE_ARN", new MessageAttributeValue(owed.ruleArn(), null, null, null, "String"));
        attributes.put("TARGET_ARN", new MessageAttributeValue(t.arn(), null, null, null, "String"));
        attributes.put("ERROR_CODE", new MessageAttributeValue(code, null, null, null, "String"));
        attributes.put("ERROR_MESSAGE", new MessageAttributeValue(String.valueOf(failure.getMessage()), null, null, null, "String"));
        try {
            sqs.send(dlq, payload, attributes, dlq.endsWith(".fifo") ? "events" : null);
        } catch (AwsException refused) {
            LOG.warning("cannot deliver to the dead-letter queue " + dlq + ": " + refused.getMessage());
        }
    }
}
