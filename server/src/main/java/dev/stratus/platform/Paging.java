package dev.stratus.platform;

import dev.stratus.protocol.AwsException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Paging with tokens a client cannot forge. A token carries a position in one listing and a check
 * of both (an HMAC under a secret of this process), so a token changed, cut short, made up or
 * taken from another listing — another operation, or the same one with other parameters — is
 * refused with the operation's own error instead of being read as a position. The secret is the
 * store's ({@link #adopt}), so a token one node gave out is good on every node sharing the store.
 */
public final class Paging {
    private static final int CHECK_BYTES = 12;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    /** The secret new tokens are signed with: a random one until a store's is adopted. */
    private static volatile byte[] signing = randomSecret();
    /**
     * Every secret this process signed with, each still good: one process may serve several stores
     * one after another (tests), and a token given out before must not turn bad mid-listing.
     */
    private static final List<byte[]> ACCEPTED = new java.util.concurrent.CopyOnWriteArrayList<>(List.of(signing));

    private Paging() {
    }

    private static byte[] randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    /** Signs new tokens with {@code secret}, the store's ({@link SharedSecrets}), so that every node sharing it takes them. */
    public static void adopt(byte[] secret) {
        if (ACCEPTED.stream().noneMatch(s -> Arrays.equals(s, secret))) {
            ACCEPTED.add(secret.clone());
        }
        signing = secret.clone();
    }

    /** One page of a listing: its items and the token of the next page, null at the end. */
    public record Page<T>(List<T> items, String nextToken) {
    }

    /**
     * One listing whose tokens are good only for it: named by the operation and every parameter
     * that decides what it lists, and answering a bad token with {@code invalid} (given the token).
     */
    public record Listing(String scope, Function<String, AwsException> invalid) {

        /** A listing named by its parts, for example the operation, the account, the region and a name prefix. */
        public static Listing of(Function<String, AwsException> invalid, Object... parts) {
            StringBuilder scope = new StringBuilder();
            for (Object p : parts) {
                String s = String.valueOf(p);
                // Each part's length comes first, so no two different lists of parts read the same.
                scope.append(s.length()).append(':').append(s);
            }
            return new Listing(scope.toString(), invalid);
        }

        /** The token that continues this listing at {@code position}. */
        public String token(String position) {
            byte[] p = position.getBytes(StandardCharsets.UTF_8);
            return ENCODER.encodeToString(p) + "." + ENCODER.encodeToString(check(signing, p));
        }

        /** The position a token of this listing carries; the listing's error for any other text. */
        public String position(String token) {
            int dot = token == null ? -1 : token.lastIndexOf('.');
            if (dot < 0) {
                throw invalid.apply(token);
            }
            try {
                byte[] p = Base64.getUrlDecoder().decode(token.substring(0, dot));
                byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
                for (byte[] secret : ACCEPTED) {
                    if (MessageDigest.isEqual(given, check(secret, p))) {
                        return new String(p, StandardCharsets.UTF_8);
                    }
                }
            } catch (IllegalArgumentException notBase64) {
                // refused below, as any other bad token
            }
            throw invalid.apply(token);
        }

        /** The page of a list kept whole that starts where {@code token} points (the start when null): at most {@code max} items. */
        public <T> Page<T> page(List<T> all, String token, int max) {
            int start = token == null ? 0 : index(token);
            int end = (int) Math.min(all.size(), (long) start + max);
            return new Page<>(all.subList(Math.min(start, all.size()), end), end < all.size() ? token(Integer.toString(end)) : null);
        }

        /**
         * The page of a list sorted by {@code key} that follows the key {@code token} names (the
         * start when null): at most {@code max} items. Items added or removed between pages move
         * no other item from its page.
         */
        public <T> Page<T> after(List<T> sorted, Function<T, String> key, String token, int max) {
            String after = token == null ? null : position(token);
            List<T> rest = after == null ? sorted : sorted.stream().filter(t -> key.apply(t).compareTo(after) > 0).toList();
            if (rest.size() <= max) {
                return new Page<>(rest, null);
            }
            List<T> page = rest.subList(0, max);
            return new Page<>(page, token(key.apply(page.getLast())));
        }

        private int index(String token) {
            try {
                int i = Integer.parseInt(position(token));
                if (i >= 0) {
                    return i;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw invalid.apply(token);
        }

        private byte[] check(byte[] secret, byte[] position) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret, "HmacSHA256"));
                mac.update(scope.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0);
                return Arrays.copyOf(mac.doFinal(position), CHECK_BYTES);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
            }
        }
    }
}
