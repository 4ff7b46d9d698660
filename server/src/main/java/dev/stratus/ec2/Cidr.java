package dev.stratus.ec2;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPv4 CIDR block as VPCs and subnets are given one: the network's first address and its
 * prefix length, the address bits below the prefix all zero (EC2 refuses {@code 10.0.0.1/16}).
 */
record Cidr(long base, int prefix) {
    private static final Pattern FORM = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");

    /** The block {@code text} writes, or empty when it is not one (a bad form, an octet above 255, host bits set). */
    static Optional<Cidr> parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        long address = 0;
        for (int i = 1; i <= 4; i++) {
            int octet = Integer.parseInt(m.group(i));
            if (octet > 255) {
                return Optional.empty();
            }
            address = (address << 8) | octet;
        }
        int prefix = Integer.parseInt(m.group(5));
        if (prefix > 32) {
            return Optional.empty();
        }
        Cidr c = new Cidr(address, prefix);
        return (address & ~c.mask() & 0xFFFFFFFFL) == 0 ? Optional.of(c) : Optional.empty();
    }

    /** How many addresses the block holds. */
    long size() {
        return 1L << (32 - prefix);
    }

    /** The address {@code offset} places after the first, as text. */
    String address(long offset) {
        return format(base + offset);
    }

    /** Where {@code ip} sits in the block, or -1 when it is not in it. */
    long offsetOf(String ip) {
        Optional<Cidr> one = parse(ip + "/32");
        if (one.isEmpty() || !contains(one.get())) {
            return -1;
        }
        return one.get().base - base;
    }

    boolean contains(Cidr other) {
        return other.prefix >= prefix && (other.base & mask()) == base;
    }

    boolean overlaps(Cidr other) {
        return contains(other) || other.contains(this);
    }

    private long mask() {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    private static String format(long a) {
        return ((a >> 24) & 255) + "." + ((a >> 16) & 255) + "." + ((a >> 8) & 255) + "." + (a & 255);
    }

    @Override
    public String toString() {
        return format(base) + "/" + prefix;
    }
}
