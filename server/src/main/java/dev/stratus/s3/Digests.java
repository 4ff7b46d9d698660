package dev.stratus.s3;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digests S3 takes of object data as it streams: always MD5 (the ETag of a single PUT), and
 * the additional checksum the client asked for ({@link Checksums#ALGORITHMS}), if any.
 */
final class Digests {
    private final MessageDigest md5 = digest("MD5");
    private final String algorithm;
    private final Checksums.Running checksum;

    /** Digests with {@code algorithm} (an S3 ChecksumAlgorithm, upper case) besides MD5; none when null. */
    Digests(String algorithm) {
        this.algorithm = algorithm;
        this.checksum = algorithm == null ? null : Checksums.start(algorithm);
    }

    void update(byte[] b, int off, int len) {
        md5.update(b, off, len);
        if (checksum != null) {
            checksum.update(b, off, len);
        }
    }

    byte[] md5() {
        try {
            return ((MessageDigest) md5.clone()).digest();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The MD5 in hex, as an ETag quotes it. */
    String md5Hex() {
        return HexFormat.of().formatHex(md5());
    }

    String algorithm() {
        return algorithm;
    }

    /** The additional checksum as S3 encodes it before base64; null without one. */
    byte[] checksumBytes() {
        return checksum == null ? null : checksum.value();
    }

    /** The additional checksum, base64 as S3 writes it; null without one. */
    String checksum() {
        return checksum == null ? null : Checksums.base64(checksum.value());
    }

    private static MessageDigest digest(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
