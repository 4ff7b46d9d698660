package dev.stratus.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreTest {
    /**
     * A GET streaming an object of several parts while a PUT replaces it reads the object it
     * began with to its end, as on S3: the replaced blobs go when the last reader closes.
     */
    @Test
    void blobsDeletedWhileReadGoWhenTheReadEnds(@TempDir Path dir) throws IOException {
        BlobStore blobs = new BlobStore(dir, false);
        BlobStore.Written a = blobs.write(new ByteArrayInputStream(new byte[] {1, 2}), new Digests(null));
        BlobStore.Written b = blobs.write(new ByteArrayInputStream(new byte[] {3, 4}), new Digests(null));
        ObjectData data = new ObjectData(List.of(new ObjectData.Segment(a.id(), 2), new ObjectData.Segment(b.id(), 2)));
        try (InputStream in = data.open(blobs, 0, 4)) {
            assertEquals(1, in.read());
            blobs.delete(data.blobs());
            assertArrayEquals(new byte[] {2, 3, 4}, in.readAllBytes());
        }
        assertEquals(0, files(dir));
    }

    private static long files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(BlobStore.LOCK)).count();
        }
    }
}
