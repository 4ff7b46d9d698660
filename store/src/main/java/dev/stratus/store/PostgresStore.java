package dev.stratus.store;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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

    private final BlockingQueue<Pooled> pool = new ArrayBlockingQueue<>(POOL_SIZE);
    private final List<Pooled> all = new ArrayList<>();

    private PostgresStore(String jdbcUrl, Properties props) {
        try {
            for (int i = 0; i < POOL_SIZE; i++) {
                Connection c = DriverManager.getConnection(jdbcUrl, props);
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
                Pooled p = new Pooled(c, Tx.newCache());
                all.add(p);
                pool.add(p);
            }
        } catch (SQLException e) {
            close();
            throw new StoreException("cannot connect to " + jdbcUrl, e);
        }
    }

    /**
     * Opens {@code postgresql://[user[:password]@]host[:port]/database[?params]}, or a
     * {@code jdbc:postgresql:} URL as it is.
     */
    public static PostgresStore open(String url) {
        Properties props = new Properties();
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresStore(url, props);
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a postgresql:// URL: " + url);
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("not a postgresql://host/database URL: " + url);
        }
        if (uri.getRawUserInfo() != null) {
            String[] user = uri.getRawUserInfo().split(":", 2);
            props.setProperty("user", URLDecoder.decode(user[0], StandardCharsets.UTF_8));
            if (user.length == 2) {
                props.setProperty("password", URLDecoder.decode(user[1], StandardCharsets.UTF_8));
            }
        }
        String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getRawPath()
                + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
        return new PostgresStore(jdbc, props);
    }

    @Override
    protected <T> T inTransaction(Work<T> work) {
        Pooled p;
        try {
            p = pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted waiting for a connection", null);
        }
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    T result = work.run(new Tx(p.connection(), p.statements()));
                    p.connection().commit();
                    return result;
                } catch (SQLException e) {
                    rollback(p);
                    if (!retryable(e) || attempt == MAX_ATTEMPTS) {
                        throw new StoreException("transaction failed", e);
                    }
                    backOff(attempt);
                } catch (RuntimeException e) {
                    rollback(p);
                    throw e;
                }
            }
        } finally {
            pool.add(p);
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
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public void close() {
        for (Pooled p : all) {
            try {
                p.connection().close();
            } catch (SQLException ignored) {
                // closing what is left
            }
        }
    }
}
