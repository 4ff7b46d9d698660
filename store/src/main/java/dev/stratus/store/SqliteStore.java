package dev.stratus.store;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
    private final FileChannel dirLock;

    private SqliteStore(String url, Durability durability, FileChannel dirLock) {
        this.dirLock = dirLock;
        boolean file = dirLock != null;
        try {
            connection = DriverManager.getConnection(url);
            try (Statement s = connection.createStatement()) {
                if (file) {
                    s.execute("PRAGMA journal_mode=WAL");
                }
                s.execute("PRAGMA synchronous=" + (durability == Durability.FSYNC_ALWAYS ? "FULL" : "NORMAL"));
                s.execute("PRAGMA foreign_keys=ON");
                // A 64 MiB page cache (SQLite's default is 2 MiB) keeps deep queues off the read syscalls.
                s.execute("PRAGMA cache_size=-65536");
                s.execute("PRAGMA temp_store=MEMORY");
                s.execute("PRAGMA busy_timeout=5000");
            }
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + url, e);
        }
    }

    /**
     * A database in {@code dataDir}/stratus.db, created if missing. The directory is locked for
     * this process: a second Stratus on it would serve from stale caches.
     */
    public static SqliteStore open(Path dataDir, Durability durability) {
        FileChannel lock;
        try {
            Files.createDirectories(dataDir);
            lock = FileChannel.open(dataDir.resolve("stratus.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (lock.tryLock() == null) {
                lock.close();
                throw new StoreException("another Stratus is using " + dataDir.toAbsolutePath() + "; give this one its own --data", null);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot use data directory " + dataDir + " (" + e.getClass().getSimpleName() + ")", e);
        }
        return new SqliteStore("jdbc:sqlite:" + dataDir.resolve("stratus.db").toAbsolutePath(), durability, lock);
    }

    /** A database that lives in memory and is gone when the process ends (--ephemeral). */
    public static SqliteStore inMemory() {
        return new SqliteStore("jdbc:sqlite::memory:", Durability.PROCESS_CRASH, null);
    }

    @Override
    protected <T> T inTransaction(Work<T> work) {
        lock.lock();
        try {
            try {
                Tx tx = new Tx(connection, statements);
                T result = work.run(tx);
                connection.commit();
                tx.committed();
                return result;
            } catch (RuntimeException e) {
                rollback();
                throw e;
            } catch (SQLException e) {
                rollback();
                // A statement that failed mid-step (an interrupted thread, say) can be left unusable: prepare afresh.
                forgetStatements();
                throw new StoreException("transaction failed", e);
            }
        } finally {
            lock.unlock();
        }
    }

    private void forgetStatements() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // it is being dropped either way
            }
        }
        statements.clear();
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
    protected String blobColumn() {
        return "BLOB";
    }

    @Override
    public void close() {
        lock.lock();
        try {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
            connection.close();
            if (dirLock != null) {
                dirLock.close();
            }
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("close failed", e);
        } finally {
            lock.unlock();
        }
    }
}
