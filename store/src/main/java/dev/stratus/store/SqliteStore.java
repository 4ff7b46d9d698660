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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The embedded engine: one SQLite database in WAL mode. With synchronous=NORMAL a committed
 * transaction survives kill -9 of the process; {@link Durability#FSYNC_ALWAYS} (synchronous=FULL)
 * also survives losing power.
 *
 * <p>Writes take turns on one connection, owned by one writer thread, and commit in groups: the
 * writer takes every transaction waiting (in the order they asked), runs each inside a savepoint
 * (so one that fails is undone alone), commits them with one SQLite commit, and only then are their
 * callers answered. A commit per request capped throughput at what one commit costs. Reads run on
 * connections of their own, against the last committed state, and never wait behind writes.
 * Checkpoints (copying the WAL into the database) run on a thread of their own, off every request's
 * path. An in-memory database has one connection only, so its reads take their turn with writes.
 */
public final class SqliteStore extends JdbcStore {

    public enum Durability { PROCESS_CRASH, FSYNC_ALWAYS }

    /** Transactions committed together at most; more wait for the next commit. */
    static final int GROUP_LIMIT = 256;
    private static final int READERS = 4;
    private static final long CHECKPOINT_EVERY_MS = 1000;

    /** A transaction waiting for the writer, and what became of it. */
    private static final class Pending<T> {
        final Work<T> work;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        Tx tx;
        T result;
        RuntimeException failure;

        Pending(Work<T> work) {
            this.work = work;
        }
    }

    private record Reader(Connection connection, Map<String, PreparedStatement> statements) {
    }

    private final String url;
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = Tx.newCache();
    private final Notices notices = new Notices();
    private final LinkedBlockingQueue<Pending<?>> waiting = new LinkedBlockingQueue<>();
    private final Thread writer;
    /** The transaction the writer is running, for work that opens another inside it. */
    private Tx current;
    /** Why the group being written cannot commit, if a savepoint failed; only the writer touches it. */
    private SQLException broken;
    private final BlockingQueue<Reader> readers;
    private final ScheduledExecutorService checkpoints;
    private final Connection checkpointer;
    private final FileChannel dirLock;
    private volatile boolean closed;

    private SqliteStore(String url, Durability durability, FileChannel dirLock) {
        this.url = url;
        this.dirLock = dirLock;
        boolean file = dirLock != null;
        try {
            connection = DriverManager.getConnection(url, writerProperties());
            try (Statement s = connection.createStatement()) {
                if (file) {
                    s.execute("PRAGMA journal_mode=WAL");
                    // The checkpoint thread copies the WAL back; the writer never stops to.
                    s.execute("PRAGMA wal_autocheckpoint=0");
                    s.execute("PRAGMA journal_size_limit=67108864");
                }
                s.execute("PRAGMA synchronous=" + (durability == Durability.FSYNC_ALWAYS ? "FULL" : "NORMAL"));
                s.execute("PRAGMA foreign_keys=ON");
                // A 64 MiB page cache (SQLite's default is 2 MiB) keeps deep queues off the read syscalls.
                s.execute("PRAGMA cache_size=-65536");
                s.execute("PRAGMA temp_store=MEMORY");
                s.execute("PRAGMA busy_timeout=5000");
            }
            connection.setAutoCommit(false);
            readers = file ? new ArrayBlockingQueue<>(READERS) : null;
            if (file) {
                for (int i = 0; i < READERS; i++) {
                    readers.add(openReader());
                }
            }
            checkpointer = file ? DriverManager.getConnection(url) : null;
        } catch (SQLException e) {
            throw new StoreException("cannot open " + url, e);
        }
        writer = Thread.ofPlatform().name("stratus-store-writer").daemon().start(this::writeInGroups);
        checkpoints = file ? Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("stratus-checkpoint").daemon().factory()) : null;
        if (file) {
            checkpoints.scheduleWithFixedDelay(this::checkpoint, CHECKPOINT_EVERY_MS, CHECKPOINT_EVERY_MS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * The driver's generated keys are off: it would match every update's SQL against a regular
     * expression to find an INSERT, and Stratus reads the ids it needs with RETURNING.
     */
    private static Properties writerProperties() {
        Properties p = new Properties();
        p.setProperty("jdbc.get_generated_keys", "false");
        return p;
    }

    private Reader openReader() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA query_only=1");
            s.execute("PRAGMA cache_size=-16384");
            s.execute("PRAGMA temp_store=MEMORY");
            s.execute("PRAGMA busy_timeout=5000");
        }
        c.setAutoCommit(false);
        return new Reader(c, Tx.newCache());
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
    public <T> T write(Work<T> work) {
        return Thread.currentThread() == writer ? nested(current, work) : await(work);
    }

    @Override
    public <T> T read(Work<T> work) {
        if (Thread.currentThread() == writer) {
            return nested(current, work);
        }
        if (readers == null) {
            return await(work);
        }
        Reader r = takeReader();
        try {
            return work.run(new Tx(r.connection(), r.statements(), Tx::refuseAnnouncement));
        } catch (SQLException e) {
            throw new StoreException("read failed", e);
        } finally {
            try {
                r.connection().rollback();
            } catch (SQLException ignored) {
                // ending the snapshot; the next read begins a new one either way
            }
            readers.add(r);
        }
    }

    @Override
    protected <T> T inTransaction(Work<T> work) {
        return write(work);
    }

    private Reader takeReader() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return readers.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Hands {@code work} to the writer and waits (uninterruptibly: it may already have committed) until its group committed. */
    private <T> T await(Work<T> work) {
        if (closed) {
            throw new StoreException("the store is closed", null);
        }
        Pending<T> p = new Pending<>(work);
        waiting.add(p);
        if (closed && waiting.remove(p)) {
            // The store closed meanwhile and the writer may be gone: this one is refused, not left waiting.
            throw new StoreException("the store is closed", null);
        }
        p.done.join();
        if (p.failure != null) {
            if (p.tx != null) {
                p.tx.rolledBack();
            }
            throw p.failure;
        }
        p.tx.committed();
        return p.result;
    }

    /** The writer thread: takes what waits, runs each in a savepoint, commits the group, answers each. */
    private void writeInGroups() {
        List<Pending<?>> group = new ArrayList<>(GROUP_LIMIT);
        while (true) {
            Pending<?> first;
            try {
                // Polled, not taken: work that swallowed an interrupt must not keep the writer from seeing the store close.
                first = waiting.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                first = null;
            }
            if (first == null) {
                if (closed) {
                    refuseWaiting();
                    return;
                }
                continue;
            }
            group.add(first);
            waiting.drainTo(group, GROUP_LIMIT - 1);
            for (Pending<?> p : group) {
                run(p);
            }
            commit(group);
            group.forEach(p -> p.done.complete(null));
            group.clear();
        }
    }

    /** Answers whatever came in while the store closed: it was not written. */
    private void refuseWaiting() {
        for (Pending<?> p = waiting.poll(); p != null; p = waiting.poll()) {
            p.failure = new StoreException("the store is closed", null);
            p.done.complete(null);
        }
    }

    private <T> void run(Pending<T> p) {
        Tx tx = new Tx(connection, statements, this::announceAfterCommit);
        p.tx = tx;
        current = tx;
        try {
            savepoint("SAVEPOINT tx");
            try {
                p.result = p.work.run(tx);
                savepoint("RELEASE tx");
            } catch (RuntimeException | SQLException | Error e) {
                savepoint("ROLLBACK TO tx");
                savepoint("RELEASE tx");
                p.failure = e instanceof RuntimeException r ? r : new StoreException("transaction failed", e);
                if (e instanceof SQLException) {
                    // A statement that failed mid-step (an interrupted thread, say) can be left unusable: prepare afresh.
                    forgetStatements();
                }
            }
        } catch (SQLException e) {
            // The savepoint itself failed: what the group did so far is in doubt, so all of it is undone.
            p.failure = new StoreException("transaction failed", e);
            broken = e;
        } finally {
            current = null;
        }
    }

    private void commit(List<Pending<?>> group) {
        try {
            if (broken != null) {
                throw broken;
            }
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the failure to report is the first one
            }
            StoreException failed = new StoreException("commit failed", e);
            for (Pending<?> p : group) {
                if (p.failure == null) {
                    p.failure = failed;
                }
            }
        } finally {
            broken = null;
        }
    }

    private void savepoint(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private void announceAfterCommit(Tx tx, String channel, String payload) {
        tx.afterCommit(() -> notices.heard(channel, payload));
    }

    @Override
    public void listen(String channel, Listener listener) {
        notices.add(channel, listener);
    }

    /** Copies the WAL into the database as far as no reader still needs it, on the checkpoint thread. */
    private void checkpoint() {
        try (Statement s = checkpointer.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException e) {
            java.util.logging.Logger.getLogger(SqliteStore.class.getName()).log(java.util.logging.Level.FINE, "checkpoint failed", e);
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
        if (closed) {
            return;
        }
        // What is already waiting is still written: it may be answered as accepted.
        await(tx -> null);
        closed = true;
        writer.interrupt();
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (checkpoints != null) {
            checkpoints.shutdownNow();
        }
        try {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
            if (readers != null) {
                for (Reader r : readers) {
                    r.connection().close();
                }
                checkpointer.close();
            }
            connection.close();
            if (dirLock != null) {
                dirLock.close();
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("close failed", e);
        }
    }
}
