package dev.stratus.kms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.kms.api.CreateAliasRequest;
import dev.stratus.kms.api.CreateGrantRequest;
import dev.stratus.kms.api.CreateKeyRequest;
import dev.stratus.kms.api.DecryptRequest;
import dev.stratus.kms.api.EncryptRequest;
import dev.stratus.kms.api.ListGrantsRequest;
import dev.stratus.kms.api.RotateKeyOnDemandRequest;
import dev.stratus.kms.api.ScheduleKeyDeletionRequest;
import dev.stratus.kms.api.TagResourceRequest;
import dev.stratus.kms.api.Tag;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.PostgresStore;
import dev.stratus.store.TestPostgres;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KMS on the shared store: nodes given the same master key share keys; a node with another is refused; AWS managed keys are made once. */
class KmsOnPostgresTest {
    static final RequestContext CTX = new RequestContext("r", "kms", "op", "us-east-1", "000000000000", "test", "localhost",
            new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));
    final ManualClock clock = new ManualClock(1_800_000_000_000L);
    @TempDir
    Path dir;

    KmsService node(PostgresStore store, Path masterKey) {
        return new KmsService(store, clock, new Timers(store, clock), MasterKey.file(masterKey));
    }

    @Test
    void nodesWithTheSameMasterKeyShareKeys() {
        String url = TestPostgres.freshDatabase();
        Path key = dir.resolve("kms-master.key");
        try (PostgresStore one = PostgresStore.open(url); PostgresStore two = PostgresStore.open(url)) {
            KmsService a = node(one, key);
            KmsService b = node(two, key);
            String keyId = a.createKey(CTX, new CreateKeyRequest(null, null, null, null, null, null, null, null,
                    List.of(new Tag("team", "a")), null, null)).keyMetadata().keyId();
            a.createAlias(CTX, new CreateAliasRequest("alias/shared", keyId));
            a.createGrant(CTX, new CreateGrantRequest(keyId, "arn:aws:iam::000000000000:role/app", null, List.of("Decrypt"), null, null, "g", null));
            a.tagResource(CTX, new TagResourceRequest(keyId, List.of(new Tag("env", "dev"))));
            byte[] before = a.encrypt(CTX, new EncryptRequest("alias/shared", bytes("first"), Map.of("k", "v"), null, null, null)).ciphertextBlob();
            b.rotateKeyOnDemand(CTX, new RotateKeyOnDemandRequest(keyId));
            byte[] after = b.encrypt(CTX, new EncryptRequest(keyId, bytes("second"), null, null, null, null)).ciphertextBlob();
            assertArrayEquals(bytes("first"), b.decrypt(CTX, new DecryptRequest(before, Map.of("k", "v"), null, null, null, null, null, null)).plaintext());
            assertArrayEquals(bytes("second"), a.decrypt(CTX, new DecryptRequest(after, null, null, null, null, null, null, null)).plaintext());
            assertEquals(1, b.listGrants(CTX, new ListGrantsRequest(null, null, keyId, null, null)).grants().size());
            assertEquals("PendingDeletion", b.scheduleKeyDeletion(CTX, new ScheduleKeyDeletionRequest(keyId, 7)).keyState());
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> node(two, dir.resolve("other.key")));
            assertTrue(refused.getMessage().contains("copy it from a node that has it"), refused.getMessage());
        }
    }

    @Test
    void twoNodesMakeOneAwsManagedKey() throws Exception {
        String url = TestPostgres.freshDatabase();
        Path key = dir.resolve("kms-master.key");
        try (PostgresStore one = PostgresStore.open(url); PostgresStore two = PostgresStore.open(url)) {
            KmsService a = node(one, key);
            KmsService b = node(two, key);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<String> x = pool.submit(() -> a.port().defaultKeyArn("000000000000", "us-east-1", "alias/aws/ssm"));
                Future<String> y = pool.submit(() -> b.port().defaultKeyArn("000000000000", "us-east-1", "alias/aws/ssm"));
                assertEquals(x.get(), y.get());
            } finally {
                pool.shutdown();
            }
        }
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
