package dev.stratus.sqs;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.stratus.platform.port.Queues;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.Arn;
import dev.stratus.platform.Paging;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.TagRules;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Ids;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sqs.api.*;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Amazon SQS: every operation of the 2012-11-05 API. */
public final class SqsService implements SqsApi, Queues {
    private static final Pattern QUEUE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final Pattern FIFO_QUEUE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,75}\\.fifo");
    private static final Pattern FIFO_ID = Pattern.compile("[\\p{Alnum}\\p{Punct}]{1,128}");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final long DEDUP_WINDOW_MS = 5 * 60 * 1000;
    private static final long PURGE_INTERVAL_MS = 60 * 1000;
    private static final long MAX_VISIBILITY_MS = 43_200 * 1000L;
    private static final Set<String> SYSTEM_ATTRIBUTES = Set.of("All", "SenderId", "SentTimestamp", "ApproximateReceiveCount",
            "ApproximateFirstReceiveTimestamp", "SequenceNumber", "MessageDeduplicationId", "MessageGroupId", "AWSTraceHeader",
            "DeadLetterQueueSourceArn");
    private static final Set<String> SHARABLE_ACTIONS = Set.of("*", "SendMessage", "ReceiveMessage", "DeleteMessage",
            "ChangeMessageVisibility", "GetQueueAttributes", "GetQueueUrl", "ListDeadLetterSourceQueues", "PurgeQueue", "ListQueueTags");
    private static final TypeReference<Map<String, MessageAttributeValue>> ATTRIBUTE_MAP = new TypeReference<>() { };
    static final String SWEEP_TIMER = "sqs.sweep";
    private static final long SWEEP_INTERVAL_MS = 60_000;
    /** AWS's limit on a whole batch (the sum of its messages, attributes included), whatever the queue's own limit. */
    private static final long MAX_BATCH_BYTES = 1_048_576;
    /** SQS's answers to tags that break the common rules. */
    private static final TagRules TAG_RULES = new TagRules(r -> AwsException.invalidParameterValue("Tag " + r.key() + " is invalid: keys are 1 to "
            + "128 characters and may not start with aws:, values 0 to 256 characters."),
            () -> AwsException.invalidParameterValue("Too many tags added for queue. A queue can have at most 50 tags."), null);

    private final Store store;
    private final Clock clock;
    private final SqsRepository repo = new SqsRepository();
    private final QueueRegistry queues;
    private final QueueWaiters waiters = new QueueWaiters();
    private final MessageMoveTasks moveTasks;

    public SqsService(Store store, Clock clock, Timers timers, Jobs jobs) {
        this.store = store;
        this.clock = clock;
        Tags.migrate(store);
        store.migrate("sqs", SqsRepository.MIGRATIONS);
        this.queues = new QueueRegistry(store, repo);
        this.moveTasks = new MessageMoveTasks(store, clock, timers, repo, queues, waiters);
        timers.on(SWEEP_TIMER, (tx, payload) -> {
            sweep(tx);
            timers.schedule(tx, SWEEP_TIMER, clock.millis() + SWEEP_INTERVAL_MS, "");
        });
        timers.ensure(SWEEP_TIMER, clock.millis() + SWEEP_INTERVAL_MS, "");
        jobs.register("sqs", this::deliver);
    }

    /**
     * The clock jumped (a test's manual clock): long polls look again at once, as messages whose
     * delay or visibility timeout ran out meanwhile are now visible.
     */
    public void clockMoved() {
        waiters.signalAll();
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
        String name = in.queueName();
        Map<String, String> given = in.attributes() == null ? Map.of() : in.attributes();
        boolean fifo = "true".equalsIgnoreCase(given.getOrDefault("FifoQueue", "").trim());
        if (fifo ? !FIFO_QUEUE_NAME.matcher(name).matches() : !QUEUE_NAME.matcher(name).matches()) {
            throw AwsException.invalidParameterValue(fifo
                    ? "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length."
                    : "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
        }
        Map<String, String> attributes = QueueAttributes.validate(given, fifo, true);
        // The name carries the queue type, so FifoQueue is neither stored nor compared.
        attributes.remove("FifoQueue");
        Tags.check(in.tags(), TAG_RULES);
        long now = clock.millis();
        Map<String, String> stored = new LinkedHashMap<>(attributes);
        stored.values().removeIf(String::isEmpty);
        Queue draft = new Queue(0, ctx.accountId(), ctx.region(), name, stored, now, now, 0);
        checkRedrive(draft, stored.get("RedrivePolicy"));
        Queue q = queues.create(draft, existing -> {
            for (Map.Entry<String, String> e : attributes.entrySet()) {
                String current = QueueAttributes.value(existing, e.getKey());
                if (!e.getValue().equals(current == null ? "" : current)) {
                    throw new AwsException("QueueNameExists",
                            "A queue already exists with the same name and a different value for attribute " + e.getKey());
                }
            }
            return existing;
        }, (tx, created) -> Tags.put(tx, created.arn(), in.tags(), TAG_RULES));
        return new CreateQueueResult(q.url(ctx.host()));
    }

    @Override
    public void deleteQueue(RequestContext ctx, DeleteQueueRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        queues.delete(q);
        waiters.forget(q.id());
    }

    @Override
    public GetQueueUrlResult getQueueUrl(RequestContext ctx, GetQueueUrlRequest in) {
        String owner = in.queueOwnerAWSAccountId() != null ? in.queueOwnerAWSAccountId() : ctx.accountId();
        Queue q = queues.byName(owner, ctx.region(), in.queueName());
        if (q == null) {
            throw QueueRegistry.doesNotExist();
        }
        return new GetQueueUrlResult(q.url(ctx.host()));
    }

    @Override
    public ListQueuesResult listQueues(RequestContext ctx, ListQueuesRequest in) {
        String prefix = in.queueNamePrefix() == null ? "" : in.queueNamePrefix();
        List<Queue> found = queues.inRegion(ctx.accountId(), ctx.region()).filter(q -> q.name().startsWith(prefix)).toList();
        Paging.Page<Queue> page = page(found, in.nextToken(), in.maxResults(), "ListQueues", ctx.accountId(), ctx.region(), prefix);
        List<String> urls = page.items().stream().map(q -> q.url(ctx.host())).toList();
        return new ListQueuesResult(urls.isEmpty() ? null : urls, page.nextToken());
    }

    @Override
    public GetQueueAttributesResult getQueueAttributes(RequestContext ctx, GetQueueAttributesRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        List<String> asked = in.attributeNames() == null ? List.of() : in.attributeNames();
        Set<String> names = new java.util.LinkedHashSet<>();
        for (String a : asked) {
            if ("All".equals(a)) {
                names.addAll(QueueAttributes.all(q));
            } else if (!QueueAttributes.known(a)) {
                throw new AwsException("InvalidAttributeName", "Unknown Attribute " + a + ".");
            } else {
                names.add(a);
            }
        }
        if (names.isEmpty()) {
            return new GetQueueAttributesResult(null);
        }
        long now = clock.millis();
        long[] counts = names.stream().anyMatch(n -> n.startsWith("ApproximateNumber"))
                ? store.read(tx -> repo.counts(tx, q.id(), now, q.retainedSince(now))) : new long[3];
        Map<String, String> out = new LinkedHashMap<>();
        for (String n : names) {
            String v = switch (n) {
                case "QueueArn" -> q.arn();
                case "ApproximateNumberOfMessages" -> Long.toString(counts[0]);
                case "ApproximateNumberOfMessagesNotVisible" -> Long.toString(counts[1]);
                case "ApproximateNumberOfMessagesDelayed" -> Long.toString(counts[2]);
                case "CreatedTimestamp" -> Long.toString(q.createdAt() / 1000);
                case "LastModifiedTimestamp" -> Long.toString(q.modifiedAt() / 1000);
                default -> QueueAttributes.value(q, n);
            };
            if (v != null) {
                out.put(n, v);
            }
        }
        return new GetQueueAttributesResult(out);
    }

    @Override
    public void setQueueAttributes(RequestContext ctx, SetQueueAttributesRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        Map<String, String> changes = QueueAttributes.validate(in.attributes(), q.fifo(), false);
        changes.remove("FifoQueue");
        if (changes.containsKey("RedrivePolicy")) {
            checkRedrive(q, changes.get("RedrivePolicy"));
        }
        long now = clock.millis();
        queues.update(q, current -> {
            Map<String, String> merged = new LinkedHashMap<>(current.attributes());
            changes.forEach((k, v) -> {
                if (v.isEmpty() && Set.of("RedrivePolicy", "RedriveAllowPolicy", "Policy", "KmsMasterKeyId").contains(k)) {
                    merged.remove(k);
                } else {
                    merged.put(k, v);
                }
            });
            return current.withAttributes(merged, now);
        }, (tx, changed) -> {
            if (changed.fifo() && changes.containsKey("DelaySeconds")) {
                repo.redelay(tx, changed.id(), changed.intAttribute("DelaySeconds") * 1000L);
            }
        });
        waiters.signal(q.id());
    }

    /** A RedrivePolicy must name an existing queue of the same type that allows this source. */
    private void checkRedrive(Queue source, String policyJson) {
        if (policyJson == null || policyJson.isEmpty()) {
            return;
        }
        RedrivePolicy p = RedrivePolicy.parse(policyJson);
        Queue dlq = queues.byArn(p.deadLetterTargetArn());
        String reason = null;
        if (dlq == null || !dlq.account().equals(source.account()) || !dlq.region().equals(source.region())) {
            reason = "Dead letter target does not exist.";
        } else if (dlq.fifo() != source.fifo()) {
            reason = "Dead-letter queue must be same type of queue as the source.";
        } else if (!allowsSource(dlq, source.arn())) {
            reason = "Dead-letter queue does not allow this source queue.";
        }
        if (reason != null) {
            throw AwsException.invalidParameterValue("Value " + policyJson + " for parameter RedrivePolicy is invalid. Reason: " + reason);
        }
    }

    private static boolean allowsSource(Queue dlq, String sourceArn) {
        String allow = dlq.attributes().get("RedriveAllowPolicy");
        if (allow == null) {
            return true;
        }
        var n = Json.parse(allow);
        return switch (n.path("redrivePermission").asText()) {
            case "denyAll" -> false;
            case "byQueue" -> {
                for (var arn : n.path("sourceQueueArns")) {
                    if (arn.asText().equals(sourceArn)) {
                        yield true;
                    }
                }
                yield false;
            }
            default -> true;
        };
    }

    @Override
    public void purgeQueue(RequestContext ctx, PurgeQueueRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        long now = clock.millis();
        queues.update(q, current -> {
            if (current.lastPurgeAt() > 0 && now - current.lastPurgeAt() < PURGE_INTERVAL_MS) {
                throw new AwsException("PurgeQueueInProgress", "Only one PurgeQueue operation on " + q.name() + " is allowed every 60 seconds.");
            }
            return current.withLastPurgeAt(now);
        }, (tx, changed) -> repo.purge(tx, changed.id()));
    }

    @Override
    public ListDeadLetterSourceQueuesResult listDeadLetterSourceQueues(RequestContext ctx, ListDeadLetterSourceQueuesRequest in) {
        Queue dlq = queues.byUrl(ctx, in.queueUrl());
        List<Queue> sources = queues.inRegion(dlq.account(), dlq.region())
                .filter(q -> {
                    RedrivePolicy p = RedrivePolicy.of(q);
                    return p != null && p.deadLetterTargetArn().equals(dlq.arn());
                })
                .toList();
        Paging.Page<Queue> page = page(sources, in.nextToken(), in.maxResults(), "ListDeadLetterSourceQueues", dlq.arn());
        return new ListDeadLetterSourceQueuesResult(page.items().stream().map(q -> q.url(ctx.host())).toList(), page.nextToken());
    }

    // Tags and permissions

    @Override
    public void tagQueue(RequestContext ctx, TagQueueRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        if (in.tags() == null || in.tags().isEmpty()) {
            throw AwsException.missingParameter("Tags");
        }
        queues.update(q, current -> current, (tx, current) -> Tags.put(tx, current.arn(), in.tags(), TAG_RULES));
    }

    @Override
    public void untagQueue(RequestContext ctx, UntagQueueRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        if (in.tagKeys() == null || in.tagKeys().isEmpty()) {
            throw AwsException.missingParameter("TagKeys");
        }
        queues.update(q, current -> current, (tx, current) -> Tags.remove(tx, current.arn(), in.tagKeys()));
    }

    @Override
    public ListQueueTagsResult listQueueTags(RequestContext ctx, ListQueueTagsRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        Map<String, String> tags = store.read(tx -> Tags.list(tx, q.arn()));
        return new ListQueueTagsResult(tags.isEmpty() ? null : tags);
    }

    @Override
    public void addPermission(RequestContext ctx, AddPermissionRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        if (!LABEL.matcher(in.label()).matches()) {
            throw AwsException.invalidParameterValue("Value " + in.label() + " for parameter Label is invalid. Reason: Label can only "
                    + "include alphanumeric characters, hyphens, or underscores. 1 to 80 in length.");
        }
        if (in.awsAccountIds().isEmpty()) {
            throw AwsException.missingParameter("AWSAccountIds");
        }
        if (in.actions().isEmpty()) {
            throw AwsException.missingParameter("Actions");
        }
        if (in.actions().size() > 7) {
            throw new AwsException("OverLimit", "Value " + in.actions() + " for parameter ActionName is invalid. "
                    + "Reason: A policy statement can have at most 7 actions.", 403);
        }
        for (String a : in.actions()) {
            if (!SHARABLE_ACTIONS.contains(a)) {
                throw AwsException.invalidParameterValue("Value SQS:" + a + " for parameter ActionName is invalid. "
                        + "Reason: Only the queue owner is allowed to invoke this action.");
            }
        }
        long now = clock.millis();
        queues.update(q, current -> {
            PolicyDocument policy = policyOf(current);
            if (policy.has(in.label())) {
                throw AwsException.invalidParameterValue("Value " + in.label() + " for parameter Label is invalid. Reason: Already exists.");
            }
            Map<String, String> attributes = new LinkedHashMap<>(current.attributes());
            attributes.put("Policy", policy.with(PolicyDocument.Statement.allow(in.label(),
                    new PolicyDocument.Principal("AWS", in.awsAccountIds().stream().map(a -> Arn.accountRoot(current.region(), a).toString()).toList()),
                    in.actions().stream().map(a -> "SQS:" + a).toList(), current.arn(), null)).toJson());
            return current.withAttributes(attributes, now);
        }, null);
    }

    @Override
    public void removePermission(RequestContext ctx, RemovePermissionRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        long now = clock.millis();
        queues.update(q, current -> {
            PolicyDocument policy = policyOf(current);
            if (!policy.has(in.label())) {
                throw AwsException.invalidParameterValue("Value " + in.label() + " for parameter Label is invalid. Reason: can't find label.");
            }
            Map<String, String> attributes = new LinkedHashMap<>(current.attributes());
            PolicyDocument rest = policy.without(in.label());
            if (rest.isEmpty()) {
                attributes.remove("Policy");
            } else {
                attributes.put("Policy", rest.toJson());
            }
            return current.withAttributes(attributes, now);
        }, null);
    }

    /** A queue's Policy as AddPermission and RemovePermission edit it: one statement per label (its Sid). */
    private static PolicyDocument policyOf(Queue q) {
        String policy = q.attributes().get("Policy");
        return policy == null ? PolicyDocument.empty("2008-10-17", q.arn() + "/SQSDefaultPolicy") : PolicyDocument.stored(policy);
    }

    // Sending

    /** A message checked and ready to store, with what SendMessage answers for it. */
    private record Outgoing(StoredMessage message, String deduplicationKey) {
    }

    private record Sent(String messageId, String sequenceNumber) {
    }

    @Override
    public SendMessageResult sendMessage(RequestContext ctx, SendMessageRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        Outgoing out = prepare(ctx, q, in.messageBody(), in.delaySeconds(), in.messageAttributes(), in.messageSystemAttributes(),
                in.messageGroupId(), in.messageDeduplicationId());
        Sent sent = store.write(tx -> enqueue(tx, q, out));
        waiters.signal(q.id());
        StoredMessage m = out.message();
        return new SendMessageResult(m.md5OfBody(), m.md5OfAttributes(), m.md5OfSystemAttributes(), sent.messageId(), sent.sequenceNumber());
    }

    /**
     * Sends a message to the queue an ARN names, for deliveries from other services; an unknown
     * queue is a QueueDoesNotExist error.
     */
    private void send(String queueArn, String body, Map<String, MessageAttributeValue> attributes, String groupId, String deduplicationId) {
        Queue q = queues.byArn(queueArn);
        if (q == null) {
            throw new AwsException("QueueDoesNotExist", "The specified queue does not exist.");
        }
        RequestContext ctx = new RequestContext(Ids.uuid(), "sqs", "SendMessage", q.region(), q.account(), null, null, Principal.service("stratus"));
        Outgoing out = prepare(ctx, q, body, null, attributes, null, groupId,
                groupId == null ? null : deduplicationId != null ? deduplicationId : Ids.uuid());
        store.write(tx -> enqueue(tx, q, out));
        waiters.signal(q.id());
    }

    /** A delivery owed to a queue (an SNS subscription's, an EventBridge target's, a dead-letter message): sent as SendMessage would. */
    private List<Jobs.Owed> deliver(Delivery d) {
        Map<String, MessageAttributeValue> attributes = null;
        if (d.attributes() != null) {
            attributes = new LinkedHashMap<>();
            for (var a : d.attributes().entrySet()) {
                attributes.put(a.getKey(), new MessageAttributeValue(a.getValue().stringValue(), a.getValue().binaryValue(), null, null, a.getValue().dataType()));
            }
        }
        send(d.destination(), d.payload(), attributes, d.groupId(), d.deduplicationId());
        return List.of();
    }

    @Override
    public List<Queues.ReceivedMessage> receive(Principal caller, String queueArn, int max, int waitSeconds) {
        Queue q = queues.byArn(queueArn);
        if (q == null) {
            throw new AwsException("QueueDoesNotExist", "The specified queue does not exist.");
        }
        RequestContext ctx = new RequestContext(Ids.uuid(), "sqs", "ReceiveMessage", q.region(), q.account(), null, null, caller);
        ReceiveMessageResult r = receiveMessage(ctx, new ReceiveMessageRequest(q.url("stratus"), null, List.of("All"), List.of("All"), max,
                null, waitSeconds, null));
        return r.messages() == null ? List.of() : r.messages().stream().map(SqsService::received).toList();
    }

    private static Queues.ReceivedMessage received(Message m) {
        Map<String, Queues.MessageAttribute> attributes = new LinkedHashMap<>();
        if (m.messageAttributes() != null) {
            m.messageAttributes().forEach((name, v) -> attributes.put(name, new Queues.MessageAttribute(v.dataType(), v.stringValue(), v.binaryValue())));
        }
        return new Queues.ReceivedMessage(m.messageId(), m.receiptHandle(), m.body(), m.attributes(), attributes, m.md5OfBody(),
                m.md5OfMessageAttributes());
    }

    @Override
    public void delete(Principal caller, String queueArn, List<String> receiptHandles) {
        Queue q = queues.byArn(queueArn);
        if (q == null || receiptHandles.isEmpty()) {
            return;
        }
        store.write(tx -> {
            for (String handle : receiptHandles) {
                delete(tx, q, ReceiptHandle.decode(handle, q.id()), handle);
            }
            return null;
        });
    }

    @Override
    public Integer visibilityTimeout(String queueArn) {
        Queue q = queues.byArn(queueArn);
        return q == null ? null : q.intAttribute("VisibilityTimeout");
    }

    @Override
    public SendMessageBatchResult sendMessageBatch(RequestContext ctx, SendMessageBatchRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        List<SendMessageBatchRequestEntry> entries = in.entries();
        checkBatch(entries == null ? List.of() : entries.stream().map(SendMessageBatchRequestEntry::id).toList(), "SendMessageBatchRequestEntry");
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
                failed.add(failure(e.id(), x));
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
        List<SendMessageBatchResultEntry> ok = new ArrayList<>();
        sent.forEach((id, s) -> {
            StoredMessage m = ready.get(id).message();
            ok.add(new SendMessageBatchResultEntry(id, s.messageId(), m.md5OfBody(), m.md5OfAttributes(), m.md5OfSystemAttributes(),
                    s.sequenceNumber()));
        });
        return new SendMessageBatchResult(ok, failed);
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
            checkFifoId("MessageGroupId", groupId);
            if (deduplicationId == null) {
                if (!q.boolAttribute("ContentBasedDeduplication")) {
                    throw AwsException.invalidParameterValue("The queue should either have ContentBasedDeduplication enabled or "
                            + "MessageDeduplicationId provided explicitly");
                }
                deduplicationId = MessageDigests.sha256(body);
            }
            checkFifoId("MessageDeduplicationId", deduplicationId);
            dedupKey = "messageGroup".equals(QueueAttributes.value(q, "DeduplicationScope")) ? groupId + "\u0000" + deduplicationId : deduplicationId;
        } else {
            if (deduplicationId != null) {
                throw AwsException.invalidParameterValue("Value " + deduplicationId + " for parameter MessageDeduplicationId is invalid. "
                        + "Reason: The request include parameter that is not valid for this queue type.");
            }
            if (groupId != null) {
                checkFifoId("MessageGroupId", groupId);
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
        return new Outgoing(m, dedupKey);
    }

    private Sent enqueue(Tx tx, Queue q, Outgoing out) throws SQLException {
        long now = clock.millis();
        if (out.deduplicationKey() != null) {
            SqsRepository.Deduplicated d = repo.deduplicated(tx, q.id(), out.deduplicationKey(), now);
            if (d != null) {
                return new Sent(d.messageId(), d.sequenceNumber());
            }
        }
        long seq = repo.insertMessage(tx, out.message());
        String sequenceNumber = q.fifo() ? StoredMessage.sequenceNumber(seq) : null;
        if (out.deduplicationKey() != null) {
            repo.remember(tx, q.id(), out.deduplicationKey(), out.message().messageId(), sequenceNumber, now + DEDUP_WINDOW_MS);
        }
        return new Sent(out.message().messageId(), sequenceNumber);
    }

    private static void checkFifoId(String parameter, String value) {
        if (!FIFO_ID.matcher(value).matches()) {
            throw AwsException.invalidParameterValue("Value " + value + " for parameter " + parameter + " is invalid. Reason: " + parameter
                    + " can only include alphanumeric and punctuation characters. 1 to 128 in length.");
        }
    }

    // Receiving

    @Override
    public ReceiveMessageResult receiveMessage(RequestContext ctx, ReceiveMessageRequest in) {
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
            checkFifoId("ReceiveRequestAttemptId", attemptId);
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
            Received got = receiveOnce(current, max, visibility, systemNames, attributeNames, attemptId);
            long waitLeft = TimeUnit.NANOSECONDS.toMillis(waitUntil - System.nanoTime());
            if (!got.messages().isEmpty() || waitLeft <= 0) {
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

    private Received receiveOnce(Queue q, int max, int visibility, Set<String> systemNames, List<String> attributeNames,
                                 String attemptId) {
        RedrivePolicy redrive = RedrivePolicy.of(q);
        Queue dlq = redrive == null ? null : queues.byArn(redrive.deadLetterTargetArn());
        Received got = store.write(tx -> {
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
                List<StoredMessage> candidates = q.fifo() ? repo.visibleFifo(tx, q.id(), now, retainedSince, max - out.size())
                        : repo.visible(tx, q.id(), now, retainedSince, max - out.size());
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
                        String.join(",", out.stream().map(Message::receiptHandle).toList()), now + DEDUP_WINDOW_MS);
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
                repo.setVisibleAt(tx, m.seq(), now + visibility * 1000L);
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

    // Deleting and changing visibility

    @Override
    public void deleteMessage(RequestContext ctx, DeleteMessageRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        ReceiptHandle r = ReceiptHandle.decode(in.receiptHandle(), q.id());
        store.write(tx -> {
            delete(tx, q, r, in.receiptHandle());
            return null;
        });
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

    @Override
    public DeleteMessageBatchResult deleteMessageBatch(RequestContext ctx, DeleteMessageBatchRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        List<DeleteMessageBatchRequestEntry> entries = in.entries();
        checkBatch(entries == null ? List.of() : entries.stream().map(DeleteMessageBatchRequestEntry::id).toList(), "DeleteMessageBatchRequestEntry");
        // Built inside the transaction, which the PostgreSQL engine may run more than once.
        return store.write(tx -> {
            List<DeleteMessageBatchResultEntry> ok = new ArrayList<>();
            List<BatchResultErrorEntry> failed = new ArrayList<>();
            for (DeleteMessageBatchRequestEntry e : entries) {
                try {
                    delete(tx, q, ReceiptHandle.decode(e.receiptHandle(), q.id()), e.receiptHandle());
                    ok.add(new DeleteMessageBatchResultEntry(e.id()));
                } catch (AwsException x) {
                    failed.add(failure(e.id(), x));
                }
            }
            return new DeleteMessageBatchResult(ok, failed);
        });
    }

    @Override
    public void changeMessageVisibility(RequestContext ctx, ChangeMessageVisibilityRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        ReceiptHandle r = ReceiptHandle.decode(in.receiptHandle(), q.id());
        store.write(tx -> {
            changeVisibility(tx, q, r, in.visibilityTimeout());
            return null;
        });
        if (in.visibilityTimeout() == 0) {
            waiters.signal(q.id());
        }
    }

    @Override
    public ChangeMessageVisibilityBatchResult changeMessageVisibilityBatch(RequestContext ctx, ChangeMessageVisibilityBatchRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        List<ChangeMessageVisibilityBatchRequestEntry> entries = in.entries();
        checkBatch(entries == null ? List.of() : entries.stream().map(ChangeMessageVisibilityBatchRequestEntry::id).toList(),
                "ChangeMessageVisibilityBatchRequestEntry");
        ChangeMessageVisibilityBatchResult result = store.write(tx -> {
            List<ChangeMessageVisibilityBatchResultEntry> ok = new ArrayList<>();
            List<BatchResultErrorEntry> failed = new ArrayList<>();
            for (ChangeMessageVisibilityBatchRequestEntry e : entries) {
                try {
                    changeVisibility(tx, q, ReceiptHandle.decode(e.receiptHandle(), q.id()), e.visibilityTimeout() == null ? 0 : e.visibilityTimeout());
                    ok.add(new ChangeMessageVisibilityBatchResultEntry(e.id()));
                } catch (AwsException x) {
                    failed.add(failure(e.id(), x));
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
        repo.setVisibleAt(tx, r.seq(), now + seconds * 1000L);
    }

    // Batches

    private static void checkBatch(List<String> ids, String entryName) {
        if (ids.isEmpty()) {
            throw new AwsException("EmptyBatchRequest", "There should be at least one " + entryName + " in the request.");
        }
        if (ids.size() > 10) {
            throw new AwsException("TooManyEntriesInBatchRequest", "Maximum number of entries per request are 10. You have sent " + ids.size() + ".");
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!MessageRules.validBatchId(id)) {
                throw new AwsException("InvalidBatchEntryId", "A batch entry id can only contain alphanumeric characters, hyphens and "
                        + "underscores. It can be at most 80 letters long.");
            }
            if (!seen.add(id)) {
                throw new AwsException("BatchEntryIdsNotDistinct", "Id " + id + " repeated.");
            }
        }
    }

    private static BatchResultErrorEntry failure(String id, AwsException e) {
        return new BatchResultErrorEntry(id, e.senderFault(), e.code(), e.getMessage());
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

    /**
     * One page of queues in name order, continued by a token naming the last one, good only for
     * the listing {@code scope} names; as in AWS, without MaxResults there is one page of up to
     * 1,000 and no token.
     */
    static Paging.Page<Queue> page(List<Queue> queues, String token, Integer maxResults, Object... scope) {
        if (maxResults != null && (maxResults < 1 || maxResults > 1000)) {
            throw AwsException.invalidParameterValue("Value " + maxResults
                    + " for parameter MaxResults is invalid. Reason: MaxResults must be an integer between 1 and 1000.");
        }
        Paging.Listing listing = Paging.Listing.of(t -> AwsException.invalidParameterValue("Invalid NextToken value."), scope);
        List<Queue> sorted = queues.stream().sorted(java.util.Comparator.comparing(Queue::name)).toList();
        Paging.Page<Queue> page = listing.after(sorted, Queue::name, token, maxResults == null ? 1000 : maxResults);
        return maxResults == null ? new Paging.Page<>(page.items(), null) : page;
    }
}
