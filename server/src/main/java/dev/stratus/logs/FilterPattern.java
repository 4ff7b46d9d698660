package dev.stratus.logs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * CloudWatch Logs filter patterns, as FilterLogEvents and metric and subscription filters use them:
 * <ul>
 * <li>terms: {@code ERROR "out of memory" -DEBUG ?WARN ?FATAL} — every plain term and quoted phrase
 * must occur, no {@code -} term may, and of the {@code ?} terms at least one must;</li>
 * <li>JSON: {@code { ($.level = "ERROR" || $.latency > 500) && $.user.id NOT EXISTS }} with
 * = != &lt; &gt; &lt;= &gt;=, IS TRUE / FALSE / NULL, EXISTS, * wildcards in strings, [n] and [*];</li>
 * <li>space-delimited: {@code [ip, user, ..., status=4*, bytes>1000]} over the message's
 * whitespace-separated fields ("quoted" and [bracketed] fields count as one).</li>
 * </ul>
 */
final class FilterPattern {
    private FilterPattern() {
    }

    static Predicate<String> parse(String pattern) {
        String p = pattern == null ? "" : pattern.trim();
        if (p.isEmpty()) {
            return m -> true;
        }
        try {
            if (p.startsWith("{")) {
                if (!p.endsWith("}")) {
                    throw invalid();
                }
                Parser parser = new Parser(p.substring(1, p.length() - 1));
                Predicate<JsonNode> condition = parser.or();
                parser.end();
                return m -> {
                    JsonNode doc = json(m);
                    return doc != null && condition.test(doc);
                };
            }
            if (p.startsWith("[")) {
                if (!p.endsWith("]")) {
                    throw invalid();
                }
                return spaceDelimited(p.substring(1, p.length() - 1));
            }
            if (p.startsWith("%") && p.endsWith("%") && p.length() > 1) {
                throw new AwsException("NotImplemented", "Stratus does not support regular-expression filter patterns yet.", 501);
            }
            return terms(p);
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw invalid();
        }
    }

    static AwsException invalid() {
        return new AwsException("InvalidParameterException", "Invalid filter pattern");
    }

    // Terms

    private static Predicate<String> terms(String p) {
        List<String> required = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<String> anyOf = new ArrayList<>();
        for (String token : tokens(p)) {
            char first = token.charAt(0);
            if ((first == '-' || first == '?') && token.length() > 1) {
                (first == '-' ? excluded : anyOf).add(unquote(token.substring(1)));
            } else {
                required.add(unquote(token));
            }
        }
        return m -> required.stream().allMatch(m::contains) && excluded.stream().noneMatch(m::contains)
                && (anyOf.isEmpty() || anyOf.stream().anyMatch(m::contains));
    }

    /** Whitespace-separated tokens; a "quoted" run (with \" escapes) is one token, quotes kept. */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                break;
            }
            int start = i;
            boolean quoted = false;
            while (i < s.length() && (quoted || !Character.isWhitespace(s.charAt(i)))) {
                char c = s.charAt(i);
                if (c == '\\' && quoted) {
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                }
                i++;
            }
            if (quoted) {
                throw invalid();
            }
            out.add(s.substring(start, i));
        }
        return out;
    }

    private static String unquote(String t) {
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            return t.substring(1, t.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return t;
    }

    // Space-delimited

    private record Field(String op, Comparison comparison) {
        static final Field ELLIPSIS = new Field("...", null);

        boolean test(String token) {
            return op == null || comparison.test(token);
        }
    }

    private static final Pattern FIELD = Pattern.compile("([A-Za-z0-9_]+)\\s*(!=|<=|>=|=|<|>)\\s*(.+)");

    private static Predicate<String> spaceDelimited(String spec) {
        List<Field> fields = new ArrayList<>();
        for (String part : spec.split(",", -1)) {
            String f = part.trim();
            if (f.equals("...")) {
                fields.add(Field.ELLIPSIS);
                continue;
            }
            java.util.regex.Matcher m = FIELD.matcher(f);
            if (m.matches()) {
                fields.add(new Field(m.group(2), new Comparison(m.group(2), unquote(m.group(3).trim()))));
            } else if (f.matches("[A-Za-z0-9_]+")) {
                fields.add(new Field(null, null));
            } else {
                throw invalid();
            }
        }
        int ellipsis = fields.indexOf(Field.ELLIPSIS);
        if (ellipsis != fields.lastIndexOf(Field.ELLIPSIS)) {
            throw invalid();
        }
        return message -> {
            List<String> words = fieldsOf(message);
            if (ellipsis < 0) {
                if (words.size() != fields.size()) {
                    return false;
                }
                for (int i = 0; i < fields.size(); i++) {
                    if (!fields.get(i).test(words.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            int after = fields.size() - ellipsis - 1;
            if (words.size() < ellipsis + after) {
                return false;
            }
            for (int i = 0; i < ellipsis; i++) {
                if (!fields.get(i).test(words.get(i))) {
                    return false;
                }
            }
            for (int i = 0; i < after; i++) {
                if (!fields.get(fields.size() - 1 - i).test(words.get(words.size() - 1 - i))) {
                    return false;
                }
            }
            return true;
        };
    }

    /** A message's fields: whitespace-separated, with "…" and […] runs as single fields (delimiters dropped). */
    private static List<String> fieldsOf(String message) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < message.length()) {
            char c = message.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '[') {
                char close = c == '"' ? '"' : ']';
                int end = message.indexOf(close, i + 1);
                end = end < 0 ? message.length() : end;
                out.add(message.substring(i + 1, end));
                i = end + 1;
            } else {
                int start = i;
                while (i < message.length() && !Character.isWhitespace(message.charAt(i))) {
                    i++;
                }
                out.add(message.substring(start, i));
            }
        }
        return out;
    }

    // Comparisons shared by JSON and space-delimited patterns, prepared once per pattern

    /** A value compared with an operator: numerically when both sides are numbers, else as a glob. */
    private record Comparison(String op, String expected, BigDecimal number, Glob glob) {
        Comparison(String op, String expected) {
            this(op, expected, FilterPattern.number(expected), new Glob(expected));
        }

        boolean test(String actual) {
            BigDecimal a = number == null ? null : FilterPattern.number(actual);
            if (a != null) {
                int c = a.compareTo(number);
                return switch (op) {
                    case "=" -> c == 0;
                    case "!=" -> c != 0;
                    case "<" -> c < 0;
                    case ">" -> c > 0;
                    case "<=" -> c <= 0;
                    default -> c >= 0;
                };
            }
            return switch (op) {
                case "=" -> glob.matches(actual);
                case "!=" -> !glob.matches(actual);
                default -> false;
            };
        }
    }

    /**
     * A * wildcard match in linear time: the first and last pieces anchor the ends, the pieces
     * between are found left to right. (A regex of .* pieces can backtrack for ever on a crafted
     * pattern, and a filter runs while the store is held.)
     */
    private record Glob(String[] pieces) {
        Glob(String pattern) {
            this(pattern.split("\\*", -1));
        }

        boolean matches(String s) {
            if (pieces.length == 1) {
                return s.equals(pieces[0]);
            }
            String first = pieces[0];
            String last = pieces[pieces.length - 1];
            if (!s.startsWith(first) || !s.endsWith(last) || s.length() < first.length() + last.length()) {
                return false;
            }
            int at = first.length();
            int end = s.length() - last.length();
            for (int i = 1; i < pieces.length - 1; i++) {
                int found = s.indexOf(pieces[i], at);
                if (found < 0 || found + pieces[i].length() > end) {
                    return false;
                }
                at = found + pieces[i].length();
            }
            return true;
        }
    }

    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static JsonNode json(String message) {
        String m = message.trim();
        if (!m.startsWith("{") && !m.startsWith("[")) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(m);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    // JSON conditions: a small recursive-descent parser

    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Predicate<JsonNode> or() {
            Predicate<JsonNode> left = and();
            while (eat("||")) {
                Predicate<JsonNode> l = left;
                Predicate<JsonNode> r = and();
                left = d -> l.test(d) || r.test(d);
            }
            return left;
        }

        Predicate<JsonNode> and() {
            Predicate<JsonNode> left = unary();
            while (eat("&&")) {
                Predicate<JsonNode> l = left;
                Predicate<JsonNode> r = unary();
                left = d -> l.test(d) && r.test(d);
            }
            return left;
        }

        Predicate<JsonNode> unary() {
            if (eat("(")) {
                Predicate<JsonNode> inner = or();
                expect(")");
                return inner;
            }
            List<Object> selector = selector();
            if (eatWord("IS")) {
                String what = word();
                return switch (what) {
                    case "TRUE" -> d -> select(d, selector).stream().anyMatch(n -> n.isBoolean() && n.booleanValue());
                    case "FALSE" -> d -> select(d, selector).stream().anyMatch(n -> n.isBoolean() && !n.booleanValue());
                    case "NULL" -> d -> select(d, selector).stream().anyMatch(JsonNode::isNull);
                    default -> throw invalid();
                };
            }
            if (eatWord("NOT")) {
                if (!eatWord("EXISTS")) {
                    throw invalid();
                }
                return d -> select(d, selector).isEmpty();
            }
            if (eatWord("EXISTS")) {
                return d -> !select(d, selector).isEmpty();
            }
            String op = operator();
            String value = value();
            boolean quoted = value.startsWith("\"");
            Comparison comparison = new Comparison(op, unquote(value));
            return d -> select(d, selector).stream().anyMatch(n -> matches(n, comparison, quoted));
        }

        /** Unquoted numbers compare numerically with numeric fields; everything else as text, with * wildcards. */
        private static boolean matches(JsonNode n, Comparison c, boolean quoted) {
            if (n.isContainerNode() || n.isNull()) {
                return false;
            }
            if (!quoted && n.isNumber()) {
                return c.test(n.asText());
            }
            if (!c.op().equals("=") && !c.op().equals("!=")) {
                return false;
            }
            return c.op().equals("=") == c.glob().matches(n.asText());
        }

        /** $.a.b[0].*: names, indexes, and * for every member or element. */
        private List<Object> selector() {
            skip();
            if (!eat("$")) {
                throw invalid();
            }
            List<Object> path = new ArrayList<>();
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '.') {
                    i++;
                    int start = i;
                    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '-'
                            || s.charAt(i) == '*')) {
                        i++;
                    }
                    if (start == i) {
                        throw invalid();
                    }
                    path.add(s.substring(start, i));
                } else if (c == '[') {
                    int end = s.indexOf(']', i);
                    String idx = s.substring(i + 1, end).trim();
                    path.add(idx.equals("*") ? "*" : Integer.parseInt(idx));
                    i = end + 1;
                } else {
                    break;
                }
            }
            return path;
        }

        private static List<JsonNode> select(JsonNode doc, List<Object> path) {
            List<JsonNode> current = List.of(doc);
            for (Object step : path) {
                List<JsonNode> next = new ArrayList<>();
                for (JsonNode n : current) {
                    if ("*".equals(step)) {
                        n.forEach(next::add);
                    } else if (step instanceof Integer idx) {
                        if (n.isArray() && n.has(idx)) {
                            next.add(n.get(idx));
                        }
                    } else if (n.isObject() && n.has((String) step)) {
                        next.add(n.get((String) step));
                    }
                }
                current = next;
            }
            return current;
        }

        private String operator() {
            skip();
            for (String op : List.of("!=", "<=", ">=", "=", "<", ">")) {
                if (s.startsWith(op, i)) {
                    i += op.length();
                    return op;
                }
            }
            throw invalid();
        }

        private String value() {
            skip();
            int start = i;
            if (i < s.length() && s.charAt(i) == '"') {
                i++;
                while (i < s.length() && s.charAt(i) != '"') {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                if (i > s.length()) {
                    throw invalid();
                }
                return s.substring(start, i);
            }
            while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != ')' && !s.startsWith("&&", i)
                    && !s.startsWith("||", i)) {
                i++;
            }
            if (start == i) {
                throw invalid();
            }
            return s.substring(start, i);
        }

        private String word() {
            skip();
            int start = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            return s.substring(start, i).toUpperCase();
        }

        private boolean eatWord(String w) {
            skip();
            if (s.regionMatches(true, i, w, 0, w.length()) && (i + w.length() == s.length() || !Character.isLetter(s.charAt(i + w.length())))) {
                i += w.length();
                return true;
            }
            return false;
        }

        private boolean eat(String token) {
            skip();
            if (s.startsWith(token, i)) {
                i += token.length();
                return true;
            }
            return false;
        }

        private void expect(String token) {
            if (!eat(token)) {
                throw invalid();
            }
        }

        void end() {
            skip();
            if (i != s.length()) {
                throw invalid();
            }
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
