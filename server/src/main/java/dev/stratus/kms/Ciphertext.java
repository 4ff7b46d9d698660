package dev.stratus.kms;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A ciphertext blob of a symmetric KMS key, as Stratus writes it: self-describing, so Decrypt
 * needs no KeyId and a wrong one is recognized.
 *
 * <pre>
 * version (1 byte, 1) | key id (16 bytes, the UUID) | key material (4 bytes, its number) | IV (12 bytes) | AES-256-GCM ciphertext and 16-byte tag
 * </pre>
 *
 * The header (version, key, material) and the encryption context in its canonical form are the
 * GCM additional data: a ciphertext moved to another key or material, or opened with another
 * context, fails its tag.
 */
record Ciphertext(UUID keyId, int material, byte[] iv, byte[] sealed) {
    static final byte VERSION = 1;
    static final int HEADER_BYTES = 1 + 16 + 4;
    static final int TAG_BYTES = 16;
    /** The smallest blob: a header, an IV and the tag of an empty plaintext. */
    static final int MIN_BYTES = HEADER_BYTES + MasterKey.IV_BYTES + TAG_BYTES;

    /** The blob as it goes to the client. */
    byte[] bytes() {
        return ByteBuffer.allocate(HEADER_BYTES + iv.length + sealed.length).put(header()).put(iv).put(sealed).array();
    }

    /** What names the key and material: bound into the tag. */
    byte[] header() {
        return ByteBuffer.allocate(HEADER_BYTES).put(VERSION).putLong(keyId.getMostSignificantBits()).putLong(keyId.getLeastSignificantBits())
                .putInt(material).array();
    }

    /** The additional data of the blob's tag: its header, then the context. */
    byte[] additionalData(Map<String, String> context) {
        byte[] header = header();
        byte[] canonical = canonicalContext(context);
        return ByteBuffer.allocate(header.length + canonical.length).put(header).put(canonical).array();
    }

    /** The blob read back, or empty when it is not one of ours (too short, another version). */
    static Optional<Ciphertext> parse(byte[] blob) {
        if (blob == null || blob.length < MIN_BYTES || blob[0] != VERSION) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(blob);
        b.get();
        UUID key = new UUID(b.getLong(), b.getLong());
        int material = b.getInt();
        byte[] iv = new byte[MasterKey.IV_BYTES];
        b.get(iv);
        byte[] sealed = new byte[b.remaining()];
        b.get(sealed);
        return Optional.of(new Ciphertext(key, material, iv, sealed));
    }

    /**
     * An encryption context as bytes that do not depend on the order it was given in: its pairs
     * sorted by key (as UTF-8 bytes), each key and value preceded by its length, after their count.
     * No context and an empty one are the same, as in KMS.
     */
    static byte[] canonicalContext(Map<String, String> context) {
        if (context == null || context.isEmpty()) {
            return new byte[0];
        }
        List<byte[][]> pairs = context.entrySet().stream()
                .map(e -> new byte[][] {e.getKey().getBytes(StandardCharsets.UTF_8), e.getValue().getBytes(StandardCharsets.UTF_8)})
                .sorted(Comparator.comparing((byte[][] p) -> p[0], Arrays::compareUnsigned))
                .toList();
        int size = 4 + pairs.stream().mapToInt(p -> 8 + p[0].length + p[1].length).sum();
        ByteBuffer out = ByteBuffer.allocate(size).putInt(pairs.size());
        for (byte[][] p : pairs) {
            out.putInt(p[0].length).put(p[0]).putInt(p[1].length).put(p[1]);
        }
        return out.array();
    }
}
