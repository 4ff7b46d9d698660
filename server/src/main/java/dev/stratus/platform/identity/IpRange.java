package dev.stratus.platform.identity;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IPv4 or IPv6 range in CIDR form ({@code 203.0.113.0/24}, {@code 2001:DB8:1234:5678::/64}); an address
 * without a prefix is the one address (/32, /128), as IAM reads it. Addresses are parsed as literals only:
 * nothing here ever asks a name server.
 */
record IpRange(byte[] network, int prefix) {

    /** The range, or null when the text is no address or range. */
    static IpRange parse(String cidr) {
        String text = cidr.trim();
        int slash = text.indexOf('/');
        byte[] address = address(slash < 0 ? text : text.substring(0, slash));
        if (address == null) {
            return null;
        }
        int bits = address.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                return null;
            }
            if (prefix < 0 || prefix > bits) {
                return null;
            }
        }
        return new IpRange(address, prefix);
    }

    boolean contains(String addressText) {
        byte[] a = address(addressText.trim());
        if (a == null || a.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (a[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (a[whole] & mask) == (network[whole] & mask);
    }

    /** The bytes of an address literal: four dotted decimals, or IPv6 (which has a colon); null for anything else. */
    static byte[] address(String text) {
        if (text.indexOf(':') >= 0) {
            return ipv6(text);
        }
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String o = octets[i];
            if (o.isEmpty() || o.length() > 3 || !o.chars().allMatch(Character::isDigit)) {
                return null;
            }
            int v = Integer.parseInt(o);
            if (v > 255) {
                return null;
            }
            out[i] = (byte) v;
        }
        return out;
    }

    private static byte[] ipv6(String text) {
        // A text with a colon is read by the JDK as an IPv6 literal or refused; it is never looked up.
        if (!text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            return null;
        }
        try {
            InetAddress a = InetAddress.getByName(text);
            // The JDK turns ::ffff:a.b.c.d into IPv4; it stays the IPv6 address it was written as, so IPv6 ranges hold it.
            return a instanceof Inet4Address ? mapped(a.getAddress()) : a.getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static byte[] mapped(byte[] v4) {
        byte[] out = new byte[16];
        out[10] = (byte) 0xFF;
        out[11] = (byte) 0xFF;
        System.arraycopy(v4, 0, out, 12, 4);
        return out;
    }
}
