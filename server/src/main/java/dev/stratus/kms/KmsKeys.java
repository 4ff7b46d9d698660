package dev.stratus.kms;

import dev.stratus.kms.KmsRepository.StoredKey;
import dev.stratus.platform.port.Keys;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Principal;
import dev.stratus.store.Store;
import java.util.Map;
import java.util.Objects;

/** The {@link Keys} port: KMS's Encrypt and Decrypt for other services, with the same checks and errors as through the API. */
final class KmsKeys implements Keys {
    static final int MAX_PLAINTEXT = 4096;
    /** AES-256's: what GenerateDataKey makes with KeySpec AES_256. */
    static final int DATA_KEY_BYTES = 32;

    private final Store store;
    private final Keyring keyring;

    KmsKeys(Store store, Keyring keyring) {
        this.store = store;
        this.keyring = keyring;
    }

    @Override
    public byte[] encrypt(Principal caller, String account, String region, String keyId, byte[] plaintext, Map<String, String> context,
                          String viaService) {
        if (plaintext == null || plaintext.length == 0 || plaintext.length > MAX_PLAINTEXT) {
            throw new AwsException("ValidationException", "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: "
                    + "Member must have length " + (plaintext == null || plaintext.length == 0 ? "greater than or equal to 1" : "less than or equal to "
                    + MAX_PLAINTEXT));
        }
        Objects.requireNonNull(keyId, "KMS encrypts under a key: name one, or take defaultKeyArn's");
        keyring.prepare(account, region, keyId);
        return store.read(tx -> {
            StoredKey k = keyring.find(tx, account, region, keyId, true);
            Keyring.requireEnabled(k);
            Keyring.requireSymmetric(k, "Encrypt");
            keyring.authorizeKeyUse(tx, caller, null, "Encrypt", k, context, viaService);
            return keyring.encrypt(tx, k, plaintext, context);
        });
    }

    @Override
    public DataKey generateDataKey(Principal caller, String account, String region, String keyId, Map<String, String> context,
                                   String viaService) {
        Objects.requireNonNull(keyId, "a data key is made under a key: name one, or take defaultKeyArn's");
        keyring.prepare(account, region, keyId);
        byte[] plaintext = MasterKey.random(DATA_KEY_BYTES);
        return store.read(tx -> {
            StoredKey k = keyring.find(tx, account, region, keyId, true);
            Keyring.requireEnabled(k);
            Keyring.requireSymmetric(k, "GenerateDataKey");
            keyring.authorizeKeyUse(tx, caller, null, "GenerateDataKey", k, context, viaService);
            return new DataKey(plaintext, keyring.encrypt(tx, k, plaintext, context), k.arn());
        });
    }

    @Override
    public byte[] decrypt(Principal caller, String account, String region, byte[] ciphertext, Map<String, String> context, String viaService) {
        return store.read(tx -> {
            Keyring.Opened opened = keyring.decrypt(tx, region, ciphertext, context, null);
            keyring.authorizeKeyUse(tx, caller, null, "Decrypt", opened.key(), context, viaService);
            return opened.plaintext();
        });
    }

    @Override
    public String defaultKeyArn(String account, String region, String alias) {
        return keyring.awsManagedArn(account, region, alias);
    }
}
