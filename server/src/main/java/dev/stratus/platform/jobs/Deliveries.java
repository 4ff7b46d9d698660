package dev.stratus.platform.jobs;

import dev.stratus.platform.Arn;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deliveries as jobs: EventBridge's targets, SNS's subscriptions, the records and dead-letter
 * messages other jobs owe. Each goes to the destination registered for its ARN's service, or is
 * posted to its HTTP/S URL; a failure is retried with doubling delays within the delivery's retry
 * limits (or, to an HTTP/S endpoint, after the delays its policy names), then owes its dead-letter
 * queue the payload with the delivery's attributes and ERROR_CODE and ERROR_MESSAGE. Errors a retry
 * cannot mend dead-letter at once. Deliveries to one FIFO queue's message group share a lane, so
 * they arrive in the order they were owed.
 */
final class Deliveries implements Jobs.Handler {
    private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());
    static final String KIND = "delivery";
    /**
     * The first versions kept deliveries in a table of their own (version 1); version 2 moves what it
     * still owed into stratus_job and drops it. A new store runs both. A moved delivery is due at once,
     * whatever retry delay it was waiting out, and runs in no lane (its group is inside its JSON, which
     * SQL common to SQLite and PostgreSQL cannot read).
     */
    static final List<String> OUTBOX_MIGRATIONS = List.of("""
            CREATE TABLE outbox_delivery (
              id ${ID},
              delivery TEXT NOT NULL,
              first_at BIGINT NOT NULL,
              attempts BIGINT NOT NULL DEFAULT 0,
              running BIGINT NOT NULL DEFAULT 0)
            """, """
            INSERT INTO stratus_job (kind, spec, first_at, due_at, attempts)
              SELECT 'delivery', delivery, first_at, first_at, attempts FROM outbox_delivery ORDER BY id;
            DROP TABLE outbox_delivery
            """);
    private static final String ERROR_CODE = "ERROR_CODE";
    private static final Backoff DOUBLING = Backoff.doubling(1000, 5 * 60 * 1000);
    /** Errors a retry cannot mend (the target is gone, or cannot take the event): dead-lettered at once, as AWS does. */
    private static final Set<String> PERMANENT = Set.of("QueueDoesNotExist", "ResourceNotFoundException", "InvalidEvent",
            "InvalidParameterValue", "InvalidMessageContents", "RequestEntityTooLargeException", HttpEndpoints.REFUSED);

    private final Clock clock;
    private final Permission permission;
    private final Map<String, Destination> destinations = new ConcurrentHashMap<>();
    /** The IAM action a delivery's caller needs on a destination, by the destination ARN's service. */
    private final Map<String, String> actions = new ConcurrentHashMap<>();
    /** Who is told of attempts at deliveries, by the service of their source. */
    private final Map<String, DeliveryWatcher> watchers = new ConcurrentHashMap<>();

    Deliveries(Clock clock, Permission permission) {
        this.clock = clock;
        this.permission = permission;
        Destination post = d -> {
            HttpEndpoints.post(d.destination(), d.payload(), d.http() == null ? Map.of() : d.http().headers());
            return List.of();
        };
        register("http", null, post);
        register("https", null, post);
    }

    void register(String service, String action, Destination destination) {
        destinations.put(service, destination);
        if (action != null) {
            actions.put(service, action);
        }
    }

    void watch(String sourceService, DeliveryWatcher watcher) {
        watchers.put(sourceService, watcher);
    }

    /** The job that makes {@code d}: in its queue's group's lane when it is a FIFO message. */
    static Jobs.Owed owed(Delivery d) {
        return new Jobs.Owed(KIND, Json.string(d), null, d.groupId() == null ? null : d.destination() + "|" + d.groupId());
    }

    @Override
    public Outcome attempt(Jobs.Job job) {
        Delivery d = Json.parse(job.spec(), Delivery.class);
        Outcome outcome = deliver(job, d);
        DeliveryWatcher watcher = d.source() == null ? null : watchers.get(String.valueOf(service(d.source())));
        if (watcher != null) {
            try {
                watcher.attempted(d, isDeadLetter(d), outcome instanceof Outcome.Done ? DeliveryWatcher.Attempt.DELIVERED
                        : outcome instanceof Outcome.Failed ? DeliveryWatcher.Attempt.FAILED : DeliveryWatcher.Attempt.RETRYING);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a delivery watcher failed", e);
            }
        }
        return outcome;
    }

    /** A dead-letter message this engine made of a delivery that failed for good (it alone carries ERROR_CODE). */
    private static boolean isDeadLetter(Delivery d) {
        return d.attributes() != null && d.attributes().containsKey(ERROR_CODE);
    }

    private Outcome deliver(Jobs.Job job, Delivery d) {
        List<Jobs.Owed> owed;
        Destination destination;
        try {
            destination = destination(d.destination());
            permit(d);
        } catch (RuntimeException refused) {
            return failed(job, d, refused, true);
        }
        try {
            owed = destination.deliver(d);
        } catch (RuntimeException failure) {
            return failed(job, d, failure, failure instanceof AwsException e && PERMANENT.contains(e.code()));
        }
        return new Outcome.Done(owed);
    }

    /**
     * Refuses the delivery unless its caller may make it: a service principal as the destination's
     * resource policy allows it for the delivery's source ({@code aws:SourceArn}), a role session as
     * its policies do. A refusal is AccessDenied, which AWS does not retry.
     */
    private void permit(Delivery d) {
        String action = actions.get(service(d.destination()));
        if (action == null || d.caller() == null) {
            return;
        }
        Map<String, List<String>> context = new LinkedHashMap<>();
        if (d.source() != null) {
            context.put("aws:SourceArn", List.of(d.source()));
            String account = d.sourceAccount() != null ? d.sourceAccount() : Arn.parse(d.source()).map(Arn::account).filter(a -> !a.isEmpty()).orElse(null);
            if (account != null) {
                context.put("aws:SourceAccount", List.of(account));
            }
        }
        permission.check(d.caller(), action, d.destination(), context);
    }

    /** The service of an ARN ({@code arn:partition:service:…}), or the scheme of a URL; null for anything else. */
    static String service(String destination) {
        int scheme = destination.indexOf("://");
        if (scheme > 0) {
            return destination.substring(0, scheme);
        }
        return Arn.parse(destination).map(Arn::service).orElse(null);
    }

    private Destination destination(String target) {
        String service = service(target);
        Destination d = service == null ? null : destinations.get(service);
        if (d == null) {
            throw new AwsException("NotImplemented", "Stratus does not deliver to " + target + " yet.", 501);
        }
        return d;
    }

    /**
     * A failed attempt: retried after its delay within the delivery's limits, else dead-lettered;
     * at once when a retry cannot mend it (no one delivers there, or the caller may not).
     */
    private Outcome failed(Jobs.Job job, Delivery d, RuntimeException failure, boolean permanent) {
        int attempts = job.attempts() + 1;
        Backoff backoff = d.http() != null ? Backoff.listedSeconds(d.http().retryDelays()) : DOUBLING;
        long delay = permanent ? -1 : backoff.retryDelay(attempts, d.maxRetries(), job.firstAt(), d.maxAgeSeconds() * 1000L, clock.millis());
        if (delay >= 0) {
            LOG.info("delivery to " + d.destination() + " failed (attempt " + attempts + "), retrying in " + delay + " ms: " + failure.getMessage());
            return new Outcome.RetryAfter(delay, String.valueOf(failure.getMessage()));
        }
        LOG.info("delivery to " + d.destination() + " failed for good after " + attempts + " attempt(s): " + failure.getMessage());
        return new Outcome.Failed(code(failure), String.valueOf(failure.getMessage()), deadLetter(d, failure));
    }

    private static String code(RuntimeException failure) {
        return failure instanceof AwsException e ? e.code() : "InternalError";
    }

    /** The payload as the destination would have had it, with the delivery's attributes and what failed. */
    private static List<Jobs.Owed> deadLetter(Delivery d, RuntimeException failure) {
        String dlq = d.deadLetterArn();
        if (dlq == null || !"sqs".equals(service(dlq))) {
            LOG.warning("dropping a delivery to " + d.destination() + " after its retries: " + failure.getMessage());
            return List.of();
        }
        Map<String, Delivery.Attribute> attributes = new LinkedHashMap<>();
        if (d.deadLetterAttributes() != null) {
            d.deadLetterAttributes().forEach((k, v) -> attributes.put(k, Delivery.Attribute.string(v)));
        }
        attributes.put(ERROR_CODE, Delivery.Attribute.string(code(failure)));
        attributes.put("ERROR_MESSAGE", Delivery.Attribute.string(String.valueOf(failure.getMessage())));
        return List.of(owed(Delivery.once(d.caller(), d.source(), dlq, d.payload(), attributes, dlq.endsWith(".fifo") ? "dead-letter" : null)));
    }
}
