package dev.stratus.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.lambda.api.CreateEventSourceMappingRequest;
import dev.stratus.lambda.api.EventSourceMappingConfiguration;
import dev.stratus.lambda.api.FilterCriteria;
import dev.stratus.lambda.api.ListEventSourceMappingsResponse;
import dev.stratus.lambda.api.ScalingConfig;
import dev.stratus.lambda.api.UpdateEventSourceMappingRequest;
import dev.stratus.platform.Arn;
import dev.stratus.platform.Changes;
import dev.stratus.platform.port.Queues;
import dev.stratus.platform.Paging;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.Ids;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.runtime.InvocationResult;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.event.ruler.Machine;

/**
 * Event source mappings from SQS queues: pollers receive batches, filter them, invoke the function
 * synchronously with AWS's SQS event, and delete what was processed — all of a successful batch, or
 * all but the reported failures with ReportBatchItemFailures. A failed batch is left to the queue:
 * its messages come back after their visibility timeout and reach the queue's dead-letter queue
 * through its redrive policy, as in AWS. Messages that no filter matches are deleted.
 * <p>
 * Every node sharing the store polls every enabled mapping (as AWS runs several pollers per
 * queue): a mapping created, changed or deleted through any node starts, restarts or stops the
 * pollers of each node once the change commits ({@link Changes}), one change at a time and each
 * from the mapping as it then is, so the last one leaves what was written last.
 */
final class EventSourceMappings implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EventSourceMappings.class.getName());
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE lambda_esm (
              uuid TEXT PRIMARY KEY,
              account TEXT NOT NULL,
              region TEXT NOT NULL,
              function_name TEXT NOT NULL,
              config TEXT NOT NULL)
            """);
    /** AWS starts five pollers for a queue and scales up from there; here five, or the mapping's MaximumConcurrency if lower. */
    private static final int POLLERS = 5;
    private static final int DEFAULT_BATCH = 10;
    private static final int MAX_BATCH = 10_000;
    private static final int MAX_WINDOW = 300;
    /** How long one receive waits for messages: short, so a stopped poller notices soon. */
    private static final int POLL_WAIT_SECONDS = 1;

    private final Store store;
    private final Clock clock;
    private final Invoker invoker;
    private final Queues sqs;
    /** The running pollers of each mapping, and the flag that tells them to stop. */
    private record Pollers(List<Thread> threads, AtomicBoolean active) {
    }

    private final Map<String, Pollers> pollers = new ConcurrentHashMap<>();
    /** Every poller thread still running, stopped mappings' included, for close to wait on. */
    private final java.util.Set<Thread> live = ConcurrentHashMap.newKeySet();
    private volatile boolean running;
    /** Follows changes to mappings, by any node, one at a time. */
    private final ExecutorService following = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("esm-changes").factory());
    private final Changes changes;

    EventSourceMappings(Store store, Clock clock, Invoker invoker, Queues sqs) {
        this.store = store;
        this.clock = clock;
        this.invoker = invoker;
        this.sqs = sqs;
        store.migrate("lambda-esm", MIGRATIONS);
        this.changes = new Changes(store, "lambda.esm", new Changes.Follower() {
            @Override
            public void changed(String uuid) {
                follow(() -> repoll(uuid));
            }

            @Override
            public void changedAll() {
                follow(EventSourceMappings.this::repollAll);
            }
        });
    }

    /** Starts the pollers of every enabled mapping; once Stratus answers, since functions are told where it is. */
    void start() {
        running = true;
        try {
            following.submit(this::repollAll).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot start the event source mappings' pollers", e.getCause());
        }
    }

    private void follow(Runnable change) {
        try {
            following.execute(() -> {
                try {
                    change.run();
                } catch (RuntimeException e) {
                    // The store could not be read: this node polls the mapping again at its next change; the other nodes still do.
                    LOG.log(Level.WARNING, "could not follow a change to event source mappings", e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // Stratus is stopping: no poller starts again.
        }
    }

    /** The mapping changed: its pollers stop, and start again from it as it is now if it is there and enabled. */
    private void repoll(String uuid) {
        if (!running) {
            return;
        }
        stop(uuid);
        EventSourceMappingConfiguration m = store.read(tx -> {
            PreparedStatement ps = tx.sql("SELECT config FROM lambda_esm WHERE uuid = ?");
            Tx.bind(ps, uuid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Json.parse(rs.getString(1), EventSourceMappingConfiguration.class) : null;
            }
        });
        if (m != null) {
            poll(m);
        }
    }

    private void repollAll() {
        if (!running) {
            return;
        }
        List.copyOf(pollers.keySet()).forEach(this::stop);
        store.read(tx -> all(tx, null, null, null)).forEach(this::poll);
    }

    // Operations

    EventSourceMappingConfiguration create(RequestContext ctx, CreateEventSourceMappingRequest in) {
        FunctionRef ref = FunctionRef.parse(ctx, in.functionName(), null);
        String queue = in.eventSourceArn();
        if (!Arn.isOf(queue, "sqs")) {
            throw FunctionRules.invalid("Stratus maps SQS queues to functions; other event sources are not served yet: " + queue);
        }
        int batch = in.batchSize() == null ? DEFAULT_BATCH : in.batchSize();
        int window = in.maximumBatchingWindowInSeconds() == null ? 0 : in.maximumBatchingWindowInSeconds();
        checkBatching(batch, window);
        Machine filter = filter(in.filterCriteria());
        Invoker.Target target = invoker.target(ref);
        Integer visibility = sqs.visibilityTimeout(queue);
        if (visibility == null) {
            throw FunctionRules.invalid("Error occurred while ReceiveMessage. SQSError: The specified queue does not exist: " + queue);
        }
        if (visibility < target.config().timeout()) {
            throw FunctionRules.invalid("Queue visibility timeout: " + visibility + " seconds is less than Function timeout: "
                    + target.config().timeout() + " seconds");
        }
        String uuid = Ids.uuid();
        boolean enabled = in.enabled() == null || in.enabled();
        EventSourceMappingConfiguration m = configuration(uuid, ctx, ref, queue, batch, window, in.filterCriteria(), in.functionResponseTypes(),
                in.scalingConfig(), enabled ? "Enabled" : "Disabled");
        store.write(tx -> {
            for (EventSourceMappingConfiguration other : all(tx, ctx, queue, null)) {
                if (other.functionArn().equals(m.functionArn())) {
                    throw new AwsException("ResourceConflictException", "An event source mapping with SQS arn (\" " + queue + " \") and function (\" "
                            + ref.key().name() + " \") already exists. Please update or delete the existing mapping with UUID " + other.uuid());
                }
            }
            tx.update("INSERT INTO lambda_esm (uuid, account, region, function_name, config) VALUES (?, ?, ?, ?, ?)",
                    uuid, ctx.accountId(), ctx.region(), ref.key().name(), Json.string(m));
            changes.changed(tx, uuid);
            return null;
        });
        return with(m, "Creating");
    }

    EventSourceMappingConfiguration get(RequestContext ctx, String uuid) {
        return store.read(tx -> mapping(tx, ctx, uuid));
    }

    EventSourceMappingConfiguration update(RequestContext ctx, UpdateEventSourceMappingRequest in) {
        EventSourceMappingConfiguration updated = store.write(tx -> {
            EventSourceMappingConfiguration m = mapping(tx, ctx, in.uuid());
            String functionArn = m.functionArn();
            if (in.functionName() != null) {
                FunctionRef ref = FunctionRef.parse(ctx, in.functionName(), null);
                invoker.target(ref);
                functionArn = ref.invokedArn();
            }
            int batch = in.batchSize() != null ? in.batchSize() : m.batchSize();
            int window = in.maximumBatchingWindowInSeconds() != null ? in.maximumBatchingWindowInSeconds() : m.maximumBatchingWindowInSeconds();
            checkBatching(batch, window);
            if (in.filterCriteria() != null) {
                filter(in.filterCriteria());
            }
            String state = in.enabled() == null ? m.state() : in.enabled() ? "Enabled" : "Disabled";
            EventSourceMappingConfiguration u = new EventSourceMappingConfiguration(m.uuid(), null, null, batch, window, null, m.eventSourceArn(),
                    in.filterCriteria() != null ? emptyToNull(in.filterCriteria()) : m.filterCriteria(), functionArn, Instant.ofEpochMilli(clock.millis()),
                    m.lastProcessingResult(), state, "USER_INITIATED", null, null, null, null, null, null, null, null, null,
                    in.functionResponseTypes() != null ? in.functionResponseTypes() : m.functionResponseTypes(), null, null,
                    in.scalingConfig() != null ? in.scalingConfig() : m.scalingConfig(), null, null, null, m.eventSourceMappingArn(), null, null, null);
            tx.update("UPDATE lambda_esm SET config = ?, function_name = ? WHERE uuid = ?", Json.string(u),
                    FunctionRef.parse(ctx, u.functionArn(), null).key().name(), m.uuid());
            changes.changed(tx, m.uuid());
            return u;
        });
        return with(updated, "Updating");
    }

    EventSourceMappingConfiguration delete(RequestContext ctx, String uuid) {
        EventSourceMappingConfiguration m = store.write(tx -> {
            EventSourceMappingConfiguration found = mapping(tx, ctx, uuid);
            tx.update("DELETE FROM lambda_esm WHERE uuid = ?", uuid);
            changes.changed(tx, uuid);
            return found;
        });
        return with(m, "Deleting");
    }

    ListEventSourceMappingsResponse list(RequestContext ctx, String queueArn, String functionName, String marker, Integer maxItems) {
        String functionArn = functionName == null ? null : FunctionRef.parse(ctx, functionName, null).invokedArn();
        List<EventSourceMappingConfiguration> all = store.read(tx -> all(tx, ctx, queueArn, functionArn));
        Paging.Page<EventSourceMappingConfiguration> page = FunctionRules.page(all, marker, maxItems, 100, "ListEventSourceMappings",
                ctx.accountId(), ctx.region(), queueArn, functionArn);
        return new ListEventSourceMappingsResponse(page.nextToken(), page.items());
    }

    private static void checkBatching(int batch, int window) {
        if (batch < 1 || batch > MAX_BATCH) {
            throw FunctionRules.invalid("BatchSize must be between 1 and " + MAX_BATCH + " for SQS queues.");
        }
        if (window < 0 || window > MAX_WINDOW) {
            throw FunctionRules.invalid("MaximumBatchingWindowInSeconds must be between 0 and " + MAX_WINDOW + ".");
        }
        if (batch > 10 && window < 1) {
            throw FunctionRules.invalid("Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10");
        }
    }

    /** The mapping's filters as one matcher; null when it has none. */
    private static Machine filter(FilterCriteria criteria) {
        if (criteria == null || criteria.filters() == null || criteria.filters().isEmpty()) {
            return null;
        }
        Machine machine = new Machine();
        int i = 0;
        for (var f : criteria.filters()) {
            try {
                machine.addRule("filter-" + i++, f.pattern());
            } catch (Exception invalid) {
                throw FunctionRules.invalid("Invalid filter pattern definition.");
            }
        }
        return machine;
    }

    private static FilterCriteria emptyToNull(FilterCriteria c) {
        return c.filters() == null || c.filters().isEmpty() ? null : c;
    }

    private EventSourceMappingConfiguration configuration(String uuid, RequestContext ctx, FunctionRef ref, String queue, int batch, int window,
                                                          FilterCriteria filters, List<String> responseTypes, ScalingConfig scaling, String state) {
        return new EventSourceMappingConfiguration(uuid, null, null, batch, window, null, queue, filters == null ? null : emptyToNull(filters),
                ref.invokedArn(), Instant.ofEpochMilli(clock.millis()), null, state, "USER_INITIATED", null, null, null, null, null, null, null,
                null, null, responseTypes, null, null, scaling, null, null, null,
                Arn.of("lambda", ctx.region(), ctx.accountId(), "event-source-mapping:" + uuid).toString(), null, null, null);
    }

    private static EventSourceMappingConfiguration with(EventSourceMappingConfiguration m, String state) {
        ObjectNode tree = (ObjectNode) Json.tree(m);
        tree.put("State", state);
        return Json.read(tree, EventSourceMappingConfiguration.class);
    }

    private static EventSourceMappingConfiguration mapping(Tx tx, RequestContext ctx, String uuid) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT config FROM lambda_esm WHERE uuid = ? AND account = ? AND region = ?");
        Tx.bind(ps, uuid, ctx.accountId(), ctx.region());
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new AwsException("ResourceNotFoundException", "The resource you requested does not exist.");
            }
            return Json.parse(rs.getString(1), EventSourceMappingConfiguration.class);
        }
    }

    /** Mappings in an account and region (every one when ctx is null), by queue and function when given. */
    private static List<EventSourceMappingConfiguration> all(Tx tx, RequestContext ctx, String queueArn, String functionArn) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT config, account, region FROM lambda_esm ORDER BY uuid");
        List<EventSourceMappingConfiguration> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                EventSourceMappingConfiguration m = Json.parse(rs.getString(1), EventSourceMappingConfiguration.class);
                boolean here = ctx == null || (rs.getString(2).equals(ctx.accountId()) && rs.getString(3).equals(ctx.region()));
                if (here && (queueArn == null || queueArn.equals(m.eventSourceArn())) && (functionArn == null || functionArn.equals(m.functionArn()))) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    // Polling

    private void poll(EventSourceMappingConfiguration m) {
        if (!running || !"Enabled".equals(m.state())) {
            return;
        }
        int n = m.scalingConfig() != null && m.scalingConfig().maximumConcurrency() != null
                ? Math.min(POLLERS, m.scalingConfig().maximumConcurrency()) : POLLERS;
        AtomicBoolean active = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            threads.add(Thread.ofVirtual().name("esm-" + m.uuid() + "-" + i).start(() -> {
                live.add(Thread.currentThread());
                try {
                    pollLoop(m, active);
                } finally {
                    live.remove(Thread.currentThread());
                }
            }));
        }
        Pollers replaced = pollers.put(m.uuid(), new Pollers(threads, active));
        if (replaced != null) {
            replaced.active().set(false);
        }
    }

    /**
     * Stops a mapping's pollers at their next look at the queue, within a poll's wait. They are not
     * interrupted: an interrupt landing inside a store call would break the connection's statement.
     */
    private void stop(String uuid) {
        Pollers p = pollers.remove(uuid);
        if (p != null) {
            p.active().set(false);
        }
    }

    private void pollLoop(EventSourceMappingConfiguration m, AtomicBoolean active) {
        Machine filter = filter(m.filterCriteria());
        FunctionRef ref = FunctionRef.parse(new RequestContext(null, null, null, null, null, null, null, null), m.functionArn(), null);
        boolean reportFailures = m.functionResponseTypes() != null && m.functionResponseTypes().contains("ReportBatchItemFailures");
        while (running && active.get()) {
            try {
                Principal role = invoker.target(ref).executionRole();
                List<Queues.ReceivedMessage> batch = receive(m, role);
                if (batch.isEmpty() || !active.get()) {
                    // Stopped meanwhile: what was received goes back to the queue when its visibility timeout ends.
                    continue;
                }
                List<ObjectNode> records = new ArrayList<>();
                List<String> unmatched = new ArrayList<>();
                for (Queues.ReceivedMessage msg : batch) {
                    ObjectNode record = record(msg, m.eventSourceArn());
                    if (filter == null || !filter.rulesForJSONEvent(Json.string(forFiltering(record))).isEmpty()) {
                        records.add(record);
                    } else {
                        unmatched.add(msg.receiptHandle());
                    }
                }
                sqs.delete(role, m.eventSourceArn(), unmatched);
                if (!records.isEmpty()) {
                    process(ref, m, records, reportFailures);
                }
            } catch (AwsException | IllegalStateException e) {
                // The queue or function is gone, the function is throttled, or Stratus is stopping: wait and look again.
                if (!sleep(1000)) {
                    return;
                }
            } catch (Exception e) {
                LOG.log(Level.WARNING, "event source mapping " + m.uuid() + " failed a batch", e);
                if (!sleep(1000)) {
                    return;
                }
            }
        }
    }

    /** A batch: up to BatchSize messages, gathered for at most the batching window (a single short long poll without one). */
    private List<Queues.ReceivedMessage> receive(EventSourceMappingConfiguration m, Principal role) {
        int window = m.maximumBatchingWindowInSeconds() == null ? 0 : m.maximumBatchingWindowInSeconds();
        long until = System.nanoTime() + window * 1_000_000_000L;
        List<Queues.ReceivedMessage> batch = new ArrayList<>();
        do {
            long left = Math.max(0, (until - System.nanoTime()) / 1_000_000_000L);
            int wait = window == 0 ? POLL_WAIT_SECONDS : (int) Math.min(POLL_WAIT_SECONDS, left);
            batch.addAll(sqs.receive(role, m.eventSourceArn(), Math.min(10, m.batchSize() - batch.size()), wait));
            if (window == 0) {
                break;
            }
        } while (batch.size() < m.batchSize() && System.nanoTime() < until);
        return batch;
    }

    private void process(FunctionRef ref, EventSourceMappingConfiguration m, List<ObjectNode> records, boolean reportFailures) throws Exception {
        ObjectNode event = Json.MAPPER.createObjectNode();
        ArrayNode array = event.putArray("Records");
        records.forEach(array::add);
        Invoker.Target target = invoker.target(ref);
        InvocationResult result = invoker.run(target, Ids.uuid(), Json.bytes(event), ref.invokedArn(), null, true);
        Principal role = target.executionRole();
        if (result.failed()) {
            return;
        }
        Set<String> failed = reportFailures ? failures(result.payload(), records) : Set.of();
        if (failed == null) {
            return;
        }
        List<String> done = new ArrayList<>();
        for (ObjectNode r : records) {
            if (!failed.contains(r.get("messageId").asText())) {
                done.add(r.get("receiptHandle").asText());
            }
        }
        sqs.delete(role, m.eventSourceArn(), done);
    }

    /**
     * The message ids a function reported as failed ({@code batchItemFailures[].itemIdentifier});
     * null — the whole batch failed — when the answer names an id that is not in the batch or is malformed.
     */
    static Set<String> failures(byte[] payload, List<ObjectNode> records) {
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(r.get("messageId").asText()));
        try {
            JsonNode answer = Json.MAPPER.readTree(payload);
            if (answer == null || !answer.isObject() || !answer.has("batchItemFailures") || answer.get("batchItemFailures").isNull()) {
                return Set.of();
            }
            Set<String> failed = new HashSet<>();
            for (JsonNode f : answer.get("batchItemFailures")) {
                JsonNode id = f.get("itemIdentifier");
                if (id == null || !id.isTextual() || !ids.contains(id.asText())) {
                    return null;
                }
                failed.add(id.asText());
            }
            return failed;
        } catch (java.io.IOException notJson) {
            return Set.of();
        }
    }

    /** A message as AWS's SQS event carries it. */
    private static ObjectNode record(Queues.ReceivedMessage m, String queueArn) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("messageId", m.messageId());
        r.put("receiptHandle", m.receiptHandle());
        r.put("body", m.body());
        ObjectNode attributes = r.putObject("attributes");
        if (m.attributes() != null) {
            for (String name : List.of("ApproximateReceiveCount", "SentTimestamp", "SequenceNumber", "MessageGroupId", "SenderId",
                    "MessageDeduplicationId", "ApproximateFirstReceiveTimestamp", "AWSTraceHeader")) {
                if (m.attributes().get(name) != null) {
                    attributes.put(name, m.attributes().get(name));
                }
            }
        }
        ObjectNode messageAttributes = r.putObject("messageAttributes");
        if (m.messageAttributes() != null) {
            m.messageAttributes().forEach((name, v) -> messageAttributes.set(name, attribute(v)));
        }
        r.put("md5OfBody", m.md5OfBody());
        if (m.md5OfMessageAttributes() != null) {
            r.put("md5OfMessageAttributes", m.md5OfMessageAttributes());
        }
        r.put("eventSource", "aws:sqs");
        r.put("eventSourceARN", queueArn);
        r.put("awsRegion", Arn.parse(queueArn).orElseThrow().region());
        return r;
    }

    private static ObjectNode attribute(Queues.MessageAttribute v) {
        ObjectNode a = Json.MAPPER.createObjectNode();
        if (v.stringValue() != null) {
            a.put("stringValue", v.stringValue());
        }
        if (v.binaryValue() != null) {
            a.put("binaryValue", Base64.getEncoder().encodeToString(v.binaryValue()));
        }
        a.putArray("stringListValues");
        a.putArray("binaryListValues");
        a.put("dataType", v.dataType());
        return a;
    }

    /** Filters see a JSON body as JSON, as AWS's do; any other body as its text. */
    private static ObjectNode forFiltering(ObjectNode record) {
        ObjectNode copy = record.deepCopy();
        try {
            JsonNode body = Json.MAPPER.readTree(record.get("body").asText());
            if (body != null && body.isObject()) {
                copy.set("body", body);
            }
        } catch (java.io.IOException notJson) {
            // A plain-text body is matched as a string.
        }
        return copy;
    }

    private static boolean sleep(long ms) {
        try {
            Thread.sleep(ms);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** Stops every poller and waits for them (a poll's wait, at most) so none touches the store after Stratus closes it. */
    @Override
    public void close() {
        running = false;
        following.shutdown();
        pollers.keySet().forEach(this::stop);
        for (Thread t : List.copyOf(live)) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(POLL_WAIT_SECONDS + 2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
