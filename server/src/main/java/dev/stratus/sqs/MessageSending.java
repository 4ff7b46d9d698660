package dev.stratus.sqs;

import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.protocol.Json;
import dev.stratus.platform.Arn;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sqs.api.BatchResultErrorEntry;
import dev.stratus.sqs.api.MessageAttributeValue;
import dev.stratus.sqs.api.MessageSystemAttributeValue;
import dev.stratus.sqs.api.SendMessageBatchRequest;
import dev.stratus.sqs.api.SendMessageBatchRequestEntry;
import dev.stratus.sqs.api.SendMessageBatchResult;
import dev.stratus.sqs.api.SendMessageBatchResultEntry;
import dev.stratus.sqs.api.SendMessageRequest;
import dev.stratus.sqs.api.SendMessageResult;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SendMessage and SendMessageBatch, and the job engine's {@code sqs} destination, which sends as
 * SendMessage does: checks a message against its queue, deduplicates FIFO sends and stores it.
 */
final class MessageSending {
    /** AWS's limit on a whole batch (the sum of its messages, attributes included), whatever the queue's own limit. */
    private static final long MAX_BATCH_BYTES = 1_048_576;

    private final Store store;
    private final Clock clock;
    private final SqsRepository repo;
    private final QueueRegistry queues;
    private final QueueWaiters waiters;
    private final SqsMetrics metrics;

    MessageSending(Store store, Clock clock, SqsRepository repo, QueueRegistry queues, QueueWaiters waiters, SqsMetrics metrics) {
        this.store = store;
        this.metrics = metrics;
        this.clock = clock;
        this.repo = repo;
        this.queues = queues;
        this.waiters = waiters;
    }

    SendMessageResult sendMessage(RequestContext ctx, SendMessageRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        Outgoing out = prepare(ctx, q, in.messageBody(), in.delaySeconds(), in.messageAttributes(), in.messageSystemAttributes(),
                in.messageGroupId(), in.messageDeduplicationId());
        Sent sent = store.write(tx -> enqueue(tx, q, out));
        waiters.signal(q.id());
        count(q, out, sent);
        StoredMessage m = out.message();
        return new SendMessageResult(m.md5OfBody(), m.md5OfAttributes(), m.md5OfSystemAttributes(), sent.messageId(), sent.sequenceNumber());
    }

    SendMessageBatchResult sendMessageBatch(RequestContext ctx, SendMessageBatchRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        List<SendMessageBatchRequestEntry> entries = in.entries();
        Batches.check(entries == null ? List.of() : entries.stream().map(SendMessageBatchRequestEntry::id).toList(), "SendMessageBatchRequestEntry");
        long total = 0;
        for (SendMessageBatchRequestEntry e : entries) {
            total += (e.messageBody() == null ? 0 : e.messageBody().getBytes(StandardCharsets.UTF_8).length)
                    + MessageRules.attributesSize(e.messageAttributes());
        }
        if (total > MAX_BATCH_BYTES) {
            throw new AwsException("BatchRequestTooLong", "Batch requests cannot be longer than " + MAX_BATCH_BYTES
                    + " bytes. You have sent " + total + " bytes.");
        }
        // AWS refuses a whole FIFO batch for a missing group or deduplication id, where any other
        // bad entry only fails itself; prepare() below repeats these checks for SendMessage.
        if (q.fifo()) {
            for (SendMessageBatchRequestEntry e : entries) {
                if (e.messageGroupId() == null || e.messageGroupId().isEmpty()) {
                    throw AwsException.invalidParameterValue("The request must contain the parameter MessageGroupId.");
                }
                if (e.messageDeduplicationId() == null && !q.boolAttribute("ContentBasedDeduplication")) {
                    throw AwsException.invalidParameterValue("The queue should either have ContentBasedDeduplication enabled or "
                            + "MessageDeduplicationId provided explicitly");
                }
            }
        }
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        Map<String, Outgoing> ready = new LinkedHashMap<>();
        for (SendMessageBatchRequestEntry e : entries) {
            try {
                ready.put(e.id(), prepare(ctx, q, e.messageBody(), e.delaySeconds(), e.messageAttributes(), e.messageSystemAttributes(),
                        e.messageGroupId(), e.messageDeduplicationId()));
            } catch (AwsException x) {
                failed.add(Batches.failure(e.id(), x));
            }
        }
        Map<String, Sent> sent = ready.isEmpty() ? Map.of() : store.write(tx -> {
            Map<String, Sent> r = new LinkedHashMap<>();
            for (Map.Entry<String, Outgoing> e : ready.entrySet()) {
                r.put(e.getKey(), enqueue(tx, q, e.getValue()));
            }
            return r;
        });
        if (!sent.isEmpty()) {
            waiters.signal(q.id());
        }
        sent.forEach((id, s) -> count(q, ready.get(id), s));
        List<SendMessageBatchResultEntry> ok = new ArrayList<>();
        sent.forEach((id, s) -> {
            StoredMessage m = ready.get(id).message();
            ok.add(new SendMessageBatchResultEntry(id, s.messageId(), m.md5OfBody(), m.md5OfAttributes(), m.md5OfSystemAttributes(),
                    s.sequenceNumber()));
        });
        return new SendMessageBatchResult(ok, failed);
    }

    // The job engine's sqs destination

    /** A delivery owed to a queue (an SNS subscription's, an EventBridge target's, a dead-letter message): sent as SendMessage would. */
    List<Jobs.Owed> deliver(Delivery d) {
        Map<String, MessageAttributeValue> attributes = null;
        if (d.attributes() != null) {
            attributes = new LinkedHashMap<>();
            for (var a : d.attributes().entrySet()) {
                attributes.put(a.getKey(), new MessageAttributeValue(a.getValue().stringValue(), a.getValue().binaryValue(), null, null, a.getValue().dataType()));
            }
        }
        send(d.caller(), d.destination(), d.payload(), attributes, d.groupId(), d.deduplicationId());
        return List.of();
    }

    /**
     * Sends a message to the queue an ARN names, for deliveries from other services, as {@code caller}
     * (the queue's own account when a delivery owed before callers were recorded names none); an
     * unknown queue is a QueueDoesNotExist error.
     */
    private void send(Principal caller, String queueArn, String body, Map<String, MessageAttributeValue> attributes, String groupId, String deduplicationId) {
        Queue q = queues.byArn(queueArn);
        if (q == null) {
            throw new AwsException("QueueDoesNotExist", "The specified queue does not exist.");
        }
        RequestContext ctx = new RequestContext(Ids.uuid(), "sqs", "SendMessage", q.region(), q.account(), null, null,
                caller != null ? caller : new Principal(Principal.Type.ROOT, Arn.accountRoot(q.region(), q.account()).toString(), q.account()));
        Outgoing out = prepare(ctx, q, body, null, attributes, null, groupId,
                groupId == null ? null : deduplicationId != null ? deduplicationId : Ids.uuid());
        Sent sent = store.write(tx -> enqueue(tx, q, out));
        waiters.signal(q.id());
        count(q, out, sent);
    }

    private void count(Queue q, Outgoing out, Sent sent) {
        if (sent.deduplicated()) {
            metrics.deduplicated(q);
        } else {
            metrics.sent(q, out.size());
        }
    }

    /** A message checked and ready to store, with what SendMessage answers for it and its size (body and attributes). */
    private record Outgoing(StoredMessage message, String deduplicationKey, int size) {
    }

    /** What SendMessage answers; {@code deduplicated} when an earlier message with the same deduplication id stood for it. */
    private record Sent(String messageId, String sequenceNumber, boolean deduplicated) {
    }

    private Outgoing prepare(RequestContext ctx, Queue q, String body, Integer delaySeconds, Map<String, MessageAttributeValue> attributes,
                             Map<String, MessageSystemAttributeValue> systemAttributes, String groupId, String deduplicationId) {
        MessageRules.checkBody(body);
        int size = body.getBytes(StandardCharsets.UTF_8).length + MessageRules.checkAttributes(attributes);
        MessageRules.checkSystemAttributes(systemAttributes);
        int max = q.intAttribute("MaximumMessageSize");
        if (size > max) {
            throw AwsException.invalidParameterValue("One or more parameters are invalid. Reason: Message must be shorter than " + max + " bytes.");
        }
        int delay = q.intAttribute("DelaySeconds");
        if (delaySeconds != null) {
            if (q.fifo() && delaySeconds != 0) {
                throw AwsException.invalidParameterValue("Value " + delaySeconds + " for parameter DelaySeconds is invalid. "
                        + "Reason: The request include parameter that is not valid for this queue type.");
            }
            if (delaySeconds < 0 || delaySeconds > 900) {
                throw AwsException.invalidParameterValue("Value " + delaySeconds + " for parameter DelaySeconds is invalid. "
                        + "Reason: DelaySeconds must be >= 0 and <= 900.");
            }
            delay = delaySeconds;
        }
        String dedupKey = null;
        if (q.fifo()) {
            if (groupId == null || groupId.isEmpty()) {
                throw AwsException.missingParameter("MessageGroupId");
            }
            MessageRules.checkFifoId("MessageGroupId", groupId);
            if (deduplicationId == null) {
                if (!q.boolAttribute("ContentBasedDeduplication")) {
                    throw AwsException.invalidParameterValue("The queue should either have ContentBasedDeduplication enabled or "
                            + "MessageDeduplicationId provided explicitly");
                }
                deduplicationId = MessageDigests.sha256(body);
            }
            MessageRules.checkFifoId("MessageDeduplicationId", deduplicationId);
            dedupKey = "messageGroup".equals(QueueAttributes.value(q, "DeduplicationScope")) ? groupId + "\u0000" + deduplicationId : deduplicationId;
        } else {
            if (deduplicationId != null) {
                throw AwsException.invalidParameterValue("Value " + deduplicationId + " for parameter MessageDeduplicationId is invalid. "
                        + "Reason: The request include parameter that is not valid for this queue type.");
            }
            if (groupId != null) {
                MessageRules.checkFifoId("MessageGroupId", groupId);
            }
        }
        String traceHeader = systemAttributes == null || systemAttributes.get("AWSTraceHeader") == null ? null
                : systemAttributes.get("AWSTraceHeader").stringValue();
        long now = clock.millis();
        String sender = ctx.accessKeyId() != null ? ctx.accessKeyId() : ctx.accountId();
        StoredMessage m = new StoredMessage(0, q.id(), Ids.uuid(), body, MessageDigests.ofBody(body),
                attributes == null || attributes.isEmpty() ? null : Json.string(attributes), MessageDigests.ofAttributes(attributes),
                traceHeader, traceHeader == null ? null : MessageDigests.ofAttributes(Map.of("AWSTraceHeader",
                        new MessageAttributeValue(traceHeader, null, null, null, "String"))),
                sender, now, now + delay * 1000L, 0, 0, 0, null,
                groupId, q.fifo() ? deduplicationId : null, null);
        return new Outgoing(m, dedupKey, size);
    }

    private Sent enqueue(Tx tx, Queue q, Outgoing out) throws SQLException {
        long now = clock.millis();
        if (out.deduplicationKey() != null) {
            SqsRepository.Deduplicated d = repo.deduplicated(tx, q.id(), out.deduplicationKey(), now);
            if (d != null) {
                return new Sent(d.messageId(), d.sequenceNumber(), true);
            }
        }
        long seq = repo.insertMessage(tx, out.message());
        String sequenceNumber = q.fifo() ? StoredMessage.sequenceNumber(seq) : null;
        if (out.deduplicationKey() != null) {
            repo.remember(tx, q.id(), out.deduplicationKey(), out.message().messageId(), sequenceNumber, now + MessageRules.DEDUP_WINDOW_MS);
        }
        return new Sent(out.message().messageId(), sequenceNumber, false);
    }
}
