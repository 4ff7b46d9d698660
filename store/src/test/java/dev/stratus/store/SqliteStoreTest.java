package dev.stratus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class SqliteStoreTest extends StoreContract {
    private Path dir;

    @Override
    protected Store open() {
        try {
            dir = Files.createTempDirectory("sqlite-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reopen();
    }

    @Override
    protected Store reopen() {
        return SqliteStore.open(dir, SqliteStore.Durability.PROCESS_CRASH);
    }

    @Test
    void aCachedStatementLeftBrokenByAFailedTransactionIsPreparedAfresh() {
        try (SqliteStore store = SqliteStore.inMemory()) {
            store.write(tx -> {
                tx.execute("CREATE TABLE t (v INTEGER)");
                return null;
            });
            String insert = "INSERT INTO t (v) VALUES (?)";
            // A closed statement stands for one an interrupted step leaves unusable ("statement is not executing").
            assertThrows(StoreException.class, () -> store.write(tx -> {
                tx.sql(insert).close();
                return tx.update(insert, 1);
            }));
            store.write(tx -> tx.update(insert, 2));
            assertEquals(Integer.valueOf(1), store.read(tx -> {
                try (ResultSet rs = tx.sql("SELECT COUNT(*) FROM t WHERE v = 2").executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }));
        }
    }

    /** A read runs on a connection of its own against what is committed, while a write is under way. */
    @Test
    void readsDoNotWaitBehindAWriteAndSeeOnlyWhatIsCommitted() throws Exception {
        try (Store store = open()) {
            store.migrate("c", V1);
            java.util.concurrent.CountDownLatch inWrite = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch readDone = new java.util.concurrent.CountDownLatch(1);
            Thread writer = Thread.ofPlatform().start(() -> store.write(tx -> {
                tx.update("INSERT INTO item (name) VALUES (?)", "a");
                inWrite.countDown();
                try {
                    readDone.await(5, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            inWrite.await();
            assertEquals(0, count(store), "the write is not committed yet");
            readDone.countDown();
            writer.join();
            assertEquals(1, count(store));
        }
    }

    @Test
    void anInMemoryStoreKeepsTheSamePromises() {
        try (SqliteStore store = SqliteStore.inMemory()) {
            store.migrate("c", V1);
            store.write(tx -> tx.update("INSERT INTO item (name) VALUES (?)", "a"));
            assertThrows(IllegalStateException.class, () -> store.write(tx -> {
                tx.update("INSERT INTO item (name) VALUES (?)", "b");
                throw new IllegalStateException("boom");
            }));
            assertEquals(1, count(store));
        }
    }

    @Test
    void aReadCannotWrite() {
        try (Store store = open()) {
            store.migrate("c", V1);
            assertThrows(StoreException.class, () -> store.read(tx -> tx.update("INSERT INTO item (name) VALUES (?)", "a")));
            assertEquals(0, count(store));
        }
    }
}
