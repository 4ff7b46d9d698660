package dev.stratus.platform;

import dev.stratus.platform.port.Keys;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption, as AWS's services seal values longer than KMS's Encrypt takes (a Secrets
 * Manager secret, an advanced parameter): the value under a fresh data key with AES-256-GCM, and
 * beside it the data key as KMS encrypted it ({@link Keys#generateDataKey}), so that only KMS can
 * open it again, for whom it allows. The sealed form: a version byte, the length of the encrypted
 * data key (two bytes) and the key, the IV, then the ciphertext and tag; the encrypted data key is
 * the additional data, so a value moved under another key does not open.
 */
public final class Envelope {
    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Envelope() {
    }

    /** Thrown when a sealed value is not one: cut short, changed, or of another version. */
    public static final class Broken extends RuntimeException {
        Broken(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Seals {@code plaintext} under {@code key}, whose plaintext is wiped afterwards. */
    public static byte[] seal(Keys.DataKey key, byte[] plaintext) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.plaintext(), "AES"), new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(key.ciphertext());
            byte[] sealed = c.doFinal(plaintext);
            return ByteBuffer.allocate(1 + 2 + key.ciphertext().length + IV_BYTES + sealed.length).put(VERSION)
                    .putShort((short) key.ciphertext().length).put(key.ciphertext()).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(key.plaintext(), (byte) 0);
        }
    }

    /** Opens what {@link #seal} made; {@code decryptKey} turns the encrypted data key back into the key (through KMS, for the caller). */
    public static byte[] open(byte[] sealed, UnaryOperator<byte[]> decryptKey) {
        ByteBuffer in = ByteBuffer.wrap(sealed);
        byte[] encryptedKey;
        byte[] iv = new byte[IV_BYTES];
        byte[] body;
        try {
            if (in.get() != VERSION) {
                throw new Broken("not a sealed value of this version", null);
            }
            encryptedKey = new byte[Short.toUnsignedInt(in.getShort())];
            in.get(encryptedKey).get(iv);
            body = new byte[in.remaining()];
            in.get(body);
        } catch (RuntimeException e) {
            throw e instanceof Broken b ? b : new Broken("the sealed value is cut short", e);
        }
        byte[] key = decryptKey.apply(encryptedKey);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(encryptedKey);
            return c.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new Broken("the sealed value does not open with its key", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
