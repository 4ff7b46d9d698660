package dev.stratus.sqs;

import dev.stratus.platform.Arn;
import dev.stratus.platform.Paging;
import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.TagRules;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.sqs.api.AddPermissionRequest;
import dev.stratus.sqs.api.CreateQueueRequest;
import dev.stratus.sqs.api.CreateQueueResult;
import dev.stratus.sqs.api.DeleteQueueRequest;
import dev.stratus.sqs.api.GetQueueAttributesRequest;
import dev.stratus.sqs.api.GetQueueAttributesResult;
import dev.stratus.sqs.api.GetQueueUrlRequest;
import dev.stratus.sqs.api.GetQueueUrlResult;
import dev.stratus.sqs.api.ListDeadLetterSourceQueuesRequest;
import dev.stratus.sqs.api.ListDeadLetterSourceQueuesResult;
import dev.stratus.sqs.api.ListQueueTagsRequest;
import dev.stratus.sqs.api.ListQueueTagsResult;
import dev.stratus.sqs.api.ListQueuesRequest;
import dev.stratus.sqs.api.ListQueuesResult;
import dev.stratus.sqs.api.PurgeQueueRequest;
import dev.stratus.sqs.api.RemovePermissionRequest;
import dev.stratus.sqs.api.SetQueueAttributesRequest;
import dev.stratus.sqs.api.TagQueueRequest;
import dev.stratus.sqs.api.UntagQueueRequest;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The queues themselves: creating, finding, listing, configuring, purging and deleting them, their
 * dead-letter sources, tags and permissions.
 */
final class QueueAdministration {
    private static final Pattern QUEUE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final Pattern FIFO_QUEUE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,75}\\.fifo");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final long PURGE_INTERVAL_MS = 60 * 1000;
    private static final Set<String> SHARABLE_ACTIONS = Set.of("*", "SendMessage", "ReceiveMessage", "DeleteMessage",
            "ChangeMessageVisibility", "GetQueueAttributes", "GetQueueUrl", "ListDeadLetterSourceQueues", "PurgeQueue", "ListQueueTags");
    /** SQS's answers to tags that break the common rules. */
    private static final TagRules TAG_RULES = new TagRules(r -> AwsException.invalidParameterValue("Tag " + r.key() + " is invalid: keys are 1 to "
            + "128 characters and may not start with aws:, values 0 to 256 characters."),
            () -> AwsException.invalidParameterValue("Too many tags added for queue. A queue can have at most 50 tags."), null);

    private final Store store;
    private final Clock clock;
    private final SqsRepository repo;
    private final QueueRegistry queues;
    private final QueueWaiters waiters;

    QueueAdministration(Store store, Clock clock, SqsRepository repo, QueueRegistry queues, QueueWaiters waiters) {
        this.store = store;
        this.clock = clock;
        this.repo = repo;
        this.queues = queues;
        this.waiters = waiters;
    }

    CreateQueueResult createQueue(RequestContext ctx, CreateQueueRequest in) {
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

    void deleteQueue(RequestContext ctx, DeleteQueueRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        queues.delete(q);
        waiters.forget(q.id());
    }

    GetQueueUrlResult getQueueUrl(RequestContext ctx, GetQueueUrlRequest in) {
        String owner = in.queueOwnerAWSAccountId() != null ? in.queueOwnerAWSAccountId() : ctx.accountId();
        Queue q = queues.byName(owner, ctx.region(), in.queueName());
        if (q == null) {
            throw QueueRegistry.doesNotExist();
        }
        return new GetQueueUrlResult(q.url(ctx.host()));
    }

    ListQueuesResult listQueues(RequestContext ctx, ListQueuesRequest in) {
        String prefix = in.queueNamePrefix() == null ? "" : in.queueNamePrefix();
        List<Queue> found = queues.inRegion(ctx.accountId(), ctx.region()).filter(q -> q.name().startsWith(prefix)).toList();
        Paging.Page<Queue> page = page(found, in.nextToken(), in.maxResults(), "ListQueues", ctx.accountId(), ctx.region(), prefix);
        List<String> urls = page.items().stream().map(q -> q.url(ctx.host())).toList();
        return new ListQueuesResult(urls.isEmpty() ? null : urls, page.nextToken());
    }

    GetQueueAttributesResult getQueueAttributes(RequestContext ctx, GetQueueAttributesRequest in) {
        long id = queues.byUrl(ctx, in.queueUrl()).id();
        // The store's row, not this node's copy: what a caller just set through another node is what it reads back.
        Queue q = store.read(tx -> repo.queue(tx, id));
        if (q == null) {
            throw QueueRegistry.doesNotExist();
        }
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

    void setQueueAttributes(RequestContext ctx, SetQueueAttributesRequest in) {
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

    void purgeQueue(RequestContext ctx, PurgeQueueRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        long now = clock.millis();
        queues.update(q, current -> {
            if (current.lastPurgeAt() > 0 && now - current.lastPurgeAt() < PURGE_INTERVAL_MS) {
                throw new AwsException("PurgeQueueInProgress", "Only one PurgeQueue operation on " + q.name() + " is allowed every 60 seconds.");
            }
            return current.withLastPurgeAt(now);
        }, (tx, changed) -> repo.purge(tx, changed.id()));
    }

    ListDeadLetterSourceQueuesResult listDeadLetterSourceQueues(RequestContext ctx, ListDeadLetterSourceQueuesRequest in) {
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

    void tagQueue(RequestContext ctx, TagQueueRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        if (in.tags() == null || in.tags().isEmpty()) {
            throw AwsException.missingParameter("Tags");
        }
        queues.update(q, current -> current, (tx, current) -> Tags.put(tx, current.arn(), in.tags(), TAG_RULES));
    }

    void untagQueue(RequestContext ctx, UntagQueueRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        if (in.tagKeys() == null || in.tagKeys().isEmpty()) {
            throw AwsException.missingParameter("TagKeys");
        }
        queues.update(q, current -> current, (tx, current) -> Tags.remove(tx, current.arn(), in.tagKeys()));
    }

    ListQueueTagsResult listQueueTags(RequestContext ctx, ListQueueTagsRequest in) {
        Queue q = queues.byUrl(ctx, in.queueUrl());
        Map<String, String> tags = store.read(tx -> Tags.list(tx, q.arn()));
        return new ListQueueTagsResult(tags.isEmpty() ? null : tags);
    }

    void addPermission(RequestContext ctx, AddPermissionRequest in) {
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

    void removePermission(RequestContext ctx, RemovePermissionRequest in) {
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
