package dev.stratus.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded engine: one SQLite database in WAL mode, one connection, transactions taken in
 * turn. With synchronous=NORMAL a committed transaction survives kill -9 of the process;
 * {@link Durability#FSYNC_ALWAYS} (synchronous=FULL) also survives losing power.
 */
public final class SqliteStore extends JdbcStore {

    public enum Durability { PROCESS_CRASH, FSYNC_ALWAYS }

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = Tx.newCache();
    private final ReentrantLock lock = new ReentrantLock();

    private SqliteStore(String url, Durability durability, boolean file) {
        try {
            connection = DriverManager.getConnection(url);
            try (Statement s = connection.createStatement()) {
                if (file) {
                    s.execute("PRAGMA journal_mode=WAL");
                }
                s.execute("PRAGMA synchronous=" + (durability == Durability.FSYNC_ALWAYS ? "FULL" : "NORMAL"));
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=5000");
            }
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + url, e);
        }
    }

    /** A database in {@code dataDir}/stratus.db, created if missing. */
    public static SqliteStore open(Path dataDir, Durability durability) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create data directory " + dataDir, e);
        }
        return new SqliteStore("jdbc:sqlite:" + dataDir.resolve("stratus.db").toAbsolutePath(), durability, true);
    }

    /** A database that lives in memory and is gone when the process ends (--ephemeral). */
    public static SqliteStore inMemory() {
        return new SqliteStore("jdbc:sqlite::memory:", Durability.PROCESS_CRASH, false);
    }

    @Override
    protected <T> T inTransaction(Work<T> work) {
        lock.lock();
        try {
            try {
                T result = work.run(new Tx(connection, statements));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback();
                if (e instanceof RuntimeException re) {
                    throw re;
                }
                throw new StoreException("transaction failed", (SQLException) e);
            }
        } finally {
            lock.unlock();
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    @Override
    protected String idColumn() {
        return "INTEGER PRIMARY KEY AUTOINCREMENT";
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("close failed", e);
        } finally {
            lock.unlock();
        }
    }
}
