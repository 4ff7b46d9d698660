package dev.stratus.sqs;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sqs.api.BatchResultErrorEntry;
import dev.stratus.sqs.api.ChangeMessageVisibilityBatchRequest;
import dev.stratus.sqs.api.ChangeMessageVisibilityBatchRequestEntry;
import dev.stratus.sqs.api.ChangeMessageVisibilityBatchResult;
import dev.stratus.sqs.api.ChangeMessageVisibilityBatchResultEntry;
import dev.stratus.sqs.api.ChangeMessageVisibilityRequest;
import dev.stratus.sqs.api.DeleteMessageBatchRequest;
import dev.stratus.sqs.api.DeleteMessageBatchRequestEntry;
import dev.stratus.sqs.api.DeleteMessageBatchResult;
import dev.stratus.sqs.api.DeleteMessageBatchResultEntry;
import dev.stratus.sqs.api.DeleteMessageRequest;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a receiver does with the messages it holds by their receipt handles: DeleteMessage,
 * ChangeMessageVisibility and their batches, and deleting for other services through the port.
 * Each is a {@link Store#claim}: it changes only the rows its receipt handles name, and only
 * while they still hold those handles, so receivers on any node finish messages side by side.
 */
final class InFlightMessages {
    private static final long MAX_VISIBILITY_MS = 43_200 * 1000L;

    private final Store store;
    private final Clock clock;
    private final SqsRepository repo;
    private final QueueRegistry queues;
    private final QueueWaiters waiters;
    private final SqsMetrics metrics;

    InFlightMessages(Store store, Clock clock, SqsRepository repo, QueueRegistry queues, QueueWaiters waiters, SqsMetrics metrics) {
        this.metrics = metrics;
        this.store = store;
        this.clock = clock;
        this.repo = repo;
        this.queues = queues;
        this.waiters = waiters;
    }

    void deleteMessage(RequestContext ctx, DeleteMessageRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        ReceiptHandle r = ReceiptHandle.decode(in.receiptHandle(), q.id());
        store.claim(tx -> {
            delete(tx, q, r, in.receiptHandle());
            return null;
        });
        metrics.deleted(q, 1);
        if (q.fifo()) {
            waiters.signal(q.id()); // the next message of its group may be received now
        }
    }

    /**
     * Deletes the message a receipt handle was issued for, if that handle is still its latest.
     * A stale handle succeeds without deleting on standard queues (as AWS documents) and is
     * refused on FIFO queues once the visibility timeout has expired.
     */
    private void delete(Tx tx, Queue q, ReceiptHandle r, String handle) throws SQLException {
        if (q.fifo()) {
            StoredMessage m = repo.message(tx, r.seq());
            if (m != null && m.queueId() == q.id() && (!r.token().equals(m.receipt()) || m.visibleAt() <= clock.millis())) {
                throw AwsException.invalidParameterValue("Value " + handle + " for parameter ReceiptHandle is invalid. "
                        + "Reason: The receipt handle has expired.");
            }
        }
        repo.delete(tx, r.seq(), q.id(), r.token());
    }

    DeleteMessageBatchResult deleteMessageBatch(RequestContext ctx, DeleteMessageBatchRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        List<DeleteMessageBatchRequestEntry> entries = in.entries();
        Batches.check(entries == null ? List.of() : entries.stream().map(DeleteMessageBatchRequestEntry::id).toList(), "DeleteMessageBatchRequestEntry");
        // Built inside the transaction, which the PostgreSQL engine may run more than once.
        DeleteMessageBatchResult result = store.claim(tx -> {
            List<DeleteMessageBatchResultEntry> ok = new ArrayList<>();
            List<BatchResultErrorEntry> failed = new ArrayList<>();
            for (DeleteMessageBatchRequestEntry e : entries) {
                try {
                    delete(tx, q, ReceiptHandle.decode(e.receiptHandle(), q.id()), e.receiptHandle());
                    ok.add(new DeleteMessageBatchResultEntry(e.id()));
                } catch (AwsException x) {
                    failed.add(Batches.failure(e.id(), x));
                }
            }
            return new DeleteMessageBatchResult(ok, failed);
        });
        metrics.deleted(q, result.successful() == null ? 0 : result.successful().size());
        if (q.fifo()) {
            waiters.signal(q.id());
        }
        return result;
    }

    void changeMessageVisibility(RequestContext ctx, ChangeMessageVisibilityRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        ReceiptHandle r = ReceiptHandle.decode(in.receiptHandle(), q.id());
        store.claim(tx -> {
            changeVisibility(tx, q, r, in.visibilityTimeout());
            return null;
        });
        waiters.signal(q.id()); // a shorter timeout makes the message visible sooner than a waiting receiver expects
    }

    ChangeMessageVisibilityBatchResult changeMessageVisibilityBatch(RequestContext ctx, ChangeMessageVisibilityBatchRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        List<ChangeMessageVisibilityBatchRequestEntry> entries = in.entries();
        Batches.check(entries == null ? List.of() : entries.stream().map(ChangeMessageVisibilityBatchRequestEntry::id).toList(),
                "ChangeMessageVisibilityBatchRequestEntry");
        ChangeMessageVisibilityBatchResult result = store.claim(tx -> {
            List<ChangeMessageVisibilityBatchResultEntry> ok = new ArrayList<>();
            List<BatchResultErrorEntry> failed = new ArrayList<>();
            for (ChangeMessageVisibilityBatchRequestEntry e : entries) {
                try {
                    changeVisibility(tx, q, ReceiptHandle.decode(e.receiptHandle(), q.id()), e.visibilityTimeout() == null ? 0 : e.visibilityTimeout());
                    ok.add(new ChangeMessageVisibilityBatchResultEntry(e.id()));
                } catch (AwsException x) {
                    failed.add(Batches.failure(e.id(), x));
                }
            }
            return new ChangeMessageVisibilityBatchResult(ok, failed);
        });
        waiters.signal(q.id());
        return result;
    }

    private void changeVisibility(Tx tx, Queue q, ReceiptHandle r, int seconds) throws SQLException {
        if (seconds < 0 || seconds > 43_200) {
            throw AwsException.invalidParameterValue("Value " + seconds + " for parameter VisibilityTimeout is invalid. "
                    + "Reason: Must be between 0 and 43200, if provided.");
        }
        long now = clock.millis();
        StoredMessage m = repo.message(tx, r.seq());
        if (m == null || m.queueId() != q.id()) {
            throw AwsException.invalidParameterValue("Value " + r.encode() + " for parameter ReceiptHandle is invalid. "
                    + "Reason: Message does not exist or is not available for visibility timeout change.");
        }
        if (!r.token().equals(m.receipt()) || m.visibleAt() <= now) {
            return; // a handle whose visibility timeout has run out: AWS answers success and changes nothing
        }
        if (now + seconds * 1000L - m.receivedAt() > MAX_VISIBILITY_MS) {
            throw AwsException.invalidParameterValue("Value " + seconds + " for parameter VisibilityTimeout is invalid. "
                    + "Reason: Total VisibilityTimeout for the message is beyond the limit [43200 seconds]");
        }
        repo.setVisibleAt(tx, r.seq(), r.token(), now + seconds * 1000L);
    }

    // For other services, through the Queues port

    void delete(Principal caller, String queueArn, List<String> receiptHandles) {
        Queue q = queues.byArn(queueArn);
        if (q == null || receiptHandles.isEmpty()) {
            return;
        }
        store.claim(tx -> {
            for (String handle : receiptHandles) {
                delete(tx, q, ReceiptHandle.decode(handle, q.id()), handle);
            }
            return null;
        });
        if (q.fifo()) {
            waiters.signal(q.id());
        }
    }
}
