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

    /** Brings {@code component}'s tables up to date: applies the scripts not yet applied, in order. */
    void migrate(String component, List<String> scripts);

    @Override
    void close();

    @FunctionalInterface
    interface Work<T> {
        T run(Tx tx) throws java.sql.SQLException;
    }
}
