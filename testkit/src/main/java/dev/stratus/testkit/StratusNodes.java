package dev.stratus.testkit;

import dev.stratus.store.TestPostgres;
import dev.stratus.time.Clock;
import dev.stratus.time.ManualClock;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Several in-process Stratus nodes on one fresh PostgreSQL database for the tests of one class,
 * behind a {@link RoundRobinFront}, as a team runs them behind a load balancer:
 * <pre>{@code @RegisterExtension static final StratusNodes NODES = StratusNodes.onPostgres(3).manualClock();}</pre>
 * {@link #endpoint()} is the front's, which sends each request to the next node in turn (or each
 * connection, with {@link #spreadPerConnection()}); {@link #endpoint(int)} reaches one node, for a
 * test that chooses where each call goes. The nodes share one data directory, so one KMS master
 * key and one S3 blob directory, as nodes sharing a store must (nodes on several machines each
 * have a data directory, holding a copy of the key, and mount one --s3-dir); with
 * {@link #manualClock()} they share one clock, which {@link #advance} moves for all of them.
 */
public final class StratusNodes implements StratusUnderTest, BeforeAllCallback, AfterAllCallback {
    private final int count;
    private boolean manualClock;
    private RoundRobinFront.Spread spread = RoundRobinFront.Spread.PER_REQUEST;
    private Clock clock = Clock.SYSTEM;
    private final List<StratusExtension> nodes = new ArrayList<>();
    private Path dataDir;
    private RoundRobinFront front;

    private StratusNodes(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("several nodes are two or more, not " + count);
        }
        this.count = count;
    }

    /** {@code count} nodes sharing STRATUS_TEST_PG_URL's server, else an embedded PostgreSQL (one database for them all). */
    public static StratusNodes onPostgres(int count) {
        return new StratusNodes(count);
    }

    /** The nodes' one clock starts at the real time and then moves only by {@link #advance}. */
    public StratusNodes manualClock() {
        this.manualClock = true;
        return this;
    }

    /** The front sends each connection, rather than each request, to the next node (as a TCP load balancer does). */
    public StratusNodes spreadPerConnection() {
        this.spread = RoundRobinFront.Spread.PER_CONNECTION;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        String store = TestPostgres.freshDatabase();
        if (manualClock) {
            clock = new ManualClock(System.currentTimeMillis());
        }
        dataDir = Files.createTempDirectory("stratus-nodes");
        for (int i = 0; i < count; i++) {
            StratusExtension node = StratusExtension.node(new StratusExtension.Node(store, clock, dataDir));
            nodes.add(node);
            node.beforeAll(context);
        }
        front = RoundRobinFront.start(nodes.stream().map(StratusExtension::endpoint).toList(), spread);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (front != null) {
            front.close();
        }
        nodes.reversed().forEach(n -> n.afterAll(context));
        if (dataDir != null) {
            StratusExtension.deleteQuietly(dataDir);
        }
    }

    /** The front's http://127.0.0.1:PORT, where a load balancer's clients send their requests. */
    @Override
    public URI endpoint() {
        return front.endpoint();
    }

    @Override
    public int port() {
        return front.port();
    }

    /** Node {@code node}'s own http://127.0.0.1:PORT (the first is 0). */
    public URI endpoint(int node) {
        return nodes.get(node).endpoint();
    }

    /** How many nodes there are. */
    public int count() {
        return count;
    }

    /** Moves the nodes' one manual clock on and tells every node, so that what fell due happens now, on one of them. */
    @Override
    public void advance(Duration by) {
        if (!(clock instanceof ManualClock manual)) {
            throw new IllegalStateException("advance needs StratusNodes.onPostgres(n).manualClock()");
        }
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward: " + by);
        }
        manual.advance(by.toMillis());
        nodes.forEach(StratusExtension::clockMoved);
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
