package dev.stratus.platform.identity;

/**
 * A pattern in IAM's wildcards: {@code *} any run of characters (none too), {@code ?} exactly one.
 * Characters a policy variable put in ({@code ${*}}, or a user name holding a {@code *}) are
 * literal, so each character carries whether it is a wildcard. Matching is case-sensitive; a
 * case-insensitive match lowers both sides first.
 */
final class Wildcard {
    private final String text;
    /** Null when every {@code *} and {@code ?} in the text is a wildcard. */
    private final boolean[] literal;
    private final Shape shape;

    private enum Shape { EXACT, ANY, PREFIX, GENERAL }

    private Wildcard(String text, boolean[] literal) {
        this.text = text;
        this.literal = literal;
        this.shape = shapeOf(text, literal);
    }

    /** A pattern whose {@code *} and {@code ?} are all wildcards. */
    static Wildcard of(String pattern) {
        return new Wildcard(pattern, null);
    }

    /** A pattern with the wildcards and literal characters a {@link Template} resolved. */
    static Wildcard of(String text, boolean[] literal) {
        return new Wildcard(text, literal);
    }

    /**
     * The six colon-separated parts of an ARN pattern, each matched on its own as ArnLike does (the last part
     * keeps any further colons); null when the pattern has fewer parts.
     */
    Wildcard[] arnParts() {
        Wildcard[] out = new Wildcard[6];
        int from = 0;
        for (int i = 0; i < 5; i++) {
            int colon = text.indexOf(':', from);
            if (colon < 0) {
                return null;
            }
            out[i] = slice(from, colon);
            from = colon + 1;
        }
        out[5] = slice(from, text.length());
        return out;
    }

    private Wildcard slice(int from, int to) {
        return new Wildcard(text.substring(from, to), literal == null ? null : java.util.Arrays.copyOfRange(literal, from, to));
    }

    boolean matches(String value) {
        return switch (shape) {
            case EXACT -> text.equals(value);
            case ANY -> true;
            case PREFIX -> value.startsWith(text.substring(0, text.length() - 1));
            case GENERAL -> glob(value);
        };
    }

    /** Whether the character at {@code i} is a wildcard {@code *} or {@code ?}. */
    private boolean wild(int i, char c) {
        return (c == '*' || c == '?') && (literal == null || !literal[i]);
    }

    /** Greedy matching that backs up to the last {@code *}: linear in practice, never exponential. */
    private boolean glob(String value) {
        int p = 0;
        int v = 0;
        int star = -1;
        int resume = 0;
        int n = text.length();
        while (v < value.length()) {
            char c = p < n ? text.charAt(p) : 0;
            if (p < n && c == '*' && wild(p, c)) {
                star = p++;
                resume = v;
            } else if (p < n && (c == '?' && wild(p, c) || c == value.charAt(v))) {
                p++;
                v++;
            } else if (star >= 0) {
                p = star + 1;
                v = ++resume;
            } else {
                return false;
            }
        }
        while (p < n && text.charAt(p) == '*' && wild(p, '*')) {
            p++;
        }
        return p == n;
    }

    private static Shape shapeOf(String text, boolean[] literal) {
        int wildcards = 0;
        int lastWild = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '*' || c == '?') && (literal == null || !literal[i])) {
                wildcards++;
                lastWild = i;
            }
        }
        if (wildcards == 0) {
            return Shape.EXACT;
        }
        if (wildcards == 1 && lastWild == text.length() - 1 && text.charAt(lastWild) == '*') {
            return text.length() == 1 ? Shape.ANY : Shape.PREFIX;
        }
        return Shape.GENERAL;
    }

    @Override
    public String toString() {
        return text;
    }
}
