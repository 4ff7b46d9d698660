package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.server.Config;
import dev.stratus.server.StratusServer;
import dev.stratus.testkit.StratusExtension;
import dev.stratus.time.Clock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AliasListEntry;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.EncryptionAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.GrantOperation;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.MacAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.MessageType;
import software.amazon.awssdk.services.kms.model.SigningAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.Tag;

/**
 * KMS through the AWS SDK for Java v2 (json 1.1): every kind of key round-trips with real
 * cryptography, the encryption context is bound in, key states and bad input get KMS's errors,
 * rotation keeps old ciphertext readable, deletion happens when its window ends, and keys survive a
 * restart.
 */
class KmsJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().manualClock();
    static KmsClient kms;

    @BeforeAll
    static void client() {
        kms = Clients.kms(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        kms.close();
    }

    static KeyMetadata create(KeySpec spec, KeyUsageType usage) {
        return kms.createKey(b -> b.keySpec(spec).keyUsage(usage).description("it")).keyMetadata();
    }

    static SdkBytes bytes(String s) {
        return SdkBytes.fromUtf8String(s);
    }

    static KmsException error(Executable call) {
        return assertThrows(KmsException.class, call);
    }

    static String code(Executable call) {
        return error(call).awsErrorDetails().errorCode();
    }

    @Test
    void symmetricKeysEncryptWithTheContextBoundIn() {
        KeyMetadata k = create(KeySpec.SYMMETRIC_DEFAULT, KeyUsageType.ENCRYPT_DECRYPT);
        assertEquals(List.of(EncryptionAlgorithmSpec.SYMMETRIC_DEFAULT), k.encryptionAlgorithms());
        Map<String, String> context = Map.of("LambdaFunctionName", "f", "stage", "prod");
        var encrypted = kms.encrypt(b -> b.keyId(k.keyId()).plaintext(bytes("db-password")).encryptionContext(context));
        assertEquals(k.arn(), encrypted.keyId());
        var decrypted = kms.decrypt(b -> b.ciphertextBlob(encrypted.ciphertextBlob()).encryptionContext(context));
        assertEquals("db-password", decrypted.plaintext().asUtf8String());
        assertEquals(k.arn(), decrypted.keyId());
        assertEquals("InvalidCiphertextException", code(() -> kms.decrypt(b -> b.ciphertextBlob(encrypted.ciphertextBlob()))));
        assertEquals("InvalidCiphertextException", code(() -> kms.decrypt(b -> b.ciphertextBlob(encrypted.ciphertextBlob())
                .encryptionContext(Map.of("LambdaFunctionName", "g", "stage", "prod")))));
        KeyMetadata other = create(KeySpec.SYMMETRIC_DEFAULT, KeyUsageType.ENCRYPT_DECRYPT);
        KmsException incorrect = error(() -> kms.decrypt(b -> b.ciphertextBlob(encrypted.ciphertextBlob()).encryptionContext(context).keyId(other.keyId())));
        assertEquals("IncorrectKeyException", incorrect.awsErrorDetails().errorCode());
    }

    @Test
    void dataKeysAndReEncryption() {
        KeyMetadata a = create(KeySpec.SYMMETRIC_DEFAULT, KeyUsageType.ENCRYPT_DECRYPT);
        KeyMetadata b = create(KeySpec.SYMMETRIC_DEFAULT, KeyUsageType.ENCRYPT_DECRYPT);
        var dk = kms.generateDataKey(r -> r.keyId(a.arn()).keySpec(DataKeySpec.AES_128));
        assertEquals(16, dk.plaintext().asByteArray().length);
        assertArrayEquals(dk.plaintext().asByteArray(), kms.decrypt(r -> r.ciphertextBlob(dk.ciphertextBlob())).plaintext().asByteArray());
        var without = kms.generateDataKeyWithoutPlaintext(r -> r.keyId(a.keyId()).numberOfBytes(64));
        assertEquals(64, kms.decrypt(r -> r.ciphertextBlob(without.ciphertextBlob())).plaintext().asByteArray().length);
        var moved = kms.reEncrypt(r -> r.ciphertextBlob(dk.ciphertextBlob()).destinationKeyId(b.keyId()).destinationEncryptionContext(Map.of("x", "y")));
        assertEquals(a.arn(), moved.sourceKeyId());
        assertEquals(b.arn(), moved.keyId());
        assertArrayEquals(dk.plaintext().asByteArray(),
                kms.decrypt(r -> r.ciphertextBlob(moved.ciphertextBlob()).encryptionContext(Map.of("x", "y"))).plaintext().asByteArray());
        var pair = kms.generateDataKeyPair(r -> r.keyId(a.keyId()).keyPairSpec("RSA_2048"));
        assertArrayEquals(pair.privateKeyPlaintext().asByteArray(),
                kms.decrypt(r -> r.ciphertextBlob(pair.privateKeyCiphertextBlob())).plaintext().asByteArray());
        assertEquals(32, kms.generateRandom(r -> r.numberOfBytes(32)).plaintext().asByteArray().length);
    }

    @Test
    void asymmetricKeysSignAndVerifyAndTheirPublicKeysVerifyElsewhere() throws Exception {
        for (KeySpec spec : List.of(KeySpec.RSA_2048, KeySpec.RSA_3072, KeySpec.RSA_4096, KeySpec.ECC_NIST_P256, KeySpec.ECC_NIST_P384,
                KeySpec.ECC_NIST_P521, KeySpec.ECC_SECG_P256_K1)) {
            KeyMetadata k = create(spec, KeyUsageType.SIGN_VERIFY);
            for (SigningAlgorithmSpec alg : k.signingAlgorithms()) {
                SdkBytes signature = kms.sign(b -> b.keyId(k.keyId()).message(bytes("payload")).signingAlgorithm(alg)).signature();
                assertTrue(kms.verify(b -> b.keyId(k.keyId()).message(bytes("payload")).signature(signature).signingAlgorithm(alg)).signatureValid());
                assertEquals("KMSInvalidSignatureException", code(() -> kms.verify(b -> b.keyId(k.keyId()).message(bytes("other"))
                        .signature(signature).signingAlgorithm(alg))), spec + " " + alg);
                if (spec != KeySpec.ECC_SECG_P256_K1 && alg.toString().startsWith("ECDSA")) {
                    PublicKey pub = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(
                            kms.getPublicKey(b -> b.keyId(k.keyId())).publicKey().asByteArray()));
                    Signature jca = Signature.getInstance("SHA" + alg.toString().substring("ECDSA_SHA_".length()) + "withECDSA");
                    jca.initVerify(pub);
                    jca.update("payload".getBytes(StandardCharsets.UTF_8));
                    assertTrue(jca.verify(signature.asByteArray()), "the public key verifies KMS's " + alg + " signature");
                }
            }
            KmsException digest = error(() -> kms.sign(b -> b.keyId(k.keyId()).message(bytes("short")).messageType(MessageType.DIGEST)
                    .signingAlgorithm(k.signingAlgorithms().getFirst())));
            assertEquals("Digest is invalid length for algorithm " + k.signingAlgorithms().getFirst() + ".", digest.awsErrorDetails().errorMessage());
        }
    }

    @Test
    void rsaKeysEncryptWithOaep() {
        for (KeySpec spec : List.of(KeySpec.RSA_2048, KeySpec.RSA_3072, KeySpec.RSA_4096)) {
            KeyMetadata k = create(spec, KeyUsageType.ENCRYPT_DECRYPT);
            for (EncryptionAlgorithmSpec alg : k.encryptionAlgorithms()) {
                SdkBytes blob = kms.encrypt(b -> b.keyId(k.keyId()).plaintext(bytes("x")).encryptionAlgorithm(alg)).ciphertextBlob();
                assertEquals("x", kms.decrypt(b -> b.keyId(k.keyId()).ciphertextBlob(blob).encryptionAlgorithm(alg)).plaintext().asUtf8String());
            }
        }
        KeyMetadata k = create(KeySpec.RSA_2048, KeyUsageType.ENCRYPT_DECRYPT);
        KmsException big = error(() -> kms.encrypt(b -> b.keyId(k.keyId()).plaintext(SdkBytes.fromByteArray(new byte[215]))
                .encryptionAlgorithm(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_1)));
        assertEquals("Algorithm RSAES_OAEP_SHA_1 and key spec RSA_2048 cannot encrypt data larger than 214 bytes.", big.awsErrorDetails().errorMessage());
    }

    @Test
    void hmacKeysMakeAndVerifyMacs() {
        for (KeySpec spec : List.of(KeySpec.HMAC_224, KeySpec.HMAC_256, KeySpec.HMAC_384, KeySpec.HMAC_512)) {
            KeyMetadata k = create(spec, KeyUsageType.GENERATE_VERIFY_MAC);
            MacAlgorithmSpec alg = k.macAlgorithms().getFirst();
            SdkBytes mac = kms.generateMac(b -> b.keyId(k.keyId()).message(bytes("m")).macAlgorithm(alg)).mac();
            assertTrue(kms.verifyMac(b -> b.keyId(k.keyId()).message(bytes("m")).mac(mac).macAlgorithm(alg)).macValid());
            assertEquals("KMSInvalidMacException", code(() -> kms.verifyMac(b -> b.keyId(k.keyId()).message(bytes("n")).mac(mac).macAlgorithm(alg))));
        }
    }

    @Test
    void keyStatesDecideWhatAKeyMayDo() {
        KeyMetadata k = create(KeySpec.SYMMETRIC_DEFAULT, KeyUsageType.ENCRYPT_DECRYPT);
        SdkBytes blob = kms.encrypt(b -> b.keyId(k.keyId()).plaintext(bytes("x"))).ciphertextBlob();
        kms.disableKey(b -> b.keyId(k.keyId()));
        assertFalse(kms.describeKey(b -> b.keyId(k.keyId())).keyMetadata().enabled());
        KmsException disabled = error(() -> kms.decrypt(b -> b.ciphertextBlob(blob)));
        assertEquals("DisabledException", disabled.awsErrorDetails().errorCode());
        assertEquals(k.arn() + " is disabled.", disabled.awsErrorDetails().errorMessage());
        kms.enableKey(b -> b.keyId(k.keyId()));
        var scheduled = kms.scheduleKeyDeletion(b -> b.keyId(k.keyId()).pendingWindowInDays(7));
        assertEquals("PendingDeletion", scheduled.keyStateAsString());
        KmsException pending = error(() -> kms.encrypt(b -> b.keyId(k.keyId()).plaintext(bytes("x"))));
        assertEquals("KMSInvalidStateException", pending.awsErrorDetails().errorCode());
        assertEquals(k.arn() + " is pending deletion.", pending.awsErrorDetails().errorMessage());
        kms.cancelKeyDeletion(b -> b.keyId(k.keyId()));
        assertEquals("Disabled", kms.describeKey(b -> b.keyId(k.keyId())).keyMetadata().keyStateAsString());
        assertEquals("ValidationException", code(() -> kms.scheduleKeyDeletion(b -> b.keyId(k.keyId()).pendingWindowInDays(31))));
    }

    @Test
    void aKeyIsDeletedWhenItsPendingWindowEnds() throws Exception {
        KeyMetadata k = create(KeySpec.SYMMETRIC_DEFAULT, KeyUsageType.ENCRYPT_DECRYPT);
        kms.createAlias(b -> b.aliasName("alias/doomed").targetKeyId(k.keyId()));
        kms.scheduleKeyDeletion(b -> b.keyId(k.keyId()).pendingWindowInDays(7));
        STRATUS.advance(Duration.ofDays(6));
        assertEquals("PendingDeletion", kms.describeKey(b -> b.keyId(k.keyId())).keyMetadata().keyStateAsString());
        STRATUS.advance(Duration.ofDays(1).plusMinutes(1));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && kms.listKeys().keys().stream().anyMatch(e -> e.keyId().equals(k.keyId()))) {
            Thread.sleep(50);
        }
        assertEquals("NotFoundException", code(() -> kms.describeKey(b -> b.keyId(k.keyId()))));
        assertTrue(kms.listAliases().aliases().stream().map(AliasListEntry::aliasName).noneMatch("alias/doomed"::equals));
    }

    @Test
    void rotationKeepsOldCiphertextReadable() throws Exception {
        KeyMetadata k = create(KeySpec.SYMMETRIC_DEFAULT, KeyUsageType.ENCRYPT_DECRYPT);
        SdkBytes before = kms.encrypt(b -> b.keyId(k.keyId()).plaintext(bytes("before"))).ciphertextBlob();
        kms.rotateKeyOnDemand(b -> b.keyId(k.keyId()));
        kms.enableKeyRotation(b -> b.keyId(k.keyId()).rotationPeriodInDays(90));
        var status = kms.getKeyRotationStatus(b -> b.keyId(k.keyId()));
        assertTrue(status.keyRotationEnabled());
        assertEquals(90, status.rotationPeriodInDays());
        STRATUS.advance(Duration.ofDays(91));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && kms.listKeyRotations(b -> b.keyId(k.keyId())).rotations().size() < 2) {
            Thread.sleep(50);
        }
        var rotations = kms.listKeyRotations(b -> b.keyId(k.keyId())).rotations();
        assertEquals(List.of("ON_DEMAND", "AUTOMATIC"), rotations.stream().map(r -> r.rotationTypeAsString()).toList());
        assertEquals("before", kms.decrypt(b -> b.ciphertextBlob(before)).plaintext().asUtf8String());
        SdkBytes after = kms.encrypt(b -> b.keyId(k.keyId()).plaintext(bytes("after"))).ciphertextBlob();
        assertEquals(1, before.asByteArray()[20], "the blob names the material it was made with: the first");
        assertEquals(3, after.asByteArray()[20], "then the third, after an on-demand and an automatic rotation");
        assertEquals("after", kms.decrypt(b -> b.ciphertextBlob(after)).plaintext().asUtf8String());
        KeyMetadata rsa = create(KeySpec.RSA_2048, KeyUsageType.SIGN_VERIFY);
        assertEquals("UnsupportedOperationException", code(() -> kms.enableKeyRotation(b -> b.keyId(rsa.keyId()))));
    }

    @Test
    void aliasesPoliciesGrantsAndTags() {
        KeyMetadata k = kms.createKey(b -> b.description("tagged").tags(Tag.builder().tagKey("team").tagValue("a").build())).keyMetadata();
        kms.createAlias(b -> b.aliasName("alias/orders").targetKeyId(k.keyId()));
        assertEquals(k.keyId(), kms.describeKey(b -> b.keyId("alias/orders")).keyMetadata().keyId());
        assertEquals("AlreadyExistsException", code(() -> kms.createAlias(b -> b.aliasName("alias/orders").targetKeyId(k.keyId()))));
        assertTrue(kms.getKeyPolicy(b -> b.keyId(k.keyId()).policyName("default")).policy().contains("\"Sid\" : \"Enable IAM User Permissions\""));
        assertEquals(List.of("default"), kms.listKeyPolicies(b -> b.keyId(k.keyId())).policyNames());
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::000000000000:root\"},"
                + "\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";
        kms.putKeyPolicy(b -> b.keyId(k.keyId()).policyName("default").policy(policy));
        assertEquals(policy, kms.getKeyPolicy(b -> b.keyId(k.keyId())).policy());
        assertEquals("MalformedPolicyDocumentException", code(() -> kms.putKeyPolicy(b -> b.keyId(k.keyId()).policy("{\"Statement\": 7}"))));
        var grant = kms.createGrant(b -> b.keyId(k.keyId()).granteePrincipal("arn:aws:iam::000000000000:role/app")
                .retiringPrincipal("arn:aws:iam::000000000000:role/ops").operations(GrantOperation.DECRYPT, GrantOperation.ENCRYPT).name("g1"));
        assertEquals(64, grant.grantId().length());
        var listed = kms.listGrants(b -> b.keyId(k.keyId())).grants();
        assertEquals(1, listed.size());
        assertEquals(k.arn(), listed.getFirst().keyId());
        assertEquals(List.of(GrantOperation.DECRYPT, GrantOperation.ENCRYPT), listed.getFirst().operations());
        assertEquals(1, kms.listRetirableGrants(b -> b.retiringPrincipal("arn:aws:iam::000000000000:role/ops")).grants().size());
        kms.encrypt(b -> b.keyId(k.keyId()).plaintext(bytes("x")).grantTokens(grant.grantToken()));
        kms.retireGrant(b -> b.grantToken(grant.grantToken()));
        assertTrue(kms.listGrants(b -> b.keyId(k.keyId())).grants().isEmpty());
        kms.tagResource(b -> b.keyId(k.keyId()).tags(Tag.builder().tagKey("env").tagValue("dev").build()));
        kms.untagResource(b -> b.keyId(k.keyId()).tagKeys("team"));
        assertEquals(List.of(Tag.builder().tagKey("env").tagValue("dev").build()), kms.listResourceTags(b -> b.keyId(k.keyId())).tags());
        kms.updateKeyDescription(b -> b.keyId(k.keyId()).description("renamed"));
        assertEquals("renamed", kms.describeKey(b -> b.keyId(k.keyId())).keyMetadata().description());
    }

    @Test
    void awsManagedKeysAreMadeOnFirstUseAndCannotBeChanged() {
        KeyMetadata ssm = kms.describeKey(b -> b.keyId("alias/aws/ssm")).keyMetadata();
        assertEquals("AWS", ssm.keyManagerAsString());
        assertTrue(kms.getKeyRotationStatus(b -> b.keyId(ssm.keyId())).keyRotationEnabled());
        assertEquals("AccessDeniedException", code(() -> kms.scheduleKeyDeletion(b -> b.keyId(ssm.keyId()))));
        assertTrue(kms.getKeyPolicy(b -> b.keyId(ssm.keyId())).policy().contains("ssm.us-east-1.amazonaws.com"));
    }

    @Test
    void badInputGetsKmsErrors() {
        KmsException invalid = error(() -> kms.describeKey(b -> b.keyId("fake-key-id")));
        assertEquals("NotFoundException", invalid.awsErrorDetails().errorCode());
        assertEquals("Invalid keyId 'fake-key-id'", invalid.awsErrorDetails().errorMessage());
        assertEquals("NotFoundException", code(() -> kms.describeKey(b -> b.keyId("1234abcd-12ab-34cd-56ef-1234567890ab"))));
        assertEquals("NotFoundException", code(() -> kms.describeKey(b -> b.keyId("alias/missing"))));
        KeyMetadata k = create(KeySpec.SYMMETRIC_DEFAULT, KeyUsageType.ENCRYPT_DECRYPT);
        assertEquals("ValidationException", code(() -> kms.encrypt(b -> b.keyId(k.keyId()).plaintext(SdkBytes.fromByteArray(new byte[4097])))));
        assertEquals("ValidationException", code(() -> kms.generateRandom(b -> b.numberOfBytes(1025))));
        assertEquals("ValidationException", code(() -> kms.createKey(b -> b.keySpec(KeySpec.RSA_2048))));
        assertEquals("ValidationException", code(() -> kms.createKey(b -> b.keySpec(KeySpec.HMAC_256).keyUsage(KeyUsageType.ENCRYPT_DECRYPT))));
        assertEquals("InvalidKeyUsageException", code(() -> kms.sign(b -> b.keyId(k.keyId()).message(bytes("m"))
                .signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256))));
        assertEquals("InvalidKeyUsageException", code(() -> kms.encrypt(b -> b.keyId(k.keyId()).plaintext(bytes("m"))
                .encryptionAlgorithm(EncryptionAlgorithmSpec.RSAES_OAEP_SHA_256))));
        assertEquals("InvalidCiphertextException", code(() -> kms.decrypt(b -> b.ciphertextBlob(bytes("garbage")))));
        assertEquals("ValidationException", code(() -> kms.generateDataKey(b -> b.keyId(k.keyId()))));
        assertEquals("InvalidMarkerException", code(() -> kms.listKeys(b -> b.marker("forged"))));
    }

    /** A key, its material sealed under the data directory's master key, survives a restart of Stratus on the same data directory. */
    @Test
    void keysSurviveARestart() throws Exception {
        Path dir = Files.createTempDirectory("stratus-kms-restart");
        String keyId;
        SdkBytes blob;
        try (StratusServer first = new StratusServer(Config.embedded(dir, null), Clock.SYSTEM).start();
             KmsClient client = Clients.kms(URI.create(first.endpoint()))) {
            keyId = client.createKey(b -> b.description("kept")).keyMetadata().keyId();
            blob = client.encrypt(b -> b.keyId(keyId).plaintext(bytes("survives"))).ciphertextBlob();
        }
        assertTrue(Files.exists(dir.resolve("kms-master.key")));
        try (StratusServer second = new StratusServer(Config.embedded(dir, null), Clock.SYSTEM).start();
             KmsClient client = Clients.kms(URI.create(second.endpoint()))) {
            assertEquals("kept", client.describeKey(b -> b.keyId(keyId)).keyMetadata().description());
            assertEquals("survives", client.decrypt(b -> b.ciphertextBlob(blob)).plaintext().asUtf8String());
        }
    }
}
