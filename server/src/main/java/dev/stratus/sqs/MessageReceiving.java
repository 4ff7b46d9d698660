package dev.stratus.sqs;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.stratus.platform.port.Queues;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sqs.api.Message;
import dev.stratus.sqs.api.MessageAttributeValue;
import dev.stratus.sqs.api.ReceiveMessageRequest;
import dev.stratus.sqs.api.ReceiveMessageResult;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * ReceiveMessage, long polls included, for callers and for other services through the
 * {@link Queues} port; a message received too often moves to its queue's dead-letter queue instead.
 */
final class MessageReceiving {
    private static final Set<String> SYSTEM_ATTRIBUTES = Set.of("All", "SenderId", "SentTimestamp", "ApproximateReceiveCount",
            "ApproximateFirstReceiveTimestamp", "SequenceNumber", "MessageDeduplicationId", "MessageGroupId", "AWSTraceHeader",
            "DeadLetterQueueSourceArn");
    private static final TypeReference<Map<String, MessageAttributeValue>> ATTRIBUTE_MAP = new TypeReference<>() { };

    private final Store store;
    private final Clock clock;
    private final SqsRepository repo;
    private final QueueRegistry queues;
    private final QueueWaiters waiters;
    private final SqsMetrics metrics;

    MessageReceiving(Store store, Clock clock, SqsRepository repo, QueueRegistry queues, QueueWaiters waiters, SqsMetrics metrics) {
        this.metrics = metrics;
        this.store = store;
        this.clock = clock;
        this.repo = repo;
        this.queues = queues;
        this.waiters = waiters;
    }

    ReceiveMessageResult receiveMessage(RequestContext ctx, ReceiveMessageRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        int max = in.maxNumberOfMessages() == null ? 1 : in.maxNumberOfMessages();
        if (max < 1 || max > 10) {
            throw AwsException.invalidParameterValue("Value " + max + " for parameter MaxNumberOfMessages is invalid. "
                    + "Reason: Must be between 1 and 10, if provided.");
        }
        int wait = in.waitTimeSeconds() == null ? q.intAttribute("ReceiveMessageWaitTimeSeconds") : in.waitTimeSeconds();
        if (wait < 0 || wait > 20) {
            throw AwsException.invalidParameterValue("Value " + wait + " for parameter WaitTimeSeconds is invalid. "
                    + "Reason: Must be >= 0 and <= 20, if provided.");
        }
        if (in.visibilityTimeout() != null && (in.visibilityTimeout() < 0 || in.visibilityTimeout() > 43_200)) {
            throw AwsException.invalidParameterValue("Value " + in.visibilityTimeout() + " for parameter VisibilityTimeout is invalid. "
                    + "Reason: Must be between 0 and 43200, if provided.");
        }
        Set<String> systemNames = new HashSet<>();
        for (List<String> l : java.util.Arrays.asList(in.attributeNames(), in.messageSystemAttributeNames())) {
            if (l != null) {
                for (String n : l) {
                    if (!SYSTEM_ATTRIBUTES.contains(n)) {
                        throw new AwsException("InvalidAttributeName", "Unknown Attribute " + n + ".");
                    }
                    systemNames.add(n);
                }
            }
        }
        List<String> attributeNames = in.messageAttributeNames() == null ? List.of() : in.messageAttributeNames();
        String attemptId = q.fifo() ? in.receiveRequestAttemptId() : null;
        if (attemptId != null) {
            MessageRules.checkFifoId("ReceiveRequestAttemptId", attemptId);
        }
        // The wait is the caller's, on an open connection: real time, even when the clock is a test's that stands still.
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(wait);
        while (true) {
            Queue current = queues.current(q);
            if (current == null) {
                return new ReceiveMessageResult(null);
            }
            long version = waiters.version(q.id());
            int visibility = in.visibilityTimeout() == null ? current.intAttribute("VisibilityTimeout") : in.visibilityTimeout();
            boolean mayWait = waitUntil - System.nanoTime() > 0;
            Received got = receiveOnce(current, max, visibility, systemNames, attributeNames, attemptId, mayWait);
            long waitLeft = TimeUnit.NANOSECONDS.toMillis(waitUntil - System.nanoTime());
            if (!got.messages().isEmpty() || waitLeft <= 0) {
                metrics.received(current, got.messages().size());
                return new ReceiveMessageResult(got.messages().isEmpty() ? null : got.messages());
            }
            try {
                waiters.await(q.id(), version, Math.min(waitLeft, got.nextVisibleAt() - clock.millis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new ReceiveMessageResult(null);
            }
        }
    }

    /** What one receive found, and — when it found nothing — when the next message becomes visible. */
    private record Received(List<Message> messages, long nextVisibleAt, boolean movedToDlq) {
    }

    /** One look at the queue; {@code mayWait}: when it finds nothing, its receiver waits (and other nodes must know). */
    private Received receiveOnce(Queue q, int max, int visibility, Set<String> systemNames, List<String> attributeNames,
                                 String attemptId, boolean mayWait) {
        RedrivePolicy redrive = RedrivePolicy.of(q);
        Queue dlq = redrive == null ? null : queues.byArn(redrive.deadLetterTargetArn());
        // A claim: receivers on any node take different messages side by side, where serializable
        // transactions would fail all but one of them on the same rows and retry the rest.
        Received got = store.claim(tx -> {
            if (q.fifo() && store.shared()) {
                repo.lockForFifoReceive(tx, q.id());
            }
            long now = clock.millis();
            long retainedSince = q.retainedSince(now);
            if (attemptId != null) {
                List<Message> retried = retryAttempt(tx, q, attemptId, now, visibility, systemNames, attributeNames);
                if (!retried.isEmpty()) {
                    return new Received(retried, now, false);
                }
            }
            boolean movedToDlq = false;
            List<Message> out = new ArrayList<>();
            Set<String> skippedGroups = new HashSet<>();
            for (int round = 0; round < 10 && out.size() < max; round++) {
                List<StoredMessage> candidates = q.fifo()
                        ? repo.visibleFifo(tx, q.id(), now, retainedSince, max - out.size(), store.skipLocked())
                        : repo.visible(tx, q.id(), now, retainedSince, max - out.size(), store.skipLocked());
                if (candidates.isEmpty()) {
                    break;
                }
                for (StoredMessage m : candidates) {
                    if (dlq != null && m.receiveCount() >= redrive.maxReceiveCount()) {
                        repo.moveTo(tx, m.seq(), dlq.id(), q.arn(), now);
                        movedToDlq = true;
                        if (m.groupId() != null) {
                            skippedGroups.add(m.groupId());
                        }
                        continue;
                    }
                    if (q.fifo() && skippedGroups.contains(m.groupId())) {
                        continue;
                    }
                    String token = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
                    long first = m.firstReceivedAt() == 0 ? now : m.firstReceivedAt();
                    repo.markReceived(tx, m.seq(), now, now + visibility * 1000L, token, first);
                    out.add(toMessage(q, m, new ReceiptHandle(q.id(), m.seq(), token), m.receiveCount() + 1, first, systemNames, attributeNames));
                }
                if (!movedToDlq) {
                    break;
                }
            }
            if (attemptId != null && !out.isEmpty()) {
                repo.rememberReceiveAttempt(tx, q.id(), attemptId,
                        String.join(",", out.stream().map(Message::receiptHandle).toList()), now + MessageRules.DEDUP_WINDOW_MS);
            }
            if (out.isEmpty() && mayWait) {
                waiters.willWait(tx, q.id());
            }
            return new Received(out, out.isEmpty() ? repo.nextVisibleAt(tx, q.id(), now) : now, movedToDlq);
        });
        if (got.movedToDlq()) {
            waiters.signal(dlq.id());
        }
        return got;
    }

    /**
     * A FIFO receive retried with the same ReceiveRequestAttemptId within five minutes answers
     * the same messages with the same receipt handles while they are still in flight under
     * them, and starts their visibility timeout again.
     */
    private List<Message> retryAttempt(Tx tx, Queue q, String attemptId, long now, int visibility, Set<String> systemNames,
                                       List<String> attributeNames) throws SQLException {
        String receipts = repo.receiveAttempt(tx, q.id(), attemptId, now);
        List<Message> out = new ArrayList<>();
        if (receipts == null) {
            return out;
        }
        for (String handle : receipts.split(",")) {
            ReceiptHandle r = ReceiptHandle.decode(handle, q.id());
            StoredMessage m = repo.message(tx, r.seq());
            if (m != null && m.queueId() == q.id() && r.token().equals(m.receipt()) && m.visibleAt() > now) {
                repo.setVisibleAt(tx, m.seq(), r.token(), now + visibility * 1000L);
                out.add(toMessage(q, m, r, m.receiveCount(), m.firstReceivedAt(), systemNames, attributeNames));
            }
        }
        return out;
    }

    private Message toMessage(Queue q, StoredMessage m, ReceiptHandle receipt, int receiveCount, long firstReceived,
                              Set<String> systemNames, List<String> attributeNames) {
        Map<String, String> system = new LinkedHashMap<>();
        boolean all = systemNames.contains("All");
        putIf(system, all || systemNames.contains("SenderId"), "SenderId", m.senderId());
        putIf(system, all || systemNames.contains("SentTimestamp"), "SentTimestamp", Long.toString(m.sentAt()));
        putIf(system, all || systemNames.contains("ApproximateReceiveCount"), "ApproximateReceiveCount", Integer.toString(receiveCount));
        putIf(system, all || systemNames.contains("ApproximateFirstReceiveTimestamp"), "ApproximateFirstReceiveTimestamp",
                Long.toString(firstReceived));
        putIf(system, (all || systemNames.contains("SequenceNumber")) && q.fifo(), "SequenceNumber", m.sequenceNumber());
        putIf(system, all || systemNames.contains("MessageDeduplicationId"), "MessageDeduplicationId", m.deduplicationId());
        putIf(system, all || systemNames.contains("MessageGroupId"), "MessageGroupId", m.groupId());
        putIf(system, all || systemNames.contains("AWSTraceHeader"), "AWSTraceHeader", m.traceHeader());
        putIf(system, all || systemNames.contains("DeadLetterQueueSourceArn"), "DeadLetterQueueSourceArn", m.deadLetterSourceArn());
        Map<String, MessageAttributeValue> attributes = selectAttributes(m.attributesJson(), attributeNames);
        return new Message(m.messageId(), receipt.encode(), m.md5OfBody(), m.body(), system.isEmpty() ? null : system,
                MessageDigests.ofAttributes(attributes), attributes);
    }

    private static void putIf(Map<String, String> map, boolean wanted, String name, String value) {
        if (wanted && value != null) {
            map.put(name, value);
        }
    }

    private static Map<String, MessageAttributeValue> selectAttributes(String json, List<String> names) {
        if (json == null || names.isEmpty()) {
            return null;
        }
        Map<String, MessageAttributeValue> all;
        try {
            all = Json.MAPPER.readValue(json, ATTRIBUTE_MAP);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("corrupt message attributes in store", e);
        }
        Map<String, MessageAttributeValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, MessageAttributeValue> e : all.entrySet()) {
            for (String n : names) {
                boolean match = n.equals("All") || n.equals(".*") || n.equals(e.getKey())
                        || (n.endsWith(".*") && e.getKey().startsWith(n.substring(0, n.length() - 1)));
                if (match) {
                    out.put(e.getKey(), e.getValue());
                    break;
                }
            }
        }
        return out.isEmpty() ? null : out;
    }

    // For other services, through the Queues port

    List<Queues.ReceivedMessage> receive(Principal caller, String queueArn, int max, int waitSeconds) {
        Queue q = queues.byArn(queueArn);
        if (q == null) {
            throw new AwsException("QueueDoesNotExist", "The specified queue does not exist.");
        }
        RequestContext ctx = new RequestContext(Ids.uuid(), "sqs", "ReceiveMessage", q.region(), q.account(), null, null, caller);
        ReceiveMessageResult r = receiveMessage(ctx, new ReceiveMessageRequest(q.url("stratus"), null, List.of("All"), List.of("All"), max,
                null, waitSeconds, null));
        return r.messages() == null ? List.of() : r.messages().stream().map(MessageReceiving::received).toList();
    }

    private static Queues.ReceivedMessage received(Message m) {
        Map<String, Queues.MessageAttribute> attributes = new LinkedHashMap<>();
        if (m.messageAttributes() != null) {
            m.messageAttributes().forEach((name, v) -> attributes.put(name, new Queues.MessageAttribute(v.dataType(), v.stringValue(), v.binaryValue())));
        }
        return new Queues.ReceivedMessage(m.messageId(), m.receiptHandle(), m.body(), m.attributes(), attributes, m.md5OfBody(),
                m.md5OfMessageAttributes());
    }

    Integer visibilityTimeout(String queueArn) {
        Queue q = queues.byArn(queueArn);
        return q == null ? null : q.intAttribute("VisibilityTimeout");
    }
}
