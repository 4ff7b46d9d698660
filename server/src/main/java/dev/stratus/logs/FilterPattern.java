package dev.stratus.logs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stratus.protocol.AwsException;
import dev.stratus.protocol.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * CloudWatch Logs filter patterns, as FilterLogEvents and metric and subscription filters use them:
 * <ul>
 * <li>terms: {@code ERROR "out of memory" -DEBUG ?WARN ?FATAL} — every plain term and quoted phrase
 * must occur, no {@code -} term may, and of the {@code ?} terms at least one must;</li>
 * <li>a regular expression alone: {@code %ERROR:[0-9]{3}%}, in AWS's subset (letters, digits,
 * {@code :_#=@/;,-} and the operators {@code ^$?[]{}|\*+.}; no parentheses), found anywhere in the message;</li>
 * <li>JSON: {@code { ($.level = "ERROR" || $.latency > 500) && $.user.id NOT EXISTS }} with
 * = != &lt; &gt; &lt;= &gt;=, IS TRUE / FALSE / NULL, EXISTS, * wildcards in strings, %regex%, [n] and [*];</li>
 * <li>space-delimited: {@code [ip, user, ..., status=4* || status=5*, bytes>1000]} over the message's
 * whitespace-separated fields ("quoted" and [bracketed] fields count as one).</li>
 * </ul>
 * A match carries the values metric filters take ({@code $.latency}, {@code $bytes}); JSON and
 * space-delimited patterns hold at most two regular expressions, as AWS's quota says.
 */
final class FilterPattern implements Predicate<String> {
    static final int MAX_REGEX_PER_PATTERN = 2;
    /** Letters and digits, the symbols and the operators AWS's filter patterns allow in a regular expression. */
    private static final Pattern REGEX_CHARACTERS = Pattern.compile("[A-Za-z0-9:_#=@/;,\\-^$?\\[\\]{}|\\\\*+.]*");
    private static final Match NO_FIELDS = new Match(null, Map.of());

    private final Function<String, Match> matcher;
    private final int regexes;

    private FilterPattern(Function<String, Match> matcher, int regexes) {
        this.matcher = matcher;
        this.regexes = regexes;
    }

    /**
     * A matching message's values: the JSON document (for {@code $.path} selectors) or the named
     * fields of a space-delimited pattern ({@code $name}); {@code extracted} is what TestMetricFilter shows.
     */
    record Match(JsonNode json, Map<String, String> extracted) {

        /** The value a metric filter's {@code $.path} or {@code $field} names, or null when the event has none (or a non-scalar there). */
        String value(String selector) {
            if (selector.startsWith("$.") && json != null) {
                return Parser.select(json, path(selector)).stream().filter(n -> n.isValueNode() && !n.isNull()).map(JsonNode::asText)
                        .findFirst().orElse(null);
            }
            return extracted.get(selector);
        }
    }

    /** A {@code $.a.b[0]} selector's steps; InvalidParameterException when it is not one. */
    static List<Object> path(String selector) {
        try {
            Parser p = new Parser(selector);
            List<Object> path = p.selector();
            p.end();
            return path;
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw invalid();
        }
    }

    static FilterPattern parse(String pattern) {
        String p = pattern == null ? "" : pattern.trim();
        if (p.isEmpty()) {
            return new FilterPattern(m -> NO_FIELDS, 0);
        }
        try {
            if (p.startsWith("{")) {
                if (!p.endsWith("}")) {
                    throw invalid();
                }
                Parser parser = new Parser(p.substring(1, p.length() - 1));
                Predicate<JsonNode> condition = parser.or();
                parser.end();
                Map<String, List<Object>> selectors = parser.selectors;
                return limited(new FilterPattern(m -> {
                    JsonNode doc = json(m);
                    return doc != null && condition.test(doc) ? jsonMatch(doc, selectors) : null;
                }, parser.regexes));
            }
            if (p.startsWith("[")) {
                if (!p.endsWith("]")) {
                    throw invalid();
                }
                return limited(spaceDelimited(p.substring(1, p.length() - 1)));
            }
            if (p.startsWith("%") && p.endsWith("%") && p.length() > 1) {
                Pattern regex = regex(p.substring(1, p.length() - 1));
                return new FilterPattern(m -> regex.matcher(m).find() ? NO_FIELDS : null, 1);
            }
            Predicate<String> terms = terms(p);
            return new FilterPattern(m -> terms.test(m) ? NO_FIELDS : null, 0);
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw invalid();
        }
    }

    @Override
    public boolean test(String message) {
        return matcher.apply(message) != null;
    }

    /** The message's values when it matches, else null. */
    Match match(String message) {
        return matcher.apply(message);
    }

    /** How many regular expressions the pattern holds (AWS counts filters with any against a quota per log group). */
    int regexes() {
        return regexes;
    }

    static AwsException invalid() {
        return new AwsException("InvalidParameterException", "Invalid filter pattern");
    }

    private static FilterPattern limited(FilterPattern p) {
        if (p.regexes > MAX_REGEX_PER_PATTERN) {
            throw new AwsException("InvalidParameterException", "A filter pattern can contain at most " + MAX_REGEX_PER_PATTERN
                    + " regular expressions.");
        }
        return p;
    }

    /** A regular expression of AWS's subset, compiled; it is searched for, not matched whole. */
    static Pattern regex(String body) {
        if (body.isEmpty() || !REGEX_CHARACTERS.matcher(body).matches()) {
            throw invalid();
        }
        try {
            return Pattern.compile(body);
        } catch (PatternSyntaxException e) {
            throw invalid();
        }
    }

    private static Match jsonMatch(JsonNode doc, Map<String, List<Object>> selectors) {
        Map<String, String> extracted = new LinkedHashMap<>();
        selectors.forEach((text, path) -> Parser.select(doc, path).stream().filter(JsonNode::isValueNode).findFirst()
                .ifPresent(n -> extracted.put(text, n.isNull() ? "null" : n.asText())));
        return new Match(doc, extracted);
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

    /** One position of a space-delimited pattern: its name, and the conditions on its value (any of the alternatives, each all of its parts). */
    private record Field(String name, List<List<Comparison>> alternatives) {
        static final Field ELLIPSIS = new Field("...", List.of());

        boolean test(String token) {
            return alternatives.isEmpty() || alternatives.stream().anyMatch(all -> all.stream().allMatch(c -> c.test(token)));
        }
    }

    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern CONDITION = Pattern.compile("([A-Za-z0-9_]+)\\s*(!=|<=|>=|=|<|>)\\s*(.+)");

    private static FilterPattern spaceDelimited(String spec) {
        List<Field> fields = new ArrayList<>();
        int[] regexes = {0};
        for (String part : splitOutside(spec, ",")) {
            String f = part.trim();
            if (f.equals("...")) {
                fields.add(Field.ELLIPSIS);
            } else if (FIELD_NAME.matcher(f).matches()) {
                fields.add(new Field(f, List.of()));
            } else {
                fields.add(field(f, regexes));
            }
        }
        int ellipsis = fields.indexOf(Field.ELLIPSIS);
        if (ellipsis != fields.lastIndexOf(Field.ELLIPSIS)) {
            throw invalid();
        }
        return new FilterPattern(message -> {
            List<String> words = fieldsOf(message);
            Map<String, String> extracted = new LinkedHashMap<>();
            int after = ellipsis < 0 ? 0 : fields.size() - ellipsis - 1;
            if (ellipsis < 0 ? words.size() != fields.size() : words.size() < ellipsis + after) {
                return null;
            }
            for (int i = 0; i < fields.size(); i++) {
                if (i == ellipsis) {
                    continue;
                }
                String word = ellipsis >= 0 && i > ellipsis ? words.get(words.size() - (fields.size() - i)) : words.get(i);
                Field field = fields.get(i);
                if (!field.test(word)) {
                    return null;
                }
                extracted.put("$" + field.name(), word);
            }
            return new Match(null, extracted);
        }, regexes[0]);
    }

    /** {@code name op value}, alternatives joined by ||, parts by &&, every one naming the field's own name. */
    private static Field field(String spec, int[] regexes) {
        String name = null;
        List<List<Comparison>> alternatives = new ArrayList<>();
        for (String alternative : splitOutside(spec, "||")) {
            List<Comparison> all = new ArrayList<>();
            for (String part : splitOutside(alternative, "&&")) {
                java.util.regex.Matcher m = CONDITION.matcher(part.trim());
                if (!m.matches() || (name != null && !name.equals(m.group(1)))) {
                    throw invalid();
                }
                name = m.group(1);
                String value = m.group(3).trim();
                boolean quoted = value.startsWith("\"");
                regexes[0] += !quoted && isRegex(value) ? 1 : 0;
                all.add(new Comparison(m.group(2), value, quoted));
            }
            alternatives.add(all);
        }
        return new Field(name, alternatives);
    }

    /** Splits on {@code separator} outside "quotes" and %regular expressions%. */
    private static List<String> splitOutside(String s, String separator) {
        List<String> out = new ArrayList<>();
        boolean quoted = false;
        boolean regex = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' && !regex) {
                quoted = !quoted;
            } else if (c == '%' && !quoted) {
                regex = !regex;
            } else if (!quoted && !regex && s.startsWith(separator, i)) {
                out.add(s.substring(start, i));
                start = i + separator.length();
                i += separator.length() - 1;
            }
        }
        if (quoted || regex) {
            throw invalid();
        }
        out.add(s.substring(start));
        return out;
    }

    private static boolean isRegex(String value) {
        return value.length() > 1 && value.startsWith("%") && value.endsWith("%");
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

    /**
     * A value compared with an operator: numerically when both sides are numbers, else as a glob,
     * or as a regular expression searched for when written {@code %…%} (= and != only).
     */
    private record Comparison(String op, String expected, BigDecimal number, Glob glob, Pattern regex) {
        /** {@code expected} as written: a %regex% is one only when it was not "quoted". */
        Comparison(String op, String expected, boolean quoted) {
            this(op, quoted ? unquote(expected) : expected, !quoted && isRegex(expected) ? null : FilterPattern.number(unquote(expected)),
                    new Glob(quoted ? unquote(expected) : expected), !quoted && isRegex(expected) ? regexOperand(op, expected) : null);
        }

        private static Pattern regexOperand(String op, String expected) {
            if (!op.equals("=") && !op.equals("!=")) {
                throw invalid();
            }
            return FilterPattern.regex(expected.substring(1, expected.length() - 1));
        }

        boolean test(String actual) {
            if (regex != null) {
                return op.equals("=") == regex.matcher(actual).find();
            }
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
            return textual(actual);
        }

        /** As text: = and != by glob or regular expression; ordering operators never hold. */
        boolean textual(String actual) {
            if (regex != null) {
                return op.equals("=") == regex.matcher(actual).find();
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
        /** The selectors the pattern names, by their text, for TestMetricFilter's extracted values. */
        final Map<String, List<Object>> selectors = new LinkedHashMap<>();
        int regexes;

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
            skip();
            int from = i;
            List<Object> selector = selector();
            selectors.put(s.substring(from, i), selector);
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
            regexes += !quoted && isRegex(value) ? 1 : 0;
            Comparison comparison = new Comparison(op, value, quoted);
            return d -> select(d, selector).stream().anyMatch(n -> matches(n, comparison, quoted));
        }

        /** Unquoted numbers compare numerically with numeric fields; everything else as text, with * wildcards or a %regex%. */
        private static boolean matches(JsonNode n, Comparison c, boolean quoted) {
            if (n.isContainerNode() || n.isNull()) {
                return false;
            }
            if (!quoted && n.isNumber() && c.regex() == null) {
                return c.test(n.asText());
            }
            return c.textual(n.asText());
        }

        /** $.a.b[0].*: names, indexes, and * for every member or element. */
        List<Object> selector() {
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

        static List<JsonNode> select(JsonNode doc, List<Object> path) {
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
            if (i < s.length() && s.charAt(i) == '%') {
                int end = s.indexOf('%', i + 1);
                if (end < 0) {
                    throw invalid();
                }
                i = end + 1;
                return s.substring(start, i);
            }
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
