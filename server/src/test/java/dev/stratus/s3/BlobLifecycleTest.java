package dev.stratus.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.StreamingBlob;
import dev.stratus.s3.api.CopyObjectRequest;
import dev.stratus.s3.api.CreateBucketRequest;
import dev.stratus.s3.api.CreateMultipartUploadOutput;
import dev.stratus.s3.api.CreateMultipartUploadRequest;
import dev.stratus.s3.api.DeleteBucketRequest;
import dev.stratus.s3.api.ListMultipartUploadsRequest;
import dev.stratus.s3.api.PutObjectRequest;
import dev.stratus.s3.api.UploadPartRequest;
import dev.stratus.store.SqliteStore;
import dev.stratus.store.Store;
import dev.stratus.time.ManualClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every blob on disk is one a row names: no path that writes or removes objects leaves files behind. */
class BlobLifecycleTest {
    static final String ACCOUNT = "123456789012";
    static final RequestContext CTX = new RequestContext("r", "s3", "PutObject", "us-east-1", ACCOUNT, "test", "localhost",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::123456789012:root", ACCOUNT));

    final Store store = SqliteStore.inMemory();
    final ManualClock clock = new ManualClock(1_767_225_600_000L);
    final Path dir;
    final S3Repository repo = new S3Repository();
    final S3Service s3;
    final S3Buckets buckets;

    BlobLifecycleTest(@TempDir Path dir) {
        this.dir = dir;
        store.migrate("s3", S3Repository.MIGRATIONS);
        store.migrate("s3.multipart", Uploads.MIGRATIONS);
        BlobStore blobs = new BlobStore(dir, false);
        buckets = S3Buckets.of(store, clock, new dev.stratus.time.Timers(store, clock), repo, blobs, S3Events.NONE, null);
        s3 = new S3Service(store, clock, blobs, repo, S3Events.NONE, buckets, null);
        s3.createBucket(CTX, Fields.of("Bucket", "bkt").as(CreateBucketRequest.class));
    }

    @Test
    void anEmptyObjectAndItsCopyLeaveNoFile() throws IOException {
        s3.putObject(CTX, Fields.of("Bucket", "bkt").and("Key", "empty").and("Body", StreamingBlob.of(new byte[0])).as(PutObjectRequest.class));
        s3.copyObject(CTX, Fields.of("Bucket", "bkt").and("Key", "copy").and("CopySource", "bkt/empty").as(CopyObjectRequest.class));
        assertEquals(List.of(), files());
    }

    @Test
    void deletingABucketRemovesItsUploadsInProgressAndTheirParts() throws IOException {
        String id = s3.createMultipartUpload(CTX, Fields.of("Bucket", "bkt").and("Key", "big").as(CreateMultipartUploadRequest.class)).uploadId();
        s3.uploadPart(CTX, Fields.of("Bucket", "bkt").and("Key", "big").and("UploadId", id).and("PartNumber", 1)
                .and("Body", StreamingBlob.of("part one".getBytes(StandardCharsets.UTF_8))).as(UploadPartRequest.class));
        assertEquals(1, files().size());

        s3.deleteBucket(CTX, Fields.of("Bucket", "bkt").as(DeleteBucketRequest.class));
        assertEquals(List.of(), files());
        assertEquals(java.util.Set.of(), store.read(repo::blobsNamed));
        s3.createBucket(CTX, Fields.of("Bucket", "bkt").as(CreateBucketRequest.class));
        assertNull(s3.listMultipartUploads(CTX, Fields.of("Bucket", "bkt").as(ListMultipartUploadsRequest.class)).uploads());
    }

    /** UploadPartCopy reads its source as CopyObject does: a version id naming a delete marker is S3's 400, a malformed one its InvalidArgument. */
    @Test
    void uploadPartCopyRefusesADeleteMarkerVersionAsCopyObjectDoes() {
        s3.putBucketVersioning(CTX, Fields.of("Bucket", "bkt").and("VersioningConfiguration", java.util.Map.of("Status", "Enabled"))
                .as(dev.stratus.s3.api.PutBucketVersioningRequest.class));
        s3.putObject(CTX, Fields.of("Bucket", "bkt").and("Key", "src").and("Body", StreamingBlob.of(new byte[] {1})).as(PutObjectRequest.class));
        String marker = s3.deleteObject(CTX, Fields.of("Bucket", "bkt").and("Key", "src").as(dev.stratus.s3.api.DeleteObjectRequest.class)).versionId();
        String id = s3.createMultipartUpload(CTX, Fields.of("Bucket", "bkt").and("Key", "big").as(CreateMultipartUploadRequest.class)).uploadId();
        for (String source : List.of("bkt/src?versionId=" + marker, "bkt/src?versionId=not-an-id")) {
            String copyError = org.junit.jupiter.api.Assertions.assertThrows(dev.stratus.protocol.AwsException.class, () -> s3.copyObject(CTX,
                    Fields.of("Bucket", "bkt").and("Key", "copy").and("CopySource", source).as(CopyObjectRequest.class))).code();
            String partError = org.junit.jupiter.api.Assertions.assertThrows(dev.stratus.protocol.AwsException.class, () -> s3.uploadPartCopy(CTX,
                    Fields.of("Bucket", "bkt").and("Key", "big").and("UploadId", id).and("PartNumber", 1).and("CopySource", source)
                            .as(dev.stratus.s3.api.UploadPartCopyRequest.class))).code();
            assertEquals(copyError, partError, source);
        }
    }

    @Test
    void aLifecycleRuleAbortsUploadsInProgressDaysAfterTheyBegan() throws IOException {
        String old = s3.createMultipartUpload(CTX, Fields.of("Bucket", "bkt").and("Key", "tmp/big").as(CreateMultipartUploadRequest.class)).uploadId();
        s3.uploadPart(CTX, Fields.of("Bucket", "bkt").and("Key", "tmp/big").and("UploadId", old).and("PartNumber", 1)
                .and("Body", StreamingBlob.of(new byte[] {1, 2, 3})).as(UploadPartRequest.class));
        s3.createMultipartUpload(CTX, Fields.of("Bucket", "bkt").and("Key", "keep/big").as(CreateMultipartUploadRequest.class));
        var rule = Fields.of("ID", "abort").and("Status", "Enabled").and("Filter", java.util.Map.of("Prefix", "tmp/"))
                .and("AbortIncompleteMultipartUpload", java.util.Map.of("DaysAfterInitiation", 1)).as(dev.stratus.s3.api.LifecycleRule.class);
        long twoDaysOn = clock.millis() + 2 * 86_400_000L;
        store.write(tx -> {
            buckets.expiry().expire(tx, repo.bucket(tx, "bkt"), List.of(rule), twoDaysOn);
            return null;
        });
        assertEquals(List.of("keep/big"), s3.listMultipartUploads(CTX, Fields.of("Bucket", "bkt").as(ListMultipartUploadsRequest.class)).uploads()
                .stream().map(dev.stratus.s3.api.MultipartUpload::key).toList());
        assertEquals(List.of(), files());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(BlobStore.LOCK)).toList();
        }
    }
}
