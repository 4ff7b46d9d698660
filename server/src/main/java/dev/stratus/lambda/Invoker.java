package dev.stratus.lambda;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.stratus.lambda.LambdaRepository.FunctionKey;
import dev.stratus.lambda.LambdaRepository.Version;
import dev.stratus.lambda.api.FunctionConfiguration;
import dev.stratus.lambda.api.InvocationRequest;
import dev.stratus.lambda.api.InvocationResponse;
import dev.stratus.platform.Arn;
import dev.stratus.platform.Changes;
import dev.stratus.platform.port.Metrics;
import dev.stratus.platform.port.RoleSessions;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.Ids;
import dev.stratus.protocol.RequestContext;
import dev.stratus.runtime.EnvironmentSpec;
import dev.stratus.runtime.Environments;
import dev.stratus.runtime.Invocation;
import dev.stratus.runtime.InvocationResult;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Invoke: resolves the function version a request names (cached on each node until the function
 * changes through any node),
 * takes a concurrent execution, runs the event in an execution environment and answers as AWS
 * does — the payload, FunctionError and the log tail.
 */
public final class Invoker {
    /** AWS's limit on a synchronous invocation's request and response. */
    static final int MAX_SYNC_PAYLOAD = 6 * 1024 * 1024;
    private static final JsonFactory JSON = new JsonFactory();
    /**
     * How long a function's role session lasts (the longest a role allows) and how long before its
     * end a new one replaces it, so that no invocation (15 minutes at most) runs on expiring credentials.
     */
    static final Duration SESSION = Duration.ofHours(12);
    static final Duration RENEW_BEFORE = Duration.ofHours(1);
    private static final Principal LAMBDA = Principal.service("lambda.amazonaws.com");

    /** What an invocation runs: the version's configuration and the environment spec built from it. */
    record Target(FunctionKey key, FunctionConfiguration config, String executedVersion, EnvironmentSpec spec, String poolKey) {

        /**
         * Who the function calls other services as: a session of its execution role named after the
         * function ({@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/FUNCTION}), as Lambda assumes it.
         */
        Principal executionRole() {
            Arn role = Arn.parse(config.role()).orElseThrow();
            String roleName = role.resource().substring(role.resource().lastIndexOf('/') + 1);
            Arn session = new Arn(role.partition(), "sts", "", role.account(), "assumed-role/" + roleName + "/" + key.name());
            return new Principal(Principal.Type.ASSUMED_ROLE, session.toString(), role.account());
        }
    }

    private final Store store;
    private final LambdaRepository repo = new LambdaRepository();
    private final Environments environments;
    private final ConcurrencyLimits concurrency;
    private final Path codeDir;
    private final Supplier<String> endpoint;
    private final Map<String, Target> targets = new ConcurrentHashMap<>();
    /** The execution role's session of each pool of environments (by pool and role), until it is renewed. */
    private final Map<String, RoleSessions.Session> sessions = new ConcurrentHashMap<>();
    private final RoleSessions roleSessions;
    private final Clock clock;
    private final LambdaMetrics metrics;
    /** Bumped by every change to a function, so that a lookup racing a change does not cache what it read before it. */
    private long generation;
    /** Changes to functions, followed on every node: what is cached of them, and environments of deleted versions. */
    private final Changes changes;
    private static final String RETIRED = "retired ";

    public Invoker(Store store, Environments environments, int accountConcurrency, Path codeDir, Supplier<String> endpoint,
                   RoleSessions roleSessions, Clock clock, Metrics metrics) {
        this.store = store;
        this.metrics = new LambdaMetrics(metrics, clock);
        this.roleSessions = roleSessions;
        this.clock = clock;
        this.environments = environments;
        this.concurrency = new ConcurrencyLimits(accountConcurrency);
        this.codeDir = codeDir;
        this.endpoint = endpoint;
        this.changes = new Changes(store, "lambda.functions", new Changes.Follower() {
            @Override
            public void changed(String key) {
                if (key.startsWith(RETIRED)) {
                    String pool = key.substring(RETIRED.length());
                    forget(pool.substring(0, pool.lastIndexOf(':')));
                    environments.retire(pool);
                } else {
                    forget(key);
                }
            }

            @Override
            public void changedAll() {
                forgetAll();
            }
        });
    }

    LambdaMetrics metrics() {
        return metrics;
    }

    ConcurrencyLimits concurrency() {
        return concurrency;
    }

    /** Reads every function's reserved concurrency, once the tables exist. */
    void loadReservations() {
        store.read(tx -> repo.settings(tx, "concurrency")).forEach((key, n) -> concurrency.reserve(key, Integer.parseInt(n)));
    }

    /** An Invoke request checked: the function it names exists and the payload is JSON within the limits. */
    record Accepted(String type, FunctionRef ref, Target target, byte[] payload) {
    }

    Accepted accept(RequestContext ctx, InvocationRequest in) {
        String type = in.invocationType() == null ? "RequestResponse" : in.invocationType();
        FunctionRef ref = FunctionRef.parse(ctx, in.functionName(), in.qualifier());
        byte[] payload = in.payload() == null || in.payload().length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : in.payload();
        if (payload.length > MAX_SYNC_PAYLOAD) {
            throw new AwsException("RequestEntityTooLargeException", "Request must be smaller than " + MAX_SYNC_PAYLOAD + " bytes for the InvokeFunction operation", 413);
        }
        checkJson(payload);
        return new Accepted(type, ref, target(ref), payload);
    }

    /** A RequestResponse invocation, answered as AWS does: the payload, FunctionError and the log tail. */
    InvocationResponse invoke(RequestContext ctx, InvocationRequest in, Accepted a) {
        InvocationResult result = run(a.target(), ctx.requestId(), a.payload(), a.ref().invokedArn(), clientContext(in.clientContext()), false);
        String tail = "Tail".equals(in.logType()) ? Base64.getEncoder().encodeToString(result.log().getBytes(StandardCharsets.UTF_8)) : null;
        return new InvocationResponse(200, result.failed() ? "Unhandled" : null, tail, result.payload(), a.target().executedVersion(), null);
    }

    /**
     * Runs one event synchronously within the function's concurrency; a {@code queued} one (an async
     * event, a mapping's batch) waits its turn for a warm environment rather than start another, and
     * takes a concurrent execution only once it has one: waiting is not executing, and a backlog
     * must not hold the account's concurrency from other functions.
     */
    InvocationResult run(Target target, String requestId, byte[] payload, String invokedArn, String clientContext, boolean queued) {
        String qualifier = invokedArn.length() > target.key().arn().length() ? invokedArn.substring(target.key().arn().length() + 1) : null;
        try (Environments.Held env = environments.hold(target.poolKey(), withSession(target), queued)) {
            return run(target, env, requestId, payload, invokedArn, clientContext, qualifier);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AwsException.internal("interrupted");
        }
    }

    /** Runs one event on the environment held for it, within the function's concurrency. */
    private InvocationResult run(Target target, Environments.Held env, String requestId, byte[] payload, String invokedArn, String clientContext,
                                 String qualifier) throws InterruptedException {
        ConcurrencyLimits.Lease lease;
        try {
            lease = concurrency.acquire(target.key());
        } catch (AwsException throttled) {
            metrics.throttled(target.key(), qualifier, target.executedVersion());
            throw throttled;
        }
        metrics.started(target.key(), lease.unreserved());
        long startedAt = clock.millis();
        try {
            Invocation inv = new Invocation(requestId, payload, invokedArn, clientContext, traceId(), target.config().timeout() * 1000L);
            InvocationResult result = env.invoke(inv);
            metrics.invoked(target.key(), qualifier, target.executedVersion(), startedAt, result);
            return result;
        } finally {
            metrics.finished(target.key(), lease.unreserved());
            concurrency.release(lease);
        }
    }

    /**
     * The target's spec with its execution role's session credentials in the environment, as
     * Lambda gives them, issued for {@link #SESSION} and renewed {@link #RENEW_BEFORE} its end: the
     * changed spec then retires the environments that hold the old ones (after their invocation)
     * and new ones start with the new. Issued here, not when the target is resolved, since targets
     * are also resolved inside transactions.
     */
    private EnvironmentSpec withSession(Target target) {
        String role = target.config().role();
        Instant renewAt = Instant.ofEpochMilli(clock.millis()).plus(RENEW_BEFORE);
        RoleSessions.Session session = sessions.compute(target.poolKey() + " " + role, (k, held) -> held != null && held.expiration().isAfter(renewAt)
                ? held : roleSessions.assume(role, target.key().name(), LAMBDA, SESSION));
        EnvironmentSpec spec = target.spec();
        Map<String, String> vars = new LinkedHashMap<>(spec.variables());
        vars.put("AWS_ACCESS_KEY_ID", session.accessKeyId());
        vars.put("AWS_SECRET_ACCESS_KEY", session.secretAccessKey());
        vars.put("AWS_SESSION_TOKEN", session.sessionToken());
        return new EnvironmentSpec(spec.functionName(), spec.version(), spec.functionArn(), spec.runtime(), spec.handler(), spec.memoryMb(),
                spec.timeoutSeconds(), vars, spec.code(), spec.layers(), spec.logGroup());
    }

    /** The version a reference runs, from the cache or the store. */
    Target target(FunctionRef ref) {
        String cacheKey = ref.key().arn() + ":" + (ref.qualifier() == null ? "" : ref.qualifier());
        Target t = targets.get(cacheKey);
        if (t != null) {
            return t;
        }
        long seen;
        synchronized (this) {
            seen = generation;
        }
        Version v = store.read(tx -> LambdaService.resolve(repo, tx, ref,
                ref.key().arn() + ":" + (ref.qualifier() == null ? LambdaService.LATEST : ref.qualifier())));
        List<String> layerShas = store.read(tx -> {
            List<String> shas = new java.util.ArrayList<>();
            for (var layer : v.config().layers() == null ? List.<dev.stratus.lambda.api.Layer>of() : v.config().layers()) {
                Layers.Stored s = Layers.byArn(tx, layer.arn());
                if (s != null) {
                    shas.add(s.codeSha());
                }
            }
            return shas;
        });
        t = new Target(ref.key(), v.config(), v.config().version(), spec(ref.key(), v, layerShas), ref.key().arn() + ":" + v.config().version());
        synchronized (this) {
            if (generation == seen) {
                targets.put(cacheKey, t);
            }
        }
        return t;
    }

    /**
     * The function changes in {@code tx}: once it ends, every node reads it afresh, and its
     * environments of old configurations stop as they next serve.
     */
    void changed(Tx tx, FunctionKey key) throws SQLException {
        changes.changed(tx, key.arn());
    }

    /** A version is deleted in {@code tx}: once it commits, its environments stop on every node. */
    void retired(Tx tx, FunctionKey key, String version) throws SQLException {
        changes.changed(tx, RETIRED + key.arn() + ":" + version);
    }

    /** The function is deleted in {@code tx}: once it commits, its environments stop on every node. */
    void retired(Tx tx, FunctionKey key) throws SQLException {
        changes.changed(tx, RETIRED + key.arn() + ":");
    }

    private synchronized void forget(String functionArn) {
        generation++;
        targets.keySet().removeIf(k -> k.startsWith(functionArn + ":"));
        sessions.keySet().removeIf(k -> k.startsWith(functionArn + ":"));
    }

    private synchronized void forgetAll() {
        generation++;
        targets.clear();
        sessions.clear();
    }

    private EnvironmentSpec spec(FunctionKey key, Version v, List<String> layerShas) {
        FunctionConfiguration c = v.config();
        String logGroup = c.loggingConfig() != null && c.loggingConfig().logGroup() != null ? c.loggingConfig().logGroup() : "/aws/lambda/" + key.name();
        Map<String, String> vars = new LinkedHashMap<>();
        if (c.environment() != null && c.environment().variables() != null) {
            vars.putAll(c.environment().variables());
        }
        vars.put("_HANDLER", c.handler());
        vars.put("AWS_REGION", key.region());
        vars.put("AWS_DEFAULT_REGION", key.region());
        vars.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + c.runtime());
        vars.put("AWS_LAMBDA_FUNCTION_NAME", key.name());
        vars.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(c.memorySize()));
        vars.put("AWS_LAMBDA_FUNCTION_VERSION", c.version());
        vars.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        vars.put("AWS_LAMBDA_LOG_GROUP_NAME", logGroup);
        vars.put("AWS_ENDPOINT_URL", endpoint.get());
        vars.put("TZ", ":UTC");
        vars.put("LANG", "en_US.UTF-8");
        return new EnvironmentSpec(key.name(), c.version(), key.arn(), c.runtime(), c.handler(), c.memorySize(), c.timeout(), vars,
                codeFile(v.codeSha()), layerShas.stream().map(this::codeFile).toList(), logGroup);
    }

    /** The version's package as a file, written from the store the first time it is needed. */
    private Path codeFile(String sha) {
        Path file = codeDir.resolve(HexFormat.of().formatHex(Base64.getDecoder().decode(sha)) + ".zip");
        if (Files.exists(file)) {
            return file;
        }
        byte[] zip = store.read(tx -> repo.code(tx, sha));
        try {
            Files.createDirectories(codeDir);
            Path tmp = Files.createTempFile(codeDir, "code", ".tmp");
            Files.write(tmp, zip);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** AWS refuses a payload that is not JSON before any code runs. */
    private static void checkJson(byte[] payload) {
        try (JsonParser p = JSON.createParser(payload)) {
            p.nextToken();
            p.skipChildren();
            if (p.nextToken() != null) {
                throw new AwsException("InvalidRequestContentException", "Could not parse request body into json: Could not parse payload into json: "
                        + "Unexpected content after the JSON value at offset " + p.currentTokenLocation().getByteOffset());
            }
        } catch (JsonProcessingException e) {
            throw new AwsException("InvalidRequestContentException", "Could not parse request body into json: Could not parse payload into json: "
                    + e.getOriginalMessage() + ": was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** X-Amz-Client-Context is base64 JSON; the runtime gets it decoded. */
    private static String clientContext(String header) {
        if (header == null) {
            return null;
        }
        try {
            String json = new String(Base64.getDecoder().decode(header), StandardCharsets.UTF_8);
            if (!dev.stratus.protocol.Json.MAPPER.readTree(json).isObject()) {
                throw new IllegalArgumentException("not an object");
            }
            return json;
        } catch (IllegalArgumentException | IOException e) {
            throw new AwsException("InvalidRequestContentException", "Client context must be a valid Base64-encoded JSON object.");
        }
    }

    private static String traceId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format("Root=1-%08x-%012x%012x;Parent=%016x;Sampled=0", System.currentTimeMillis() / 1000,
                r.nextLong() & 0xffffffffffffL, r.nextLong() & 0xffffffffffffL, r.nextLong());
    }
}
