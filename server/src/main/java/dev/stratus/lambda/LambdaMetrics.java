package dev.stratus.lambda;

import dev.stratus.lambda.LambdaRepository.FunctionKey;
import dev.stratus.platform.Arn;
import dev.stratus.platform.jobs.Delivery;
import dev.stratus.platform.jobs.DeliveryWatcher;
import dev.stratus.platform.port.Metrics;
import dev.stratus.runtime.InvocationResult;
import dev.stratus.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Lambda publishes to CloudWatch in AWS/Lambda, as AWS names it. An invocation's metrics
 * (Invocations, Errors, Throttles, Duration) carry the function across all functions (no
 * dimension), by FunctionName, by FunctionName and Resource (the name, or name:qualifier as
 * invoked) and, invoked through an alias, by the version the alias ran (ExecutedVersion); they are
 * stamped with when the invocation started, as AWS stamps them. ConcurrentExecutions is the most
 * that ran at once in each minute, by function and for the account (with UnreservedConcurrentExecutions,
 * the share of functions without reserved concurrency).
 */
final class LambdaMetrics {
    static final String NAMESPACE = "AWS/Lambda";

    private final Metrics metrics;
    private final Clock clock;
    /** Executions running now and the most at once since the last minute was sampled, by function and by account. */
    private final Map<FunctionKey, Peak> functions = new HashMap<>();
    private final Map<List<String>, Peak> accounts = new HashMap<>();
    private final Map<List<String>, Peak> unreserved = new HashMap<>();

    private static final class Peak {
        int running;
        int most;

        void start() {
            running++;
            most = Math.max(most, running);
        }
    }

    LambdaMetrics(Metrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
        metrics.sampleEveryMinute((tx, minute, into) -> sampleConcurrency(minute, into));
    }

    /** An invocation that ran (successfully or not), started at {@code startedAt}. */
    void invoked(FunctionKey function, String qualifier, String executedVersion, long startedAt, InvocationResult result) {
        for (Map<String, String> dims : dimensions(function, qualifier, executedVersion)) {
            record(function, "Invocations", dims, 1, "Count", startedAt);
            record(function, "Errors", dims, result.failed() ? 1 : 0, "Count", startedAt);
            record(function, "Throttles", dims, 0, "Count", startedAt);
            record(function, "Duration", dims, result.durationMillis(), "Milliseconds", startedAt);
        }
    }

    /** An invocation refused for want of concurrency. */
    void throttled(FunctionKey function, String qualifier, String executedVersion) {
        long now = clock.millis();
        for (Map<String, String> dims : dimensions(function, qualifier, executedVersion)) {
            record(function, "Throttles", dims, 1, "Count", now);
        }
    }

    /** An asynchronous event accepted into the function's queue. */
    void asyncEventReceived(FunctionKey function, String qualifier) {
        long now = clock.millis();
        for (Map<String, String> dims : functionDimensions(function, qualifier)) {
            record(function, "AsyncEventsReceived", dims, 1, "Count", now);
        }
    }

    /** An attempt at an asynchronous event, {@code ageMillis} after it was accepted. */
    void asyncEventAttempted(FunctionKey function, String qualifier, long ageMillis) {
        long now = clock.millis();
        for (Map<String, String> dims : functionDimensions(function, qualifier)) {
            record(function, "AsyncEventAge", dims, ageMillis, "Milliseconds", now);
        }
    }

    /** An asynchronous event given up without a successful run (to its destination or dead-letter queue, if any). */
    void asyncEventDropped(FunctionKey function, String qualifier) {
        long now = clock.millis();
        for (Map<String, String> dims : functionDimensions(function, qualifier)) {
            record(function, "AsyncEventsDropped", dims, 1, "Count", now);
        }
    }

    /**
     * The job engine's word on a delivery a function owed: a dead-letter message (it carries the
     * RequestID attribute Lambda gives it) or a destination's record that failed for good is a
     * DeadLetterErrors or a DestinationDeliveryFailures.
     */
    void deliveryAttempted(Delivery d, boolean deadLetter, DeliveryWatcher.Attempt attempt) {
        if (attempt != DeliveryWatcher.Attempt.FAILED) {
            return;
        }
        Arn source = Arn.parse(d.source()).orElse(null);
        String resource = source == null ? null : source.resourceAfter("function:").orElse(null);
        if (resource == null) {
            return;
        }
        String[] parts = resource.split(":", 2);
        FunctionKey function = new FunctionKey(source.account(), source.region(), parts[0]);
        String name = d.attributes() != null && d.attributes().containsKey("RequestID") ? "DeadLetterErrors" : "DestinationDeliveryFailures";
        long now = clock.millis();
        for (Map<String, String> dims : functionDimensions(function, parts.length > 1 ? parts[1] : null)) {
            record(function, name, dims, 1, "Count", now);
        }
    }

    /** An execution taken; {@code unreservedPool} when the function has no reserved concurrency. */
    synchronized void started(FunctionKey function, boolean unreservedPool) {
        functions.computeIfAbsent(function, f -> new Peak()).start();
        List<String> account = List.of(function.account(), function.region());
        accounts.computeIfAbsent(account, a -> new Peak()).start();
        if (unreservedPool) {
            unreserved.computeIfAbsent(account, a -> new Peak()).start();
        }
    }

    synchronized void finished(FunctionKey function, boolean unreservedPool) {
        functions.get(function).running--;
        List<String> account = List.of(function.account(), function.region());
        accounts.get(account).running--;
        if (unreservedPool) {
            unreserved.get(account).running--;
        }
    }

    /** The minute's most concurrent executions, for what ran in it; then the count starts again from what runs now. */
    private synchronized void sampleConcurrency(long minute, Metrics into) {
        functions.forEach((f, p) -> into.record(Metrics.Datapoint.of(f.account(), f.region(), NAMESPACE, "ConcurrentExecutions",
                Map.of("FunctionName", f.name()), p.most, "Count", minute)));
        accounts.forEach((a, p) -> into.record(Metrics.Datapoint.of(a.get(0), a.get(1), NAMESPACE, "ConcurrentExecutions", Map.of(), p.most,
                "Count", minute)));
        unreserved.forEach((a, p) -> into.record(Metrics.Datapoint.of(a.get(0), a.get(1), NAMESPACE, "UnreservedConcurrentExecutions", Map.of(),
                p.most, "Count", minute)));
        for (Map<?, Peak> peaks : List.of(functions, accounts, unreserved)) {
            peaks.values().removeIf(p -> p.running == 0);
            peaks.values().forEach(p -> p.most = p.running);
        }
    }

    private void record(FunctionKey function, String name, Map<String, String> dims, double value, String unit, long at) {
        metrics.record(Metrics.Datapoint.of(function.account(), function.region(), NAMESPACE, name, dims, value, unit, at));
    }

    /**
     * An invocation's dimension sets: none, FunctionName, FunctionName with Resource and, when an
     * alias was invoked, with the version it ran as ExecutedVersion.
     */
    static List<Map<String, String>> dimensions(FunctionKey function, String qualifier, String executedVersion) {
        List<Map<String, String>> all = new ArrayList<>();
        all.add(Map.of());
        List<Map<String, String>> byFunction = functionDimensions(function, qualifier);
        all.addAll(byFunction);
        if (qualifier != null && isAlias(qualifier) && executedVersion != null) {
            Map<String, String> executed = new LinkedHashMap<>(byFunction.getLast());
            executed.put("ExecutedVersion", executedVersion);
            all.add(executed);
        }
        return all;
    }

    /** FunctionName, and FunctionName with Resource (the name, qualified as invoked). */
    static List<Map<String, String>> functionDimensions(FunctionKey function, String qualifier) {
        return List.of(Map.of("FunctionName", function.name()),
                Map.of("FunctionName", function.name(), "Resource", qualifier == null ? function.name() : function.name() + ":" + qualifier));
    }

    /** A qualifier that is neither a version number nor $LATEST. */
    private static boolean isAlias(String qualifier) {
        return !qualifier.equals(LambdaService.LATEST) && !qualifier.chars().allMatch(Character::isDigit);
    }
}
