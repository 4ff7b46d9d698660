package dev.stratus.testkit;

import dev.stratus.server.Config;
import dev.stratus.server.StratusServer;
import dev.stratus.store.TestPostgres;
import dev.stratus.time.Clock;
import dev.stratus.time.ManualClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An in-process Stratus on a random port for the tests of one class, with its state in a
 * fresh temporary directory (the embedded engine, durable, as users run it) or, with
 * {@link #onPostgres()}, in a fresh PostgreSQL database:
 * <pre>{@code @RegisterExtension static final StratusExtension STRATUS = new StratusExtension();}</pre>
 * With {@link #manualClock()}, Stratus's time stands still until the test {@linkplain #advance moves it}, so
 * visibility timeouts, delays, retries and schedules run out when the test says, without sleeping.
 */
public final class StratusExtension implements StratusUnderTest, BeforeAllCallback, AfterAllCallback {
    private final boolean postgres;
    /** Set for one of {@link StratusNodes}: the store, clock and data directory the nodes share. */
    private final Node node;
    private int lambdaRetryDelaySeconds = Config.DEFAULT_LAMBDA_RETRY_DELAY;
    private java.time.Duration ec2TransitionDelay;
    private int maxConnections = Config.DEFAULT_MAX_CONNECTIONS;
    private int idleTimeoutSeconds = Config.DEFAULT_IDLE_TIMEOUT;
    private int headerTimeoutSeconds = Config.DEFAULT_HEADER_TIMEOUT;
    private boolean manualClock;
    private boolean strictAuth;
    private Clock clock = Clock.SYSTEM;
    private StratusServer server;
    private Path dataDir;

    public StratusExtension() {
        this(false);
    }

    private StratusExtension(boolean postgres) {
        this(postgres, null);
    }

    private StratusExtension(boolean postgres, Node node) {
        this.postgres = postgres;
        this.node = node;
        if (node != null) {
            this.clock = node.clock();
        }
    }

    /**
     * What one node of several shares with the others: the store, the clock, and the data directory,
     * which {@link StratusNodes} owns (nodes must share the KMS master key and S3's blob directory in
     * it; the rest of what a data directory holds is not used with a PostgreSQL store).
     */
    record Node(String storeUrl, Clock clock, Path dataDir) {
    }

    /** One of several nodes: {@link StratusNodes} starts and stops it, and moves the clock the nodes share. */
    static StratusExtension node(Node node) {
        return new StratusExtension(true, node);
    }

    /** State in PostgreSQL: STRATUS_TEST_PG_URL's server, else an embedded one. */
    public static StratusExtension onPostgres() {
        return new StratusExtension(true);
    }

    /** How long EC2 instances stay pending, stopping or shutting-down (for suites whose clients wait on the real clock). */
    public StratusExtension ec2TransitionDelay(java.time.Duration delay) {
        this.ec2TransitionDelay = delay;
        return this;
    }

    /** Retries failed asynchronous Lambda events after this many seconds (then twice that) instead of AWS's minute. */
    public StratusExtension lambdaRetryDelay(int seconds) {
        this.lambdaRetryDelaySeconds = seconds;
        return this;
    }

    /** Verifies every request's signature ({@code --auth strict}); the root's key pair is then test/test. */
    public StratusExtension strictAuth() {
        this.strictAuth = true;
        return this;
    }

    /** At most this many open connections (--max-connections), so a test can reach the limit. */
    public StratusExtension maxConnections(int max) {
        this.maxConnections = max;
        return this;
    }

    /** Closes connections idle this long between requests (--idle-timeout). */
    public StratusExtension idleTimeout(int seconds) {
        this.idleTimeoutSeconds = seconds;
        return this;
    }

    /** Closes connections whose request headers take longer (--header-timeout). */
    public StratusExtension headerTimeout(int seconds) {
        this.headerTimeoutSeconds = seconds;
        return this;
    }

    /** Stratus's clock starts at the real time and then moves only by {@link #advance}. */
    public StratusExtension manualClock() {
        this.manualClock = true;
        return this;
    }

    /**
     * Moves the manual clock on and tells Stratus, so that what fell due meanwhile (timers, messages
     * whose visibility timeout or delay ran out) happens now; it happens on Stratus's threads, just after.
     */
    @Override
    public void advance(Duration by) {
        if (node != null) {
            throw new IllegalStateException("the nodes share one clock: StratusNodes.advance moves it for all of them");
        }
        if (!(clock instanceof ManualClock manual)) {
            throw new IllegalStateException("advance needs new StratusExtension().manualClock()");
        }
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward: " + by);
        }
        manual.advance(by.toMillis());
        server.clockMoved();
    }

    /** Tells this node that the clock it shares with others moved. */
    void clockMoved() {
        server.clockMoved();
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = node != null ? node.dataDir() : Files.createTempDirectory("stratus-test");
        String store = node != null ? node.storeUrl() : postgres ? TestPostgres.freshDatabase() : null;
        Config d = Config.embedded(dataDir, store);
        Config config = new Config(d.host(), d.port(), d.dataDir(), d.ephemeral(), d.storeUrl(), d.fsyncAlways(), d.region(), d.accountId(),
                d.lambdaConcurrency(), lambdaRetryDelaySeconds, maxConnections, idleTimeoutSeconds, headerTimeoutSeconds, d.corsOrigins(), d.allowedHosts(),
                strictAuth ? Config.Auth.STRICT : Config.Auth.DEFAULT,
                ec2TransitionDelay == null ? d.ec2TransitionDelay() : ec2TransitionDelay, d.nodeId(), d.s3Dir());
        if (manualClock) {
            clock = new ManualClock(System.currentTimeMillis());
        }
        server = new StratusServer(config, clock).start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
        if (node == null) {
            deleteQuietly(dataDir);
        }
    }

    /** http://127.0.0.1:PORT */
    @Override
    public URI endpoint() {
        return URI.create(server.endpoint());
    }

    @Override
    public int port() {
        return server.port();
    }

    /** Where this Stratus keeps its state (and Lambda its packages and environments). */
    public Path dataDir() {
        return dataDir;
    }

    static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
