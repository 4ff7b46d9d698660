package dev.stratus.sqs;

import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.Tags;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.port.Metrics;
import dev.stratus.platform.port.Queues;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sqs.api.*;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Amazon SQS: every operation of the 2012-11-05 API, and the {@link Queues} port, each handed to
 * the class that does it: {@link QueueAdministration} for the queues, {@link MessageSending},
 * {@link MessageReceiving} and {@link InFlightMessages} for messages, {@link MessageMoveTasks}
 * for redriving dead letters.
 */
public final class SqsService implements SqsApi, Queues {
    static final String SWEEP_TIMER = "sqs.sweep";
    private static final long SWEEP_INTERVAL_MS = 60_000;

    private final Clock clock;
    private final SqsRepository repo = new SqsRepository();
    private final QueueRegistry queues;
    private final QueueWaiters waiters;
    private final QueueAdministration admin;
    private final MessageSending sending;
    private final MessageReceiving receiving;
    private final InFlightMessages inFlight;
    private final MessageMoveTasks moveTasks;

    public SqsService(Store store, Clock clock, Timers timers, Jobs jobs, Metrics metrics) {
        this.clock = clock;
        Tags.migrate(store);
        store.migrate("sqs", SqsRepository.MIGRATIONS);
        // Tells this node's announcements from other nodes' (in tests, several nodes share a process).
        String node = dev.stratus.protocol.Ids.uuid();
        this.waiters = new QueueWaiters(store, node);
        this.queues = new QueueRegistry(store, repo, waiters::forget);
        SqsMetrics published = new SqsMetrics(metrics, clock, repo, queues);
        this.admin = new QueueAdministration(store, clock, repo, queues, waiters);
        this.sending = new MessageSending(store, clock, repo, queues, waiters, published);
        this.receiving = new MessageReceiving(store, clock, repo, queues, waiters, published);
        this.inFlight = new InFlightMessages(store, clock, repo, queues, waiters, published);
        this.moveTasks = new MessageMoveTasks(store, clock, timers, repo, queues, waiters);
        timers.on(SWEEP_TIMER, (tx, payload) -> {
            sweep(tx);
            timers.schedule(tx, SWEEP_TIMER, clock.millis() + SWEEP_INTERVAL_MS, "");
        });
        timers.ensure(SWEEP_TIMER, clock.millis() + SWEEP_INTERVAL_MS, "");
        jobs.register("sqs", "sqs:SendMessage", sending::deliver);
    }

    /**
     * The clock jumped (a test's manual clock): long polls look again at once, as messages whose
     * delay or visibility timeout ran out meanwhile are now visible.
     */
    public void clockMoved() {
        waiters.signalAll();
    }

    /** Stops the threads that announce changes to other nodes and hear theirs. */
    public void stop() {
        waiters.close();
        queues.close();
    }

    /** Deletes expired messages queue by queue (each by its own retention) and old dedup records. */
    private void sweep(Tx tx) throws SQLException {
        long now = clock.millis();
        repo.deleteExpiredRecords(tx, now);
        for (Queue q : queues.all()) {
            repo.deleteExpiredMessages(tx, q.id(), q.retainedSince(now));
        }
    }

    // Queues

    @Override
    public CreateQueueResult createQueue(RequestContext ctx, CreateQueueRequest in) {
        return admin.createQueue(ctx, in);
    }

    @Override
    public void deleteQueue(RequestContext ctx, DeleteQueueRequest in) {
        admin.deleteQueue(ctx, in);
    }

    @Override
    public GetQueueUrlResult getQueueUrl(RequestContext ctx, GetQueueUrlRequest in) {
        return admin.getQueueUrl(ctx, in);
    }

    @Override
    public ListQueuesResult listQueues(RequestContext ctx, ListQueuesRequest in) {
        return admin.listQueues(ctx, in);
    }

    @Override
    public GetQueueAttributesResult getQueueAttributes(RequestContext ctx, GetQueueAttributesRequest in) {
        return admin.getQueueAttributes(ctx, in);
    }

    @Override
    public void setQueueAttributes(RequestContext ctx, SetQueueAttributesRequest in) {
        admin.setQueueAttributes(ctx, in);
    }

    @Override
    public void purgeQueue(RequestContext ctx, PurgeQueueRequest in) {
        admin.purgeQueue(ctx, in);
    }

    @Override
    public ListDeadLetterSourceQueuesResult listDeadLetterSourceQueues(RequestContext ctx, ListDeadLetterSourceQueuesRequest in) {
        return admin.listDeadLetterSourceQueues(ctx, in);
    }

    // Tags and permissions

    @Override
    public void tagQueue(RequestContext ctx, TagQueueRequest in) {
        admin.tagQueue(ctx, in);
    }

    @Override
    public void untagQueue(RequestContext ctx, UntagQueueRequest in) {
        admin.untagQueue(ctx, in);
    }

    @Override
    public ListQueueTagsResult listQueueTags(RequestContext ctx, ListQueueTagsRequest in) {
        return admin.listQueueTags(ctx, in);
    }

    @Override
    public void addPermission(RequestContext ctx, AddPermissionRequest in) {
        admin.addPermission(ctx, in);
    }

    @Override
    public void removePermission(RequestContext ctx, RemovePermissionRequest in) {
        admin.removePermission(ctx, in);
    }

    /**
     * The queue policy of the queue with this ARN (its Policy attribute), if it has one: read from
     * the queues kept in memory, as it is asked on every delivery to the queue.
     */
    public Optional<PolicyDocument> policy(String arn) {
        Queue q = queues.byArn(arn);
        String policy = q == null ? null : q.attributes().get("Policy");
        return policy == null || policy.isEmpty() ? Optional.empty() : Optional.of(PolicyDocument.stored(policy));
    }

    // Sending

    @Override
    public SendMessageResult sendMessage(RequestContext ctx, SendMessageRequest in) {
        return sending.sendMessage(ctx, in);
    }

    @Override
    public SendMessageBatchResult sendMessageBatch(RequestContext ctx, SendMessageBatchRequest in) {
        return sending.sendMessageBatch(ctx, in);
    }

    // Receiving

    @Override
    public ReceiveMessageResult receiveMessage(RequestContext ctx, ReceiveMessageRequest in) {
        return receiving.receiveMessage(ctx, in);
    }

    // Deleting and changing visibility

    @Override
    public void deleteMessage(RequestContext ctx, DeleteMessageRequest in) {
        inFlight.deleteMessage(ctx, in);
    }

    @Override
    public DeleteMessageBatchResult deleteMessageBatch(RequestContext ctx, DeleteMessageBatchRequest in) {
        return inFlight.deleteMessageBatch(ctx, in);
    }

    @Override
    public void changeMessageVisibility(RequestContext ctx, ChangeMessageVisibilityRequest in) {
        inFlight.changeMessageVisibility(ctx, in);
    }

    @Override
    public ChangeMessageVisibilityBatchResult changeMessageVisibilityBatch(RequestContext ctx, ChangeMessageVisibilityBatchRequest in) {
        return inFlight.changeMessageVisibilityBatch(ctx, in);
    }

    // Message move tasks

    @Override
    public StartMessageMoveTaskResult startMessageMoveTask(RequestContext ctx, StartMessageMoveTaskRequest in) {
        return new StartMessageMoveTaskResult(moveTasks.start(ctx, in.sourceArn(), in.destinationArn(), in.maxNumberOfMessagesPerSecond()));
    }

    @Override
    public CancelMessageMoveTaskResult cancelMessageMoveTask(RequestContext ctx, CancelMessageMoveTaskRequest in) {
        return new CancelMessageMoveTaskResult(moveTasks.cancel(ctx, in.taskHandle()));
    }

    @Override
    public ListMessageMoveTasksResult listMessageMoveTasks(RequestContext ctx, ListMessageMoveTasksRequest in) {
        return new ListMessageMoveTasksResult(moveTasks.list(ctx, in.sourceArn(), in.maxResults()));
    }

    // The Queues port, for other services

    @Override
    public List<Queues.ReceivedMessage> receive(Principal caller, String queueArn, int max, int waitSeconds) {
        return receiving.receive(caller, queueArn, max, waitSeconds);
    }

    @Override
    public void delete(Principal caller, String queueArn, List<String> receiptHandles) {
        inFlight.delete(caller, queueArn, receiptHandles);
    }

    @Override
    public Integer visibilityTimeout(String queueArn) {
        return receiving.visibilityTimeout(queueArn);
    }
}
