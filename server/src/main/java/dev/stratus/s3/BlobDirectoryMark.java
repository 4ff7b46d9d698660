package dev.stratus.s3;

import dev.stratus.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Ties a store to the directory its object bytes are in: the store keeps an id, the directory a
 * file holding the same id. A node whose directory is not the one the other nodes sharing the
 * store use (a local folder where a mounted one was meant) is refused at start, rather than
 * answer objects whose bytes it does not have, or sweep away another store's blobs.
 */
final class BlobDirectoryMark {
    static final String FILE = "stratus-store-mark";
    static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE s3_blob_directory (
              id INTEGER NOT NULL PRIMARY KEY,
              mark TEXT NOT NULL);
            """);

    private BlobDirectoryMark() {
    }

    /**
     * Checks that {@code dir} is the directory of {@code store}'s objects, marking both when neither
     * is marked yet (a new store, or one older than marks). Refuses a wrong one with an
     * IllegalArgumentException that says what to do.
     */
    static void check(Store store, Path dir) {
        store.migrate("s3.blobs", MIGRATIONS);
        Path file = dir.resolve(FILE);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the S3 blob directory " + dir, e);
        }
        String marked = read(file);
        String stored = store.read(BlobDirectoryMark::stored);
        if (stored == null) {
            if (marked != null && holdsBlobs(dir)) {
                throw new IllegalArgumentException("the S3 blob directory " + dir + " holds the objects of another Stratus store (its "
                        + FILE + " says " + marked + "), and this store has none there yet: give it a directory of its own (--s3-dir)");
            }
            String proposed = marked != null ? marked : UUID.randomUUID().toString();
            // Two nodes starting on a new store at once: the first mark stored is the one both keep.
            stored = store.write(tx -> {
                tx.update("INSERT INTO s3_blob_directory (id, mark) VALUES (1, ?) ON CONFLICT (id) DO NOTHING", proposed);
                return stored(tx);
            });
            if (marked == null) {
                marked = write(file, stored);
            }
        }
        if (marked == null) {
            throw new IllegalArgumentException("the S3 blob directory " + dir + " is not the one this store's objects are in (that one holds a "
                    + FILE + " saying " + stored + "): nodes sharing a store must share their --s3-dir (STRATUS_S3_DIR), a directory they all"
                    + " mount; if " + dir + " is that directory and only its mark was lost, write " + stored + " into " + file);
        }
        if (!marked.equals(stored)) {
            throw new IllegalArgumentException("the S3 blob directory " + dir + " belongs to another Stratus store (its " + FILE + " says "
                    + marked + ", this store's says " + stored + "): nodes sharing a store must share their --s3-dir (STRATUS_S3_DIR)");
        }
    }

    private static String stored(dev.stratus.store.Tx tx) throws SQLException {
        try (ResultSet rs = tx.sql("SELECT mark FROM s3_blob_directory WHERE id = 1").executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Writes the mark unless another node just did; returns the directory's mark. */
    private static String write(Path file, String mark) {
        try {
            Files.writeString(file, mark + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
            return mark;
        } catch (FileAlreadyExistsException e) {
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static boolean holdsBlobs(Path dir) {
        Path blobs = dir.resolve("blobs");
        if (!Files.isDirectory(blobs)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(blobs)) {
            return files.anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + blobs, e);
        }
    }
}
