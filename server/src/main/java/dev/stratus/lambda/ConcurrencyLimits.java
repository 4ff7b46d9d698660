package dev.stratus.lambda;

import dev.stratus.lambda.LambdaRepository.FunctionKey;
import dev.stratus.protocol.AwsException;
import dev.stratus.store.Store;
import dev.stratus.time.Nodes;
import java.util.HashMap;
import java.util.Map;

/**
 * Concurrent executions in use, against the account's limit and each function's reservation. A
 * function with reserved concurrency runs only within it; the others share what the reservations
 * leave of the account's limit (the unreserved pool).
 *
 * <p>Alone on its store, a node counts in memory, with no store round trip per invocation. Where
 * nodes share the store, each runs its own environments and the counts are kept there, across them
 * ({@link SharedExecutions}).
 */
final class ConcurrencyLimits {
    private final int accountLimit;
    private final Map<FunctionKey, Integer> inUse = new HashMap<>();
    private int unreservedInUse;
    private int reservedTotal;
    private final Map<FunctionKey, Integer> reserved = new HashMap<>();
    /** Where the counts are kept when nodes share the store; null when this node counts alone, in memory. */
    private volatile SharedExecutions acrossNodes;

    ConcurrencyLimits(int accountLimit) {
        this.accountLimit = accountLimit;
    }

    /** Where {@code nodes} share the store, counts executions there from now on, across them; alone, keeps counting in memory. */
    void countAcrossNodes(Store store, Nodes nodes) {
        if (nodes.shared()) {
            acrossNodes = new SharedExecutions(store, nodes, accountLimit);
        }
    }

    int accountLimit() {
        return accountLimit;
    }

    int unreservedLimit() {
        SharedExecutions shared = acrossNodes;
        if (shared != null) {
            return shared.unreservedLimit();
        }
        synchronized (this) {
            return accountLimit - reservedTotal;
        }
    }

    /** The function's reserved concurrency, or -1 when it has none. */
    int reservedFor(FunctionKey f) {
        SharedExecutions shared = acrossNodes;
        if (shared != null) {
            return shared.reservedFor(f);
        }
        synchronized (this) {
            return reserved.getOrDefault(f, -1);
        }
    }

    synchronized void reserve(FunctionKey f, Integer n) {
        Integer old = n == null ? reserved.remove(f) : reserved.put(f, n);
        reservedTotal += (n == null ? 0 : n) - (old == null ? 0 : old);
    }

    /** One execution taken; given back with {@link #release}. */
    record Lease(FunctionKey function, boolean unreserved) {
    }

    /** Takes one execution for {@code f}, or throws TooManyRequestsException with AWS's reason. */
    Lease acquire(FunctionKey f) {
        SharedExecutions shared = acrossNodes;
        return shared != null ? shared.acquire(f) : acquireHere(f);
    }

    void release(Lease lease) {
        SharedExecutions shared = acrossNodes;
        if (shared != null) {
            shared.release(lease);
        } else {
            releaseHere(lease);
        }
    }

    private synchronized Lease acquireHere(FunctionKey f) {
        Integer own = reserved.get(f);
        int used = inUse.getOrDefault(f, 0);
        if (own != null && used >= own) {
            throw throttled("ReservedFunctionConcurrentInvocationLimitExceeded");
        }
        if (own == null && unreservedInUse >= accountLimit - reservedTotal) {
            throw throttled("ConcurrentInvocationLimitExceeded");
        }
        inUse.put(f, used + 1);
        if (own == null) {
            unreservedInUse++;
        }
        return new Lease(f, own == null);
    }

    private synchronized void releaseHere(Lease lease) {
        int used = inUse.getOrDefault(lease.function(), 0) - 1;
        if (used <= 0) {
            inUse.remove(lease.function());
        } else {
            inUse.put(lease.function(), used);
        }
        if (lease.unreserved()) {
            unreservedInUse--;
        }
    }

    static AwsException throttled(String reason) {
        return new AwsException("TooManyRequestsException", "Rate Exceeded.").with("Reason", reason);
    }
}
