package dev.stratus.server;

import com.sun.management.UnixOperatingSystemMXBean;
import io.helidon.common.socket.SocketOptions;
import io.helidon.http.DirectHandler;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Gateway;
import dev.stratus.protocol.HttpRequest;
import dev.stratus.protocol.HttpResponse;
import dev.stratus.protocol.RequestBody;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.UrlEncoded;
import dev.stratus.autoscaling.AutoScalingModule;
import dev.stratus.ec2.Ec2Module;
import dev.stratus.cloudtrail.CloudTrailModule;
import dev.stratus.cloudwatch.CloudWatchModule;
import dev.stratus.events.EventsModule;
import dev.stratus.iam.IamModule;
import dev.stratus.kms.KmsModule;
import dev.stratus.kms.MasterKey;
import dev.stratus.lambda.LambdaModule;
import dev.stratus.logs.LogsModule;
import dev.stratus.platform.Foreground;
import dev.stratus.platform.Platform;
import dev.stratus.platform.Ports;
import dev.stratus.platform.ServiceModule;
import dev.stratus.platform.identity.AccessControl;
import dev.stratus.platform.port.ApiCallRecorder;
import dev.stratus.platform.port.CorsRules;
import dev.stratus.platform.identity.Authentication;
import dev.stratus.sns.SnsModule;
import dev.stratus.s3.S3Module;
import dev.stratus.scheduler.SchedulerModule;
import dev.stratus.secretsmanager.SecretsManagerModule;
import dev.stratus.ssm.SsmModule;
import dev.stratus.sqs.SqsModule;
import dev.stratus.sts.StsModule;
import dev.stratus.runtime.Zips;
import dev.stratus.platform.jobs.Jobs;
import dev.stratus.store.PostgresStore;
import dev.stratus.store.SqliteStore;
import dev.stratus.store.Store;
import dev.stratus.time.Clock;
import dev.stratus.time.Nodes;
import dev.stratus.time.Timers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One Stratus: the store, the timers, every service, and the HTTP port they answer on
 * (Helidon's webserver: a virtual thread per request, so a long poll costs no platform thread).
 * {@code /_stratus/*} is Stratus's own; everything else goes to the gateway.
 */
public final class StratusServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(StratusServer.class.getName());
    public static final String VERSION = versionOf();
    /**
     * The largest request body accepted, before and after gzip: AWS's largest, Lambda's CreateFunction
     * with a 50 MB package in base64.
     */
    static final long MAX_REQUEST_BYTES = 70_167_211;

    /**
     * Connections past --max-connections that may be open at once while they are answered 503
     * and closed (microseconds each); beyond them Helidon pauses accepting.
     */
    private static final int REFUSALS_IN_FLIGHT = 256;

    private final Config config;
    private final Store store;
    private final Nodes nodes;
    private final Timers timers;
    private final Jobs jobs;
    /** Clients' requests as they arrive: the job engine gives way while they wait for the cores. */
    private final Foreground foreground = new Foreground();
    private final Gateway gateway;
    private final WebGuard guard;
    /** Every service Stratus answers, in the order they were built: what each stands on comes before it. */
    private final List<ServiceModule> modules;
    private WebServer http;
    private Connections connections;
    private final ScheduledExecutorService headerSweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stratus-header-timeouts");
        t.setDaemon(true);
        return t;
    });

    public StratusServer(Config config, Clock clock) {
        this.config = config;
        this.store = openStore(config);
        this.nodes = new Nodes(store, clock, config.nodeId());
        // Before anything frees or takes claims as this node: another process may be running as it.
        nodes.join();
        this.timers = new Timers(store, clock, nodes);
        Ports ports = new Ports();
        AccessControl access = new AccessControl(config.accountId(), config.region(), clock, store, ports, config.auth() != Config.Auth.OFF,
                config.strictAuth() ? Authentication.Mode.STRICT : Authentication.Mode.DEFAULT);
        this.jobs = new Jobs(store, clock, access::check, nodes, foreground::crowded);
        dev.stratus.platform.Paging.adopt(dev.stratus.platform.SharedSecrets.of(store, "paging"));
        Platform platform = new Platform(store, clock, timers, jobs, ports, access, config.region(), config.accountId(), this::endpoint);
        IamModule iam = new IamModule(platform);
        StsModule sts = new StsModule(platform);
        KmsModule kms = new KmsModule(platform, kmsMasterKey(config));
        CloudWatchModule cloudWatch = new CloudWatchModule(platform);
        SqsModule sqs = new SqsModule(platform);
        LogsModule logs = new LogsModule(platform);
        LambdaModule lambda = new LambdaModule(platform,
                new LambdaModule.Settings(lambdaDir(config), config.lambdaConcurrency(), config.lambdaRetryDelaySeconds() * 1000L));
        this.modules = List.of(iam, sts, kms, cloudWatch, sqs, logs, lambda, new EventsModule(platform), new SnsModule(platform),
                new SsmModule(platform), new SecretsManagerModule(platform), new Ec2Module(platform, config.ec2TransitionDelay()),
                new AutoScalingModule(platform), new SchedulerModule(platform), new S3Module(platform, new S3Module.Settings(s3Dir(config),
                        config.fsyncAlways())), new CloudTrailModule(platform));
        modules.forEach(access::serve);
        this.gateway = new Gateway(modules.stream().map(m -> new Gateway.Service(m.model(), m.dispatcher())).toList(),
                config.region(), config.accountId(), access);
        this.guard = new WebGuard(config.corsOrigins(), config.allowedHosts(), config.strictAuth(), bucketRules(gateway, ports));
        ApiCallRecorder cloudTrail = ports.get(ApiCallRecorder.class);
        gateway.onCall(call -> {
            if (LOG.isLoggable(Level.FINE)) {
                RequestContext ctx = call.context();
                LOG.fine(ctx.requestId() + " " + ctx.service() + "." + ctx.operation() + " " + ctx.region() + " " + ctx.principal().id()
                        + (call.error() == null ? "" : " " + call.error().code()));
            }
            cloudTrail.record(call);
        });
    }

    /**
     * Where Lambda keeps environments and packages as files: beside the state, or a temporary folder.
     * The packages there are a cache of the store's, emptied at each start.
     */
    private static Path lambdaDir(Config config) {
        try {
            if (config.ephemeral() || config.storeUrl() != null) {
                return Files.createTempDirectory("stratus-lambda");
            }
            Path dir = Files.createDirectories(config.dataDir().resolve("lambda"));
            Zips.deleteTree(dir.resolve("code"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where S3 keeps object bytes as files: the directory --s3-dir names (one all the nodes sharing a
     * PostgreSQL store mount), else beside the state, or a temporary folder when the state is in memory.
     */
    static Path s3Dir(Config config) {
        try {
            if (config.s3Dir() != null) {
                return givenS3Dir(config.s3Dir());
            }
            return config.ephemeral() ? Files.createTempDirectory("stratus-s3") : Files.createDirectories(config.dataDir().resolve("s3"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory --s3-dir names, made if missing; one that cannot be is the option's fault, told as such (not a stack trace). */
    private static Path givenS3Dir(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalArgumentException("--s3-dir (STRATUS_S3_DIR) " + dir + " cannot be used as a directory ("
                    + (e instanceof java.nio.file.FileAlreadyExistsException ? "a file is there" : e.getClass().getSimpleName()) + ")", e);
        }
    }

    /**
     * The key KMS seals key material under: in the data directory, made on first start; in memory
     * when the state is too. With a PostgreSQL store each node keeps it in its own data directory,
     * and every node must be given the same file (the store holds its check, and a node with
     * another key is refused at start): the key never enters the store it protects.
     */
    private static MasterKey kmsMasterKey(Config config) {
        return config.ephemeral() ? MasterKey.inMemory() : MasterKey.file(config.dataDir().resolve("kms-master.key"));
    }

    private static Store openStore(Config config) {
        if (config.storeUrl() != null) {
            return PostgresStore.open(config.storeUrl());
        }
        return config.ephemeral() ? SqliteStore.inMemory()
                : SqliteStore.open(config.dataDir(), config.fsyncAlways() ? SqliteStore.Durability.FSYNC_ALWAYS : SqliteStore.Durability.PROCESS_CRASH);
    }

    public StratusServer start() throws IOException {
        int maxConnections = fittedToFileDescriptors(config.maxConnections());
        Duration headerTimeout = Duration.ofSeconds(config.headerTimeoutSeconds());
        Duration idleTimeout = Duration.ofSeconds(config.idleTimeoutSeconds());
        connections = new Connections(maxConnections, headerTimeout);
        http = WebServer.builder()
                .host(config.host())
                .port(config.port())
                // The only protocol is HTTP/1.1 through Connections, so every socket is counted as it is accepted.
                .protocolsDiscoverServices(false)
                .addConnectionSelector(connections)
                // A backstop under the file-descriptor limit: past it Helidon stops accepting until a
                // connection closes, rather than meet EMFILE, which ends its accept loop for good.
                .maxTcpConnections(maxConnections + REFUSALS_IN_FLIGHT)
                .idleConnectionTimeout(idleTimeout)
                // Without it an answer written in more than one segment waits for the client's delayed
                // ACK (about 40 ms) on a kept-alive connection, as every SDK keeps them.
                .connectionOptions(SocketOptions.builder().tcpNoDelay(true).build())
                .idleConnectionPeriod(sweepPeriod(idleTimeout))
                .directHandlers(DirectHandlers.builder().addHandler(DirectHandler.EventType.INTERNAL_ERROR, new MalformedRequests()).build())
                .contentEncoding(new BodiesAsSent())
                .routing(r -> r.any(this::exchange))
                .build()
                .start();
        Duration sweep = sweepPeriod(headerTimeout);
        headerSweeper.scheduleAtFixedRate(connections::closeSlowHeaders, sweep.toMillis(), sweep.toMillis(), TimeUnit.MILLISECONDS);
        if (!http.isRunning()) {
            close();
            throw new java.net.BindException("cannot listen on " + config.host() + ":" + config.port());
        }
        // After the port is known: due timers and jobs may start functions, which are told where Stratus answers.
        nodes.start();
        timers.start();
        jobs.start();
        modules.forEach(ServiceModule::start);
        return this;
    }

    /**
     * At most half the process's file descriptors go to connections: the rest are for the store,
     * Lambda environments (a process, pipes and a listener each) and outgoing deliveries. The JVM
     * has already raised the soft limit to the hard one (HotSpot's MaxFDLimit, on by default).
     */
    static int fittedToFileDescriptors(int configured) {
        if (!(ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix)) {
            return configured;
        }
        long half = unix.getMaxFileDescriptorCount() / 2;
        if (configured <= half) {
            return configured;
        }
        LOG.warning("--max-connections " + configured + " lowered to " + half + ", half this process's limit of "
                + unix.getMaxFileDescriptorCount() + " open files (raise it with ulimit -n to allow more)");
        return (int) half;
    }

    /** How often a timeout is checked: often enough that it is not overshot by much, rarely enough to cost nothing. */
    private static Duration sweepPeriod(Duration timeout) {
        long ms = Math.clamp(timeout.toMillis() / 4, 100, 5_000);
        return Duration.ofMillis(ms);
    }

    /**
     * Tells Stratus that its clock jumped (a test moved its manual clock): the timers that fell
     * due fire now and long polls look again, rather than at their next look of their own.
     */
    public void clockMoved() {
        timers.wake();
        modules.forEach(ServiceModule::clockMoved);
    }

    /** The CORS rules of the S3 bucket a request is routed to, where a module offers them. */
    private static WebGuard.BucketRules bucketRules(Gateway gateway, Ports ports) {
        return ports.find(CorsRules.class).<WebGuard.BucketRules>map(rules -> (request, method, headers) -> {
            String bucket = gateway.s3Bucket(request, method);
            return bucket == null ? Optional.empty() : rules.bucket(bucket, request.header("origin"), method, headers);
        }).orElse(WebGuard.BucketRules.NONE);
    }

    /** The port actually bound (useful with --port 0). */
    public int port() {
        return http.port();
    }

    public String endpoint() {
        return "http://" + config.host() + ":" + port();
    }

    private void exchange(ServerRequest req, ServerResponse res) {
        // Helidon answers "Connection: close" but keeps the socket open; Stratus closes it (below).
        boolean close = req.headers().containsToken(HeaderValues.CONNECTION_CLOSE);
        if (!req.path().path().startsWith("/_stratus/")) {
            foreground.arrived();
        }
        HttpRequest request = request(req, req.content().hasEntity()
                ? RequestBody.stream(req.content().inputStream(), MAX_REQUEST_BYTES, req.headers().value(HeaderNames.CONTENT_ENCODING).orElse(null),
                        req.headers().contentLength().orElse(-1))
                : RequestBody.of(new byte[0]));
        HttpResponse r;
        try {
            Optional<AwsException> refused = guard.refusal(request);
            if (refused.isPresent()) {
                r = gateway.refuse(request, refused.get());
            } else if (WebGuard.isPreflight(request)) {
                r = guard.preflight(request);
            } else {
                r = guard.withCors(request, request.path().startsWith("/_stratus/") ? own(request) : gateway.handle(request));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "unexpected failure", e);
            r = HttpResponse.text(500, "text/plain", "InternalFailure");
        }
        // What is left of an unread or unreadable body is still on the connection: the next request would start inside it.
        close |= !request.content().finished();
        res.status(Status.create(r.status()));
        r.headers().forEach(res::header);
        if (close) {
            res.header(HeaderValues.CONNECTION_CLOSE);
        }
        if (r.stream() != null) {
            stream(r, req, res);
        } else if (r.body().length == 0) {
            // No entity at all: a 204 or 304 with one, even empty, is refused by Helidon.
            res.send();
        } else {
            res.send(r.body());
        }
        if (close) {
            throw new CloseConnectionException("closed after the answer, as the request asked or its body was not read to its end");
        }
    }

    /** Writes a streamed answer (S3's object data) as it is read, its length declared first; a HEAD gets the headers only. */
    private static void stream(HttpResponse r, ServerRequest req, ServerResponse res) {
        if (r.stream().length() >= 0) {
            res.contentLength(r.stream().length());
        }
        if (req.prologue().method() == io.helidon.http.Method.HEAD) {
            res.send();
            return;
        }
        try (InputStream in = r.stream().open(); var out = res.outputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // The status is gone already: the client sees the connection end before the declared length.
            throw new CloseConnectionException("the answer's stream failed: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> headers(ServerRequest req) {
        Map<String, String> headers = new HashMap<>();
        for (Header h : req.headers()) {
            headers.put(h.name().toLowerCase(), h.get());
        }
        return headers;
    }

    private static HttpRequest request(ServerRequest req, RequestBody body) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        String raw = req.query().rawValue();
        if (raw != null) {
            UrlEncoded.forEachPair(raw, (k, v) -> query.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        return new HttpRequest(req.prologue().method().text(), req.path().rawPath(), query, headers(req), body, req.remotePeer().host());
    }

    private HttpResponse own(HttpRequest request) {
        if (request.path().equals("/_stratus/health")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "running");
            body.put("version", VERSION);
            Map<String, String> s = new LinkedHashMap<>();
            modules.forEach(m -> s.put(m.model().id(), "running"));
            body.put("services", s);
            modules.forEach(m -> body.putAll(m.health()));
            return HttpResponse.of(200, "application/json", Json.bytes(body));
        }
        String path = request.path().substring("/_stratus/".length());
        for (ServiceModule m : modules) {
            Function<HttpRequest, HttpResponse> endpoint = m.endpoints().get(path);
            if (endpoint != null) {
                return endpoint.apply(request);
            }
        }
        return HttpResponse.text(404, "application/json", "{\"message\":\"No such Stratus endpoint: " + request.path() + "\"}");
    }

    @Override
    public void close() {
        if (http != null) {
            http.stop();
        }
        headerSweeper.shutdownNow();
        // Timers and jobs first, then the services: nothing they own may be started by a timer or a job once it is stopped.
        timers.close();
        jobs.close();
        modules.reversed().forEach(ServiceModule::stop);
        // Last: while this node's row stands, no other node takes over the work it may still be finishing.
        nodes.close();
        store.close();
    }

    private static String versionOf() {
        String v = StratusServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
