package dev.stratus.store;

import java.util.List;

/**
 * Where every service keeps its state. Services own their tables (created by their
 * migrations) and reach them only inside a transaction: {@link #write} commits before it
 * returns, so an answer given after it survives a crash of the process.
 */
public interface Store extends AutoCloseable {

    /** Runs {@code work} in a read-write transaction and commits it. */
    <T> T write(Work<T> work);

    /** Runs {@code work} against a consistent snapshot; it must not write. */
    <T> T read(Work<T> work);

    /**
     * Runs {@code work}, which claims rows that other nodes may be claiming at the same moment (due
     * jobs and timers, a shared count), in a read-write transaction and commits it. Its SELECT of
     * the rows to claim ends with {@link #skipLocked()}; it sees rows as committed when each
     * statement starts, so it must change only rows it locked or filtered by their own state.
     * PostgreSQL runs it READ COMMITTED: nodes then claim different rows side by side, where
     * SERIALIZABLE would fail all but one of them and retry the rest, again and again under load.
     */
    <T> T claim(Work<T> work);

    /**
     * What ends a SELECT, in {@link #claim}, of rows to claim: {@code FOR UPDATE SKIP LOCKED} where
     * several nodes share the store (each row is locked by the one that takes it, and the others
     * pass over it without waiting), nothing on an engine with one writer, which claims alone.
     */
    String skipLocked();

    /** Whether other nodes may share this store (PostgreSQL), or this process has it to itself (SQLite). */
    boolean shared();

    /** Brings {@code component}'s tables up to date: applies the scripts not yet applied, in order. */
    void migrate(String component, List<String> scripts);

    /**
     * Calls {@code listener} with each payload announced on {@code channel} ({@link Tx#announce}) once
     * the announcing transaction commits, by this node or by any other node sharing the store; it
     * runs on the engine's thread and must return quickly. Register before serving: what is announced
     * before this returns may not be heard.
     */
    void listen(String channel, Listener listener);

    @Override
    void close();

    /** Hears announcements on one channel. */
    interface Listener {
        /** A transaction that announced {@code payload} has committed. */
        void heard(String payload);

        /**
         * Announcements may have been lost (the engine lost its connection to the database, then got
         * it back): whatever the listener keeps in step by them must be assumed changed.
         */
        void missed();
    }

    /** Channels are names of lowercase letters, digits, dots, dashes and underscores, at most 63 long (PostgreSQL's limit). */
    static void checkChannel(String channel) {
        if (channel == null || !channel.matches("[a-z0-9._-]{1,63}")) {
            throw new IllegalArgumentException("bad channel name: " + channel);
        }
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Tx tx) throws java.sql.SQLException;
    }
}
