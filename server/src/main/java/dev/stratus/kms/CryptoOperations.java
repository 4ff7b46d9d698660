package dev.stratus.kms;

import dev.stratus.kms.KmsRepository.StoredKey;
import dev.stratus.kms.api.DecryptRequest;
import dev.stratus.kms.api.DecryptResponse;
import dev.stratus.kms.api.EncryptRequest;
import dev.stratus.kms.api.EncryptResponse;
import dev.stratus.kms.api.GenerateDataKeyPairRequest;
import dev.stratus.kms.api.GenerateDataKeyPairResponse;
import dev.stratus.kms.api.GenerateDataKeyPairWithoutPlaintextRequest;
import dev.stratus.kms.api.GenerateDataKeyPairWithoutPlaintextResponse;
import dev.stratus.kms.api.GenerateDataKeyRequest;
import dev.stratus.kms.api.GenerateDataKeyResponse;
import dev.stratus.kms.api.GenerateDataKeyWithoutPlaintextRequest;
import dev.stratus.kms.api.GenerateDataKeyWithoutPlaintextResponse;
import dev.stratus.kms.api.GenerateMacRequest;
import dev.stratus.kms.api.GenerateMacResponse;
import dev.stratus.kms.api.GenerateRandomRequest;
import dev.stratus.kms.api.GenerateRandomResponse;
import dev.stratus.kms.api.GetPublicKeyRequest;
import dev.stratus.kms.api.GetPublicKeyResponse;
import dev.stratus.kms.api.ReEncryptRequest;
import dev.stratus.kms.api.ReEncryptResponse;
import dev.stratus.kms.api.SignRequest;
import dev.stratus.kms.api.SignResponse;
import dev.stratus.kms.api.VerifyMacRequest;
import dev.stratus.kms.api.VerifyMacResponse;
import dev.stratus.kms.api.VerifyRequest;
import dev.stratus.kms.api.VerifyResponse;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.store.Store;
import dev.stratus.store.Tx;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.Map;

/**
 * KMS's cryptographic operations: encryption with symmetric keys (AES-256-GCM, the encryption
 * context bound in) and RSA keys (OAEP), data keys and data key pairs, signatures, MACs and random
 * bytes. Each reads the key in a read transaction: using a key changes nothing in the store. Every
 * use of a key passes {@link Keyring#authorizeKeyUse}.
 */
final class CryptoOperations {
    private static final String SYMMETRIC_DEFAULT = "SYMMETRIC_DEFAULT";

    private final Store store;
    private final Keyring keyring;
    private final KmsRepository repo;

    CryptoOperations(Store store, Keyring keyring, KmsRepository repo) {
        this.store = store;
        this.keyring = keyring;
        this.repo = repo;
    }

    // Encryption

    EncryptResponse encrypt(RequestContext ctx, EncryptRequest in) {
        keyring.prepare(ctx.accountId(), ctx.region(), in.keyId());
        return store.read(tx -> {
            Sealed s = seal(tx, ctx, in.keyId(), in.plaintext(), in.encryptionAlgorithm(), in.encryptionContext(), "Encrypt", in.dryRun());
            return new EncryptResponse(s.blob(), s.key().arn(), s.algorithm());
        });
    }

    DecryptResponse decrypt(RequestContext ctx, DecryptRequest in) {
        if (in.recipient() != null) {
            throw noRecipients();
        }
        if (in.keyId() != null) {
            keyring.prepare(ctx.accountId(), ctx.region(), in.keyId());
        }
        return store.read(tx -> {
            Opened o = open(tx, ctx, in.ciphertextBlob(), in.keyId(), in.encryptionAlgorithm(), in.encryptionContext(), "Decrypt", in.dryRun());
            return new DecryptResponse(o.key().arn(), o.plaintext(), o.algorithm(), null, o.materialId());
        });
    }

    ReEncryptResponse reEncrypt(RequestContext ctx, ReEncryptRequest in) {
        if (in.sourceKeyId() != null) {
            keyring.prepare(ctx.accountId(), ctx.region(), in.sourceKeyId());
        }
        keyring.prepare(ctx.accountId(), ctx.region(), in.destinationKeyId());
        return store.read(tx -> {
            Opened o = open(tx, ctx, in.ciphertextBlob(), in.sourceKeyId(), in.sourceEncryptionAlgorithm(), in.sourceEncryptionContext(),
                    "ReEncryptFrom", false);
            Sealed s = seal(tx, ctx, in.destinationKeyId(), o.plaintext(), in.destinationEncryptionAlgorithm(), in.destinationEncryptionContext(),
                    "ReEncryptTo", in.dryRun());
            return new ReEncryptResponse(s.blob(), o.key().arn(), s.key().arn(), o.algorithm(), s.algorithm(), o.materialId(), s.materialId());
        });
    }

    private record Sealed(StoredKey key, byte[] blob, String algorithm, String materialId) {
    }

    private record Opened(StoredKey key, byte[] plaintext, String algorithm, String materialId) {
    }

    private Sealed seal(Tx tx, RequestContext ctx, String keyId, byte[] plaintext, String algorithm, Map<String, String> context, String action,
                        Boolean dryRun) throws SQLException {
        StoredKey k = keyring.find(tx, ctx.accountId(), ctx.region(), keyId, true);
        Keyring.requireEnabled(k);
        Keyring.requireUsage(k, KeySpec.ENCRYPT_DECRYPT, action.startsWith("ReEncrypt") ? "ReEncrypt" : action);
        String alg = encryptionAlgorithm(k, algorithm);
        keyring.authorizeKeyUse(tx, ctx.principal(), ctx.accessKeyId(), action, k, context, null);
        if (Boolean.TRUE.equals(dryRun)) {
            throw Grants.dryRun();
        }
        if (k.spec().symmetric()) {
            return new Sealed(k, keyring.encrypt(tx, k, plaintext, context), alg, materialId(tx, k));
        }
        noContextForAsymmetric(context);
        int max = Crypto.maxRsaPlaintext(k.spec(), alg);
        if (plaintext.length > max) {
            throw new AwsException("ValidationException", "Algorithm " + alg + " and key spec " + k.spec() + " cannot encrypt data larger than "
                    + max + " bytes.");
        }
        return new Sealed(k, Crypto.rsaEncrypt(k.publicKey(), alg, plaintext), alg, null);
    }

    private Opened open(Tx tx, RequestContext ctx, byte[] blob, String keyId, String algorithm, Map<String, String> context, String action,
                        Boolean dryRun) throws SQLException {
        StoredKey named = keyId == null ? null : keyring.find(tx, ctx.accountId(), ctx.region(), keyId, true);
        if (named != null && named.spec().asymmetric()) {
            Keyring.requireEnabled(named);
            Keyring.requireUsage(named, KeySpec.ENCRYPT_DECRYPT, action.startsWith("ReEncrypt") ? "ReEncrypt" : action);
            String alg = encryptionAlgorithm(named, algorithm);
            noContextForAsymmetric(context);
            keyring.authorizeKeyUse(tx, ctx.principal(), ctx.accessKeyId(), action, named, context, null);
            if (Boolean.TRUE.equals(dryRun)) {
                throw Grants.dryRun();
            }
            byte[] plaintext = Crypto.rsaDecrypt(keyring.secret(tx, named.keyId(), named.currentMaterial()), alg, blob);
            if (plaintext == null) {
                throw Keyring.invalidCiphertext();
            }
            return new Opened(named, plaintext, alg, null);
        }
        if (algorithm != null && !algorithm.equals(SYMMETRIC_DEFAULT)) {
            throw named == null ? Keyring.invalidCiphertext() : incompatible(algorithm, named);
        }
        Keyring.Opened o = keyring.decrypt(tx, ctx.region(), blob, context, named);
        keyring.authorizeKeyUse(tx, ctx.principal(), ctx.accessKeyId(), action, o.key(), context, null);
        if (Boolean.TRUE.equals(dryRun)) {
            throw Grants.dryRun();
        }
        return new Opened(o.key(), o.plaintext(), SYMMETRIC_DEFAULT, o.material().materialId());
    }

    /** The algorithm asked for (SYMMETRIC_DEFAULT when none), if the key's spec offers it. */
    private static String encryptionAlgorithm(StoredKey k, String given) {
        String alg = given == null ? SYMMETRIC_DEFAULT : given;
        if (!k.spec().encryptionAlgorithms(k.usage()).contains(alg)) {
            throw incompatible(alg, k);
        }
        return alg;
    }

    private static void noContextForAsymmetric(Map<String, String> context) {
        if (context != null && !context.isEmpty()) {
            throw new AwsException("ValidationException", "EncryptionContext is not supported with asymmetric KMS keys.");
        }
    }

    private static AwsException incompatible(String algorithm, StoredKey k) {
        return new AwsException("InvalidKeyUsageException", "Algorithm " + algorithm + " is incompatible with key spec " + k.spec() + ".");
    }

    private String materialId(Tx tx, StoredKey k) throws SQLException {
        return repo.material(tx, k.keyId(), k.currentMaterial()).materialId();
    }

    /** Nitro Enclaves' attested recipients need an enclave to attest: refused with the error every operation may answer. */
    private static AwsException noRecipients() {
        return new AwsException("ValidationException", "Stratus does not encrypt for Nitro Enclaves recipients: leave Recipient out.");
    }

    // Data keys

    GenerateDataKeyResponse generateDataKey(RequestContext ctx, GenerateDataKeyRequest in) {
        if (in.recipient() != null) {
            throw noRecipients();
        }
        byte[] plaintext = MasterKey.random(dataKeyBytes(in.keySpec(), in.numberOfBytes()));
        Sealed s = dataKey(ctx, in.keyId(), plaintext, in.encryptionContext(), "GenerateDataKey", in.dryRun());
        return new GenerateDataKeyResponse(s.blob(), plaintext, s.key().arn(), null, s.materialId());
    }

    GenerateDataKeyWithoutPlaintextResponse generateDataKeyWithoutPlaintext(RequestContext ctx, GenerateDataKeyWithoutPlaintextRequest in) {
        byte[] plaintext = MasterKey.random(dataKeyBytes(in.keySpec(), in.numberOfBytes()));
        Sealed s = dataKey(ctx, in.keyId(), plaintext, in.encryptionContext(), "GenerateDataKeyWithoutPlaintext", in.dryRun());
        return new GenerateDataKeyWithoutPlaintextResponse(s.blob(), s.key().arn(), s.materialId());
    }

    GenerateDataKeyPairResponse generateDataKeyPair(RequestContext ctx, GenerateDataKeyPairRequest in) {
        if (in.recipient() != null) {
            throw noRecipients();
        }
        Crypto.Material pair = Crypto.generate(pairSpec(in.keyPairSpec()));
        Sealed s = dataKey(ctx, in.keyId(), pair.secret(), in.encryptionContext(), "GenerateDataKeyPair", in.dryRun());
        return new GenerateDataKeyPairResponse(s.blob(), pair.secret(), pair.publicKey(), s.key().arn(), in.keyPairSpec(), null, s.materialId());
    }

    GenerateDataKeyPairWithoutPlaintextResponse generateDataKeyPairWithoutPlaintext(RequestContext ctx,
                                                                                  GenerateDataKeyPairWithoutPlaintextRequest in) {
        Crypto.Material pair = Crypto.generate(pairSpec(in.keyPairSpec()));
        Sealed s = dataKey(ctx, in.keyId(), pair.secret(), in.encryptionContext(), "GenerateDataKeyPairWithoutPlaintext", in.dryRun());
        return new GenerateDataKeyPairWithoutPlaintextResponse(s.blob(), pair.publicKey(), s.key().arn(), in.keyPairSpec(), s.materialId());
    }

    /** A data key (or private key) encrypted under a symmetric encryption key. */
    private Sealed dataKey(RequestContext ctx, String keyId, byte[] plaintext, Map<String, String> context, String action, Boolean dryRun) {
        keyring.prepare(ctx.accountId(), ctx.region(), keyId);
        return store.read(tx -> {
            StoredKey k = keyring.find(tx, ctx.accountId(), ctx.region(), keyId, true);
            Keyring.requireEnabled(k);
            Keyring.requireSymmetric(k, action);
            keyring.authorizeKeyUse(tx, ctx.principal(), ctx.accessKeyId(), action, k, context, null);
            if (Boolean.TRUE.equals(dryRun)) {
                throw Grants.dryRun();
            }
            return new Sealed(k, keyring.encrypt(tx, k, plaintext, context), SYMMETRIC_DEFAULT, materialId(tx, k));
        });
    }

    /** KeySpec AES_256 or AES_128, or NumberOfBytes: exactly one. */
    private static int dataKeyBytes(String keySpec, Integer numberOfBytes) {
        if ((keySpec == null) == (numberOfBytes == null)) {
            throw new AwsException("ValidationException", "Please specify either number of bytes or key spec.");
        }
        return keySpec == null ? numberOfBytes : keySpec.equals("AES_128") ? 16 : 32;
    }

    private static KeySpec pairSpec(String name) {
        KeySpec spec = KeySpec.named(name);
        if (spec == null || !spec.asymmetric()) {
            throw new AwsException("UnsupportedOperationException", "Stratus does not make data key pairs of KeyPairSpec " + name + ".");
        }
        return spec;
    }

    GenerateRandomResponse generateRandom(GenerateRandomRequest in) {
        if (in.numberOfBytes() == null) {
            throw new AwsException("ValidationException", "NumberOfBytes is required.");
        }
        if (in.customKeyStoreId() != null) {
            throw new AwsException("CustomKeyStoreNotFoundException", "Custom key store " + in.customKeyStoreId() + " does not exist.");
        }
        if (in.recipient() != null) {
            throw noRecipients();
        }
        return new GenerateRandomResponse(MasterKey.random(in.numberOfBytes()), null);
    }

    // Signatures

    SignResponse sign(RequestContext ctx, SignRequest in) {
        keyring.prepare(ctx.accountId(), ctx.region(), in.keyId());
        return store.read(tx -> {
            StoredKey k = signingKey(tx, ctx, in.keyId(), in.signingAlgorithm(), "Sign");
            byte[] digest = digest(in.signingAlgorithm(), in.messageType(), in.message());
            keyring.authorizeKeyUse(tx, ctx.principal(), ctx.accessKeyId(), "Sign", k, null, null);
            if (Boolean.TRUE.equals(in.dryRun())) {
                throw Grants.dryRun();
            }
            byte[] signature = Crypto.sign(k.spec(), keyring.secret(tx, k.keyId(), k.currentMaterial()), in.signingAlgorithm(), digest);
            return new SignResponse(k.arn(), signature, in.signingAlgorithm());
        });
    }

    VerifyResponse verify(RequestContext ctx, VerifyRequest in) {
        keyring.prepare(ctx.accountId(), ctx.region(), in.keyId());
        return store.read(tx -> {
            StoredKey k = signingKey(tx, ctx, in.keyId(), in.signingAlgorithm(), "Verify");
            byte[] digest = digest(in.signingAlgorithm(), in.messageType(), in.message());
            keyring.authorizeKeyUse(tx, ctx.principal(), ctx.accessKeyId(), "Verify", k, null, null);
            if (Boolean.TRUE.equals(in.dryRun())) {
                throw Grants.dryRun();
            }
            if (!Crypto.verify(k.spec(), k.publicKey(), in.signingAlgorithm(), digest, in.signature())) {
                throw new AwsException("KMSInvalidSignatureException", "");
            }
            return new VerifyResponse(k.arn(), true, in.signingAlgorithm());
        });
    }

    private StoredKey signingKey(Tx tx, RequestContext ctx, String keyId, String algorithm, String operation) throws SQLException {
        StoredKey k = keyring.find(tx, ctx.accountId(), ctx.region(), keyId, true);
        Keyring.requireEnabled(k);
        Keyring.requireUsage(k, KeySpec.SIGN_VERIFY, operation);
        if (!k.spec().signingAlgorithms(k.usage()).contains(algorithm)) {
            throw incompatible(algorithm, k);
        }
        return k;
    }

    /** What is signed: the digest of a RAW message, or a DIGEST as given, which must be as long as the algorithm's hash. */
    private static byte[] digest(String algorithm, String messageType, byte[] message) {
        String hash = Crypto.signingHash(algorithm);
        String type = messageType == null ? "RAW" : messageType;
        return switch (type) {
            case "RAW" -> Crypto.digest(hash, message);
            case "DIGEST" -> {
                if (message.length != Crypto.hashBytes(hash)) {
                    throw new AwsException("ValidationException", "Digest is invalid length for algorithm " + algorithm + ".");
                }
                yield message;
            }
            default -> throw new AwsException("ValidationException", "MessageType " + type + " is not valid for algorithm " + algorithm + ".");
        };
    }

    GetPublicKeyResponse getPublicKey(RequestContext ctx, GetPublicKeyRequest in) {
        keyring.prepare(ctx.accountId(), ctx.region(), in.keyId());
        return store.read(tx -> {
            StoredKey k = keyring.find(tx, ctx.accountId(), ctx.region(), in.keyId(), true);
            Keyring.requireEnabled(k);
            if (!k.spec().asymmetric()) {
                throw new AwsException("UnsupportedOperationException", k.arn() + " key spec is " + k.spec() + " which is not valid for GetPublicKey.");
            }
            keyring.authorizeKeyUse(tx, ctx.principal(), ctx.accessKeyId(), "GetPublicKey", k, null, null);
            return new GetPublicKeyResponse(k.arn(), k.publicKey(), k.spec().name(), k.spec().name(), k.usage(),
                    k.spec().encryptionAlgorithms(k.usage()), k.spec().signingAlgorithms(k.usage()), null);
        });
    }

    // MACs

    GenerateMacResponse generateMac(RequestContext ctx, GenerateMacRequest in) {
        keyring.prepare(ctx.accountId(), ctx.region(), in.keyId());
        return store.read(tx -> {
            StoredKey k = macKey(tx, ctx.principal(), ctx, in.keyId(), in.macAlgorithm(), "GenerateMac", in.dryRun());
            return new GenerateMacResponse(Crypto.mac(keyring.secret(tx, k.keyId(), k.currentMaterial()), in.macAlgorithm(), in.message()),
                    in.macAlgorithm(), k.arn());
        });
    }

    VerifyMacResponse verifyMac(RequestContext ctx, VerifyMacRequest in) {
        keyring.prepare(ctx.accountId(), ctx.region(), in.keyId());
        return store.read(tx -> {
            StoredKey k = macKey(tx, ctx.principal(), ctx, in.keyId(), in.macAlgorithm(), "VerifyMac", in.dryRun());
            byte[] mac = Crypto.mac(keyring.secret(tx, k.keyId(), k.currentMaterial()), in.macAlgorithm(), in.message());
            if (!MessageDigest.isEqual(mac, in.mac())) {
                throw new AwsException("KMSInvalidMacException", "");
            }
            return new VerifyMacResponse(k.arn(), true, in.macAlgorithm());
        });
    }

    private StoredKey macKey(Tx tx, Principal caller, RequestContext ctx, String keyId, String algorithm, String operation, Boolean dryRun)
            throws SQLException {
        StoredKey k = keyring.find(tx, ctx.accountId(), ctx.region(), keyId, true);
        Keyring.requireEnabled(k);
        Keyring.requireUsage(k, KeySpec.GENERATE_VERIFY_MAC, operation);
        if (!k.spec().macAlgorithms().contains(algorithm)) {
            throw incompatible(algorithm, k);
        }
        keyring.authorizeKeyUse(tx, caller, ctx.accessKeyId(), operation, k, null, null);
        if (Boolean.TRUE.equals(dryRun)) {
            throw Grants.dryRun();
        }
        return k;
    }
}
