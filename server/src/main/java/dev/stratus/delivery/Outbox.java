package dev.stratus.delivery;

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
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The outbox of deliveries other services owe: EventBridge's targets, SNS's subscriptions. A
 * service writes one row per delivery, with a timer, in the transaction that accepts what is to be
 * delivered, so it arrives even across a crash (at least once). A worker delivers each row — to an
 * SQS queue, a Lambda function (asynchronously), an HTTP/S endpoint, or a destination a service
 * registered (an event bus) — and deletes it; a failure is retried with doubling delays within the
 * delivery's retry limits (or, to an HTTP/S endpoint, after the delays it names), then goes to its
 * dead-letter queue, the payload with the delivery's attributes and ERROR_CODE and ERROR_MESSAGE.
 * Errors a retry cannot mend dead-letter at once.
 */
public final class Outbox {
    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    static final String TIMER = "outbox.deliver";
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE outbox_delivery (
              id ${ID},
              delivery TEXT NOT NULL,
              first_at BIGINT NOT NULL,
              attempts BIGINT NOT NULL DEFAULT 0,
              running BIGINT NOT NULL DEFAULT 0)
            """);
    private static final long MAX_DELAY_MS = 5 * 60 * 1000;
    /** Errors a retry cannot mend (the target is gone, or cannot take the event): dead-lettered at once, as AWS does. */
    private static final java.util.Set<String> PERMANENT = java.util.Set.of("QueueDoesNotExist", "ResourceNotFoundException", "NotImplemented",
            "InvalidEvent", "InvalidParameterValue", "InvalidMessageContents", "RequestEntityTooLargeException", HttpEndpoints.REFUSED);

    /**
     * What is owed: {@code payload} for {@code destination} (an ARN), as an SQS message with
     * {@code attributes}, {@code groupId} and {@code deduplicationId} (FIFO) when the destination is a queue; tried up to
     * {@code maxRetries} more times within {@code maxAgeSeconds}; then sent to {@code deadLetterArn}
     * (an SQS queue, or none) with {@code deadLetterAttributes}. A destination that is an http:// or
     * https:// URL is posted to as {@code http} says.
     */
    public record Delivery(String destination, String payload, Map<String, MessageAttributeValue> attributes, String groupId,
                           String deduplicationId, int maxRetries, int maxAgeSeconds, String deadLetterArn, Map<String, String> deadLetterAttributes,
                           Http http) {
    }

    /**
     * How a delivery to an HTTP/S endpoint is made: the request's headers, and the seconds to wait
     * before each retry (SNS's delivery policies name every delay, where other deliveries double theirs).
     */
    public record Http(Map<String, String> headers, List<Integer> retryDelays) {
    }

    /** A kind of destination a service delivers to itself, such as an event bus. */
    @FunctionalInterface
    public interface Sender {
        void send(String destination, String payload);
    }

    private final Store store;
    private final Clock clock;
    private final Timers timers;
    private final SqsService sqs;
    private final LambdaService lambda;
    private final Map<String, Sender> senders = new java.util.concurrent.ConcurrentHashMap<>();

    public Outbox(Store store, Clock clock, Timers timers, SqsService sqs, LambdaService lambda) {
        this.store = store;
        this.clock = clock;
        this.timers = timers;
        this.sqs = sqs;
        this.lambda = lambda;
        store.migrate("outbox", MIGRATIONS);
        timers.on(TIMER, (tx, payload) -> {
            long id = Long.parseLong(payload);
            Row row = tx.update("UPDATE outbox_delivery SET running = 1 WHERE id = ? AND running = 0", id) > 0 ? row(tx, id) : null;
            if (row == null) {
                return;
            }
            Delivery d = row.delivery();
            tx.afterCommit(() -> {
                if (d.groupId() == null) {
                    Thread.ofVirtual().name("outbox-" + id).start(() -> deliver(id, row));
                } else {
                    // A FIFO group's deliveries go one at a time, in the order their timers fired (the order they were owed).
                    IN_ORDER[Math.floorMod((d.destination() + "|" + d.groupId()).hashCode(), IN_ORDER.length)].execute(() -> deliver(id, row));
                }
            });
        });
        recover();
    }

    /** Serial lanes for FIFO groups: a group always takes the same lane, so its deliveries keep their order. */
    private static final java.util.concurrent.ExecutorService[] IN_ORDER = new java.util.concurrent.ExecutorService[16];

    static {
        for (int i = 0; i < IN_ORDER.length; i++) {
            IN_ORDER[i] = java.util.concurrent.Executors.newSingleThreadExecutor(Thread.ofVirtual().name("outbox-fifo-" + i).factory());
        }
    }

    /** An owed delivery as stored: what to deliver, when it was first owed, and how many attempts failed. */
    private record Row(Delivery delivery, long firstAt, int attempts) {
    }

    private static Row row(Tx tx, long id) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT delivery, first_at, attempts FROM outbox_delivery WHERE id = ?");
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Row(Json.parse(rs.getString(1), Delivery.class), rs.getLong(2), rs.getInt(3)) : null;
        }
    }

    /** Destinations whose ARN starts with {@code arnPrefix} are delivered by {@code sender}; register before Stratus starts. */
    public void register(String arnPrefix, Sender sender) {
        senders.put(arnPrefix, sender);
    }

    /** Deliveries that were under way when Stratus stopped are delivered again. */
    private void recover() {
        long now = clock.millis();
        store.write(tx -> {
            try (ResultSet rs = tx.sql("SELECT id FROM outbox_delivery WHERE running = 1").executeQuery()) {
                while (rs.next()) {
                    timers.schedule(tx, TIMER, now, Long.toString(rs.getLong(1)));
                }
            }
            tx.update("UPDATE outbox_delivery SET running = 0 WHERE running = 1");
            return null;
        });
    }

    /** Owes a delivery, inside the caller's transaction (the one that accepts what is delivered); wake the timers after it commits. */
    public void owe(Tx tx, Delivery delivery) throws SQLException {
        long now = clock.millis();
        PreparedStatement ps = tx.sql("INSERT INTO outbox_delivery (delivery, first_at) VALUES (?, ?) RETURNING id");
        Tx.bind(ps, Json.string(delivery), now);
        long id;
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        timers.schedule(tx, TIMER, now, Long.toString(id));
    }

    private void deliver(long id, Row row) {
        try {
            send(row.delivery());
            store.write(tx -> tx.update("DELETE FROM outbox_delivery WHERE id = ?", id));
        } catch (RuntimeException failure) {
            try {
                failed(id, row.delivery(), row.firstAt(), row.attempts() + 1, failure);
            } catch (RuntimeException bookkeeping) {
                LOG.log(java.util.logging.Level.WARNING, "delivery " + id + " could not be rescheduled; it is retried at the next start", bookkeeping);
            }
        }
    }

    /** A failed attempt: retried after its delay within the delivery's limits, else dead-lettered. */
    private void failed(long id, Delivery d, long firstAt, int attempts, RuntimeException failure) {
        boolean permanent = failure instanceof AwsException e && PERMANENT.contains(e.code());
        long delay = retryDelay(d, attempts);
        if (!permanent && delay >= 0 && clock.millis() + delay - firstAt <= d.maxAgeSeconds() * 1000L) {
            LOG.info("delivery to " + d.destination() + " failed (attempt " + attempts + "), retrying in " + delay + " ms: " + failure.getMessage());
            store.write(tx -> {
                tx.update("UPDATE outbox_delivery SET attempts = ?, running = 0 WHERE id = ?", attempts, id);
                timers.schedule(tx, TIMER, clock.millis() + delay, Long.toString(id));
                return null;
            });
            timers.wake();
        } else {
            LOG.info("delivery to " + d.destination() + " failed for good after " + attempts + " attempt(s): " + failure.getMessage());
            deadLetter(d, failure);
            store.write(tx -> tx.update("DELETE FROM outbox_delivery WHERE id = ?", id));
        }
    }

    /** Milliseconds to wait before retrying after failed attempt number {@code attempts}, or -1 when the retries are spent. */
    private static long retryDelay(Delivery d, int attempts) {
        if (attempts > d.maxRetries()) {
            return -1;
        }
        return d.http() != null ? d.http().retryDelays().get(attempts - 1) * 1000L : Math.min(MAX_DELAY_MS, 1000L << Math.min(attempts - 1, 20));
    }

    private void send(Delivery d) {
        String arn = d.destination();
        if (arn.startsWith("http://") || arn.startsWith("https://")) {
            HttpEndpoints.post(arn, d.payload(), d.http().headers());
            return;
        }
        if (arn.startsWith("arn:aws:sqs:")) {
            sqs.send(arn, d.payload(), d.attributes(), d.groupId(), d.deduplicationId());
            return;
        }
        if (arn.startsWith("arn:aws:lambda:")) {
            lambda.enqueueEvent(arn, d.payload().getBytes(StandardCharsets.UTF_8));
            return;
        }
        for (var s : senders.entrySet()) {
            if (arn.startsWith(s.getKey())) {
                s.getValue().send(arn, d.payload());
                return;
            }
        }
        throw new AwsException("NotImplemented", "Stratus does not deliver to " + arn + " yet.", 501);
    }

    /** The payload as the destination would have had it, with the delivery's attributes and what failed. */
    private void deadLetter(Delivery d, RuntimeException failure) {
        String dlq = d.deadLetterArn();
        if (dlq == null || !dlq.startsWith("arn:aws:sqs:")) {
            LOG.warning("dropping a delivery to " + d.destination() + " after its retries: " + failure.getMessage());
            return;
        }
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        d.deadLetterAttributes().forEach((k, v) -> attributes.put(k, new MessageAttributeValue(v, null, null, null, "String")));
        attributes.put("ERROR_CODE", new MessageAttributeValue(failure instanceof AwsException e ? e.code() : "InternalError", null, null, null, "String"));
        attributes.put("ERROR_MESSAGE", new MessageAttributeValue(String.valueOf(failure.getMessage()), null, null, null, "String"));
        try {
            sqs.send(dlq, d.payload(), attributes, dlq.endsWith(".fifo") ? "dead-letter" : null, null);
        } catch (AwsException refused) {
            LOG.warning("cannot deliver to the dead-letter queue " + dlq + ": " + refused.getMessage());
        }
    }
}
