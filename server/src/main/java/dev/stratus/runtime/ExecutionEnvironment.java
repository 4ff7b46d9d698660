package dev.stratus.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * One execution environment: a runtime process of one function version, its Runtime API listener,
 * its own task directory and TMPDIR, and its log stream.
 *
 * <p>States: STARTING (spawned, has not yet asked for an event) → IDLE (waiting on
 * {@code /next}) → BUSY (an invocation assigned) → IDLE again when the runtime posts its response
 * or error. Any state → GONE when the process exits, is killed (timeout, memory, reaping, a code
 * change) or fails its init. An invocation may be assigned in STARTING; it is delivered at the
 * first {@code /next}, and its time starts then, as AWS counts init separately.
 */
public final class ExecutionEnvironment implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ExecutionEnvironment.class.getName());
    /** AWS's init phase: 10 seconds, after which the init goes on under the first invocation's timeout. */
    static final long INIT_TIMEOUT_MS = 10_000;
    private static final String RUNTIME_PATH = "/2018-06-01/runtime/";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STREAM_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    /** AWS's tail is the last 4 KB of the invocation's log. */
    private static final int TAIL_BYTES = 4096;
    private static final long DRAIN_BYTES = 4L * 1024 * 1024;
    private static final String PID_FILE = "pid";

    enum State { STARTING, IDLE, BUSY, GONE }

    /** The runtime's answer to the current invocation. */
    private record Posted(byte[] body, String errorType) {
    }

    private final EnvironmentSpec spec;
    private final Path dir;
    private final String logStream;
    private final LogWriter log;
    private final RuntimeApiServer api;
    private final ProcessOutput output;
    private final Process process;
    private final long spawnedNanos;
    /** The environment's cgroups; null where the host gives none (its processes are then its session's). */
    private final EnvironmentCgroup cgroup;
    /** Completed once the process runs: the Runtime API checks its callers against it. */
    private final java.util.concurrent.CompletableFuture<Process> started = new java.util.concurrent.CompletableFuture<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();

    private State state = State.STARTING;
    /** Read without the lock by the output reader, which must not take it (invoke holds it while draining). */
    private volatile boolean gone;
    private Double initMillis;
    private boolean initReported;
    private Invocation current;
    private long deliveredNanos;
    private Posted posted;
    private Posted initError;
    private boolean outOfMemory;
    private long maxMemoryBytes;
    private StringBuilder invocationLog;
    private long lastUsedMillis = System.currentTimeMillis();

    ExecutionEnvironment(EnvironmentSpec spec, RuntimeLauncher launcher, Sandbox sandbox, Path runtimeDir, Path parentDir, LogWriter log)
            throws IOException {
        this.spec = spec;
        this.log = log;
        String id = hex32();
        this.logStream = STREAM_DATE.format(Instant.now()) + "/[" + spec.version() + "]" + id;
        this.dir = Files.createDirectories(parentDir.resolve(id));
        RuntimeApiServer listener = null;
        ProcessOutput out = null;
        EnvironmentCgroup cg = null;
        try {
            Path task = Files.createDirectories(dir.resolve("task"));
            Path tmp = Files.createDirectories(dir.resolve("tmp"));
            Path opt = Files.createDirectories(dir.resolve("opt"));
            Zips.unpack(spec.code(), task);
            for (Path layer : spec.layers()) {
                Zips.unpack(layer, opt);
            }
            Path outFile = Files.createFile(dir.resolve("output.log"));
            out = new ProcessOutput(outFile);
            listener = new RuntimeApiServer(this::handle, this::ownsConnection);
            RuntimeLauncher.Launch launch = launcher.launch(new RuntimeLauncher.Spec(spec.runtime(), spec.handler(), task, opt, runtimeDir, spec.memoryMb()));
            // AWS's first line of a cold start, then Stratus's own: what really runs the function here.
            emit(Runtimes.initStart(spec.runtime(), spec.functionArn()));
            emit("Stratus runtime: " + launch.runsOn());
            Sandbox.Layout layout = new Sandbox.Layout(task, opt, tmp, runtimeDir);
            sandbox.prepare(layout);
            cg = sandbox.cgroup(id, spec.memoryMb());
            List<String> command = sandbox.command(layout, launch, cg);
            ProcessBuilder pb = new ProcessBuilder(command).directory(task.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(outFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Map<String, String> env = pb.environment();
            Map<String, String> keep = new HashMap<>();
            for (String k : List.of("PATH", "HOME", "LD_LIBRARY_PATH")) {
                if (System.getenv(k) != null) {
                    keep.put(k, System.getenv(k));
                }
            }
            env.clear();
            env.putAll(keep);
            launch.environment().forEach((k, v) -> env.put(k, sandbox.inside(layout, v)));
            env.putAll(spec.variables());
            env.put("AWS_LAMBDA_RUNTIME_API", listener.address());
            env.put("AWS_LAMBDA_LOG_STREAM_NAME", logStream);
            env.put("LAMBDA_TASK_ROOT", sandbox.inside(layout, task.toString()));
            env.put("TMPDIR", sandbox.inside(layout, tmp.toString()));
            // Init (its time limit and Init Duration) counts from here: finding the interpreter is Stratus's time, not the function's.
            this.spawnedNanos = System.nanoTime();
            this.process = pb.start();
        } catch (IOException | RuntimeException e) {
            if (listener != null) {
                listener.close();
            }
            if (cg != null) {
                cg.remove();
            }
            if (out != null) {
                out.close();
            }
            Zips.deleteTree(dir);
            throw e;
        }
        this.api = listener;
        this.output = out;
        this.cgroup = cg;
        started.complete(process);
        process.onExit().thenRun(this::exited);
        Files.writeString(dir.resolve(PID_FILE), process.pid() + " " + process.info().startInstant().map(Instant::toEpochMilli).orElse(0L));
    }

    /**
     * Stops the processes of environments a previous Stratus left running (it was killed without
     * closing them), as the pid files in their directories name them; a pid since reused by
     * another process is recognised by its start time and left alone.
     */
    static void killLeftovers(Path parentDir, Sandbox sandbox) throws IOException {
        if (!Files.isDirectory(parentDir)) {
            return;
        }
        try (var dirs = Files.list(parentDir)) {
            for (Path d : (Iterable<Path>) dirs::iterator) {
                // An environment's cgroups are named after its directory; killing them kills everything it ran.
                sandbox.removeLeftoverCgroup(d.getFileName().toString());
                try {
                    String[] p = Files.readString(d.resolve(PID_FILE)).trim().split(" ");
                    long pid = Long.parseLong(p[0]);
                    boolean same = ProcessHandle.of(pid).flatMap(h -> h.info().startInstant()).map(Instant::toEpochMilli).orElse(-1L)
                            == Long.parseLong(p[1]);
                    if (same) {
                        ProcessMemory.killSession(pid);
                    }
                } catch (IOException | RuntimeException unreadable) {
                    // No pid file, or a partial one: that environment never started its process.
                }
            }
        }
    }

    String logStream() {
        return logStream;
    }

    State state() {
        lock.lock();
        try {
            return state;
        } finally {
            lock.unlock();
        }
    }

    long lastUsedMillis() {
        return lastUsedMillis;
    }

    /**
     * Runs one invocation to its end: a response, an error, a timeout or the process's death.
     * The caller holds this environment exclusively (the pool hands it to one invocation at a time).
     */
    InvocationResult invoke(Invocation inv) throws InterruptedException {
        lock.lock();
        try {
            current = inv;
            posted = null;
            invocationLog = new StringBuilder();
            deliveredNanos = 0;
            if (state != State.GONE) {
                state = State.BUSY;
            }
            changed.signalAll();
            // A runtime that has not asked for an event yet has AWS's 10 s of init; past them AWS runs
            // the init again within the invocation, under the function's timeout, so a slow init fails
            // the invocation only once neither has time left. One that has asked and not come back for
            // the next gets the function's timeout, as the invocation's clock runs.
            long assigned = System.nanoTime();
            long invocationEnds = assigned + TimeUnit.MILLISECONDS.toNanos(inv.timeoutMillis());
            long initEnds = Math.max(spawnedNanos + TimeUnit.MILLISECONDS.toNanos(INIT_TIMEOUT_MS), invocationEnds);
            while (deliveredNanos == 0 && state != State.GONE && initError == null) {
                long left = (initMillis == null ? initEnds : invocationEnds) - System.nanoTime();
                if (left <= 0) {
                    kill();
                    return finish(inv, timedOut(inv), "timeout");
                }
                changed.awaitNanos(left);
            }
            if (deliveredNanos == 0) {
                if (initError != null) {
                    // AWS discards an environment whose init failed; the next invocation initializes afresh.
                    kill();
                    return finish(inv, initError, "error");
                }
                return finish(inv, exitError(inv), "error");
            }
            long deadline = deliveredNanos + TimeUnit.MILLISECONDS.toNanos(inv.timeoutMillis());
            while (posted == null && state != State.GONE) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    kill();
                    return finish(inv, timedOut(inv), "timeout");
                }
                changed.awaitNanos(left);
            }
            if (posted != null && cgroup != null && cgroup.oomKilled()) {
                // A child was killed for memory and the runtime answered anyway: AWS fails the invocation and resets the environment.
                outOfMemory = true;
                kill();
                return finish(inv, exitError(inv), "error");
            }
            return finish(inv, posted != null ? posted : exitError(inv), posted != null ? null : "error");
        } finally {
            current = null;
            lastUsedMillis = System.currentTimeMillis();
            if (state == State.BUSY) {
                state = State.IDLE;
            }
            lock.unlock();
        }
    }

    /** Writes the invocation's remaining output and its END and REPORT lines; builds the result. */
    private InvocationResult finish(Invocation inv, Posted outcome, String status) {
        long end = System.nanoTime();
        double duration = deliveredNanos == 0 ? 0 : (end - deliveredNanos) / 1e6;
        drain(true, Long.MAX_VALUE);
        if ("timeout".equals(status)) {
            emit(TIMESTAMP.format(Instant.now()) + " " + inv.requestId() + " Task timed out after "
                    + String.format(Locale.ROOT, "%.2f", inv.timeoutMillis() / 1000.0) + " seconds");
        }
        if (deliveredNanos == 0) {
            emit("START RequestId: " + inv.requestId() + " Version: " + spec.version());
        }
        emit("END RequestId: " + inv.requestId());
        maxMemoryBytes = Math.max(maxMemoryBytes, cgroup != null ? cgroup.workingSetBytes() : ProcessMemory.peakBytes(process.pid()));
        StringBuilder report = new StringBuilder("REPORT RequestId: ").append(inv.requestId())
                .append("\tDuration: ").append(String.format(Locale.ROOT, "%.2f", duration)).append(" ms")
                .append("\tBilled Duration: ").append((long) Math.ceil(Math.max(duration, 1))).append(" ms")
                .append("\tMemory Size: ").append(spec.memoryMb()).append(" MB")
                .append("\tMax Memory Used: ").append(Math.max(1, (maxMemoryBytes + (1 << 20) - 1) >> 20)).append(" MB");
        if (initMillis != null && !initReported) {
            report.append("\tInit Duration: ").append(String.format(Locale.ROOT, "%.2f", initMillis)).append(" ms");
            initReported = true;
        }
        if (status != null) {
            report.append("\tStatus: ").append(status);
        }
        report.append('\t');
        emit(report.toString());
        String text = invocationLog.toString();
        byte[] all = text.getBytes(StandardCharsets.UTF_8);
        String tail = all.length <= TAIL_BYTES ? text : new String(all, all.length - TAIL_BYTES, TAIL_BYTES, StandardCharsets.UTF_8);
        return new InvocationResult(outcome.body(), outcome.errorType(), tail, duration);
    }

    private Posted timedOut(Invocation inv) {
        return error("Sandbox.Timedout", "RequestId: " + inv.requestId() + " Error: Task timed out after "
                + String.format(Locale.ROOT, "%.2f", inv.timeoutMillis() / 1000.0) + " seconds");
    }

    private Posted exitError(Invocation inv) {
        int code = process.isAlive() ? -1 : process.exitValue();
        String type = outOfMemory ? "Runtime.OutOfMemory" : "Runtime.ExitError";
        if (code == 0) {
            return error(type, "RequestId: " + inv.requestId() + " Error: Runtime exited without providing a reason");
        }
        String how = code > 128 ? "signal: " + signalName(code - 128) : "exit status " + code;
        return error(type, "RequestId: " + inv.requestId() + " Error: Runtime exited with error: " + how);
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 9 -> "killed";
            case 15 -> "terminated";
            case 6 -> "aborted";
            case 11 -> "segmentation fault";
            default -> "signal " + signal;
        };
    }

    private static Posted error(String type, String message) {
        String body = "{\"errorType\":" + dev.stratus.protocol.Json.string(type) + ",\"errorMessage\":" + dev.stratus.protocol.Json.string(message) + "}";
        return new Posted(body.getBytes(StandardCharsets.UTF_8), type);
    }

    /** The Runtime API, called on the listener's threads. */
    private RuntimeApiServer.Response handle(RuntimeApiServer.Request r) throws InterruptedException {
        String path = r.path().startsWith(RUNTIME_PATH) ? r.path().substring(RUNTIME_PATH.length()) : "";
        if (r.method().equals("GET") && path.equals("invocation/next")) {
            return next();
        }
        if (r.method().equals("POST") && path.startsWith("invocation/")) {
            String rest = path.substring("invocation/".length());
            int slash = rest.indexOf('/');
            if (slash > 0) {
                String id = rest.substring(0, slash);
                String what = rest.substring(slash + 1);
                if (r.tooLarge() && (what.equals("response") || what.equals("error"))) {
                    post(id, error("Function.ResponseSizeTooLarge", "Response payload size exceeded maximum allowed payload size ("
                            + RuntimeApiServer.MAX_BODY + " bytes)."));
                    return RuntimeApiServer.Response.json(413, "{\"errorMessage\":\"Exceeded maximum allowed payload size ("
                            + RuntimeApiServer.MAX_BODY + " bytes).\",\"errorType\":\"RequestEntityTooLarge\"}");
                }
                if (what.equals("response")) {
                    return post(id, new Posted(r.body(), null));
                }
                if (what.equals("error")) {
                    return post(id, new Posted(r.body(), errorType(r)));
                }
            }
        }
        if (r.method().equals("POST") && path.equals("init/error")) {
            lock.lock();
            try {
                initError = new Posted(r.body(), errorType(r));
                changed.signalAll();
            } finally {
                lock.unlock();
            }
            return RuntimeApiServer.Response.json(202, "{\"status\":\"OK\"}");
        }
        return RuntimeApiServer.Response.json(404, "{\"errorMessage\":\"No such Runtime API path: " + r.method() + " " + r.path() + "\",\"errorType\":\"NotFound\"}");
    }

    private static String errorType(RuntimeApiServer.Request r) {
        String header = r.headers().get("lambda-runtime-function-error-type");
        if (header != null && !header.isBlank()) {
            return header;
        }
        try {
            var node = dev.stratus.protocol.Json.MAPPER.readTree(r.body());
            if (node != null && node.hasNonNull("errorType")) {
                return node.get("errorType").asText();
            }
        } catch (IOException notJson) {
            // An error body that is not JSON still fails the invocation; AWS calls it Unhandled.
        }
        return "Unhandled";
    }

    private RuntimeApiServer.Response next() throws InterruptedException {
        Invocation inv;
        lock.lock();
        try {
            if (initMillis == null) {
                initMillis = (System.nanoTime() - spawnedNanos) / 1e6;
                if (state == State.STARTING) {
                    state = State.IDLE;
                }
                changed.signalAll();
            }
            while (current == null || deliveredNanos != 0) {
                if (state == State.GONE) {
                    return RuntimeApiServer.Response.json(410, "{\"errorMessage\":\"Environment is shutting down\",\"errorType\":\"Gone\"}");
                }
                changed.await();
            }
            inv = current;
            deliveredNanos = System.nanoTime();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        drain(false);
        emit("START RequestId: " + inv.requestId() + " Version: " + spec.version());
        long deadline = System.currentTimeMillis() + inv.timeoutMillis();
        Map<String, String> headers = new HashMap<>();
        headers.put("Lambda-Runtime-Aws-Request-Id", inv.requestId());
        headers.put("Lambda-Runtime-Deadline-Ms", Long.toString(deadline));
        headers.put("Lambda-Runtime-Invoked-Function-Arn", inv.invokedFunctionArn());
        headers.put("Lambda-Runtime-Trace-Id", inv.traceId());
        if (inv.clientContext() != null) {
            headers.put("Lambda-Runtime-Client-Context", inv.clientContext());
        }
        return new RuntimeApiServer.Response(200, "application/json", headers, inv.payload());
    }

    private RuntimeApiServer.Response post(String requestId, Posted p) {
        lock.lock();
        try {
            if (current == null || deliveredNanos == 0 || !current.requestId().equals(requestId)) {
                return RuntimeApiServer.Response.json(400, "{\"errorMessage\":\"Invalid request ID\",\"errorType\":\"InvalidRequestID\"}");
            }
            if (posted != null) {
                return RuntimeApiServer.Response.json(400, "{\"errorMessage\":\"Response already posted for this request\",\"errorType\":\"InvalidStateTransition\"}");
            }
            posted = p;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        return RuntimeApiServer.Response.json(202, "{\"status\":\"OK\"}");
    }

    /** The runtime process ended: whatever it left running goes with it, as a sandbox's would. */
    private void exited() {
        killTree();
        lock.lock();
        try {
            // The kernel's OOM killer ended it (or a process of its tree): AWS's Runtime.OutOfMemory.
            outOfMemory |= cgroup != null && cgroup.oomKilled();
            state = State.GONE;
            gone = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        api.close();
    }

    /** Moves output written so far into the log; called at the end of an invocation and periodically while busy. */
    void drain(boolean flush) {
        drain(flush, DRAIN_BYTES);
    }

    private synchronized void drain(boolean flush, long maxBytes) {
        List<String> lines;
        try {
            lines = output.lines(flush, maxBytes);
        } catch (IOException e) {
            if (!gone) {
                LOG.warning("cannot read the output of " + logStream + ": " + e.getMessage());
            }
            return;
        }
        for (String line : lines) {
            emit(line);
        }
    }

    /** One log event; AWS's events of a function's log end with the line's newline. */
    private void emit(String line) {
        log.line(logStream, System.currentTimeMillis(), line + "\n");
        StringBuilder sb = invocationLog;
        if (sb != null) {
            synchronized (sb) {
                sb.append(line).append('\n');
                if (sb.length() > 4 * TAIL_BYTES) {
                    sb.delete(0, sb.length() - 2 * TAIL_BYTES);
                }
            }
        }
    }

    /**
     * Takes a sample of the memory of the environment's process tree: its cgroup's, else the
     * resident memory of its session's processes (one pass over /proc serves every environment).
     * Past the function's memory size, or when the kernel killed one of its processes for memory,
     * the environment is killed and its invocation fails with Runtime.OutOfMemory, as AWS's does.
     */
    void sampleMemory(java.util.function.Supplier<Map<Long, Long>> residentBySession) {
        long used = cgroup != null ? cgroup.workingSetBytes() : residentBySession.get().getOrDefault(process.pid(), 0L);
        maxMemoryBytes = Math.max(maxMemoryBytes, used);
        if (used > (long) spec.memoryMb() << 20 || cgroup != null && cgroup.oomKilled()) {
            lock.lock();
            try {
                outOfMemory = true;
            } finally {
                lock.unlock();
            }
            kill();
        }
    }

    /**
     * Whether a Runtime API connection from {@code clientPort} comes from this environment's processes
     * (its cgroup's, else its session's); let through where /proc cannot tell.
     */
    private boolean ownsConnection(int clientPort, int serverPort) {
        long inode = LoopbackPeers.clientInode(clientPort, serverPort);
        if (inode == LoopbackPeers.UNKNOWN) {
            return true;
        }
        Process p;
        try {
            p = started.get(INIT_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (Exception notStarted) {
            return false;
        }
        return inode != LoopbackPeers.NONE && LoopbackPeers.heldBy(cgroup != null ? cgroup.pids() : ProcessMemory.session(p.pid()), inode);
    }

    /** Kills the runtime and everything it started: its cgroups' processes, else its session's. */
    private void killTree() {
        if (cgroup != null) {
            cgroup.kill();
        } else {
            ProcessMemory.killSession(process.pid());
        }
    }

    private void kill() {
        killTree();
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lock.lock();
        try {
            state = State.GONE;
            gone = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        kill();
        api.close();
        if (cgroup != null) {
            cgroup.remove();
        }
        try {
            output.close();
            Zips.deleteTree(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hex32() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format("%016x%016x", r.nextLong(), r.nextLong());
    }
}
