package dev.stratus.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.lambda.LambdaRepository.FunctionKey;
import dev.stratus.platform.Tags;
import dev.stratus.protocol.AwsException;
import dev.stratus.store.PostgresStore;
import dev.stratus.store.SqliteStore;
import dev.stratus.store.Store;
import dev.stratus.store.TestPostgres;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Nodes;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reserved concurrency and the account's limit hold across the nodes sharing a PostgreSQL store; alone on SQLite, counts stay in memory. */
class ConcurrencyAcrossNodesTest {
    static final FunctionKey F = new FunctionKey("000000000000", "us-east-1", "f");
    static final FunctionKey G = new FunctionKey("000000000000", "us-east-1", "g");
    final ManualClock clock = new ManualClock(0);
    final String url = TestPostgres.freshDatabase();
    final List<Store> stores = new ArrayList<>();

    record Node(Nodes nodes, ConcurrencyLimits limits) {
    }

    Node node(String id, int accountLimit) {
        PostgresStore store = PostgresStore.open(url);
        stores.add(store);
        Tags.migrate(store);
        store.migrate("lambda", LambdaRepository.MIGRATIONS);
        Nodes nodes = new Nodes(store, clock, id);
        ConcurrencyLimits limits = new ConcurrencyLimits(accountLimit);
        limits.countAcrossNodes(store, nodes);
        nodes.beat();
        return new Node(nodes, limits);
    }

    void reserve(FunctionKey f, int n) {
        stores.get(0).write(tx -> {
            new LambdaRepository().putSetting(tx, f, "concurrency", "", Integer.toString(n));
            return null;
        });
    }

    @AfterEach
    void close() {
        stores.forEach(Store::close);
    }

    /** Why {@code acquire} was throttled. */
    static String reason(Runnable acquire) {
        return assertThrows(AwsException.class, acquire::run).members().get("Reason");
    }

    @Test
    void aReservationOfTwoRunsTwoInAllNotTwoPerNode() {
        Node a = node("a", 1000);
        Node b = node("b", 1000);
        reserve(F, 2);
        ConcurrencyLimits.Lease first = a.limits().acquire(F);
        b.limits().acquire(F);
        assertEquals(2, b.limits().reservedFor(F), "a reservation made through any node holds on all");
        String refused = reason(() -> a.limits().acquire(F));
        assertEquals("ReservedFunctionConcurrentInvocationLimitExceeded", refused);
        reason(() -> b.limits().acquire(F));
        a.limits().release(first);
        b.limits().acquire(F);
    }

    @Test
    void theAccountsLimitCountsTheUnreservedExecutionsOfEveryNode() {
        Node a = node("a", 5);
        Node b = node("b", 5);
        reserve(G, 2);
        assertEquals(3, a.limits().unreservedLimit());
        a.limits().acquire(F);
        b.limits().acquire(F);
        ConcurrencyLimits.Lease last = b.limits().acquire(new FunctionKey("000000000000", "us-east-1", "h"));
        String refused = reason(() -> a.limits().acquire(F));
        assertEquals("ConcurrentInvocationLimitExceeded", refused);
        a.limits().acquire(G);
        b.limits().release(last);
        a.limits().acquire(F);
    }

    @Test
    void nodesTakingTheLastExecutionsAtOnceTakeNoMoreThanTheReservation() throws Exception {
        List<Node> nodes = List.of(node("a", 1000), node("b", 1000), node("c", 1000));
        reserve(F, 5);
        ExecutorService threads = Executors.newFixedThreadPool(9);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            Node n = nodes.get(i % 3);
            tries.add(threads.submit(() -> {
                try {
                    n.limits().acquire(F);
                    return true;
                } catch (AwsException throttled) {
                    return false;
                }
            }));
        }
        int taken = 0;
        for (Future<Boolean> t : tries) {
            taken += t.get() ? 1 : 0;
        }
        threads.shutdown();
        assertEquals(5, taken);
    }

    @Test
    void theExecutionsOfANodeThatStopsBeatingAreFreed() {
        Node a = node("a", 1000);
        Node b = node("b", 1000);
        reserve(F, 1);
        a.limits().acquire(F);
        reason(() -> b.limits().acquire(F));
        for (int i = 0; i <= Nodes.DEAD_AFTER_BEATS; i++) {
            b.nodes().beat();
        }
        b.limits().acquire(F);
    }

    @Test
    void aloneOnSqliteCountsStayInMemory() {
        try (SqliteStore store = SqliteStore.inMemory()) {
            ConcurrencyLimits limits = new ConcurrencyLimits(1);
            limits.countAcrossNodes(store, Nodes.alone(store, clock));
            ConcurrencyLimits.Lease lease = limits.acquire(F);
            reason(() -> limits.acquire(G));
            limits.release(lease);
            limits.acquire(G);
            long tables = store.read(tx -> {
                try (ResultSet rs = tx.sql("SELECT COUNT(*) FROM sqlite_master WHERE name = 'lambda_execution'").executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(0, tables, "no table, no round trip: the store is never asked");
        }
    }
}
