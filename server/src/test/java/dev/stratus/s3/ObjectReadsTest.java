package dev.stratus.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.platform.PolicyDocument;
import dev.stratus.platform.Ports;
import dev.stratus.platform.identity.AccessControl;
import dev.stratus.platform.identity.Authentication;
import dev.stratus.platform.port.Identities;
import dev.stratus.platform.port.Objects;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.protocol.StreamingBlob;
import dev.stratus.s3.api.CreateBucketRequest;
import dev.stratus.s3.api.PutObjectRequest;
import dev.stratus.store.SqliteStore;
import dev.stratus.store.Store;
import dev.stratus.time.ManualClock;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectReadsTest {
    static final String ACCOUNT = "123456789012";
    static final Principal ROOT = new Principal(Principal.Type.ROOT, "arn:aws:iam::123456789012:root", ACCOUNT);
    static final Principal ALICE = new Principal(Principal.Type.USER, "arn:aws:iam::123456789012:user/alice", ACCOUNT);

    final Store store = SqliteStore.inMemory();
    final Ports ports = new Ports();
    final ManualClock clock = new ManualClock(1_767_225_600_000L);
    final AccessControl access = new AccessControl(ACCOUNT, "us-east-1", clock, store, ports, true, Authentication.Mode.DEFAULT);
    final S3Service s3;
    final Objects objects;

    ObjectReadsTest(@TempDir Path dir) {
        store.migrate("s3", S3Repository.MIGRATIONS);
        S3Repository repo = new S3Repository();
        BlobStore blobs = new BlobStore(dir, false);
        s3 = new S3Service(store, clock, blobs, repo, S3Events.NONE,
                S3Buckets.of(store, clock, new dev.stratus.time.Timers(store, clock), repo, blobs, S3Events.NONE, null), null);
        objects = new ObjectReads(s3, access);
        aliceMayGetPackagesOnly();
        s3.createBucket(ctx("us-east-1"), Fields.of("Bucket", "code").as(CreateBucketRequest.class));
        put("code", "packages/app.zip", "zip bytes");
        put("code", "private/secret.zip", "secret");
    }

    static RequestContext ctx(String region) {
        return new RequestContext("r", "s3", "PutObject", region, ACCOUNT, "test", "localhost", ROOT);
    }

    void put(String bucket, String key, String body) {
        s3.putObject(ctx("us-east-1"), Fields.of("Bucket", bucket).and("Key", key)
                .and("Body", StreamingBlob.of(body.getBytes(StandardCharsets.UTF_8))).as(PutObjectRequest.class));
    }

    void aliceMayGetPackagesOnly() {
        PolicyDocument policy = PolicyDocument.stored("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::code/packages/*"}]}""");
        ports.offer(Identities.class, new Identities() {
            @Override
            public Optional<Identity> user(String name) {
                return name.equals("alice") ? Optional.of(new Identity(ALICE.id(), "AIDAALICE", List.of(policy), Optional.empty(), Map.of(), null, 0))
                        : Optional.empty();
            }

            @Override
            public Optional<PolicyDocument> managedPolicy(String arn) {
                return Optional.empty();
            }

            @Override
            public Optional<Identity> role(String name) {
                return Optional.empty();
            }
        });
    }

    static String read(StreamingBlob blob) throws Exception {
        try (InputStream in = blob.open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    String refusal(Principal caller, String region, String bucket, String key, String version) {
        Objects.Unreadable e = assertThrows(Objects.Unreadable.class, () -> objects.open(caller, region, bucket, key, version));
        return e.code() + ": " + e.getMessage();
    }

    @Test
    void theCallerReadsTheCurrentVersionsBytes() throws Exception {
        StreamingBlob blob = objects.open(ROOT, "us-east-1", "code", "packages/app.zip", null);
        assertEquals(9, blob.length());
        assertEquals("zip bytes", read(blob));
        assertArrayEquals("zip bytes".getBytes(StandardCharsets.UTF_8), objects.open(ALICE, "us-east-1", "code", "packages/app.zip", null).open().readAllBytes());
    }

    @Test
    void whatIsMissingIsNamedWithS3sCodeAndMessage() {
        assertEquals("NoSuchBucket: The specified bucket does not exist", refusal(ROOT, "us-east-1", "nowhere", "app.zip", null));
        assertEquals("NoSuchKey: The specified key does not exist.", refusal(ROOT, "us-east-1", "code", "packages/none.zip", null));
        assertEquals("NoSuchVersion: The specified version does not exist.", refusal(ROOT, "us-east-1", "code", "packages/app.zip", "00060000000000000123456789abcdef"));
        assertEquals("InvalidArgument: Invalid version id specified", refusal(ROOT, "us-east-1", "code", "packages/app.zip", "3HL4kqtJlcpXroDTDmjVBH40Nrjfkd"));
    }

    @Test
    void aBucketInAnotherRegionIsAPermanentRedirect() {
        assertEquals("PermanentRedirect: The bucket is in this region: us-east-1. Please use this region to retry the request",
                refusal(ROOT, "eu-west-1", "code", "packages/app.zip", null));
    }

    @Test
    void theCallersPoliciesDecideBeforeAnythingIsLookedUp() {
        assertEquals("AccessDenied: Access Denied", refusal(ALICE, "us-east-1", "code", "private/secret.zip", null));
        assertEquals("AccessDenied: Access Denied", refusal(ALICE, "us-east-1", "nowhere", "app.zip", null));
        assertEquals("AccessDenied: Access Denied", refusal(ALICE, "us-east-1", "code", "packages/app.zip", "v1"),
                "a version is read with s3:GetObjectVersion");
    }
}
