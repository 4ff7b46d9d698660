package dev.stratus.platform.identity;

import dev.stratus.platform.PolicyDocument;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Resource policies by ARN, kept in memory in front of the store: they are read on every delivery
 * and on every request by an IAM user or role session, and written rarely. A service calls
 * {@link #changed()} after each write that may change a policy has committed; a read that raced
 * with such a write is not kept, so the cache never holds a policy older than the last commit.
 */
public final class PolicyCache {
    /** ARNs are named by requests, so a flood of names that exist nowhere must not grow the cache without end. */
    private static final int MAX_ENTRIES = 10_000;

    private final Function<String, Optional<PolicyDocument>> load;
    private final Map<String, Optional<PolicyDocument>> byArn = new ConcurrentHashMap<>();
    private long generation;

    /** In front of {@code load}, which reads the policy of the resource with an ARN from the store. */
    public PolicyCache(Function<String, Optional<PolicyDocument>> load) {
        this.load = load;
    }

    public Optional<PolicyDocument> get(String arn) {
        Optional<PolicyDocument> cached = byArn.get(arn);
        if (cached != null) {
            return cached;
        }
        long seen;
        synchronized (this) {
            seen = generation;
        }
        Optional<PolicyDocument> loaded = load.apply(arn);
        synchronized (this) {
            if (generation == seen) {
                if (byArn.size() >= MAX_ENTRIES) {
                    byArn.clear();
                }
                byArn.put(arn, loaded);
            }
        }
        return loaded;
    }

    /** A write that may have changed policies has committed: every policy is read afresh. */
    public synchronized void changed() {
        generation++;
        byArn.clear();
    }
}
