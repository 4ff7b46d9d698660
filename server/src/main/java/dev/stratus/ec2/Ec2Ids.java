package dev.stratus.ec2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** EC2's resource ids: a prefix naming the kind ({@code i}, {@code vol}, {@code snap}, …) and 17 lower-case hex digits. */
final class Ec2Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ec2Ids() {
    }

    static String next(String prefix) {
        byte[] b = new byte[9];
        RANDOM.nextBytes(b);
        return prefix + "-" + HexFormat.of().formatHex(b).substring(0, 17);
    }

    /** An id that is always the same for the same {@code seed}: for what Stratus makes up once per region (built-in images). */
    static String derived(String prefix, String seed) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((prefix + ":" + seed).getBytes(StandardCharsets.UTF_8));
            return prefix + "-" + HexFormat.of().formatHex(d).substring(0, 17);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
