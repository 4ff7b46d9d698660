package dev.stratus.sqs;

import dev.stratus.platform.Arn;
import dev.stratus.platform.Changes;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Every queue, kept in memory and written through to the store: finds a queue by URL, name or
 * ARN, and persists changes before the cache shows them. Nodes sharing the store keep in step by
 * {@link Changes}: each change names the queue, and every node reads it again (on a thread of its
 * own, a batch at a time). A queue named before its creation was heard of is looked up in
 * the store, so a queue created through one node is usable through another at once.
 */
final class QueueRegistry implements Changes.Follower, AutoCloseable {
    static final String CHANNEL = "sqs.queues";
    /** What {@link #refreshing} is given when every queue must be read again. */
    private static final long ALL = -1;

    record Key(String account, String region, String name) {
    }

    private final Store store;
    private final SqsRepository repo;
    private final Changes changes;
    private final LongConsumer gone;
    private final Map<Key, Queue> byKey = new ConcurrentHashMap<>();
    private final Map<Long, Queue> byId = new ConcurrentHashMap<>();
    private final Coalescer<Long> refreshing;

    /** The queues of this node; {@code gone} is told of each queue deleted (by another node, or by this one as it reads the queue again). */
    QueueRegistry(Store store, SqsRepository repo, LongConsumer gone) {
        this.store = store;
        this.repo = repo;
        this.gone = gone;
        this.refreshing = new Coalescer<>("stratus-sqs-queues", this::refresh);
        this.changes = new Changes(store, CHANNEL, this);
        store.read(tx -> repo.allQueues(tx)).forEach(this::cache);
    }

    @Override
    public void changed(String key) {
        refreshing.add(Long.parseLong(key));
    }

    @Override
    public void changedAll() {
        refreshing.add(ALL);
    }

    /** Reads again the queues that changed, under the lock of changes, so that none is cached older than it is stored. */
    private synchronized void refresh(java.util.Set<Long> ids) {
        if (ids.contains(ALL)) {
            List<Queue> stored = store.read(repo::allQueues);
            java.util.Set<Long> kept = new java.util.HashSet<>();
            stored.forEach(q -> {
                cache(q);
                kept.add(q.id());
            });
            List.copyOf(byId.keySet()).stream().filter(id -> !kept.contains(id)).forEach(this::uncache);
            return;
        }
        for (long id : ids) {
            Queue q = store.read(tx -> repo.queue(tx, id));
            if (q != null) {
                cache(q);
            } else {
                uncache(id);
            }
        }
    }

    private void uncache(long id) {
        Queue q = byId.remove(id);
        if (q != null) {
            byKey.remove(key(q));
            gone.accept(id);
        }
    }

    /** A queue another node created a moment ago, whose announcement this node has not heard yet; null when there is none. */
    private synchronized Queue stored(Key k) {
        Queue q = byKey.get(k);
        if (q == null) {
            q = store.read(tx -> repo.queue(tx, k.account(), k.region(), k.name()));
            if (q != null) {
                cache(q);
            }
        }
        return q;
    }

    private Queue find(Key k) {
        Queue q = byKey.get(k);
        return q != null ? q : stored(k);
    }

    /**
     * The queue a QueueUrl names: any host, path /{account}/{name}, in the caller's region. A
     * QueueUrl that is no URL at all is taken as a queue name of the caller's, as AWS does.
     */
    Queue byUrl(RequestContext ctx, String queueUrl) {
        int scheme = queueUrl.indexOf("://");
        if (scheme < 0) {
            Queue q = find(new Key(ctx.accountId(), ctx.region(), queueUrl));
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
        Queue q = parts[0].equals(ctx.accountId()) ? find(new Key(parts[0], ctx.region(), parts[1])) : null;
        if (q == null) {
            throw doesNotExist();
        }
        return q;
    }

    Queue byName(String account, String region, String name) {
        return find(new Key(account, region, name));
    }

    /** The queue an ARN names, or null. */
    Queue byArn(String arn) {
        return queueArn(arn).map(a -> find(new Key(a.account(), a.region(), a.resource()))).orElse(null);
    }

    static boolean isQueueArn(String arn) {
        return queueArn(arn).isPresent();
    }

    /** arn:{partition}:sqs:{region}:{account}:{name} */
    private static Optional<Arn> queueArn(String arn) {
        return Arn.parse(arn).filter(a -> a.service().equals("sqs") && !a.region().isEmpty() && isAccountId(a.account()) && !a.resource().contains(":"));
    }

    /** Twelve ASCII digits, read by hand: every request's queue ARN is read for its policy, and a regex cost more than the lookup. */
    private static boolean isAccountId(String account) {
        return account.length() == 12 && account.chars().allMatch(c -> c >= '0' && c <= '9');
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
     * decides what an existing one means (its answer, or an error). One change to the queues at a
     * time on this node; across nodes, the store refuses the second of two creations of one name,
     * whose transaction then runs again and finds the first.
     */
    synchronized Queue create(Queue draft, UnaryOperator<Queue> existing, Also also) {
        Queue q = byKey.get(key(draft));
        if (q != null) {
            return existing.apply(q);
        }
        Made made = store.write(tx -> {
            Queue other = repo.queue(tx, draft.account(), draft.region(), draft.name());
            if (other != null) {
                return new Made(other, false);
            }
            long id = repo.insertQueue(tx, draft);
            also.run(tx, draft);
            changes.changed(tx, Long.toString(id));
            return new Made(new Queue(id, draft.account(), draft.region(), draft.name(), draft.attributes(), draft.createdAt(),
                    draft.modifiedAt(), 0), true);
        });
        cache(made.queue());
        return made.created() ? made.queue() : existing.apply(made.queue());
    }

    /** The queue a creation found stored (another node's, made a moment ago) or {@code created}. */
    private record Made(Queue queue, boolean created) {
    }

    /**
     * Changes a queue as it is stored now — {@code change} may refuse by throwing — and stores the
     * result together with {@code also}, so concurrent changes, on this node or another, never
     * overwrite each other.
     */
    synchronized Queue update(Queue q, UnaryOperator<Queue> change, Also also) {
        Queue changed = store.write(tx -> {
            Queue current = repo.queue(tx, q.id());
            if (current == null) {
                throw doesNotExist();
            }
            Queue c = change.apply(current);
            if (also != null) {
                also.run(tx, c);
            }
            repo.updateQueue(tx, c);
            changes.changed(tx, Long.toString(c.id()));
            return c;
        });
        cache(changed);
        return changed;
    }

    synchronized void delete(Queue q) {
        store.write(tx -> {
            repo.deleteQueue(tx, q);
            changes.changed(tx, Long.toString(q.id()));
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

    @Override
    public void close() {
        refreshing.close();
    }
}
