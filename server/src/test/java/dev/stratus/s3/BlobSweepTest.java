package dev.stratus.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep at start, when several nodes share one blob directory. */
class BlobSweepTest {
    @TempDir
    Path dir;

    @Test
    void aStartingNodeLeavesALiveNodesUncommittedBlobAndIncomingFolderAlone() throws IOException {
        BlobStore live = new BlobStore(dir, false);
        BlobStore.Written moved = live.write(new ByteArrayInputStream(new byte[] {1}), new Digests(null));
        Path uploading = Files.writeString(incomingFolders().filter(f -> Files.exists(f.resolve(BlobStore.LOCK))).findFirst().orElseThrow()
                .resolve("half-written"), "x");
        try (BlobStore starting = new BlobStore(dir, false)) {
            starting.sweep(Set::of);
        }
        assertTrue(Files.exists(uploading));
        assertTrue(Files.exists(blob(moved.id())));
        live.close();
    }

    @Test
    void whatNodesThatAreGoneLeftIsRemoved() throws IOException {
        Path dead = Files.createDirectories(dir.resolve("incoming").resolve("dead-node"));
        Files.writeString(dead.resolve(BlobStore.LOCK), "");
        Files.writeString(dead.resolve("cut-short"), "x");
        Path oldLayout = Files.writeString(Files.createDirectories(dir.resolve("incoming")).resolve("flat-file"), "x");
        BlobStore before = new BlobStore(dir, false);
        String orphan = before.write(new ByteArrayInputStream(new byte[] {1}), new Digests(null)).id();
        String named = before.write(new ByteArrayInputStream(new byte[] {2}), new Digests(null)).id();
        before.close();
        Files.setLastModifiedTime(blob(orphan), FileTime.from(Instant.now().minusSeconds(5)));
        try (BlobStore alone = new BlobStore(dir, false)) {
            alone.sweep(() -> Set.of(named));
        }
        assertFalse(Files.exists(dead));
        assertFalse(Files.exists(oldLayout));
        assertFalse(Files.exists(blob(orphan)));
        assertTrue(Files.exists(blob(named)));
        assertEquals(0, incomingFolders().count(), "a node that stops removes its incoming folder");
    }

    @Test
    void whileOtherNodesRunAnUnnamedBlobGoesOnlyOnceItIsOld() throws IOException {
        BlobStore other = new BlobStore(dir, false);
        String young = other.write(new ByteArrayInputStream(new byte[] {1}), new Digests(null)).id();
        String old = other.write(new ByteArrayInputStream(new byte[] {2}), new Digests(null)).id();
        Files.setLastModifiedTime(blob(old), FileTime.from(Instant.now().minus(BlobStore.OTHERS_GRACE).minusSeconds(60)));
        try (BlobStore starting = new BlobStore(dir, false)) {
            starting.sweep(Set::of);
        }
        assertTrue(Files.exists(blob(young)));
        assertFalse(Files.exists(blob(old)));
        other.close();
    }

    private Stream<Path> incomingFolders() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("incoming"))) {
            return s.filter(Files::isDirectory).toList().stream();
        }
    }

    private Path blob(String id) {
        return dir.resolve("blobs").resolve(id.substring(0, 2)).resolve(id);
    }
}
