package dev.stratus.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.OptionalLong;
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
    /**
     * Fair, so that transactions take turns in the order they asked: the job engine's claiming
     * thread, unfairly passed over by a crowd of request and job threads, fell up to 0.7 s behind,
     * and the jobs it then claimed together started twice the Lambda environments (docs/benchmarks.md).
     */
    private final ReentrantLock lock = new ReentrantLock(true);
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

    /** The file a running Stratus holds locked in its data directory; it holds that process's pid. */
    public static final String LOCK_FILE = "stratus.lock";

    /**
     * A database in {@code dataDir}/stratus.db, created if missing. The directory is locked for
     * this process (its pid written in the lock file, for the message another start gives): a
     * second Stratus on it would serve from stale caches.
     */
    public static SqliteStore open(Path dataDir, Durability durability) {
        FileChannel lock;
        try {
            Files.createDirectories(dataDir);
            lock = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (lock.tryLock() == null) {
                lock.close();
                throw new StoreException("another Stratus is using " + dataDir.toAbsolutePath() + "; give this one its own --data", null);
            }
            lock.truncate(0);
            lock.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new StoreException("cannot use data directory " + dataDir + " (" + e.getClass().getSimpleName() + ")", e);
        }
        return new SqliteStore("jdbc:sqlite:" + dataDir.resolve("stratus.db").toAbsolutePath(), durability, lock);
    }

    /**
     * The pid of the Stratus holding {@code dataDir}, if one does (0 when it holds the lock but its
     * pid cannot be read); empty when the directory is free or has never been used.
     */
    public static OptionalLong holder(Path dataDir) {
        Path file = dataDir.resolve(LOCK_FILE);
        if (!Files.exists(file)) {
            return OptionalLong.empty();
        }
        try (FileChannel probe = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock free = probe.tryLock();
            if (free != null) {
                free.release();
                return OptionalLong.empty();
            }
        } catch (java.nio.channels.OverlappingFileLockException heldHere) {
            // This very process holds it (an embedded Stratus): held all the same.
        } catch (IOException e) {
            throw new StoreException("cannot use data directory " + dataDir + " (" + e.getClass().getSimpleName() + ")", e);
        }
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.of(0);
        }
    }

    /**
     * Deletes the database files in {@code dataDir} (not the directory, which may hold more), for a
     * fresh start; the caller has made sure no Stratus holds it.
     * @return whether there was a database to delete
     */
    public static boolean erase(Path dataDir) {
        boolean existed = Files.exists(dataDir.resolve("stratus.db"));
        try {
            for (String name : new String[] {"stratus.db", "stratus.db-wal", "stratus.db-shm", LOCK_FILE}) {
                Files.deleteIfExists(dataDir.resolve(name));
            }
        } catch (IOException e) {
            throw new StoreException("cannot delete the database in " + dataDir, e);
        }
        return existed;
    }

    /** A database that lives in memory and is gone when the process ends (--ephemeral). */
    public static SqliteStore inMemory() {
        return new SqliteStore("jdbc:sqlite::memory:", Durability.PROCESS_CRASH, null);
    }

    @Override
    protected <T> T inTransaction(Work<T> work) {
        lock.lock();
        try {
            Tx tx = new Tx(connection, statements);
            try {
                T result = work.run(tx);
                connection.commit();
                tx.committed();
                return result;
            } catch (RuntimeException e) {
                rollback();
                tx.rolledBack();
                throw e;
            } catch (SQLException e) {
                rollback();
                tx.rolledBack();
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
    protected String jsonEach(String expr) {
        return "json_each(" + expr + ")";
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
        } catch (SQLException | IOException e) {
            throw new StoreException("close failed", e);
        } finally {
            lock.unlock();
        }
    }
}
