package dev.stratus.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a Logs Insights query: names ({@code @message}, {@code a.b}, {@code `odd name`}),
 * numbers, durations ({@code 5m}), 'strings' and "strings", /regular expressions/ (where a value
 * may stand, so that / after a value divides) and symbols. A token remembers where it starts, for
 * MalformedQueryException's position.
 */
final class InsightsLexer {
    enum Kind { NAME, NUMBER, DURATION, STRING, REGEX, SYMBOL, END }

    record Token(Kind kind, String text, int position) {
        boolean is(String symbolOrWord) {
            return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equalsIgnoreCase(symbolOrWord);
        }
    }

    private static final List<String> SYMBOLS = List.of("!=", "<=", ">=", "=~", "==", "|", ",", "(", ")", "[", "]", "=", "<", ">", "+", "-",
            "*", "/", "%", "^");

    private InsightsLexer() {
    }

    static List<Token> tokens(String query) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (true) {
            while (i < n && Character.isWhitespace(query.charAt(i))) {
                i++;
            }
            if (i >= n) {
                out.add(new Token(Kind.END, "", i));
                return out;
            }
            char c = query.charAt(i);
            int start = i;
            if (c == '\'' || c == '"') {
                StringBuilder s = new StringBuilder();
                i++;
                while (i < n && query.charAt(i) != c) {
                    if (query.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    s.append(query.charAt(i++));
                }
                if (i >= n) {
                    throw InsightsQuery.malformed("unterminated string", start);
                }
                i++;
                out.add(new Token(Kind.STRING, s.toString(), start));
            } else if (c == '/' && expectsValue(out)) {
                StringBuilder s = new StringBuilder();
                i++;
                while (i < n && query.charAt(i) != '/') {
                    if (query.charAt(i) == '\\' && i + 1 < n && query.charAt(i + 1) == '/') {
                        i++;
                    }
                    s.append(query.charAt(i++));
                }
                if (i >= n) {
                    throw InsightsQuery.malformed("unterminated regular expression", start);
                }
                i++;
                // flags after the closing slash (AWS takes none but i); kept as an inline flag
                if (i < n && query.charAt(i) == 'i' && (i + 1 >= n || !Character.isLetterOrDigit(query.charAt(i + 1)))) {
                    s.insert(0, "(?i)");
                    i++;
                }
                out.add(new Token(Kind.REGEX, s.toString(), start));
            } else if (c == '`') {
                int end = query.indexOf('`', i + 1);
                if (end < 0) {
                    throw InsightsQuery.malformed("unterminated field name", start);
                }
                out.add(new Token(Kind.NAME, query.substring(i + 1, end), start));
                i = end + 1;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(query.charAt(i + 1)))) {
                while (i < n && (Character.isDigit(query.charAt(i)) || query.charAt(i) == '.')) {
                    i++;
                }
                if (i < n && (query.charAt(i) == 'e' || query.charAt(i) == 'E') && i + 1 < n
                        && (Character.isDigit(query.charAt(i + 1)) || query.charAt(i + 1) == '-')) {
                    i += 2;
                    while (i < n && Character.isDigit(query.charAt(i))) {
                        i++;
                    }
                }
                int unitStart = i;
                while (i < n && Character.isLetter(query.charAt(i))) {
                    i++;
                }
                out.add(new Token(unitStart == i ? Kind.NUMBER : Kind.DURATION, query.substring(start, i), start));
            } else if (Character.isLetter(c) || c == '@' || c == '_' || c == '$') {
                while (i < n && (Character.isLetterOrDigit(query.charAt(i)) || "@_.$".indexOf(query.charAt(i)) >= 0)) {
                    i++;
                }
                out.add(new Token(Kind.NAME, query.substring(start, i), start));
            } else {
                String symbol = SYMBOLS.stream().filter(s -> query.startsWith(s, start)).findFirst()
                        .orElseThrow(() -> InsightsQuery.malformed("unexpected symbol found " + c, start));
                i += symbol.length();
                out.add(new Token(Kind.SYMBOL, symbol, start));
            }
        }
    }

    /** Whether a / here starts a regular expression: nothing that ends a value comes before it. */
    private static boolean expectsValue(List<Token> before) {
        if (before.isEmpty()) {
            return true;
        }
        Token last = before.getLast();
        if (before.size() >= 2 && before.get(before.size() - 2).is("parse")) {
            return true;
        }
        return switch (last.kind()) {
            case NUMBER, DURATION, STRING, REGEX -> false;
            case NAME -> isWord(last.text());
            case SYMBOL -> !last.text().equals(")") && !last.text().equals("]");
            case END -> true;
        };
    }

    private static boolean isWord(String name) {
        return switch (name.toLowerCase()) {
            case "like", "and", "or", "not", "in", "filter", "parse", "as" -> true;
            default -> false;
        };
    }
}
