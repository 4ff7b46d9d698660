package dev.stratus.protocol;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * {@code application/x-www-form-urlencoded} text, as query strings and query-protocol bodies carry
 * it: one reading for both, so a malformed escape is the same error wherever it comes.
 */
public final class UrlEncoded {
    private UrlEncoded() {
    }

    /** Each {@code key=value} pair decoded, in order; a key without '=' has the value "". */
    public static void forEachPair(String raw, BiConsumer<String, String> each) {
        for (String pair : raw.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                each.accept(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new AwsException("MalformedQueryString", "The query string is malformed: " + s);
        }
    }
}
