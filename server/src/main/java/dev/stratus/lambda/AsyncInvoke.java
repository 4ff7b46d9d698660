package dev.stratus.lambda;

import dev.stratus.protocol.Principal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.LambdaRepository.FunctionKey;
import dev.stratus.lambda.api.FunctionEventInvokeConfig;
import dev.stratus.platform.jobs.Backoff;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.jobs.Outcome;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.runtime.InvocationResult;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Asynchronous invocation (InvocationType Event): an accepted event is a job, committed before the
 * 202. An event is attempted, retried on a function error after AWS's delays (1, then 2 units; a
 * unit is a minute unless configured shorter) up to the qualifier's MaximumRetryAttempts and
 * MaximumEventAgeInSeconds, and finally owes its record to the on-failure destination and its
 * payload to the function's dead-letter queue; a success owes its record to the on-success
 * destination. Throttled attempts wait and try again without counting. What an outcome owes is
 * written with it, so a crash at any point repeats work rather than losing it. Deliveries from other
 * services to a function (the {@code lambda} destination) are accepted here the same way.
 */
final class AsyncInvoke {
    private static final Logger LOG = Logger.getLogger(AsyncInvoke.class.getName());
    static final String KIND = "lambda.event";
    /** AWS's asynchronous payload limit since October 2025. */
    static final int MAX_ASYNC_PAYLOAD = 1024 * 1024;
    static final int DEFAULT_MAX_RETRIES = 2;
    static final int DEFAULT_MAX_AGE_SECONDS = 21_600;

    /**
     * The first versions kept events in a table of their own (version 1); version 2 moves what it
     * still held into stratus_job and drops it. A new store runs both. A moved event is due at once,
     * whatever retry delay it was waiting out.
     */
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
            """, """
            INSERT INTO stratus_job (kind, spec, payload, first_at, due_at, attempts, throttles)
              SELECT 'lambda.event', '{"requestId":"' || request_id || '","account":"' || account || '","region":"' || region
                || '","functionName":"' || function_name || '","qualifier":' || COALESCE('"' || qualifier || '"', 'null') || '}',
                payload, enqueued_at, enqueued_at, attempts, throttles FROM lambda_event ORDER BY id;
            DROP TABLE lambda_event
            """);

    /** An accepted event, as its job describes it (its payload is the job's). */
    record Event(String requestId, String account, String region, String functionName, String qualifier) {
        FunctionRef ref() {
            return new FunctionRef(new FunctionKey(account, region, functionName), qualifier);
        }
    }

    private final Store store;
    private final Clock clock;
    private final Jobs jobs;
    private final Invoker invoker;
    private final InvokeConfigs invokeConfigs;
    private final Backoff backoff;

    AsyncInvoke(Store store, Clock clock, Jobs jobs, Invoker invoker, InvokeConfigs invokeConfigs, long retryUnitMillis) {
        this.store = store;
        this.clock = clock;
        this.jobs = jobs;
        this.invoker = invoker;
        this.invokeConfigs = invokeConfigs;
        this.backoff = Backoff.linear(retryUnitMillis);
        store.migrate("lambda-async", MIGRATIONS);
        jobs.handle(KIND, this::attempt);
        jobs.register("lambda", "lambda:InvokeFunction", this::accept);
    }

    /** Accepts an event: once this returns, it survives a crash and will be attempted. */
    void enqueue(FunctionRef ref, String requestId, byte[] payload) {
        Jobs.Owed event = owed(ref, requestId, payload);
        store.write(tx -> {
            jobs.owe(tx, event);
            return null;
        });
        invoker.metrics().asyncEventReceived(ref.key(), ref.qualifier());
    }

    /** A delivery to a function from another service (an EventBridge target, an SNS subscription, a destination): an Event invocation. */
    private List<Jobs.Owed> accept(Delivery d) {
        FunctionRef ref = FunctionRef.parse(new RequestContext(null, "lambda", "Invoke", null, null, null, null, null), d.destination(), null);
        invoker.target(ref);
        List<Jobs.Owed> event = List.of(owed(ref, Ids.uuid(), d.payload().getBytes(StandardCharsets.UTF_8)));
        invoker.metrics().asyncEventReceived(ref.key(), ref.qualifier());
        return event;
    }

    private static Jobs.Owed owed(FunctionRef ref, String requestId, byte[] payload) {
        if (payload.length > MAX_ASYNC_PAYLOAD) {
            throw new AwsException("RequestEntityTooLargeException", payload.length + " byte payload is too large for the Event invocation type (limit "
                    + MAX_ASYNC_PAYLOAD + " bytes)", 413);
        }
        Event e = new Event(requestId, ref.key().account(), ref.key().region(), ref.key().name(), ref.qualifier());
        return new Jobs.Owed(KIND, Json.string(e), payload, null);
    }

    private Outcome attempt(Jobs.Job job) {
        Event e = Json.parse(job.spec(), Event.class);
        Invoker.Target target;
        try {
            target = invoker.target(e.ref());
        } catch (AwsException gone) {
            LOG.info("dropping event " + e.requestId() + ": " + gone.getMessage());
            return new Outcome.Failed(gone.code(), gone.getMessage(), List.of());
        }
        FunctionEventInvokeConfig config = invokeConfigs.of(e.ref().key(), e.qualifier() == null ? LambdaService.LATEST : e.qualifier()).orElse(null);
        int maxRetries = config != null && config.maximumRetryAttempts() != null ? config.maximumRetryAttempts() : DEFAULT_MAX_RETRIES;
        long maxAgeMs = 1000L * (config != null && config.maximumEventAgeInSeconds() != null ? config.maximumEventAgeInSeconds() : DEFAULT_MAX_AGE_SECONDS);
        if (invoker.concurrency().reservedFor(e.ref().key()) == 0) {
            return fail(e, job, target, config, null, "ZeroReservedConcurrency", 0);
        }
        if (clock.millis() - job.firstAt() > maxAgeMs) {
            return fail(e, job, target, config, null, "EventAgeExceeded", job.attempts());
        }
        long age = clock.millis() - job.firstAt();
        InvocationResult result;
        try {
            result = invoker.run(target, e.requestId(), job.payload(), e.ref().invokedArn(), null, true);
        } catch (AwsException throttled) {
            return new Outcome.Throttled();
        }
        invoker.metrics().asyncEventAttempted(e.ref().key(), e.qualifier(), age);
        int attempts = job.attempts() + 1;
        if (!result.failed()) {
            String onSuccess = config == null || config.destinationConfig() == null || config.destinationConfig().onSuccess() == null ? null
                    : config.destinationConfig().onSuccess().destination();
            return new Outcome.Done(destination(target.executionRole(), target.config().functionArn(), onSuccess, record(e, job, target, "Success", attempts, result)));
        }
        long delay = backoff.retryDelay(attempts, maxRetries, job.firstAt(), maxAgeMs, clock.millis());
        if (delay >= 0) {
            return new Outcome.RetryAfter(delay, result.errorType());
        }
        return fail(e, job, target, config, result, attempts <= maxRetries ? "EventAgeExceeded" : "RetriesExhausted", attempts);
    }

    /** The event failed for good: it owes its record to the on-failure destination and its payload to the dead-letter queue. */
    private Outcome fail(Event e, Jobs.Job job, Invoker.Target target, FunctionEventInvokeConfig config, InvocationResult result, String condition,
                         int attempts) {
        invoker.metrics().asyncEventDropped(e.ref().key(), e.qualifier());
        String onFailure = config == null || config.destinationConfig() == null || config.destinationConfig().onFailure() == null ? null
                : config.destinationConfig().onFailure().destination();
        List<Jobs.Owed> owed = new ArrayList<>(destination(target.executionRole(), target.config().functionArn(), onFailure, record(e, job, target, condition, attempts, result)));
        String message = result == null ? condition : errorMessage(result);
        String dlq = target.config().deadLetterConfig() == null ? null : target.config().deadLetterConfig().targetArn();
        if (dlq != null && !dlq.isEmpty()) {
            Map<String, Delivery.Attribute> attributes = new LinkedHashMap<>();
            attributes.put("RequestID", Delivery.Attribute.string(e.requestId()));
            attributes.put("ErrorCode", Delivery.Attribute.number("200"));
            attributes.put("ErrorMessage", Delivery.Attribute.string(message));
            owed.add(Jobs.Owed.delivery(Delivery.once(target.executionRole(), target.config().functionArn(), dlq, new String(job.payload(), StandardCharsets.UTF_8), attributes,
                    dlq.endsWith(".fifo") ? "lambda" : null)));
        }
        return new Outcome.Failed(condition, message, owed);
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
    private String record(Event e, Jobs.Job job, Invoker.Target target, String condition, int attempts, InvocationResult result) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("version", "1.0");
        r.put("timestamp", Instant.ofEpochMilli(clock.millis()).toString());
        ObjectNode request = r.putObject("requestContext");
        request.put("requestId", e.requestId());
        request.put("functionArn", target.key().arn() + ":" + (e.qualifier() == null ? LambdaService.LATEST : e.qualifier()));
        request.put("condition", condition);
        request.put("approximateInvokeCount", attempts);
        r.set("requestPayload", json(job.payload()));
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
     * A record owed to a destination (a queue, a function, a topic, a bus), tried once: a destination
     * that refuses it (gone, or the record too large for it) loses the record, as in AWS; the event
     * is not run again for it.
     */
    private static List<Jobs.Owed> destination(Principal caller, String source, String destination, String record) {
        if (destination == null) {
            return List.of();
        }
        return List.of(Jobs.Owed.delivery(Delivery.once(caller, source, destination, record, null, destination.endsWith(".fifo") ? "lambda" : null)));
    }
}
