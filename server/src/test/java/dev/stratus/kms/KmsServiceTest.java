package dev.stratus.kms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.kms.api.CancelKeyDeletionRequest;
import dev.stratus.kms.api.CreateAliasRequest;
import dev.stratus.kms.api.CreateKeyRequest;
import dev.stratus.kms.api.DecryptRequest;
import dev.stratus.kms.api.DescribeKeyRequest;
import dev.stratus.kms.api.DisableKeyRequest;
import dev.stratus.kms.api.EnableKeyRequest;
import dev.stratus.kms.api.EncryptRequest;
import dev.stratus.kms.api.GenerateDataKeyPairRequest;
import dev.stratus.kms.api.GenerateDataKeyRequest;
import dev.stratus.kms.api.GenerateMacRequest;
import dev.stratus.kms.api.GetKeyPolicyRequest;
import dev.stratus.kms.api.GetPublicKeyRequest;
import dev.stratus.kms.api.KeyMetadata;
import dev.stratus.kms.api.ListKeyRotationsRequest;
import dev.stratus.kms.api.ListKeysRequest;
import dev.stratus.kms.api.ListKeysResponse;
import dev.stratus.kms.api.ReEncryptRequest;
import dev.stratus.kms.api.RotateKeyOnDemandRequest;
import dev.stratus.kms.api.ScheduleKeyDeletionRequest;
import dev.stratus.kms.api.SignRequest;
import dev.stratus.kms.api.VerifyMacRequest;
import dev.stratus.kms.api.VerifyRequest;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.SqliteStore;
import dev.stratus.time.ManualClock;
import dev.stratus.time.Timers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** KMS against the service itself, on an in-memory store: keys, their states, and real cryptography with each kind of key. */
class KmsServiceTest {
    static final String ACCOUNT = "111122223333";
    static final String REGION = "eu-west-1";
    static final Principal ROOT = new Principal(Principal.Type.ROOT, "arn:aws:iam::" + ACCOUNT + ":root", ACCOUNT);
    final ManualClock clock = new ManualClock(1_800_000_000_123L);
    final SqliteStore store = SqliteStore.inMemory();
    final KmsService kms = new KmsService(store, clock, new Timers(store, clock), MasterKey.inMemory());
    final RequestContext ctx = new RequestContext("r", "kms", "op", REGION, ACCOUNT, "test", "localhost", ROOT);

    @AfterEach
    void close() {
        store.close();
    }

    KeyMetadata create(String spec, String usage) {
        return kms.createKey(ctx, new CreateKeyRequest(null, null, usage, null, spec, null, null, null, null, null, null)).keyMetadata();
    }

    byte[] encrypt(String keyId, String text, Map<String, String> context) {
        return kms.encrypt(ctx, new EncryptRequest(keyId, bytes(text), context, null, null, null)).ciphertextBlob();
    }

    byte[] decrypt(byte[] blob, Map<String, String> context, String keyId) {
        return kms.decrypt(ctx, new DecryptRequest(blob, context, null, keyId, null, null, null, null)).plaintext();
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String code(Executable call) {
        return assertThrows(AwsException.class, call).code();
    }

    @Test
    void aSymmetricKeyIsDescribedAsKmsDescribesIt() {
        KeyMetadata k = create(null, null);
        assertEquals("arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/" + k.keyId(), k.arn());
        assertEquals(ACCOUNT, k.awsAccountId());
        assertEquals("Enabled", k.keyState());
        assertTrue(k.enabled());
        assertEquals("", k.description());
        assertEquals("ENCRYPT_DECRYPT", k.keyUsage());
        assertEquals("SYMMETRIC_DEFAULT", k.keySpec());
        assertEquals("SYMMETRIC_DEFAULT", k.customerMasterKeySpec());
        assertEquals("CUSTOMER", k.keyManager());
        assertEquals("AWS_KMS", k.origin());
        assertEquals(List.of("SYMMETRIC_DEFAULT"), k.encryptionAlgorithms());
        assertNull(k.signingAlgorithms());
        assertFalse(k.multiRegion());
        assertEquals(64, k.currentKeyMaterialId().length());
        assertEquals(k, kms.describeKey(ctx, new DescribeKeyRequest(k.arn(), null)).keyMetadata());
    }

    @Test
    void theDefaultKeyPolicyIsAwssOwn() {
        KeyMetadata k = create(null, null);
        assertEquals("""
                {
                  "Version" : "2012-10-17",
                  "Id" : "key-default-1",
                  "Statement" : [ {
                    "Sid" : "Enable IAM User Permissions",
                    "Effect" : "Allow",
                    "Principal" : {
                      "AWS" : "arn:aws:iam::111122223333:root"
                    },
                    "Action" : "kms:*",
                    "Resource" : "*"
                  } ]
                }""", kms.getKeyPolicy(ctx, new GetKeyPolicyRequest(k.keyId(), null)).policy());
    }

    @Test
    void thePolicyEngineFindsAKeysPolicyByItsArn() {
        KeyMetadata k = create(null, null);
        assertEquals("Enable IAM User Permissions", kms.keyPolicy(k.arn()).orElseThrow().statements().getFirst().get("Sid").asText());
        assertTrue(kms.keyPolicy("arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/11111111-2222-3333-4444-555555555555").isEmpty());
        assertTrue(kms.keyPolicy("arn:aws:kms:us-east-1:" + ACCOUNT + ":key/" + k.keyId()).isEmpty(), "another region's ARN");
        assertTrue(kms.keyPolicy("arn:aws:sqs:" + REGION + ":" + ACCOUNT + ":q").isEmpty());
    }

    @Test
    void ciphertextDecryptsOnlyWithItsContextInAnyOrder() {
        String key = create(null, null).keyId();
        byte[] blob = encrypt(key, "secret", Map.of("a", "1", "b", "2"));
        assertArrayEquals(bytes("secret"), decrypt(blob, new java.util.TreeMap<>(Map.of("b", "2", "a", "1")).descendingMap(), null));
        assertEquals("InvalidCiphertextException", code(() -> decrypt(blob, null, null)));
        assertEquals("InvalidCiphertextException", code(() -> decrypt(blob, Map.of("a", "1", "b", "3"), null)));
        assertEquals("InvalidCiphertextException", code(() -> decrypt(blob, Map.of("a", "1"), null)));
    }

    @Test
    void decryptNamesTheKeyItFoundAndRefusesAnotherKeyId() {
        KeyMetadata a = create(null, null);
        KeyMetadata b = create(null, null);
        byte[] blob = encrypt(a.keyId(), "x", null);
        assertEquals(a.arn(), kms.decrypt(ctx, new DecryptRequest(blob, null, null, null, null, null, null, null)).keyId());
        assertArrayEquals(bytes("x"), decrypt(blob, null, a.arn()));
        assertEquals("IncorrectKeyException", code(() -> decrypt(blob, null, b.keyId())));
        byte[] tampered = blob.clone();
        tampered[tampered.length - 1] ^= 1;
        assertEquals("InvalidCiphertextException", code(() -> decrypt(tampered, null, null)));
        assertEquals("InvalidCiphertextException", code(() -> decrypt(bytes("not a ciphertext at all, not even close......"), null, null)));
    }

    @Test
    void keysAreNamedByIdArnAliasOrAliasArn() {
        KeyMetadata k = create(null, null);
        kms.createAlias(ctx, new CreateAliasRequest("alias/app", k.keyId()));
        for (String name : List.of(k.keyId(), k.arn(), "alias/app", "arn:aws:kms:" + REGION + ":" + ACCOUNT + ":alias/app")) {
            assertArrayEquals(bytes("x"), decrypt(encrypt(name, "x", null), null, null), name);
        }
        AwsException invalid = assertThrows(AwsException.class, () -> encrypt("not-a-key", "x", null));
        assertEquals("NotFoundException", invalid.code());
        assertEquals("Invalid keyId 'not-a-key'", invalid.getMessage());
        AwsException missing = assertThrows(AwsException.class, () -> encrypt("11111111-2222-3333-4444-555555555555", "x", null));
        assertEquals("Key 'arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/11111111-2222-3333-4444-555555555555' does not exist", missing.getMessage());
        assertEquals("NotFoundException", code(() -> encrypt("alias/none", "x", null)));
        assertEquals("NotFoundException", code(() -> encrypt("arn:aws:kms:us-east-1:" + ACCOUNT + ":key/" + k.keyId(), "x", null)));
        assertEquals("AlreadyExistsException", code(() -> kms.createAlias(ctx, new CreateAliasRequest("alias/app", k.keyId()))));
        assertEquals("ValidationException", code(() -> kms.createAlias(ctx, new CreateAliasRequest("app", k.keyId()))));
        assertEquals("NotAuthorizedException", code(() -> kms.createAlias(ctx, new CreateAliasRequest("alias/aws/app", k.keyId()))));
    }

    @Test
    void aDisabledKeyOrOnePendingDeletionIsNotUsed() {
        KeyMetadata k = create(null, null);
        byte[] blob = encrypt(k.keyId(), "x", null);
        kms.disableKey(ctx, new DisableKeyRequest(k.keyId()));
        AwsException disabled = assertThrows(AwsException.class, () -> decrypt(blob, null, null));
        assertEquals("DisabledException", disabled.code());
        assertEquals(k.arn() + " is disabled.", disabled.getMessage());
        kms.enableKey(ctx, new EnableKeyRequest(k.keyId()));
        assertEquals("ValidationException", code(() -> kms.scheduleKeyDeletion(ctx, new ScheduleKeyDeletionRequest(k.keyId(), 6))));
        var scheduled = kms.scheduleKeyDeletion(ctx, new ScheduleKeyDeletionRequest(k.keyId(), 7));
        assertEquals("PendingDeletion", scheduled.keyState());
        assertEquals(clock.millis() + 7 * 86_400_000L, scheduled.deletionDate().toEpochMilli());
        AwsException pending = assertThrows(AwsException.class, () -> encrypt(k.keyId(), "x", null));
        assertEquals("KMSInvalidStateException", pending.code());
        assertEquals(k.arn() + " is pending deletion.", pending.getMessage());
        assertEquals("KMSInvalidStateException", code(() -> kms.enableKey(ctx, new EnableKeyRequest(k.keyId()))));
        kms.cancelKeyDeletion(ctx, new CancelKeyDeletionRequest(k.keyId()));
        assertEquals("Disabled", kms.describeKey(ctx, new DescribeKeyRequest(k.keyId(), null)).keyMetadata().keyState());
        assertEquals("KMSInvalidStateException", code(() -> kms.cancelKeyDeletion(ctx, new CancelKeyDeletionRequest(k.keyId()))));
    }

    @Test
    void afterRotationOldCiphertextStillDecryptsAndNewUsesNewMaterial() {
        KeyMetadata k = create(null, null);
        byte[] before = encrypt(k.keyId(), "before", Map.of("c", "1"));
        kms.rotateKeyOnDemand(ctx, new RotateKeyOnDemandRequest(k.keyId()));
        byte[] after = encrypt(k.keyId(), "after", null);
        assertArrayEquals(bytes("before"), decrypt(before, Map.of("c", "1"), null));
        assertArrayEquals(bytes("after"), decrypt(after, null, null));
        var rotations = kms.listKeyRotations(ctx, new ListKeyRotationsRequest(k.keyId(), null, null, null)).rotations();
        assertEquals(1, rotations.size());
        assertEquals("ON_DEMAND", rotations.getFirst().rotationType());
        assertNotEquals(k.currentKeyMaterialId(), kms.describeKey(ctx, new DescribeKeyRequest(k.keyId(), null)).keyMetadata().currentKeyMaterialId());
    }

    @Test
    void reEncryptMovesCiphertextToAnotherKey() {
        String a = create(null, null).keyId();
        KeyMetadata b = create(null, null);
        byte[] blob = encrypt(a, "x", Map.of("k", "v"));
        var out = kms.reEncrypt(ctx, new ReEncryptRequest(blob, Map.of("k", "v"), null, b.keyId(), null, null, null, null, null, null));
        assertEquals(b.arn(), out.keyId());
        assertArrayEquals(bytes("x"), decrypt(out.ciphertextBlob(), null, b.keyId()));
    }

    @Test
    void dataKeysDecryptToTheirPlaintext() {
        String key = create(null, null).keyId();
        var dk = kms.generateDataKey(ctx, new GenerateDataKeyRequest(key, null, null, "AES_256", null, null, null));
        assertEquals(32, dk.plaintext().length);
        assertArrayEquals(dk.plaintext(), decrypt(dk.ciphertextBlob(), null, null));
        assertEquals("ValidationException", code(() -> kms.generateDataKey(ctx, new GenerateDataKeyRequest(key, null, null, null, null, null, null))));
        var pair = kms.generateDataKeyPair(ctx, new GenerateDataKeyPairRequest(null, key, "ECC_NIST_P256", null, null, null));
        assertArrayEquals(pair.privateKeyPlaintext(), decrypt(pair.privateKeyCiphertextBlob(), null, null));
    }

    @Test
    void everySigningKeySignsAndVerifies() {
        for (String spec : List.of("RSA_2048", "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1")) {
            KeyMetadata k = create(spec, "SIGN_VERIFY");
            for (String alg : k.signingAlgorithms()) {
                byte[] signature = kms.sign(ctx, new SignRequest(k.keyId(), bytes("message"), null, null, alg, null)).signature();
                assertTrue(kms.verify(ctx, new VerifyRequest(k.keyId(), bytes("message"), null, signature, alg, null, null)).signatureValid());
                String hash = Crypto.signingHash(alg);
                byte[] digest = Crypto.digest(hash, bytes("message"));
                assertTrue(kms.verify(ctx, new VerifyRequest(k.keyId(), digest, "DIGEST", signature, alg, null, null)).signatureValid(), alg);
                assertEquals("KMSInvalidSignatureException",
                        code(() -> kms.verify(ctx, new VerifyRequest(k.keyId(), bytes("other"), null, signature, alg, null, null))), alg);
                assertEquals("ValidationException",
                        code(() -> kms.sign(ctx, new SignRequest(k.keyId(), bytes("short"), "DIGEST", null, alg, null))));
            }
            assertTrue(kms.getPublicKey(ctx, new GetPublicKeyRequest(k.keyId(), null)).publicKey().length > 60);
        }
    }

    @Test
    void rsaKeysEncryptWithOaepUpToTheirLimit() {
        KeyMetadata k = create("RSA_2048", "ENCRYPT_DECRYPT");
        assertEquals(List.of("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256"), k.encryptionAlgorithms());
        for (String alg : k.encryptionAlgorithms()) {
            byte[] blob = kms.encrypt(ctx, new EncryptRequest(k.keyId(), bytes("x"), null, null, alg, null)).ciphertextBlob();
            assertArrayEquals(bytes("x"), kms.decrypt(ctx, new DecryptRequest(blob, null, null, k.keyId(), alg, null, null, null)).plaintext());
        }
        AwsException big = assertThrows(AwsException.class,
                () -> kms.encrypt(ctx, new EncryptRequest(k.keyId(), new byte[191], null, null, "RSAES_OAEP_SHA_256", null)));
        assertEquals("Algorithm RSAES_OAEP_SHA_256 and key spec RSA_2048 cannot encrypt data larger than 190 bytes.", big.getMessage());
        assertEquals("InvalidKeyUsageException", code(() -> encrypt(k.keyId(), "x", null)));
    }

    @Test
    void hmacKeysMakeAndCheckMacs() {
        for (int bits : List.of(224, 256, 384, 512)) {
            KeyMetadata k = create("HMAC_" + bits, "GENERATE_VERIFY_MAC");
            String alg = "HMAC_SHA_" + bits;
            assertEquals(List.of(alg), k.macAlgorithms());
            byte[] mac = kms.generateMac(ctx, new GenerateMacRequest(bytes("m"), k.keyId(), alg, null, null)).mac();
            assertEquals(bits / 8, mac.length);
            assertTrue(kms.verifyMac(ctx, new VerifyMacRequest(bytes("m"), k.keyId(), alg, mac, null, null)).macValid());
            assertEquals("KMSInvalidMacException", code(() -> kms.verifyMac(ctx, new VerifyMacRequest(bytes("n"), k.keyId(), alg, mac, null, null))));
            String other = bits == 256 ? "HMAC_SHA_512" : "HMAC_SHA_256";
            assertEquals("InvalidKeyUsageException", code(() -> kms.generateMac(ctx, new GenerateMacRequest(bytes("m"), k.keyId(), other, null, null))));
        }
        assertEquals("ValidationException", code(() -> create("HMAC_256", null)));
    }

    @Test
    void thePortEncryptsUnderAnAwsManagedKeyMadeOnFirstUse() {
        String arn = kms.port().defaultKeyArn(ACCOUNT, REGION, "alias/aws/ssm");
        assertEquals(arn, kms.port().defaultKeyArn(ACCOUNT, REGION, "alias/aws/ssm"));
        KeyMetadata k = kms.describeKey(ctx, new DescribeKeyRequest("alias/aws/ssm", null)).keyMetadata();
        assertEquals(arn, k.arn());
        assertEquals("AWS", k.keyManager());
        byte[] blob = kms.port().encrypt(ROOT, ACCOUNT, REGION, "alias/aws/ssm", bytes("p"), Map.of("PARAMETER_ARN", "x"), "ssm");
        assertArrayEquals(bytes("p"), kms.port().decrypt(ROOT, ACCOUNT, REGION, blob, Map.of("PARAMETER_ARN", "x"), "ssm"));
        assertEquals("InvalidCiphertextException", code(() -> kms.port().decrypt(ROOT, ACCOUNT, REGION, blob, Map.of(), "ssm")));
        assertEquals("AccessDeniedException", code(() -> kms.disableKey(ctx, new DisableKeyRequest(k.keyId()))));
        var dataKey = kms.port().generateDataKey(ROOT, ACCOUNT, REGION, "alias/aws/ssm", Map.of("SecretARN", "s"), "secretsmanager");
        assertEquals(arn, dataKey.keyArn());
        assertEquals(32, dataKey.plaintext().length);
        assertArrayEquals(dataKey.plaintext(), kms.port().decrypt(ROOT, ACCOUNT, REGION, dataKey.ciphertext(), Map.of("SecretARN", "s"), "secretsmanager"));
        String lambdaKey = kms.port().defaultKeyArn(ACCOUNT, REGION, "alias/aws/lambda");
        assertNotEquals(arn, lambdaKey);
    }

    @Test
    void listKeysPagesWithMarkers() {
        for (int i = 0; i < 5; i++) {
            create(null, null);
        }
        ListKeysResponse first = kms.listKeys(ctx, new ListKeysRequest(2, null));
        assertEquals(2, first.keys().size());
        assertTrue(first.truncated());
        ListKeysResponse rest = kms.listKeys(ctx, new ListKeysRequest(10, first.nextMarker()));
        assertEquals(3, rest.keys().size());
        assertFalse(rest.truncated());
        assertEquals("InvalidMarkerException", code(() -> kms.listKeys(ctx, new ListKeysRequest(10, "forged"))));
    }
}
