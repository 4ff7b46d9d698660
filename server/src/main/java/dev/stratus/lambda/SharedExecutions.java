package dev.stratus.lambda;

import dev.stratus.lambda.LambdaRepository.FunctionKey;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import dev.stratus.time.Nodes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Concurrent executions counted in the store, for nodes that share it: each node runs its own
 * environments, but a function's reserved concurrency and the account's limit hold across all of them.
 * Each node counts its executions per function in a row of its own; taking one first locks the row of
 * its pool (the function when it has a reservation, else the unreserved pool), so that nodes taking
 * the last free execution at once do not both get it. The rows of a node gone are dropped at the next
 * beat, and a node's own at its start: the executions they counted ended with it.
 */
final class SharedExecutions {
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE lambda_execution (
              node TEXT NOT NULL,
              function_arn TEXT NOT NULL,
              unreserved BIGINT NOT NULL,
              running BIGINT NOT NULL,
              PRIMARY KEY (node, function_arn, unreserved));
            CREATE TABLE lambda_execution_pool (pool TEXT PRIMARY KEY);
            """);
    /** The pool row of the functions without a reservation. */
    private static final String UNRESERVED = "*";

    private final Store store;
    private final Nodes nodes;
    private final int accountLimit;
    private final LambdaRepository repo = new LambdaRepository();

    SharedExecutions(Store store, Nodes nodes, int accountLimit) {
        this.store = store;
        this.nodes = nodes;
        this.accountLimit = accountLimit;
        store.migrate("lambda-executions", MIGRATIONS);
        store.claim(tx -> tx.update("DELETE FROM lambda_execution WHERE node = ?", nodes.id()));
        nodes.afterBeat(() -> store.claim(tx -> tx.update("DELETE FROM lambda_execution WHERE " + Nodes.gone("node"))));
    }

    /** Takes one execution for {@code f} on this node, or throws TooManyRequestsException with AWS's reason. */
    ConcurrencyLimits.Lease acquire(FunctionKey f) {
        Taken taken = store.claim(tx -> {
            String reservation = repo.setting(tx, f, "concurrency", "");
            boolean unreserved = reservation == null;
            tx.update("INSERT INTO lambda_execution_pool (pool) VALUES (?) ON CONFLICT (pool) DO UPDATE SET pool = excluded.pool",
                    unreserved ? UNRESERVED : f.arn());
            long running;
            PreparedStatement ps = tx.sql(unreserved ? "SELECT COALESCE(SUM(running), 0) FROM lambda_execution WHERE unreserved = 1"
                    : "SELECT COALESCE(SUM(running), 0) FROM lambda_execution WHERE function_arn = ?");
            if (!unreserved) {
                ps.setString(1, f.arn());
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                running = rs.getLong(1);
            }
            if (!unreserved && running >= Integer.parseInt(reservation)) {
                return new Taken(false, "ReservedFunctionConcurrentInvocationLimitExceeded");
            }
            if (unreserved && running >= accountLimit - reservedTotal(tx)) {
                return new Taken(true, "ConcurrentInvocationLimitExceeded");
            }
            tx.update("INSERT INTO lambda_execution (node, function_arn, unreserved, running) VALUES (?, ?, ?, 1) "
                    + "ON CONFLICT (node, function_arn, unreserved) DO UPDATE SET running = lambda_execution.running + 1",
                    nodes.id(), f.arn(), unreserved ? 1 : 0);
            return new Taken(unreserved, null);
        });
        if (taken.refusal() != null) {
            throw ConcurrencyLimits.throttled(taken.refusal());
        }
        return new ConcurrencyLimits.Lease(f, taken.unreserved());
    }

    /** An execution taken from the unreserved pool or the function's own, or the reason it was refused. */
    private record Taken(boolean unreserved, String refusal) {
    }

    void release(ConcurrencyLimits.Lease lease) {
        store.claim(tx -> tx.update("UPDATE lambda_execution SET running = running - 1 WHERE node = ? AND function_arn = ? AND unreserved = ?",
                nodes.id(), lease.function().arn(), lease.unreserved() ? 1 : 0));
    }

    int unreservedLimit() {
        return accountLimit - store.read(this::reservedTotal);
    }

    /** The function's reserved concurrency, or -1 when it has none. */
    int reservedFor(FunctionKey f) {
        String n = store.read(tx -> repo.setting(tx, f, "concurrency", ""));
        return n == null ? -1 : Integer.parseInt(n);
    }

    private int reservedTotal(Tx tx) throws SQLException {
        return repo.settings(tx, "concurrency").values().stream().mapToInt(Integer::parseInt).sum();
    }
}
