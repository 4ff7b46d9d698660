package dev.stratus.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.protocol.StreamingBlob;
import dev.stratus.s3.api.CreateBucketRequest;
import dev.stratus.s3.api.GetObjectRequest;
import dev.stratus.s3.api.PutObjectRequest;
import dev.stratus.store.PostgresStore;
import dev.stratus.store.TestPostgres;
import dev.stratus.time.Clock;
import dev.stratus.time.Timers;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two nodes on one PostgreSQL and one blob directory serve S3 as one; a node with a directory of its own is refused. */
class S3NodesOnPostgresTest {
    @TempDir
    Path tmp;

    record Node(PostgresStore store, Timers timers, BlobStore blobs, S3Service s3) implements AutoCloseable {
        static Node on(String url, Path dir) {
            PostgresStore store = PostgresStore.open(url);
            store.migrate("s3", S3Repository.MIGRATIONS);
            store.migrate("s3.multipart", Uploads.MIGRATIONS);
            BlobDirectoryMark.check(store, dir);
            S3Repository repo = new S3Repository();
            BlobStore blobs = new BlobStore(dir, false);
            Timers timers = new Timers(store, Clock.SYSTEM);
            S3Buckets buckets = S3Buckets.of(store, Clock.SYSTEM, timers, repo, blobs, S3Events.NONE, null);
            return new Node(store, timers, blobs, new S3Service(store, Clock.SYSTEM, blobs, repo, S3Events.NONE, buckets, null));
        }

        @Override
        public void close() {
            blobs.close();
            timers.close();
            store.close();
        }
    }

    @Test
    void anObjectPutThroughOneNodeIsReadThroughTheOtherAndANodeWithAnotherDirectoryIsRefused() throws Exception {
        String url = TestPostgres.freshDatabase();
        Path shared = tmp.resolve("shared");
        try (Node a = Node.on(url, shared); Node b = Node.on(url, shared)) {
            a.s3().createBucket(BlobLifecycleTest.CTX, Fields.of("Bucket", "photos").as(CreateBucketRequest.class));
            a.s3().putObject(BlobLifecycleTest.CTX, Fields.of("Bucket", "photos").and("Key", "cat.txt")
                    .and("Body", StreamingBlob.of("meow".getBytes(StandardCharsets.UTF_8))).as(PutObjectRequest.class));
            StreamingBlob body = b.s3().getObject(BlobLifecycleTest.CTX, Fields.of("Bucket", "photos").and("Key", "cat.txt")
                    .as(GetObjectRequest.class)).body();
            try (InputStream in = body.open()) {
                assertEquals("meow", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> BlobDirectoryMark.check(b.store(), tmp.resolve("local")));
            assertTrue(refused.getMessage().contains("is not the one this store's objects are in"), refused.getMessage());
        }
    }
}
