package dev.stratus.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaRepository.FunctionKey;
import dev.stratus.lambda.api.FunctionEventInvokeConfig;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.runtime.InvocationResult;
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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asynchronous invocation (InvocationType Event): an accepted event is a row, committed before the
 * 202, with a timer that wakes a worker for it. An event is attempted, retried on a function error
 * after AWS's delays (1, then 2 units; a unit is a minute unless configured shorter) up to the
 * qualifier's MaximumRetryAttempts and MaximumEventAgeInSeconds, and finally sent to the
 * on-failure destination and the function's dead-letter queue; a success goes to the on-success
 * destination. Throttled attempts wait and try again without counting. The row is deleted only
 * after its outcome is delivered, so a crash at any point repeats work rather than losing it.
 */
final class AsyncInvocations {
    private static final Logger LOG = Logger.getLogger(AsyncInvocations.class.getName());
    static final String TIMER = "lambda.event";
    /** AWS's asynchronous payload limit since October 2025. */
    static final int MAX_ASYNC_PAYLOAD = 1024 * 1024;
    static final int DEFAULT_MAX_RETRIES = 2;
    static final int DEFAULT_MAX_AGE_SECONDS = 21_600;
    private static final long MAX_THROTTLE_DELAY_MS = 5 * 60 * 1000;

    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE lambda_event (
              id ${ID},
              request_id TEXT NOT NULL,
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              function_name TEXT NOT NULL,
              qualifier TEXT,
              payload ${BLOB} NOT NULL,
              enqueued_at BIGINT NOT NULL,
              attempts BIGINT NOT NULL DEFAULT 0,
              throttles BIGINT NOT NULL DEFAULT 0,
              running BIGINT NOT NULL DEFAULT 0)
            """);

    private record Event(long id, String requestId, FunctionRef ref, byte[] payload, long enqueuedAt, int attempts, int throttles) {
    }

    private final Store store;
    private final Clock clock;
    private final Timers timers;
    private final Invoker invoker;
    private final LambdaRepository repo;
    private final SqsService sqs;
    private final long retryUnitMillis;

    AsyncInvocations(Store store, Clock clock, Timers timers, Invoker invoker, LambdaRepository repo, SqsService sqs, long retryUnitMillis) {
        this.store = store;
        this.clock = clock;
        this.timers = timers;
        this.invoker = invoker;
        this.repo = repo;
        this.sqs = sqs;
        this.retryUnitMillis = retryUnitMillis;
        store.migrate("lambda-async", MIGRATIONS);
        timers.on(TIMER, (tx, payload) -> {
            long id = Long.parseLong(payload);
            if (tx.update("UPDATE lambda_event SET running = 1 WHERE id = ? AND running = 0", id) > 0) {
                tx.afterCommit(() -> Thread.ofVirtual().name("lambda-event-" + id).start(() -> attempt(id)));
            }
        });
        recover();
    }

    /** Events that were being attempted when Stratus stopped are attempted again. */
    private void recover() {
        long now = clock.millis();
        store.write(tx -> {
            PreparedStatement ps = tx.sql("SELECT id FROM lambda_event WHERE running = 1");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    timers.schedule(tx, TIMER, now, Long.toString(rs.getLong(1)));
                }
            }
            tx.update("UPDATE lambda_event SET running = 0 WHERE running = 1");
            return null;
        });
    }

    /** Accepts an event: once this returns, it survives a crash and will be attempted. */
    void enqueue(FunctionRef ref, String requestId, byte[] payload) {
        if (payload.length > MAX_ASYNC_PAYLOAD) {
            throw new AwsException("RequestEntityTooLargeException", payload.length + " byte payload is too large for the Event invocation type (limit "
                    + MAX_ASYNC_PAYLOAD + " bytes)", 413);
        }
        long now = clock.millis();
        store.write(tx -> {
            PreparedStatement ps = tx.sql("INSERT INTO lambda_event (request_id, account, region, function_name, qualifier, payload, enqueued_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id");
            Tx.bind(ps, requestId, ref.key().account(), ref.key().region(), ref.key().name(), ref.qualifier(), payload, now);
            long id;
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            timers.schedule(tx, TIMER, now, Long.toString(id));
            return null;
        });
        timers.wake();
    }

    private void attempt(long id) {
        try {
            Event e = store.read(tx -> event(tx, id));
            if (e == null) {
                return;
            }
            Invoker.Target target;
            try {
                target = invoker.target(e.ref());
            } catch (AwsException gone) {
                LOG.info("dropping event " + e.requestId() + ": " + gone.getMessage());
                store.write(tx -> tx.update("DELETE FROM lambda_event WHERE id = ?", id));
                return;
            }
            FunctionEventInvokeConfig config = invokeConfig(e.ref());
            int maxRetries = config != null && config.maximumRetryAttempts() != null ? config.maximumRetryAttempts() : DEFAULT_MAX_RETRIES;
            long maxAgeMs = 1000L * (config != null && config.maximumEventAgeInSeconds() != null ? config.maximumEventAgeInSeconds() : DEFAULT_MAX_AGE_SECONDS);
            if (invoker.concurrency().reservedFor(e.ref().key()) == 0) {
                fail(e, target, config, null, "ZeroReservedConcurrency", 0);
                return;
            }
            if (clock.millis() - e.enqueuedAt() > maxAgeMs) {
                fail(e, target, config, null, "EventAgeExceeded", e.attempts());
                return;
            }
            InvocationResult result;
            try {
                result = invoker.run(target, e.requestId(), e.payload(), e.ref().invokedArn(), null, true);
            } catch (AwsException throttled) {
                long delay = Math.min(MAX_THROTTLE_DELAY_MS, 1000L << Math.min(e.throttles(), 20));
                reschedule(e, e.attempts(), e.throttles() + 1, delay);
                return;
            }
            int attempts = e.attempts() + 1;
            if (!result.failed()) {
                deliver(config == null || config.destinationConfig() == null || config.destinationConfig().onSuccess() == null ? null
                        : config.destinationConfig().onSuccess().destination(), record(e, target, "Success", attempts, result));
                store.write(tx -> tx.update("DELETE FROM lambda_event WHERE id = ?", id));
                return;
            }
            long delay = retryUnitMillis * attempts;
            if (attempts <= maxRetries && clock.millis() + delay - e.enqueuedAt() <= maxAgeMs) {
                reschedule(e, attempts, e.throttles(), delay);
            } else {
                fail(e, target, config, result, attempts <= maxRetries ? "EventAgeExceeded" : "RetriesExhausted", attempts);
            }
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "event " + id + " could not be attempted; trying again in a minute", ex);
            store.write(tx -> {
                tx.update("UPDATE lambda_event SET running = 0 WHERE id = ?", id);
                timers.schedule(tx, TIMER, clock.millis() + 60_000, Long.toString(id));
                return null;
            });
        }
    }

    private void reschedule(Event e, int attempts, int throttles, long delayMs) {
        store.write(tx -> {
            tx.update("UPDATE lambda_event SET attempts = ?, throttles = ?, running = 0 WHERE id = ?", attempts, throttles, e.id());
            timers.schedule(tx, TIMER, clock.millis() + delayMs, Long.toString(e.id()));
            return null;
        });
        timers.wake();
    }

    /** The event failed for good: the on-failure destination and the dead-letter queue get it, then it is gone. */
    private void fail(Event e, Invoker.Target target, FunctionEventInvokeConfig config, InvocationResult result, String condition, int attempts) {
        String onFailure = config == null || config.destinationConfig() == null || config.destinationConfig().onFailure() == null ? null
                : config.destinationConfig().onFailure().destination();
        deliver(onFailure, record(e, target, condition, attempts, result));
        String dlq = target.config().deadLetterConfig() == null ? null : target.config().deadLetterConfig().targetArn();
        if (dlq != null && !dlq.isEmpty()) {
            String message = result == null ? condition : errorMessage(result);
            Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
            attributes.put("RequestID", new MessageAttributeValue(e.requestId(), null, null, null, "String"));
            attributes.put("ErrorCode", new MessageAttributeValue("200", null, null, null, "Number"));
            attributes.put("ErrorMessage", new MessageAttributeValue(message, null, null, null, "String"));
            try {
                sqs.send(dlq, new String(e.payload(), StandardCharsets.UTF_8), attributes, dlq.endsWith(".fifo") ? "lambda" : null, null);
            } catch (AwsException refused) {
                LOG.warning("cannot deliver to the dead-letter queue " + dlq + ": " + refused.getMessage());
            }
        }
        store.write(tx -> tx.update("DELETE FROM lambda_event WHERE id = ?", e.id()));
    }

    private static String errorMessage(InvocationResult result) {
        try {
            JsonNode error = Json.MAPPER.readTree(result.payload());
            return error != null && error.hasNonNull("errorMessage") ? error.get("errorMessage").asText() : result.errorType();
        } catch (java.io.IOException notJson) {
            return result.errorType();
        }
    }

    /** AWS's invocation record, as destinations receive it. */
    private String record(Event e, Invoker.Target target, String condition, int attempts, InvocationResult result) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("version", "1.0");
        r.put("timestamp", Instant.ofEpochMilli(clock.millis()).toString());
        ObjectNode request = r.putObject("requestContext");
        request.put("requestId", e.requestId());
        request.put("functionArn", target.key().arn() + ":" + (e.ref().qualifier() == null ? LambdaService.LATEST : e.ref().qualifier()));
        request.put("condition", condition);
        request.put("approximateInvokeCount", attempts);
        r.set("requestPayload", json(e.payload()));
        if (result != null) {
            ObjectNode response = r.putObject("responseContext");
            response.put("statusCode", 200);
            response.put("executedVersion", target.executedVersion());
            if (result.failed()) {
                response.put("functionError", "Unhandled");
            }
            r.set("responsePayload", json(result.payload()));
        }
        return Json.string(r);
    }

    private static JsonNode json(byte[] bytes) {
        try {
            JsonNode n = Json.MAPPER.readTree(bytes);
            return n == null ? Json.MAPPER.nullNode() : n;
        } catch (java.io.IOException notJson) {
            return Json.MAPPER.getNodeFactory().textNode(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    /**
     * Sends a record to a destination: an SQS queue, or another function (asynchronously). A
     * destination that refuses it (gone, or the record too large for it) loses the record, as in
     * AWS; the event is not run again for it.
     */
    private void deliver(String destination, String record) {
        if (destination == null) {
            return;
        }
        try {
            if (destination.startsWith("arn:aws:sqs:")) {
                sqs.send(destination, record, null, destination.endsWith(".fifo") ? "lambda" : null, null);
            } else if (destination.startsWith("arn:aws:lambda:")) {
                FunctionRef target = FunctionRef.parse(new dev.stratus.protocol.RequestContext(null, "lambda", "Invoke", null, null, null, null, null),
                        destination, null);
                enqueue(target, dev.stratus.protocol.Ids.uuid(), record.getBytes(StandardCharsets.UTF_8));
            } else {
                LOG.warning("destination " + destination + " is not served yet; the record is dropped");
            }
        } catch (AwsException refused) {
            LOG.warning("cannot deliver to " + destination + ": " + refused.getMessage());
        }
    }

    private FunctionEventInvokeConfig invokeConfig(FunctionRef ref) {
        String doc = store.read(tx -> repo.setting(tx, ref.key(), "invoke-config", ref.qualifier() == null ? LambdaService.LATEST : ref.qualifier()));
        return doc == null ? null : Json.parse(doc, FunctionEventInvokeConfig.class);
    }

    private static Event event(Tx tx, long id) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT request_id, account, region, function_name, qualifier, payload, enqueued_at, attempts, throttles "
                + "FROM lambda_event WHERE id = ?");
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            FunctionRef ref = new FunctionRef(new FunctionKey(rs.getString(2), rs.getString(3), rs.getString(4)), rs.getString(5));
            return new Event(id, rs.getString(1), ref, rs.getBytes(6), rs.getLong(7), rs.getInt(8), rs.getInt(9));
        }
    }
}
