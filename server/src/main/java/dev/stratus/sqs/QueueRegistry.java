package dev.stratus.sqs;

import dev.stratus.platform.Arn;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Every queue, kept in memory and written through to the store: finds a queue by URL, name or
 * ARN, and persists changes before the cache shows them.
 */
final class QueueRegistry {
    record Key(String account, String region, String name) {
    }

    private final Store store;
    private final SqsRepository repo;
    private final Map<Key, Queue> byKey = new ConcurrentHashMap<>();
    private final Map<Long, Queue> byId = new ConcurrentHashMap<>();

    QueueRegistry(Store store, SqsRepository repo) {
        this.store = store;
        this.repo = repo;
        store.read(tx -> repo.allQueues(tx)).forEach(this::cache);
    }

    /**
     * The queue a QueueUrl names: any host, path /{account}/{name}, in the caller's region. A
     * QueueUrl that is no URL at all is taken as a queue name of the caller's, as AWS does.
     */
    Queue byUrl(RequestContext ctx, String queueUrl) {
        int scheme = queueUrl.indexOf("://");
        if (scheme < 0) {
            Queue q = byKey.get(new Key(ctx.accountId(), ctx.region(), queueUrl));
            if (q == null) {
                throw doesNotExist();
            }
            return q;
        }
        // scheme://host[:port]/{account}/{name}, read by hand: URI parsing showed up in the profile of every call.
        int pathStart = queueUrl.indexOf('/', scheme + 3);
        String[] parts = pathStart < 0 ? new String[0] : queueUrl.substring(pathStart + 1).split("/", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty() || queueUrl.indexOf('?') >= 0) {
            throw invalidAddress(queueUrl);
        }
        Queue q = parts[0].equals(ctx.accountId()) ? byKey.get(new Key(parts[0], ctx.region(), parts[1])) : null;
        if (q == null) {
            throw doesNotExist();
        }
        return q;
    }

    Queue byName(String account, String region, String name) {
        return byKey.get(new Key(account, region, name));
    }

    /** The queue an ARN names, or null. */
    Queue byArn(String arn) {
        return queueArn(arn).map(a -> byKey.get(new Key(a.account(), a.region(), a.resource()))).orElse(null);
    }

    static boolean isQueueArn(String arn) {
        return queueArn(arn).isPresent();
    }

    /** arn:{partition}:sqs:{region}:{account}:{name} */
    private static Optional<Arn> queueArn(String arn) {
        return Arn.parse(arn).filter(a -> a.service().equals("sqs") && !a.region().isEmpty() && a.account().matches("\\d{12}") && !a.resource().contains(":"));
    }

    /** A queue as it is now (null when deleted since {@code q} was read). */
    Queue current(Queue q) {
        return byId.get(q.id());
    }

    java.util.Collection<Queue> all() {
        return byId.values();
    }

    Stream<Queue> inRegion(String account, String region) {
        return byKey.values().stream().filter(q -> q.account().equals(account) && q.region().equals(region));
    }

    /** Work on a queue's rows that commits with the change to the queue. */
    @FunctionalInterface
    interface Also {
        void run(Tx tx, Queue changed) throws SQLException;
    }

    /**
     * Creates the queue named by {@code draft} unless it exists, with {@code also}; {@code existing}
     * decides what an existing one means (its answer, or an error). One change to the queues at a time.
     */
    synchronized Queue create(Queue draft, UnaryOperator<Queue> existing, Also also) {
        Queue q = byKey.get(key(draft));
        if (q != null) {
            return existing.apply(q);
        }
        long id = store.write(tx -> {
            long inserted = repo.insertQueue(tx, draft);
            also.run(tx, draft);
            return inserted;
        });
        Queue created = new Queue(id, draft.account(), draft.region(), draft.name(), draft.attributes(),
                draft.createdAt(), draft.modifiedAt(), 0);
        cache(created);
        return created;
    }

    /**
     * Changes a queue as it is now — {@code change} may refuse by throwing — and stores the
     * result together with {@code also}, so concurrent changes never overwrite each other.
     */
    synchronized Queue update(Queue q, UnaryOperator<Queue> change, Also also) {
        Queue current = byId.get(q.id());
        if (current == null) {
            throw doesNotExist();
        }
        Queue changed = change.apply(current);
        store.write(tx -> {
            if (also != null) {
                also.run(tx, changed);
            }
            if (!repo.updateQueue(tx, changed)) {
                throw doesNotExist();
            }
            return null;
        });
        cache(changed);
        return changed;
    }

    synchronized void delete(Queue q) {
        store.write(tx -> {
            repo.deleteQueue(tx, q);
            return null;
        });
        byKey.remove(key(q));
        byId.remove(q.id());
    }

    private void cache(Queue q) {
        byKey.put(key(q), q);
        byId.put(q.id(), q);
    }

    private static Key key(Queue q) {
        return new Key(q.account(), q.region(), q.name());
    }

    static AwsException doesNotExist() {
        return new AwsException("QueueDoesNotExist", "The specified queue does not exist.");
    }

    private static AwsException invalidAddress(String url) {
        return new AwsException("InvalidAddress", "The address " + url + " is not valid for this endpoint.");
    }

}
