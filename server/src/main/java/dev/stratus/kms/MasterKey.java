package dev.stratus.kms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key every KMS key's material is sealed under (AES-256-GCM), so that the store never holds
 * key material in the clear. It lives outside the store: in a file of the data directory, created
 * readable by its owner only on first start, or in memory for an ephemeral Stratus. Its
 * {@link #check()} is kept in the store, so a store opened with another master key (the file lost,
 * or not copied to another node sharing a PostgreSQL store) is refused at start rather than found
 * out at the first Decrypt.
 */
public final class MasterKey {
    static final int KEY_BYTES = 32;
    static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final Path file;
    private final boolean created;

    private MasterKey(byte[] key, Path file, boolean created) {
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("a KMS master key is " + KEY_BYTES + " bytes; " + file + " holds " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
        this.file = file;
        this.created = created;
    }

    /** A master key that lives as long as the process: for state that does too. */
    public static MasterKey inMemory() {
        return new MasterKey(random(KEY_BYTES), null, true);
    }

    /** The master key kept in {@code file}, made there (owner read/write only) when it does not exist. */
    public static MasterKey file(Path file) {
        try {
            if (Files.exists(file)) {
                return new MasterKey(Files.readAllBytes(file), file, false);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(partial);
            try {
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(partial);
            }
            byte[] key = random(KEY_BYTES);
            Files.write(partial, key);
            // Whole or not at all: a start interrupted here leaves no half-written key behind.
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return new MasterKey(key, file, true);
        } catch (FileAlreadyExistsException e) {
            throw new UncheckedIOException("another Stratus is creating the KMS master key " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the KMS master key " + file, e);
        }
    }

    /** Where the key is kept, or null for one in memory. */
    Path location() {
        return file;
    }

    /** Whether this start made the key (it was not there before). */
    boolean created() {
        return created;
    }

    /**
     * A fingerprint of the key that does not reveal it (an HMAC of a fixed text under it), kept in the
     * store to recognize the key the store's material is sealed under.
     */
    String check() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return HexFormat.of().formatHex(Arrays.copyOf(mac.doFinal("stratus kms master key".getBytes(StandardCharsets.UTF_8)), 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** {@code plaintext} sealed, bound to {@code binding} (what it belongs to): its IV, then the ciphertext and tag. */
    byte[] seal(byte[] plaintext, byte[] binding) {
        byte[] iv = random(IV_BYTES);
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            gcm.updateAAD(binding);
            byte[] sealed = gcm.doFinal(plaintext);
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * What {@link #seal} sealed with the same binding.
     *
     * @throws IllegalStateException when it was sealed under another key or binding, or changed since
     */
    byte[] unseal(byte[] sealed, byte[] binding) {
        if (sealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("sealed key material is cut short");
        }
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            gcm.updateAAD(binding);
            return gcm.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("key material does not open under the KMS master key", e);
        }
    }

    static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return b;
    }
}
