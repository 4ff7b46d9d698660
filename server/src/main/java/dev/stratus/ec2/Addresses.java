package dev.stratus.ec2;

import java.security.SecureRandom;

/**
 * Public addresses and the DNS names EC2 gives instances, region-aware as AWS writes them:
 * {@code ec2-54-1-2-3.compute-1.amazonaws.com} and {@code ip-172-31-1-2.ec2.internal} in us-east-1,
 * {@code ec2-54-1-2-3.eu-west-1.compute.amazonaws.com} and {@code ip-172-31-1-2.eu-west-1.compute.internal} elsewhere.
 */
final class Addresses {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Addresses() {
    }

    /** A public IPv4 address from a range AWS's EC2 uses; nothing is routed to it. */
    static String publicIp() {
        return "54." + (160 + RANDOM.nextInt(80)) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));
    }

    static String publicDnsName(String region, String ip) {
        if (ip == null) {
            return "";
        }
        String host = "ec2-" + ip.replace('.', '-');
        return region.equals("us-east-1") ? host + ".compute-1.amazonaws.com" : host + "." + region + ".compute.amazonaws.com";
    }

    static String privateDnsName(String region, String ip) {
        if (ip == null) {
            return "";
        }
        String host = "ip-" + ip.replace('.', '-');
        return region.equals("us-east-1") ? host + ".ec2.internal" : host + "." + region + ".compute.internal";
    }

    /** A MAC address as EC2 gives network interfaces (locally administered, 0e: or 12: …). */
    static String mac() {
        StringBuilder b = new StringBuilder("0e");
        for (int i = 0; i < 5; i++) {
            b.append(':').append(String.format("%02x", RANDOM.nextInt(256)));
        }
        return b.toString();
    }
}
