package dev.stratus.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.platform.jobs.Jobs;
import dev.stratus.platform.jobs.Permission;
import dev.stratus.store.PostgresStore;
import dev.stratus.store.TestPostgres;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Three nodes on one fresh PostgreSQL database, for tests of what must happen once across nodes:
 * each node its own store connections, nodes' view, timers (their threads started) and jobs (not
 * started, so that what fires stays owed and can be counted), on one manual clock.
 */
public final class ThreeNodes implements AutoCloseable {
    /** One node's parts. */
    public record Node(PostgresStore store, Nodes nodes, Timers timers, Jobs jobs) {
    }

    public final ManualClock clock;
    public final List<Node> nodes = new ArrayList<>();

    public ThreeNodes(long startMillis) {
        clock = new ManualClock(startMillis);
        String url = TestPostgres.freshDatabase();
        for (String id : List.of("a", "b", "c")) {
            PostgresStore store = PostgresStore.open(url);
            Nodes view = new Nodes(store, clock, id);
            nodes.add(new Node(store, view, new Timers(store, clock, view), new Jobs(store, clock, Permission.ANYONE, view, () -> false)));
        }
    }

    /** Starts every node's timer thread; register the handlers first. */
    public void start() {
        nodes.forEach(n -> n.timers().start());
    }

    /** Moves the clock and waits until the timers due by then have fired, on whichever nodes. */
    public void advance(long millis) throws InterruptedException {
        clock.advance(millis);
        nodes.forEach(n -> n.timers().wake());
        long until = System.nanoTime() + 10_000_000_000L;
        while (count("SELECT COUNT(*) FROM stratus_timer WHERE due_at <= ?", clock.millis()) > 0 && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertTrue(count("SELECT COUNT(*) FROM stratus_timer WHERE due_at <= ?", clock.millis()) == 0, "due timers fired within 10 s");
    }

    /** A count {@code sql} selects. */
    public long count(String sql, Object... params) {
        return nodes.get(0).store().read(tx -> {
            PreparedStatement ps = tx.sql(sql);
            dev.stratus.store.Tx.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void close() {
        for (Node n : nodes) {
            n.timers().close();
            n.jobs().close();
        }
        nodes.forEach(n -> n.store().close());
    }
}
