package dev.stratus.logs;

import dev.stratus.logs.InsightsLexer.Kind;
import dev.stratus.logs.InsightsLexer.Token;
import dev.stratus.protocol.AwsException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Logs Insights query, parsed once and run over records (an event's fields by name): commands
 * joined by {@code |} — fields, display, filter, stats … by, sort, limit, parse (a glob with *, or
 * a regular expression with named groups), dedup — run in their order. Expressions take fields,
 * numbers, 'strings', durations, arithmetic, comparisons, like / =~ /regex/, in [...], and / or /
 * not, and the functions of {@link InsightsFunctions}. What the query shows: the stats' columns
 * after a stats, else the fields display names or else those the fields commands made (each with
 * @ptr), else @timestamp, @message, @logStream, @log and @ptr.
 */
final class InsightsQuery {
    static final List<String> DEFAULT_FIELDS = List.of("@timestamp", "@message", "@logStream", "@log", "@ptr");

    /** A compiled expression, and the text it was written as (a column's name when it has no alias). */
    interface Expr {
        Object eval(Map<String, Object> row);
    }

    /** One command of the pipeline: rows in, rows out. */
    private interface Stage {
        List<Map<String, Object>> apply(List<Map<String, Object>> rows);
    }

    /** The rows a query shows, its columns, and how many records reached its first stats (or its end) — AWS's recordsMatched. */
    record Result(List<String> columns, List<Map<String, Object>> rows, long matched) {
    }

    private final List<Stage> stages = new ArrayList<>();
    private final Set<String> fieldsMade = new LinkedHashSet<>();
    /** Fields parse extracts: shown after the default ones when no fields command names what to show. */
    private final Set<String> parsed = new LinkedHashSet<>();
    private List<String> displayed;
    private List<String> statsColumns;
    private boolean sorted;
    private int firstStats = -1;
    private long matched;

    private InsightsQuery() {
    }

    static AwsException malformed(String message, int position) {
        return new AwsException("MalformedQueryException", message + " at line 1 and position " + (position + 1));
    }

    static InsightsQuery parse(String query) {
        if (query == null || query.isBlank()) {
            throw new AwsException("MalformedQueryException", "Query string cannot be empty.");
        }
        List<Token> tokens = InsightsLexer.tokens(query);
        InsightsQuery q = new InsightsQuery();
        Parser p = new Parser(tokens, query);
        try {
            do {
                q.command(p);
            } while (p.eat("|"));
        } catch (NumberFormatException e) {
            throw malformed("invalid number", p.peek().position());
        }
        p.expectEnd();
        return q;
    }

    /** Runs the pipeline over records (oldest first); without a sort or stats, over the newest first, as AWS shows them. */
    Result run(List<Map<String, Object>> records, int limit) {
        List<Map<String, Object>> rows = records;
        if (!sorted && firstStats < 0) {
            rows = new ArrayList<>(records);
            java.util.Collections.reverse(rows);
        }
        matched = -1;
        for (int i = 0; i < stages.size(); i++) {
            if (i == firstStats) {
                matched = rows.size();
            }
            rows = stages.get(i).apply(rows);
        }
        if (matched < 0) {
            matched = rows.size();
        }
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
        }
        List<String> columns;
        if (statsColumns != null) {
            columns = statsColumns;
        } else if (displayed != null || !fieldsMade.isEmpty()) {
            // GetQueryResults answers the fields asked for "along with a @ptr field"
            columns = new ArrayList<>(displayed != null ? displayed : fieldsMade);
            if (!columns.contains("@ptr")) {
                columns.add("@ptr");
            }
        } else {
            columns = new ArrayList<>(DEFAULT_FIELDS);
            parsed.stream().filter(n -> !columns.contains(n)).forEach(columns::add);
        }
        return new Result(columns, rows, matched);
    }

    // Commands

    private void command(Parser p) {
        Token t = p.next();
        if (t.kind() != Kind.NAME) {
            throw malformed("unexpected symbol found " + t.text(), t.position());
        }
        switch (t.text().toLowerCase()) {
            case "fields" -> fields(p);
            case "display" -> display(p);
            case "filter" -> {
                Expr condition = p.expression();
                stages.add(rows -> rows.stream().filter(r -> InsightsFunctions.truthy(condition.eval(r))).toList());
            }
            case "stats" -> stats(p);
            case "sort" -> sort(p);
            case "limit" -> {
                Token n = p.next();
                if (n.kind() != Kind.NUMBER || n.text().contains(".") || Long.parseLong(n.text()) < 1 || Long.parseLong(n.text()) > 10_000) {
                    throw malformed("limit takes a whole number from 1 to 10000, found " + n.text(), n.position());
                }
                int limit = Integer.parseInt(n.text());
                stages.add(rows -> rows.size() > limit ? rows.subList(0, limit) : rows);
            }
            case "parse" -> parseCommand(p);
            case "dedup" -> dedup(p);
            default -> throw malformed("unexpected symbol found " + t.text(), t.position());
        }
    }

    private record Named(String name, Expr expr) {
    }

    private void fields(Parser p) {
        List<Named> items = new ArrayList<>();
        do {
            items.add(p.named());
        } while (p.eat(","));
        items.forEach(i -> fieldsMade.add(i.name()));
        stages.add(rows -> rows.stream().map(r -> {
            Map<String, Object> out = new LinkedHashMap<>(r);
            items.forEach(i -> out.put(i.name(), i.expr().eval(r)));
            return out;
        }).toList());
    }

    private void display(Parser p) {
        List<String> names = new ArrayList<>();
        do {
            names.add(p.fieldName());
        } while (p.eat(","));
        displayed = names;
    }

    private void stats(Parser p) {
        List<InsightsFunctions.Aggregate> aggregates = new ArrayList<>();
        List<String> aggregateNames = new ArrayList<>();
        do {
            int from = p.position();
            Token name = p.next();
            if (name.kind() != Kind.NAME || !p.peek().is("(") || !InsightsFunctions.isAggregate(name.text())) {
                throw malformed("stats takes aggregate functions (count, sum, avg, min, max, pct …), found " + name.text(), name.position());
            }
            List<Expr> args = p.arguments();
            String text = p.textFrom(from);
            aggregates.add(InsightsFunctions.aggregate(name.text().toLowerCase(), args, name.position()));
            aggregateNames.add(p.eat("as") ? p.fieldName() : text);
        } while (p.eat(","));
        List<Named> by = new ArrayList<>();
        if (p.eat("by")) {
            do {
                by.add(p.named());
            } while (p.eat(","));
        }
        List<String> columns = new ArrayList<>();
        by.forEach(b -> columns.add(b.name()));
        columns.addAll(aggregateNames);
        if (firstStats < 0) {
            firstStats = stages.size();
        }
        statsColumns = columns;
        displayed = null;
        fieldsMade.clear();
        stages.add(rows -> {
            Map<List<Object>, List<InsightsFunctions.Accumulator>> groups = new LinkedHashMap<>();
            Map<List<Object>, List<Object>> keys = new LinkedHashMap<>();
            for (Map<String, Object> r : rows) {
                List<Object> key = new ArrayList<>(by.size());
                for (Named b : by) {
                    key.add(InsightsFunctions.groupKey(b.expr().eval(r)));
                }
                List<InsightsFunctions.Accumulator> acc = groups.computeIfAbsent(key, k -> {
                    keys.put(k, by.stream().map(b -> b.expr().eval(r)).toList());
                    return aggregates.stream().map(InsightsFunctions.Aggregate::start).toList();
                });
                acc.forEach(a -> a.add(r));
            }
            if (groups.isEmpty() && by.isEmpty()) {
                groups.put(List.of(), aggregates.stream().map(InsightsFunctions.Aggregate::start).toList());
                keys.put(List.of(), List.of());
            }
            List<Map<String, Object>> out = new ArrayList<>();
            for (var g : groups.entrySet()) {
                Map<String, Object> row = new LinkedHashMap<>();
                List<Object> values = keys.get(g.getKey());
                for (int i = 0; i < by.size(); i++) {
                    row.put(by.get(i).name(), values.get(i));
                }
                for (int i = 0; i < aggregates.size(); i++) {
                    row.put(aggregateNames.get(i), g.getValue().get(i).result());
                }
                out.add(row);
            }
            return out;
        });
    }

    private void sort(Parser p) {
        Comparator<Map<String, Object>> order = null;
        do {
            Expr e = p.expression();
            boolean descending = false;
            if (p.eat("desc")) {
                descending = true;
            } else {
                p.eat("asc");
            }
            boolean desc = descending;
            Comparator<Map<String, Object>> one = (a, b) -> InsightsFunctions.compareForSort(e.eval(a), e.eval(b), desc);
            order = order == null ? one : order.thenComparing(one);
        } while (p.eat(","));
        Comparator<Map<String, Object>> finalOrder = order;
        sorted = true;
        stages.add(rows -> rows.stream().sorted(finalOrder).toList());
    }

    private void dedup(Parser p) {
        List<String> names = new ArrayList<>();
        do {
            names.add(p.fieldName());
        } while (p.eat(","));
        stages.add(rows -> {
            Set<List<Object>> seen = new HashSet<>();
            List<Map<String, Object>> out = new ArrayList<>();
            for (Map<String, Object> r : rows) {
                List<Object> key = names.stream().map(n -> InsightsFunctions.groupKey(r.get(n))).toList();
                if (key.stream().anyMatch(k -> k == null) || seen.add(key)) {
                    out.add(r);
                }
            }
            return out;
        });
    }

    /** parse FIELD "glob * with * stars" as a, b — or parse FIELD /(?<name>regex)/, whose named groups become fields. */
    private void parseCommand(Parser p) {
        Expr source = p.primary();
        Token pattern = p.next();
        Pattern regex;
        List<String> names = new ArrayList<>();
        if (pattern.kind() == Kind.STRING) {
            regex = glob(pattern.text());
            if (!p.eat("as")) {
                throw malformed("parse with a glob pattern needs as and the names of its fields", p.peek().position());
            }
            do {
                names.add(p.fieldName());
            } while (p.eat(","));
            int stars = (int) pattern.text().chars().filter(c -> c == '*').count();
            if (stars != names.size()) {
                throw malformed("the pattern has " + stars + " wildcards but " + names.size() + " field names", pattern.position());
            }
        } else if (pattern.kind() == Kind.REGEX) {
            StringBuilder rewritten = new StringBuilder();
            Matcher m = Pattern.compile("\\(\\?<([^>=!]+)>").matcher(pattern.text());
            while (m.find()) {
                names.add(m.group(1));
                m.appendReplacement(rewritten, Matcher.quoteReplacement("(?<g" + names.size() + ">"));
            }
            m.appendTail(rewritten);
            if (names.isEmpty()) {
                throw malformed("parse with a regular expression needs named groups (?<name>…)", pattern.position());
            }
            regex = compile(rewritten.toString(), pattern.position());
        } else {
            throw malformed("parse takes a \"glob\" or a /regular expression/, found " + pattern.text(), pattern.position());
        }
        parsed.addAll(names);
        stages.add(rows -> rows.stream().map(r -> {
            Map<String, Object> out = new LinkedHashMap<>(r);
            Object text = source.eval(r);
            Matcher m = text == null ? null : regex.matcher(InsightsFunctions.text(text));
            boolean found = m != null && m.find();
            for (int i = 0; i < names.size(); i++) {
                out.put(names.get(i), found ? InsightsFunctions.typed(m.group(i + 1)) : null);
            }
            return out;
        }).toList());
    }

    /** A glob's literal text quoted, each * a lazy group (the last, with nothing after it, takes the rest). */
    private static Pattern glob(String glob) {
        String[] pieces = glob.split("\\*", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pieces.length; i++) {
            if (!pieces[i].isEmpty()) {
                regex.append(Pattern.quote(pieces[i]));
            }
            if (i < pieces.length - 1) {
                regex.append(i == pieces.length - 2 && pieces[i + 1].isEmpty() ? "(.*)" : "(.*?)");
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    static Pattern compile(String regex, int position) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw malformed("invalid regular expression: " + e.getDescription(), position);
        }
    }

    // Expressions

    /** A recursive-descent parser over the tokens: or, and, not, comparisons, sums, products, unary minus, primaries. */
    static final class Parser {
        private final List<Token> tokens;
        private final String query;
        private int i;

        Parser(List<Token> tokens, String query) {
            this.tokens = tokens;
            this.query = query;
        }

        Token peek() {
            return tokens.get(i);
        }

        Token next() {
            Token t = tokens.get(i);
            if (t.kind() != Kind.END) {
                i++;
            }
            return t;
        }

        int position() {
            return i;
        }

        /** The query's text from token {@code from} to the last one taken. */
        String textFrom(int from) {
            Token last = tokens.get(i - 1);
            int end = last.position() + length(last);
            return query.substring(tokens.get(from).position(), end).trim();
        }

        private int length(Token t) {
            // strings, regular expressions and `names` lose their delimiters; find where they end in the text
            return switch (t.kind()) {
                case STRING, REGEX -> {
                    char close = t.kind() == Kind.STRING ? query.charAt(t.position()) : '/';
                    int at = t.position() + 1;
                    while (at < query.length() && query.charAt(at) != close) {
                        at += query.charAt(at) == '\\' ? 2 : 1;
                    }
                    yield at + 1 - t.position();
                }
                case NAME -> query.charAt(t.position()) == '`' ? t.text().length() + 2 : t.text().length();
                default -> t.text().length();
            };
        }

        boolean eat(String symbolOrWord) {
            if (peek().is(symbolOrWord)) {
                i++;
                return true;
            }
            return false;
        }

        void expect(String symbol) {
            if (!eat(symbol)) {
                Token t = peek();
                throw malformed(t.kind() == Kind.END ? "expected " + symbol + " at the end of the query" : "unexpected symbol found " + t.text(),
                        t.position());
            }
        }

        void expectEnd() {
            Token t = peek();
            if (t.kind() != Kind.END) {
                throw malformed("unexpected symbol found " + t.text(), t.position());
            }
        }

        String fieldName() {
            Token t = next();
            if (t.kind() != Kind.NAME) {
                throw malformed(t.kind() == Kind.END ? "expected a field name at the end of the query" : "expected a field name, found " + t.text(),
                        t.position());
            }
            return t.text();
        }

        /** An expression with its name: {@code expr as alias}, or the text it was written as. */
        Named named() {
            int from = i;
            Expr e = expression();
            String text = textFrom(from);
            return new Named(eat("as") ? fieldName() : text, e);
        }

        Expr expression() {
            Expr left = and();
            while (eat("or")) {
                Expr l = left;
                Expr r = and();
                left = row -> InsightsFunctions.truthy(l.eval(row)) || InsightsFunctions.truthy(r.eval(row));
            }
            return left;
        }

        private Expr and() {
            Expr left = not();
            while (eat("and")) {
                Expr l = left;
                Expr r = not();
                left = row -> InsightsFunctions.truthy(l.eval(row)) && InsightsFunctions.truthy(r.eval(row));
            }
            return left;
        }

        private Expr not() {
            if (eat("not")) {
                Expr inner = not();
                return row -> !InsightsFunctions.truthy(inner.eval(row));
            }
            return comparison();
        }

        private Expr comparison() {
            Expr left = sum();
            Token t = peek();
            boolean negated = false;
            if (t.is("not") && (tokens.get(i + 1).is("like") || tokens.get(i + 1).is("in"))) {
                next();
                negated = true;
                t = peek();
            }
            Expr result;
            if (t.is("like") || t.is("=~")) {
                next();
                Token pattern = next();
                Pattern regex = switch (pattern.kind()) {
                    case REGEX -> compile(pattern.text(), pattern.position());
                    case STRING -> t.is("like") ? Pattern.compile(Pattern.quote(pattern.text())) : compile(pattern.text(), pattern.position());
                    default -> throw malformed("like takes a 'string' or a /regular expression/, found " + pattern.text(), pattern.position());
                };
                result = row -> {
                    Object v = left.eval(row);
                    return v != null && regex.matcher(InsightsFunctions.text(v)).find();
                };
            } else if (t.is("in")) {
                next();
                Expr list = primary();
                result = row -> InsightsFunctions.in(left.eval(row), list.eval(row));
            } else if (t.kind() == Kind.SYMBOL && List.of("=", "==", "!=", "<", ">", "<=", ">=").contains(t.text())) {
                next();
                String op = t.text();
                Expr right = sum();
                return row -> InsightsFunctions.compare(op, left.eval(row), right.eval(row));
            } else {
                return left;
            }
            if (negated) {
                Expr positive = result;
                return row -> !InsightsFunctions.truthy(positive.eval(row));
            }
            return result;
        }

        private Expr sum() {
            Expr left = product();
            while (peek().is("+") || peek().is("-")) {
                String op = next().text();
                Expr l = left;
                Expr r = product();
                left = row -> InsightsFunctions.arithmetic(op, l.eval(row), r.eval(row));
            }
            return left;
        }

        private Expr product() {
            Expr left = unary();
            while (peek().is("*") || peek().is("/") || peek().is("%")) {
                String op = next().text();
                Expr l = left;
                Expr r = unary();
                left = row -> InsightsFunctions.arithmetic(op, l.eval(row), r.eval(row));
            }
            return left;
        }

        private Expr unary() {
            if (eat("-")) {
                Expr inner = unary();
                return row -> InsightsFunctions.arithmetic("-", 0.0, inner.eval(row));
            }
            return primary();
        }

        Expr primary() {
            Token t = next();
            switch (t.kind()) {
                case NUMBER -> {
                    Double d = Double.valueOf(t.text());
                    return row -> d;
                }
                case STRING -> {
                    String s = t.text();
                    return row -> s;
                }
                case DURATION -> {
                    long ms = InsightsFunctions.duration(t.text(), t.position());
                    return row -> (double) ms;
                }
                case REGEX -> {
                    Pattern regex = compile(t.text(), t.position());
                    return row -> regex;
                }
                case NAME -> {
                    if (peek().is("(")) {
                        if (InsightsFunctions.isAggregate(t.text()) && !InsightsFunctions.isFunction(t.text())) {
                            throw malformed(t.text() + " can only be used in stats", t.position());
                        }
                        List<Expr> args = arguments();
                        return InsightsFunctions.function(t.text().toLowerCase(), args, t.position());
                    }
                    String name = t.text();
                    return row -> row.get(name);
                }
                case SYMBOL -> {
                    if (t.text().equals("(")) {
                        Expr inner = expression();
                        expect(")");
                        return inner;
                    }
                    if (t.text().equals("[")) {
                        List<Expr> items = new ArrayList<>();
                        if (!eat("]")) {
                            do {
                                items.add(expression());
                            } while (eat(","));
                            expect("]");
                        }
                        return row -> items.stream().map(e -> e.eval(row)).toList();
                    }
                    throw malformed("unexpected symbol found " + t.text(), t.position());
                }
                default -> throw malformed("unexpected end of query", t.position());
            }
        }

        /** ( args ) — {@code *} stands for "every record" (count(*)). */
        List<Expr> arguments() {
            expect("(");
            List<Expr> args = new ArrayList<>();
            if (eat(")")) {
                return args;
            }
            do {
                if (eat("*")) {
                    args.add(row -> Boolean.TRUE);
                } else {
                    args.add(expression());
                }
            } while (eat(","));
            expect(")");
            return args;
        }
    }
}
