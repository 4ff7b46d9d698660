package dev.stratus.kms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.kms.api.CreateKeyRequest;
import dev.stratus.kms.api.DecryptRequest;
import dev.stratus.kms.api.EncryptRequest;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealing key material under the master key, the key's file, and a store that refuses a master key it was not sealed under. */
class MasterKeyTest {
    @TempDir
    Path dir;

    @Test
    void sealedMaterialOpensOnlyWithItsBindingAndKey() {
        MasterKey key = MasterKey.inMemory();
        byte[] sealed = key.seal("material".getBytes(StandardCharsets.UTF_8), "k/1".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("material".getBytes(StandardCharsets.UTF_8), key.unseal(sealed, "k/1".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalStateException.class, () -> key.unseal(sealed, "k/2".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalStateException.class, () -> MasterKey.inMemory().unseal(sealed, "k/1".getBytes(StandardCharsets.UTF_8)));
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("material"));
    }

    @Test
    void theFileIsMadeOnceReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("kms-master.key");
        MasterKey made = MasterKey.file(file);
        assertTrue(made.created());
        assertEquals(MasterKey.KEY_BYTES, Files.size(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        MasterKey again = MasterKey.file(file);
        assertFalse(again.created());
        assertEquals(made.check(), again.check());
    }

    @Test
    void keysSurviveARestartAndAnotherMasterKeyIsRefused() {
        Path data = dir.resolve("data");
        ManualClock clock = new ManualClock(1_800_000_000_000L);
        RequestContext ctx = new RequestContext("r", "kms", "op", "us-east-1", "000000000000", "test", "localhost",
                new Principal(Principal.Type.ROOT, "arn:aws:iam::000000000000:root", "000000000000"));
        byte[] blob;
        try (SqliteStore store = SqliteStore.open(data, SqliteStore.Durability.PROCESS_CRASH)) {
            KmsService kms = new KmsService(store, clock, new Timers(store, clock), MasterKey.file(dir.resolve("kms-master.key")));
            String keyId = kms.createKey(ctx, new CreateKeyRequest(null, null, null, null, null, null, null, null, null, null, null)).keyMetadata().keyId();
            blob = kms.encrypt(ctx, new EncryptRequest(keyId, "kept".getBytes(StandardCharsets.UTF_8), null, null, null, null)).ciphertextBlob();
        }
        try (SqliteStore store = SqliteStore.open(data, SqliteStore.Durability.PROCESS_CRASH)) {
            KmsService kms = new KmsService(store, clock, new Timers(store, clock), MasterKey.file(dir.resolve("kms-master.key")));
            assertArrayEquals("kept".getBytes(StandardCharsets.UTF_8),
                    kms.decrypt(ctx, new DecryptRequest(blob, null, null, null, null, null, null, null)).plaintext());
        }
        try (SqliteStore store = SqliteStore.open(data, SqliteStore.Durability.PROCESS_CRASH)) {
            Path other = dir.resolve("other.key");
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> new KmsService(store, clock, new Timers(store, clock), MasterKey.file(other)));
            assertTrue(refused.getMessage().contains("another master key"), refused.getMessage());
            assertFalse(Files.exists(other), "a key made by a refused start is not left behind");
        }
    }
}
