package dev.stratus.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sqs.api.ListMessageMoveTasksResultEntry;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * StartMessageMoveTask and friends. A task moves, one step a second on the durable timer, up
 * to its rate of the messages its dead-letter queue held when it started, each to the
 * destination or, without one, back to the queue it was dead-lettered from.
 */
final class MessageMoveTasks {
    static final String STEP_TIMER = "sqs.move";
    private static final int DEFAULT_RATE = 500;

    private final Store store;
    private final Clock clock;
    private final Timers timers;
    private final SqsRepository repo;
    private final QueueRegistry queues;
    private final QueueWaiters waiters;

    MessageMoveTasks(Store store, Clock clock, Timers timers, SqsRepository repo, QueueRegistry queues, QueueWaiters waiters) {
        this.store = store;
        this.clock = clock;
        this.timers = timers;
        this.repo = repo;
        this.queues = queues;
        this.waiters = waiters;
        timers.on(STEP_TIMER, this::step);
    }

    String start(RequestContext ctx, String sourceArn, String destinationArn, Integer rate) {
        Queue source = ownQueue(ctx, sourceArn, "SourceArn");
        if (queues.inRegion(source.account(), source.region()).noneMatch(q -> {
            RedrivePolicy p = RedrivePolicy.of(q);
            return p != null && p.deadLetterTargetArn().equals(sourceArn);
        })) {
            throw AwsException.invalidParameterValue("Source queue must be configured as a Dead Letter Queue.");
        }
        if (destinationArn != null) {
            ownQueue(ctx, destinationArn, "DestinationArn");
        }
        if (rate != null && (rate < 1 || rate > 500)) {
            throw AwsException.invalidParameterValue("Value " + rate + " for parameter MaxNumberOfMessagesPerSecond is invalid. "
                    + "Reason: Must be between 1 and 500.");
        }
        long now = clock.millis();
        MoveTask task = store.write(tx -> {
            for (MoveTask t : repo.moveTasks(tx, sourceArn, 1)) {
                if ("RUNNING".equals(t.status())) {
                    throw new AwsException("UnsupportedOperation", "There is already a task running. Only one active task is allowed "
                            + "for each source queue arn at a given time.");
                }
            }
            long toMove = repo.counts(tx, source.id(), now, source.retainedSince(now))[0];
            MoveTask t = new MoveTask(Ids.uuid(), sourceArn, destinationArn, rate, "RUNNING", toMove, 0, null, now);
            repo.insertMoveTask(tx, t);
            timers.schedule(tx, STEP_TIMER, now, t.id());
            return t;
        });
        timers.wake();
        return handle(task);
    }

    long cancel(RequestContext ctx, String taskHandle) {
        String id = taskId(taskHandle);
        return store.write(tx -> {
            MoveTask t = repo.moveTask(tx, id);
            if (t == null) {
                throw new AwsException("ResourceNotFoundException", "The resource that you specified for the TaskHandle parameter doesn't exist.");
            }
            if (!"RUNNING".equals(t.status())) {
                throw new AwsException("UnsupportedOperation", "Only active tasks can be cancelled.");
            }
            repo.updateMoveTask(tx, id, "CANCELLED", t.moved(), null);
            return t.moved();
        });
    }

    List<ListMessageMoveTasksResultEntry> list(RequestContext ctx, String sourceArn, Integer maxResults) {
        ownQueue(ctx, sourceArn, "SourceArn");
        int limit = maxResults == null ? 1 : maxResults;
        if (limit < 1 || limit > 10) {
            throw AwsException.invalidParameterValue("Value " + limit + " for parameter MaxResults is invalid. Reason: Must be between 1 and 10.");
        }
        List<ListMessageMoveTasksResultEntry> out = new ArrayList<>();
        for (MoveTask t : store.read(tx -> repo.moveTasks(tx, sourceArn, limit))) {
            out.add(new ListMessageMoveTasksResultEntry("RUNNING".equals(t.status()) ? handle(t) : null, t.status(), t.sourceArn(),
                    t.destinationArn(), t.maxPerSecond(), t.moved(), t.toMove(), t.failureReason(), t.startedAt()));
        }
        return out;
    }

    /**
     * One second's worth of moving, inside the timer's transaction: the next step is scheduled
     * in it too, so a crash neither loses nor doubles the task's chain. Receivers of the queues
     * the messages went to are woken at once; on the embedded store they wait for the commit.
     */
    private void step(Tx tx, String taskId) throws SQLException {
        MoveTask t = repo.moveTask(tx, taskId);
        if (t == null || !"RUNNING".equals(t.status())) {
            return;
        }
        Queue source = queues.byArn(t.sourceArn());
        Queue fixed = t.destinationArn() == null ? null : queues.byArn(t.destinationArn());
        if (source == null || (t.destinationArn() != null && fixed == null)) {
            repo.updateMoveTask(tx, taskId, "FAILED", t.moved(), "AWS.SimpleQueueService.NonExistentQueue");
            return;
        }
        long now = clock.millis();
        int batch = (int) Math.min(t.maxPerSecond() == null ? DEFAULT_RATE : t.maxPerSecond(), t.toMove() - t.moved());
        long moved = t.moved();
        Set<Long> touched = new HashSet<>();
        for (StoredMessage m : batch <= 0 ? List.<StoredMessage>of() : repo.oldest(tx, source.id(), now, source.retainedSince(now), batch)) {
            Queue target = fixed != null ? fixed : queues.byArn(m.deadLetterSourceArn());
            if (target == null) {
                repo.updateMoveTask(tx, taskId, "FAILED", moved, "The message has no source queue to return to; give a DestinationArn.");
                return;
            }
            repo.redriveTo(tx, m.seq(), target.id(), now);
            touched.add(target.id());
            moved++;
        }
        boolean done = moved >= t.toMove() || repo.counts(tx, source.id(), now, source.retainedSince(now))[0] == 0;
        repo.updateMoveTask(tx, taskId, done ? "COMPLETED" : "RUNNING", moved, null);
        if (!done) {
            timers.schedule(tx, STEP_TIMER, now + 1000, taskId);
        }
        touched.forEach(waiters::signal);
    }

    private Queue ownQueue(RequestContext ctx, String arn, String parameter) {
        Queue q = queues.byArn(arn);
        if (q == null || !q.account().equals(ctx.accountId())) {
            throw new AwsException("ResourceNotFoundException", "The resource that you specified for the " + parameter + " parameter doesn't exist.");
        }
        return q;
    }

    private static String handle(MoveTask t) {
        String json = "{\"taskId\":\"" + t.id() + "\",\"sourceArn\":\"" + t.sourceArn() + "\"}";
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String taskId(String handle) {
        try {
            JsonNode n = Json.MAPPER.readTree(Base64.getDecoder().decode(handle));
            if (n != null && n.path("taskId").isTextual()) {
                return n.get("taskId").asText();
            }
        } catch (IllegalArgumentException | java.io.IOException e) {
            // reported below
        }
        throw AwsException.invalidParameterValue("Value for parameter TaskHandle is invalid.");
    }
}
