package dev.stratus.ec2;

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
}
