package dev.stratus.sqs;

import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
        URI uri;
        try {
            uri = new URI(queueUrl);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getScheme() == null) {
            Queue q = byKey.get(new Key(ctx.accountId(), ctx.region(), queueUrl));
            if (q == null) {
                throw doesNotExist();
            }
            return q;
        }
        String path = uri.getPath();
        if (path == null) {
            throw invalidAddress(queueUrl);
        }
        String[] parts = path.split("/");
        if (parts.length != 3 || !parts[0].isEmpty()) {
            throw invalidAddress(queueUrl);
        }
        Queue q = parts[1].equals(ctx.accountId()) ? byKey.get(new Key(parts[1], ctx.region(), parts[2])) : null;
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
        if (!isQueueArn(arn)) {
            return null;
        }
        String[] p = arn.split(":");
        return byKey.get(new Key(p[4], p[3], p[5]));
    }

    /** arn:aws:sqs:{region}:{account}:{name} */
    static boolean isQueueArn(String arn) {
        String[] p = arn == null ? new String[0] : arn.split(":", -1);
        return p.length == 6 && p[0].equals("arn") && p[2].equals("sqs") && !p[3].isEmpty() && p[4].matches("\\d{12}") && !p[5].isEmpty();
    }

    Queue byId(long id) {
        return byId.get(id);
    }

    /** A queue as it is now (null when deleted since {@code q} was read). */
    Queue current(Queue q) {
        return byId.get(q.id());
    }

    Stream<Queue> inRegion(String account, String region) {
        return byKey.values().stream().filter(q -> q.account().equals(account) && q.region().equals(region));
    }

    Queue create(Queue q) {
        long id = store.write(tx -> repo.insertQueue(tx, q));
        Queue created = new Queue(id, q.account(), q.region(), q.name(), q.attributes(), q.tags(), q.createdAt(), q.modifiedAt(), 0);
        cache(created);
        return created;
    }

    void update(Queue q) {
        store.write(tx -> {
            repo.updateQueue(tx, q);
            return null;
        });
        cache(q);
    }

    /** Runs {@code work} and then writes {@code q}, in one transaction. */
    <T> T updateWith(Queue q, Store.Work<T> work) {
        T result = store.write(tx -> {
            T r = work.run(tx);
            repo.updateQueue(tx, q);
            return r;
        });
        cache(q);
        return result;
    }

    void delete(Queue q) {
        store.write(tx -> {
            repo.deleteQueue(tx, q.id());
            return null;
        });
        byKey.remove(key(q));
        byId.remove(q.id());
    }

    List<Queue> all() {
        return List.copyOf(byId.values());
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
