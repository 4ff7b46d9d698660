package dev.stratus.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.AwsException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * S3's additional checksums, as "Checking object integrity in Amazon S3" describes them: CRC32,
 * CRC32C, CRC64NVME, SHA1 and SHA256, sent base64 in an {@code x-amz-checksum-*} header or the
 * aws-chunked trailer, checked against the data received and kept with the object. A multipart
 * object's is COMPOSITE (the checksum of the parts' checksums, {@code -N}) or FULL_OBJECT (the
 * CRC of the whole object, combined from the parts' CRCs without reading them again).
 */
final class Checksums {
    static final List<String> ALGORITHMS = List.of("CRC32", "CRC32C", "CRC64NVME", "SHA1", "SHA256");
    static final String COMPOSITE = "COMPOSITE";
    static final String FULL_OBJECT = "FULL_OBJECT";

    private Checksums() {
    }

    /** A checksum being taken of data as it streams. */
    interface Running {
        void update(byte[] b, int off, int len);

        /** The checksum so far, as S3 encodes it before base64: a CRC as its big-endian bytes. */
        byte[] value();
    }

    static Running start(String algorithm) {
        return switch (algorithm) {
            case "CRC32" -> crc(new CRC32(), 4);
            case "CRC32C" -> crc(new CRC32C(), 4);
            case "CRC64NVME" -> crc(new Crc64Nvme(), 8);
            case "SHA1" -> sha("SHA-1");
            case "SHA256" -> sha("SHA-256");
            default -> throw unsupported();
        };
    }

    private static Running crc(Checksum c, int bytes) {
        return new Running() {
            @Override
            public void update(byte[] b, int off, int len) {
                c.update(b, off, len);
            }

            @Override
            public byte[] value() {
                return bigEndian(c.getValue(), bytes);
            }
        };
    }

    private static Running sha(String name) {
        MessageDigest d = digest(name);
        return new Running() {
            @Override
            public void update(byte[] b, int off, int len) {
                d.update(b, off, len);
            }

            @Override
            public byte[] value() {
                try {
                    return ((MessageDigest) d.clone()).digest();
                } catch (CloneNotSupportedException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    static boolean isCrc(String algorithm) {
        return algorithm.startsWith("CRC");
    }

    /** The output member that carries {@code algorithm}'s checksum: ChecksumCRC32, … */
    static String member(String algorithm) {
        return "Checksum" + algorithm;
    }

    /** The header (and trailer) that carries it: x-amz-checksum-crc32, … */
    static String header(String algorithm) {
        return "x-amz-checksum-" + algorithm.toLowerCase(Locale.ROOT);
    }

    static String base64(byte[] value) {
        return Base64.getEncoder().encodeToString(value);
    }

    /**
     * The checksum type a multipart upload of {@code algorithm} keeps: the one asked for, else
     * S3's default (FULL_OBJECT for CRC64NVME, which has no composite form; COMPOSITE otherwise).
     */
    static String uploadType(String algorithm, String type) {
        if (algorithm == null) {
            if (type != null) {
                throw new AwsException("InvalidRequest", "The x-amz-checksum-type header can only be used with the x-amz-checksum-algorithm header.");
            }
            return null;
        }
        if (type == null) {
            return algorithm.equals("CRC64NVME") ? FULL_OBJECT : COMPOSITE;
        }
        if (!type.equals(COMPOSITE) && !type.equals(FULL_OBJECT)) {
            throw new AwsException("InvalidRequest", "Value for x-amz-checksum-type header is invalid.");
        }
        if (type.equals(COMPOSITE) && algorithm.equals("CRC64NVME") || type.equals(FULL_OBJECT) && !isCrc(algorithm)) {
            throw new AwsException("InvalidRequest", "The " + type + " checksum type cannot be used with the " + algorithm.toLowerCase(Locale.ROOT)
                    + " checksum algorithm.");
        }
        return type;
    }

    /** An algorithm as a request names it (x-amz-sdk-checksum-algorithm, x-amz-checksum-algorithm), or S3's refusal. */
    static String named(String algorithm) {
        if (algorithm == null) {
            return null;
        }
        String upper = algorithm.toUpperCase(Locale.ROOT);
        if (!ALGORITHMS.contains(upper)) {
            throw unsupported();
        }
        return upper;
    }

    private static AwsException unsupported() {
        return new AwsException("InvalidRequest", "Checksum algorithm provided is unsupported. Please try again with any of the valid types: "
                + ALGORITHMS);
    }

    /**
     * The checksum a request claims for its body: the algorithm, and the value when a header
     * carries it (else the trailer does, read with the body, or the client sent none).
     */
    record Claim(String algorithm, String headerValue) {
        /** The value to check once the body is read: the header's, else the trailer's; null when the client sent none. */
        String value(Map<String, String> trailers) {
            return headerValue != null ? headerValue : algorithm == null ? null : trailers.get(header(algorithm));
        }
    }

    /**
     * What a request claims: {@code named} is its ChecksumAlgorithm, {@code headers} the
     * x-amz-checksum-* values it sent by algorithm, {@code trailer} the x-amz-trailer it declared.
     */
    static Claim claimed(String named, Map<String, String> headers, String trailer) {
        String algorithm = named(named);
        List<String> sent = new ArrayList<>();
        headers.forEach((a, v) -> {
            if (v != null) {
                sent.add(a);
            }
        });
        if (sent.size() > 1) {
            throw new AwsException("InvalidRequest", "Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.");
        }
        String byHeader = sent.isEmpty() ? null : sent.get(0);
        String byTrailer = null;
        if (trailer != null && trailer.toLowerCase(Locale.ROOT).startsWith("x-amz-checksum-")) {
            byTrailer = trailer.substring("x-amz-checksum-".length()).toUpperCase(Locale.ROOT).strip();
            if (!ALGORITHMS.contains(byTrailer)) {
                throw unsupported();
            }
        }
        String given = byHeader != null ? byHeader : byTrailer;
        if (algorithm != null && given != null && !algorithm.equals(given)) {
            throw new AwsException("InvalidRequest", "Value for x-amz-sdk-checksum-algorithm header is invalid.");
        }
        return new Claim(algorithm != null ? algorithm : given, byHeader == null ? null : headers.get(byHeader));
    }

    /** The x-amz-checksum-* values of a request by algorithm, from its members. */
    static Map<String, String> sent(String crc32, String crc32c, String crc64nvme, String sha1, String sha256) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("CRC32", crc32);
        m.put("CRC32C", crc32c);
        m.put("CRC64NVME", crc64nvme);
        m.put("SHA1", sha1);
        m.put("SHA256", sha256);
        return m;
    }

    /** Throws S3's refusal unless {@code given} (base64) is {@code computed}: InvalidRequest when it is no such checksum, BadDigest when it differs. */
    static void verify(String algorithm, String given, byte[] computed) {
        if (given == null) {
            return;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(given.strip());
        } catch (IllegalArgumentException e) {
            decoded = null;
        }
        if (decoded == null || decoded.length != computed.length) {
            throw new AwsException("InvalidRequest", "Value for " + header(algorithm) + " header is invalid.");
        }
        if (!MessageDigest.isEqual(decoded, computed)) {
            throw new AwsException("BadDigest", "The " + algorithm + " you specified did not match the calculated checksum.");
        }
    }

    /** A COMPOSITE checksum: {@code algorithm} over the parts' checksums laid end to end. */
    static byte[] composite(String algorithm, List<byte[]> partChecksums) {
        Running r = start(algorithm);
        for (byte[] c : partChecksums) {
            r.update(c, 0, c.length);
        }
        return r.value();
    }

    /** A FULL_OBJECT CRC from the parts' CRCs and sizes, in order. */
    static byte[] fullObject(String algorithm, List<byte[]> partChecksums, List<Long> sizes) {
        Crc crc = Crc.of(algorithm);
        long combined = 0;
        for (int i = 0; i < partChecksums.size(); i++) {
            long part = fromBigEndian(partChecksums.get(i));
            combined = i == 0 ? part : crc.combine(combined, part, sizes.get(i));
        }
        return bigEndian(combined, crc.width / 8);
    }

    /** The stored checksum members of an object or part ({@code ChecksumCRC32}, {@code ChecksumType}), as GET answers them when asked. */
    static Map<String, Object> stored(JsonNode meta) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String a : ALGORITHMS) {
            JsonNode v = meta.get(member(a));
            if (v != null) {
                out.put(member(a), v.asText());
            }
        }
        if (meta.has("ChecksumType")) {
            out.put("ChecksumType", meta.get("ChecksumType").asText());
        }
        return out;
    }

    /** What GET and HEAD say of an object's checksum: only when asked (x-amz-checksum-mode: ENABLED), as S3 answers. */
    static Map<String, Object> shown(JsonNode meta, String checksumMode) {
        return "ENABLED".equals(checksumMode) ? stored(meta) : Map.of();
    }

    /** Keeps a checksum with an object's metadata. */
    static void store(ObjectNode meta, String algorithm, String value, String type) {
        if (algorithm != null && value != null) {
            meta.put(member(algorithm), value);
            meta.put("ChecksumType", type);
        }
    }

    static byte[] bigEndian(long v, int bytes) {
        byte[] out = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            out[i] = (byte) (v >>> (8 * (bytes - 1 - i)));
        }
        return out;
    }

    private static long fromBigEndian(byte[] b) {
        long v = 0;
        for (byte x : b) {
            v = v << 8 | (x & 0xff);
        }
        return v;
    }

    private static MessageDigest digest(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A reflected CRC whose initial value and final XOR are all ones (CRC32, CRC32C, CRC64NVME),
     * and how to combine two: the CRC of A then B is the CRC of A multiplied by x^(8·|B|) modulo
     * the polynomial, XOR the CRC of B, in GF(2) (the method of zlib's crc32_combine).
     */
    static final class Crc {
        private final int width;
        private final long poly;
        /** x^(2^k) modulo the polynomial, reflected. */
        private final long[] powers = new long[67];

        private Crc(int width, long reflectedPoly) {
            this.width = width;
            this.poly = reflectedPoly;
            powers[0] = 1L << (width - 2);
            for (int k = 1; k < powers.length; k++) {
                powers[k] = multiply(powers[k - 1], powers[k - 1]);
            }
        }

        private static final Crc CRC32_ = new Crc(32, 0xEDB88320L);
        private static final Crc CRC32C_ = new Crc(32, 0x82F63B78L);
        private static final Crc CRC64NVME_ = new Crc(64, Crc64Nvme.REFLECTED_POLY);

        static Crc of(String algorithm) {
            return switch (algorithm) {
                case "CRC32" -> CRC32_;
                case "CRC32C" -> CRC32C_;
                case "CRC64NVME" -> CRC64NVME_;
                default -> throw new IllegalArgumentException(algorithm + " is not a CRC");
            };
        }

        long combine(long crc1, long crc2, long length2) {
            return multiply(xPow8n(length2), crc1) ^ crc2;
        }

        /** a·b modulo the polynomial, both reflected (the highest bit is x^0). */
        private long multiply(long a, long b) {
            long m = 1L << (width - 1);
            long p = 0;
            while (a != 0 && m != 0) {
                if ((a & m) != 0) {
                    p ^= b;
                    a ^= m;
                }
                m >>>= 1;
                b = (b & 1) != 0 ? (b >>> 1) ^ poly : b >>> 1;
            }
            return p;
        }

        /** x^(8n) modulo the polynomial. */
        private long xPow8n(long n) {
            long p = 1L << (width - 1);
            for (int k = 3; n != 0; n >>>= 1, k++) {
                if ((n & 1) != 0) {
                    p = multiply(powers[k], p);
                }
            }
            return p;
        }
    }
}
