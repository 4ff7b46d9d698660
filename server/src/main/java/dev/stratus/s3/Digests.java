package dev.stratus.s3;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * The digests S3 takes of object data as it streams: always MD5 (the ETag of a single PUT), and
 * the additional checksum the client asked for (CRC32, CRC32C, SHA1, SHA256), if any.
 */
final class Digests {
    private final MessageDigest md5 = digest("MD5");
    private final String algorithm;
    private final Checksum crc;
    private final MessageDigest sha;

    /** Digests with {@code algorithm} (an S3 ChecksumAlgorithm, upper case) besides MD5; none when null. */
    Digests(String algorithm) {
        this.algorithm = algorithm;
        this.crc = switch (algorithm == null ? "" : algorithm) {
            case "CRC32" -> new CRC32();
            case "CRC32C" -> new CRC32C();
            default -> null;
        };
        this.sha = switch (algorithm == null ? "" : algorithm) {
            case "SHA1" -> digest("SHA-1");
            case "SHA256" -> digest("SHA-256");
            default -> null;
        };
    }

    void update(byte[] b, int off, int len) {
        md5.update(b, off, len);
        if (crc != null) {
            crc.update(b, off, len);
        }
        if (sha != null) {
            sha.update(b, off, len);
        }
    }

    /** The MD5 in hex, as an ETag quotes it. */
    String md5Hex() {
        return HexFormat.of().formatHex(cloned(md5).digest());
    }

    String algorithm() {
        return algorithm;
    }

    /** The additional checksum, base64 as S3 writes it (a CRC as its 4 big-endian bytes); null without one. */
    String checksum() {
        if (crc != null) {
            long v = crc.getValue();
            return Base64.getEncoder().encodeToString(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
        }
        return sha == null ? null : Base64.getEncoder().encodeToString(cloned(sha).digest());
    }

    private static MessageDigest cloned(MessageDigest d) {
        try {
            return (MessageDigest) d.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest digest(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
