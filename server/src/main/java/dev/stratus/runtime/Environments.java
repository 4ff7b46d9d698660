package dev.stratus.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every execution environment of this Stratus, pooled per function version: an invocation takes
 * the most recently used idle environment of its version, or starts a new one, so the pool grows
 * to the concurrency in use. Queued invocations (asynchronous events, an event source's batches)
 * instead wait their turn, oldest first, for an environment to come free, and start one only when
 * {@link QueuedScaling} says the backlog needs it. Environments idle longer than the reap time are
 * stopped. A version whose configuration or code changed gets fresh environments; the old ones
 * finish what they run and stop. Concurrency limits are the caller's (Lambda's) business.
 */
public final class Environments implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Environments.class.getName());
    private static final long MONITOR_INTERVAL_MS = 100;

    private final Path workDir;
    private final Sandbox sandbox = Sandbox.host();
    private final Path runtimeDir;
    private final LogWriter.Factory logs;
    private final long idleMillis;
    private final Map<String, Pool> pools = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private final ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lambda-monitor");
        t.setDaemon(true);
        return t;
    });

    /**
     * What a queued invocation waiting in a pool is given: an idle environment, or leave to start
     * one ({@code env} null).
     */
    private record Grant(ExecutionEnvironment env) {
    }

    /** The environments of one function version with one configuration. */
    private final class Pool {
        final EnvironmentSpec spec;
        final Deque<ExecutionEnvironment> idle = new ArrayDeque<>();
        final List<ExecutionEnvironment> all = new ArrayList<>();
        /** Queued invocations waiting for an environment, oldest first: each is served in turn, never all woken at once. */
        final Deque<CompletableFuture<Grant>> waiting = new ArrayDeque<>();
        final QueuedScaling scaling = new QueuedScaling();
        /** Environments started and not yet through their first invocation. */
        int starting;
        /** Queued invocations given an environment or leave to start one, so far: the pace {@link QueuedScaling} watches. */
        long taken;
        boolean retired;

        Pool(EnvironmentSpec spec) {
            this.spec = spec;
        }

        /**
         * For an invocation that runs now: the most recently used idle environment, or null when
         * the caller is to start one (and is counted as starting).
         */
        synchronized ExecutionEnvironment take() {
            ExecutionEnvironment env = idleOne();
            if (env == null) {
                starting++;
            }
            return env;
        }

        /**
         * For a queued invocation: a place in line, granted an environment as one comes free or
         * leave to start one when {@link QueuedScaling} says the backlog needs it.
         */
        synchronized CompletableFuture<Grant> line() {
            CompletableFuture<Grant> grant = new CompletableFuture<>();
            waiting.addLast(grant);
            serve();
            return grant;
        }

        /** Hands idle environments, then starts, to the oldest waiters. */
        synchronized void serve() {
            while (!waiting.isEmpty()) {
                ExecutionEnvironment env = idleOne();
                if (env != null) {
                    taken++;
                    waiting.pollFirst().complete(new Grant(env));
                } else if (retired || scaling.shouldStart(System.currentTimeMillis(), waiting.size(), starting, all.size(), taken)) {
                    taken++;
                    starting++;
                    waiting.pollFirst().complete(new Grant(null));
                } else {
                    return;
                }
            }
            scaling.drained();
        }

        /** A waiter that gave up (interrupted): its place goes, or what it was granted goes back. */
        synchronized void leave(CompletableFuture<Grant> grant) {
            if (waiting.remove(grant)) {
                return;
            }
            Grant g = grant.join();
            if (g.env() != null) {
                give(g.env());
            } else {
                started();
            }
        }

        private ExecutionEnvironment idleOne() {
            while (!idle.isEmpty()) {
                ExecutionEnvironment env = idle.pollFirst();
                if (env.state() != ExecutionEnvironment.State.GONE) {
                    return env;
                }
                forget(env);
            }
            return null;
        }

        synchronized void started() {
            starting--;
            serve();
        }

        synchronized void give(ExecutionEnvironment env) {
            if (retired || env.state() == ExecutionEnvironment.State.GONE) {
                forget(env);
                env.close();
            } else {
                idle.addFirst(env);
            }
            serve();
        }

        synchronized void forget(ExecutionEnvironment env) {
            all.remove(env);
            idle.remove(env);
        }

        synchronized List<ExecutionEnvironment> snapshot() {
            return List.copyOf(all);
        }

        synchronized void retire() {
            retired = true;
            for (ExecutionEnvironment env : List.copyOf(idle)) {
                forget(env);
                env.close();
            }
            serve();
        }
    }

    /**
     * @param workDir where environments get their directories (emptied now and at close)
     * @param idleMillis how long an environment may wait unused before it is stopped
     */
    public Environments(Path workDir, LogWriter.Factory logs, long idleMillis) throws IOException {
        this.workDir = workDir;
        ExecutionEnvironment.killLeftovers(workDir.resolve("env"), sandbox);
        Zips.deleteTree(workDir);
        this.runtimeDir = Files.createDirectories(workDir.resolve("runtime"));
        RuntimeFiles.extract(runtimeDir);
        this.logs = logs;
        this.idleMillis = idleMillis;
        monitor.scheduleWithFixedDelay(this::watch, MONITOR_INTERVAL_MS, MONITOR_INTERVAL_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * An environment held for one invocation of {@code spec}'s version (key): an idle one, or leave
     * to start one. {@code queued} for a queued event (asynchronous, or from an event source), which
     * waits its turn for a warm environment while {@link QueuedScaling} keeps the environments few;
     * otherwise one starts at once when none is idle. A changed spec for the same key retires the
     * old environments. Close it to give the environment back.
     */
    public Held hold(String key, EnvironmentSpec spec, boolean queued) throws InterruptedException {
        if (closed) {
            // Not the function's failure: an asynchronous event stays queued for the next start.
            throw new IllegalStateException("Stratus is stopping");
        }
        Pool[] replaced = new Pool[1];
        Pool pool = pools.compute(key, (k, p) -> {
            if (p != null && !p.spec.equals(spec)) {
                replaced[0] = p;
                return new Pool(spec);
            }
            return p == null ? new Pool(spec) : p;
        });
        if (replaced[0] != null) {
            // Stopping the old configuration's environments waits for their processes: not on this request's time.
            Pool old = replaced[0];
            Thread.ofVirtual().name("retire-" + key).start(old::retire);
        }
        if (!queued) {
            ExecutionEnvironment env = pool.take();
            return new Held(pool, env, env == null);
        }
        CompletableFuture<Grant> line = pool.line();
        Grant grant;
        try {
            grant = line.get();
        } catch (InterruptedException e) {
            pool.leave(line);
            throw e;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return new Held(pool, grant.env(), grant.env() == null);
    }

    /**
     * One invocation's hold on an environment of a pool: a warm one, or leave to start one when it
     * runs. Closing it gives the environment back to the pool (to the next queued invocation, else
     * to the idle ones).
     */
    public final class Held implements AutoCloseable {
        private final Pool pool;
        private final boolean fresh;
        private ExecutionEnvironment env;
        private boolean closed;

        private Held(Pool pool, ExecutionEnvironment env, boolean fresh) {
            this.pool = pool;
            this.env = env;
            this.fresh = fresh;
        }

        /** Runs the invocation, starting the environment first when this hold is leave to start one. */
        public InvocationResult invoke(Invocation inv) throws InterruptedException {
            if (Environments.this.closed) {
                // Closed while this event waited for an environment: it stays queued, as above.
                throw new IllegalStateException("Stratus is stopping");
            }
            if (env == null) {
                try {
                    env = start(pool);
                } catch (RuntimeLauncher.InvalidEntrypoint e) {
                    return failure(inv, "Runtime.InvalidEntrypoint", e.getMessage());
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "cannot start an environment of " + pool.spec.functionArn(), e);
                    return failure(inv, "Runtime.Unknown", "the runtime could not be started: " + e.getMessage());
                }
            }
            return env.invoke(inv);
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (env != null) {
                pool.give(env);
            }
            if (fresh) {
                pool.started();
            }
        }
    }

    private static InvocationResult failure(Invocation inv, String type, String message) {
        String body = "{\"errorType\":" + dev.stratus.protocol.Json.string(type) + ",\"errorMessage\":"
                + dev.stratus.protocol.Json.string("RequestId: " + inv.requestId() + " Error: " + message) + "}";
        return new InvocationResult(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), type, "", 0);
    }

    private ExecutionEnvironment start(Pool pool) throws IOException {
        EnvironmentSpec spec = pool.spec;
        ExecutionEnvironment env = new ExecutionEnvironment(spec, Runtimes.launcher(spec.runtime()), sandbox, runtimeDir, workDir.resolve("env"),
                logs.forFunction(spec));
        synchronized (pool) {
            pool.all.add(env);
        }
        return env;
    }

    /**
     * How functions are isolated from each other and from Stratus on this host: "sandboxed", or
     * what is missing ("sandboxed without cgroups: …", "unsandboxed: …"), for /_stratus/health.
     */
    public String isolation() {
        return sandbox.status();
    }

    /** Stops the environments of every version whose key starts with {@code prefix} (a deleted function). */
    public void retire(String prefix) {
        pools.entrySet().removeIf(e -> {
            if (e.getKey().startsWith(prefix)) {
                e.getValue().retire();
                return true;
            }
            return false;
        });
    }

    private void watch() {
        long now = System.currentTimeMillis();
        try {
            // One pass over /proc serves every environment without cgroups, and is made only if one needs it.
            Map<Long, Long>[] memory = new Map[1];
            java.util.function.Supplier<Map<Long, Long>> resident = () -> memory[0] != null ? memory[0] : (memory[0] = ProcessMemory.residentBySession());
            for (Pool pool : pools.values()) {
                // A backlog that nothing has moved lately is judged here, as time passes.
                pool.serve();
                for (ExecutionEnvironment env : pool.snapshot()) {
                    switch (env.state()) {
                        case BUSY -> {
                            env.drain(false);
                            env.sampleMemory(resident);
                        }
                        case IDLE -> {
                            if (now - env.lastUsedMillis() > idleMillis) {
                                reap(pool, env);
                            }
                        }
                        case GONE -> reap(pool, env);
                        default -> {
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "environment monitor", e);
        }
    }

    private void reap(Pool pool, ExecutionEnvironment env) {
        synchronized (pool) {
            if (!pool.idle.remove(env)) {
                return;
            }
            pool.forget(env);
        }
        env.close();
    }

    @Override
    public void close() {
        closed = true;
        monitor.shutdownNow();
        for (Pool pool : pools.values()) {
            pool.retire();
            for (ExecutionEnvironment env : pool.snapshot()) {
                env.close();
            }
        }
        pools.clear();
        try {
            Zips.deleteTree(workDir);
        } catch (IOException e) {
            LOG.warning("cannot remove " + workDir + ": " + e.getMessage());
        }
    }
}
