package dev.stratus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteStoreTest {
    static int count(Store store) {
        return store.read(tx -> {
            try (ResultSet rs = tx.sql("SELECT COUNT(*) FROM item").executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void migrationsApplyOnceAndInOrder() throws Exception {
        Path dir = Files.createTempDirectory("store");
        try (Store store = SqliteStore.open(dir, SqliteStore.Durability.PROCESS_CRASH)) {
            store.migrate("c", List.of("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)"));
            store.write(tx -> tx.update("INSERT INTO item (name) VALUES (?)", "a"));
        }
        try (Store store = SqliteStore.open(dir, SqliteStore.Durability.PROCESS_CRASH)) {
            store.migrate("c", List.of("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT)", "ALTER TABLE item ADD COLUMN size INTEGER"));
            store.write(tx -> tx.update("INSERT INTO item (name, size) VALUES (?, ?)", "b", 2));
            assertEquals(2, count(store));
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Store store = SqliteStore.inMemory()) {
            store.migrate("c", List.of("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"));
            assertThrows(IllegalStateException.class, () -> store.write(tx -> {
                tx.update("INSERT INTO item (name) VALUES (?)", "a");
                throw new IllegalStateException("boom");
            }));
            assertThrows(StoreException.class, () -> store.write(tx -> tx.update("INSERT INTO item (name) VALUES (NULL)")));
            assertEquals(0, count(store));
        }
    }
}
