package dev.stratus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A transaction in progress: hands out prepared statements, cached per connection because the
 * same few statements run on every request.
 */
public final class Tx {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements;
    private final java.util.List<Runnable> afterCommit = new java.util.ArrayList<>();
    private final java.util.List<Runnable> afterRollback = new java.util.ArrayList<>();
    private final Announcer announcer;
    private boolean committed;

    /** How an engine makes an announcement heard once the transaction commits. */
    @FunctionalInterface
    interface Announcer {
        void announce(Tx tx, String channel, String payload) throws SQLException;
    }

    Tx(Connection connection, Map<String, PreparedStatement> statements, Announcer announcer) {
        this.connection = connection;
        this.statements = statements;
        this.announcer = announcer;
    }

    /** The announcer of a read, which must not write and so has nothing to announce. */
    static void refuseAnnouncement(Tx tx, String channel, String payload) {
        throw new IllegalStateException("a read cannot announce (on " + channel + ")");
    }

    /** Payloads are at most this many bytes of UTF-8: PostgreSQL's NOTIFY takes fewer than 8000. */
    public static final int MAX_PAYLOAD_BYTES = 4000;

    /**
     * Announces {@code payload} on {@code channel} to every listener ({@link Store#listen}) of every
     * node sharing the store, once this transaction commits; nothing if it rolls back, or if the
     * nested work ({@link Store#write} inside a write) that announced it is rolled back. For what other
     * nodes must hear of: a queue that got a message, a cached setting that changed.
     */
    public void announce(String channel, String payload) throws SQLException {
        Store.checkChannel(channel);
        if (payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("an announcement on " + channel + " is over " + MAX_PAYLOAD_BYTES + " bytes");
        }
        announcer.announce(this, channel, payload);
    }

    /** A prepared statement for {@code sql}, its parameters cleared. */
    public PreparedStatement sql(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        } else {
            ps.clearParameters();
        }
        return ps;
    }

    /** Binds {@code params} in order and runs an update; returns the number of rows changed. */
    public int update(String sql, Object... params) throws SQLException {
        PreparedStatement ps = sql(sql);
        bind(ps, params);
        return ps.executeUpdate();
    }

    /**
     * Runs {@code action} once this transaction has committed (not if it rolls back, nor if the nested
     * work that registered it is rolled back while the transaction goes on): for work that
     * must see the transaction's result, such as starting a thread that reads what it wrote.
     */
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    /**
     * Runs {@code action} if this transaction rolls back (a failure, or PostgreSQL's retry of a
     * conflict, which runs the work again in a new transaction), or as soon as the nested work that
     * registered it is rolled back while the transaction goes on: for work that took something from
     * memory to store it, and must give it back so that the next attempt stores it.
     */
    public void afterRollback(Runnable action) {
        afterRollback.add(action);
    }

    /** How many actions were registered when nested work began: those after it are the nested work's own. */
    record Mark(int afterCommit, int afterRollback) {
    }

    /** Where nested work's own actions will begin. */
    Mark mark() {
        return new Mark(afterCommit.size(), afterRollback.size());
    }

    /**
     * Called by the engine once the nested work begun at {@code mark} was rolled back to its
     * savepoint while this transaction goes on: what it registered to run after a commit (on SQLite,
     * its announcements too) is dropped with its writes, and what it registered to run on a rollback
     * runs now, as its rollback happened.
     */
    void nestedRolledBack(Mark mark) {
        afterCommit.subList(mark.afterCommit(), afterCommit.size()).clear();
        java.util.List<Runnable> ownRollback = afterRollback.subList(mark.afterRollback(), afterRollback.size());
        java.util.List<Runnable> undo = java.util.List.copyOf(ownRollback);
        ownRollback.clear();
        undo.forEach(Runnable::run);
    }

    /** Called by the engine after a successful commit. */
    void committed() {
        committed = true;
        afterCommit.forEach(Runnable::run);
    }

    /** Called by the engine after it rolled this transaction back; nothing once it has committed. */
    void rolledBack() {
        if (!committed) {
            afterRollback.forEach(Runnable::run);
        }
    }

    /** Runs one statement that takes no parameters, such as DDL. */
    public void execute(String sql) throws SQLException {
        try (var s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    public static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    static Map<String, PreparedStatement> newCache() {
        return new HashMap<>();
    }
}
