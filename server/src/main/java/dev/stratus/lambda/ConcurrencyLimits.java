package dev.stratus.lambda;

import dev.stratus.lambda.LambdaRepository.FunctionKey;
import dev.stratus.protocol.AwsException;
import java.util.HashMap;
import java.util.Map;

/**
 * Concurrent executions in use, against the account's limit and each function's reservation. A
 * function with reserved concurrency runs only within it; the others share what the reservations
 * leave of the account's limit (the unreserved pool).
 */
final class ConcurrencyLimits {
    private final int accountLimit;
    private final Map<FunctionKey, Integer> inUse = new HashMap<>();
    private int unreservedInUse;
    private int reservedTotal;
    private final Map<FunctionKey, Integer> reserved = new HashMap<>();

    ConcurrencyLimits(int accountLimit) {
        this.accountLimit = accountLimit;
    }

    int accountLimit() {
        return accountLimit;
    }

    synchronized int unreservedLimit() {
        return accountLimit - reservedTotal;
    }

    /** The function's reserved concurrency, or -1 when it has none. */
    synchronized int reservedFor(FunctionKey f) {
        return reserved.getOrDefault(f, -1);
    }

    synchronized void reserve(FunctionKey f, Integer n) {
        Integer old = n == null ? reserved.remove(f) : reserved.put(f, n);
        reservedTotal += (n == null ? 0 : n) - (old == null ? 0 : old);
    }

    /** One execution taken; given back with {@link #release}. */
    record Lease(FunctionKey function, boolean unreserved) {
    }

    /** Takes one execution for {@code f}, or throws TooManyRequestsException with AWS's reason. */
    synchronized Lease acquire(FunctionKey f) {
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

    synchronized void release(Lease lease) {
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

    private static AwsException throttled(String reason) {
        return new AwsException("TooManyRequestsException", "Rate Exceeded.").with("Reason", reason);
    }
}
