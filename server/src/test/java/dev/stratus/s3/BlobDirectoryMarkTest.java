package dev.stratus.s3;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.store.SqliteStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node's blob directory must be the one its store's objects are in: the one the other nodes use. */
class BlobDirectoryMarkTest {
    @TempDir
    Path tmp;

    @Test
    void aNewStoreAndAnEmptyDirectoryAreMarkedAlikeAndPassFromThenOn() throws IOException {
        try (SqliteStore store = SqliteStore.inMemory()) {
            Path dir = tmp.resolve("shared");
            BlobDirectoryMark.check(store, dir);
            String mark = Files.readString(dir.resolve(BlobDirectoryMark.FILE)).strip();
            assertEquals(36, mark.length());
            assertDoesNotThrow(() -> BlobDirectoryMark.check(store, dir));
        }
    }

    @Test
    void aNodeWhoseDirectoryIsNotTheSharedOneIsRefusedWithTheMarkToLookFor() throws IOException {
        try (SqliteStore store = SqliteStore.inMemory()) {
            BlobDirectoryMark.check(store, tmp.resolve("shared"));
            String mark = Files.readString(tmp.resolve("shared").resolve(BlobDirectoryMark.FILE)).strip();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BlobDirectoryMark.check(store, tmp.resolve("local")));
            assertTrue(e.getMessage().contains("is not the one this store's objects are in") && e.getMessage().contains(mark), e.getMessage());
            assertTrue(e.getMessage().contains("--s3-dir"), e.getMessage());
        }
    }

    @Test
    void aDirectoryMarkedForAnotherStoreIsRefused() throws IOException {
        Path dir = tmp.resolve("other");
        try (SqliteStore first = SqliteStore.inMemory(); SqliteStore second = SqliteStore.inMemory()) {
            BlobDirectoryMark.check(first, dir);
            BlobDirectoryMark.check(second, tmp.resolve("second"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BlobDirectoryMark.check(second, dir));
            assertTrue(e.getMessage().contains("belongs to another Stratus store"), e.getMessage());
        }
    }

    @Test
    void aNewStoreIsRefusedADirectoryHoldingAnotherStoresObjects() throws IOException {
        Path dir = tmp.resolve("used");
        try (SqliteStore first = SqliteStore.inMemory(); SqliteStore second = SqliteStore.inMemory()) {
            BlobDirectoryMark.check(first, dir);
            Files.createDirectories(dir.resolve("blobs").resolve("ab"));
            Files.writeString(dir.resolve("blobs").resolve("ab").resolve("abcd"), "bytes");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BlobDirectoryMark.check(second, dir));
            assertTrue(e.getMessage().contains("holds the objects of another Stratus store"), e.getMessage());
        }
    }

    @Test
    void aStoreOlderThanMarksAdoptsTheDirectoryItUsed() throws IOException {
        Path dir = tmp.resolve("old");
        Files.createDirectories(dir.resolve("blobs"));
        try (SqliteStore store = SqliteStore.inMemory()) {
            BlobDirectoryMark.check(store, dir);
            assertTrue(Files.exists(dir.resolve(BlobDirectoryMark.FILE)));
        }
    }
}
