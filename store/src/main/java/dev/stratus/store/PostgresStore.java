package dev.stratus.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The shared engine: PostgreSQL, so that several Stratus nodes can keep one state. Every
 * transaction runs SERIALIZABLE and is retried when PostgreSQL reports a serialization
 * failure or deadlock, which gives services the same guarantee as the embedded engine: each
 * transaction behaves as if it ran alone. Work handed to {@link #write} may therefore run more
 * than once and must keep its effects inside the transaction.
 */
public final class PostgresStore extends JdbcStore {
    private static final int POOL_SIZE = 16;
    private static final int MAX_ATTEMPTS = 50;

    private record Pooled(Connection connection, Map<String, PreparedStatement> statements) {
    }

    private final PostgresUrl url;
    private final BlockingQueue<Pooled> pool = new ArrayBlockingQueue<>(POOL_SIZE);
    private final PostgresListening listening;
    /** The transaction this thread has open, for work that opens another inside it. */
    private final ThreadLocal<Tx> current = new ThreadLocal<>();

    private PostgresStore(PostgresUrl url) {
        this.url = url;
        this.listening = new PostgresListening(url);
        try {
            for (int i = 0; i < POOL_SIZE; i++) {
                pool.add(connect());
            }
        } catch (SQLException e) {
            close();
            throw new StoreException("cannot connect to PostgreSQL at " + url.where(), e);
        }
    }

    private Pooled connect() throws SQLException {
        Connection c = DriverManager.getConnection(url.jdbcUrl(), url.credentials());
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        return new Pooled(c, Tx.newCache());
    }

    /** Opens the store a {@link PostgresUrl} names; a malformed URL is an IllegalArgumentException naming what is wrong. */
    public static PostgresStore open(String url) {
        return new PostgresStore(PostgresUrl.parse(url));
    }

    @Override
    protected <T> T inTransaction(Work<T> work) {
        Tx open = current.get();
        if (open != null) {
            return nested(open, work);
        }
        Pooled p;
        try {
            p = pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted waiting for a connection", null);
        }
        try {
            for (int attempt = 1; ; attempt++) {
                Tx tx = new Tx(p.connection(), p.statements(), PostgresStore::notifyInTransaction);
                current.set(tx);
                try {
                    T result = work.run(tx);
                    p.connection().commit();
                    current.remove();
                    tx.committed();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollback(p);
                    current.remove();
                    tx.rolledBack();
                    SQLException cause = sqlCause(e);
                    if (cause == null) {
                        throw (RuntimeException) e;
                    }
                    if (lostConnection(cause)) {
                        p = reconnect(p, cause);
                    } else if (!retryable(cause)) {
                        throw e instanceof RuntimeException r ? r : new StoreException("transaction failed", e);
                    }
                    if (attempt == MAX_ATTEMPTS) {
                        throw new StoreException("transaction failed after " + attempt + " attempts", e);
                    }
                    backOff(attempt);
                }
            }
        } finally {
            current.remove();
            pool.add(p);
        }
    }

    /**
     * A claim at READ COMMITTED: its FOR UPDATE SKIP LOCKED takes rows no other transaction holds,
     * so nodes claiming at once neither wait for each other nor fail as SERIALIZABLE would. Inside a
     * transaction already open it runs in that one, at its level.
     */
    @Override
    public <T> T claim(Work<T> work) {
        if (current.get() != null) {
            return inTransaction(work);
        }
        return inTransaction(tx -> {
            tx.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
            return work.run(tx);
        });
    }

    @Override
    public String skipLocked() {
        return " FOR UPDATE SKIP LOCKED";
    }

    @Override
    public boolean shared() {
        return true;
    }

    /**
     * PostgreSQL delivers a NOTIFY to every listening session once the transaction commits, and drops
     * it if it rolls back, or if the savepoint of the nested work that sent it is rolled back.
     */
    private static void notifyInTransaction(Tx tx, String channel, String payload) throws SQLException {
        PreparedStatement ps = tx.sql("SELECT pg_notify(?, ?)");
        Tx.bind(ps, channel, payload);
        ps.executeQuery().close();
    }

    @Override
    public void listen(String channel, Listener listener) {
        listening.listen(channel, listener);
    }

    /** The SQL failure behind {@code e} (work nested in a transaction reports one wrapped), or null when it is not one. */
    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    /** SQLSTATE class 08: the connection is gone (the server restarted, the network broke). */
    private static boolean lostConnection(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08");
    }

    private Pooled reconnect(Pooled broken, SQLException cause) {
        try {
            broken.connection().close();
        } catch (SQLException ignored) {
            // it is broken already
        }
        try {
            return connect();
        } catch (SQLException e) {
            e.addSuppressed(cause);
            throw new StoreException("lost the connection to PostgreSQL at " + url.where() + " and cannot reconnect", e);
        }
    }

    private static boolean retryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && ("40001".equals(s.getSQLState()) || "40P01".equals(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 2 + Math.min(attempt, 10) * 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rollback(Pooled p) {
        try {
            p.connection().rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    @Override
    protected String idColumn() {
        return "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
    }

    @Override
    protected String blobColumn() {
        return "BYTEA";
    }

    @Override
    protected String jsonEach(String expr) {
        return "json_each_text(CAST(" + expr + " AS json))";
    }

    @Override
    public void close() {
        listening.close();
        for (Pooled p : pool) {
            try {
                p.connection().close();
            } catch (SQLException ignored) {
                // closing what is left
            }
        }
    }
}
