package dev.stratus.cloudwatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * CloudWatch's metric math: an expression parsed into a tree and evaluated over series of values
 * by timestamp. Values are scalars, series, or arrays of series (METRICS(), [m1, m2]). Arithmetic
 * between two series keeps the timestamps both have; between a series and a scalar, every point.
 * A point whose result is not a finite number (a division by zero) is left out, as CloudWatch
 * leaves it out.
 */
final class MetricMath {

    /** An expression the parser refused, or one that cannot be evaluated; its message says why. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    sealed interface Node {
    }

    record Num(double value) implements Node {
    }

    record Str(String value) implements Node {
    }

    record Ref(String id) implements Node {
    }

    record Call(String function, List<Node> args) implements Node {
    }

    record Binary(String op, Node left, Node right) implements Node {
    }

    record Negate(Node operand) implements Node {
    }

    record ArrayOf(List<Node> items) implements Node {
    }

    sealed interface Value {
    }

    record Scalar(double value) implements Value {
    }

    /** A series: its label, its period and its points by timestamp (epoch millis). */
    record Line(String label, long periodMillis, NavigableMap<Long, Double> points) implements Value {
    }

    record Lines(List<Line> lines) implements Value {
    }

    /** What an expression reads: the other queries by id, and the time range it covers. */
    interface Context {
        /** The value of the query with this id; Invalid when there is none. */
        Value reference(String id);

        /** The MetricStat queries' series whose id contains {@code filter} (all when empty), in query order. */
        List<Line> metrics(String filter);

        long startMillis();

        long endMillis();

        /** The period of series an expression makes from scalars (TIME_SERIES), in millis. */
        long defaultPeriodMillis();
    }

    private MetricMath() {
    }

    // ---- parsing ----

    static Node parse(String text) {
        Parser p = new Parser(text);
        Node n = p.or();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw new Invalid("Unexpected character '" + text.charAt(p.pos) + "' at position " + (p.pos + 1) + ".");
        }
        return n;
    }

    /** The ids an expression refers to directly. */
    static void references(Node n, List<String> out) {
        switch (n) {
            case Ref r -> out.add(r.id());
            case Call c -> c.args().forEach(a -> references(a, out));
            case Binary b -> {
                references(b.left(), out);
                references(b.right(), out);
            }
            case Negate ng -> references(ng.operand(), out);
            case ArrayOf a -> a.items().forEach(i -> references(i, out));
            default -> {
            }
        }
    }

    /** Whether the expression calls METRICS(), so that it depends on every MetricStat query. */
    static boolean callsMetrics(Node n) {
        return switch (n) {
            case Call c -> c.function().equals("METRICS") || c.args().stream().anyMatch(MetricMath::callsMetrics);
            case Binary b -> callsMetrics(b.left()) || callsMetrics(b.right());
            case Negate ng -> callsMetrics(ng.operand());
            case ArrayOf a -> a.items().stream().anyMatch(MetricMath::callsMetrics);
            default -> false;
        };
    }

    private static final class Parser {
        private final String text;
        int pos;

        Parser(String text) {
            this.text = text;
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        boolean eat(String token) {
            skipSpace();
            if (text.startsWith(token, pos)) {
                boolean word = Character.isLetter(token.charAt(0));
                int after = pos + token.length();
                if (word && after < text.length() && (Character.isLetterOrDigit(text.charAt(after)) || text.charAt(after) == '_')) {
                    return false;
                }
                pos = after;
                return true;
            }
            return false;
        }

        Node or() {
            Node left = and();
            while (eat("OR") || eat("||")) {
                left = new Binary("OR", left, and());
            }
            return left;
        }

        Node and() {
            Node left = comparison();
            while (eat("AND") || eat("&&")) {
                left = new Binary("AND", left, comparison());
            }
            return left;
        }

        Node comparison() {
            Node left = additive();
            for (String op : List.of("==", "!=", "<=", ">=", "<", ">")) {
                if (eat(op)) {
                    return new Binary(op, left, additive());
                }
            }
            return left;
        }

        Node additive() {
            Node left = multiplicative();
            while (true) {
                if (eat("+")) {
                    left = new Binary("+", left, multiplicative());
                } else if (eat("-")) {
                    left = new Binary("-", left, multiplicative());
                } else {
                    return left;
                }
            }
        }

        Node multiplicative() {
            Node left = unary();
            while (true) {
                if (eat("*")) {
                    left = new Binary("*", left, unary());
                } else if (eat("/")) {
                    left = new Binary("/", left, unary());
                } else {
                    return left;
                }
            }
        }

        Node unary() {
            if (eat("-")) {
                return new Negate(unary());
            }
            if (eat("+")) {
                return unary();
            }
            return power();
        }

        Node power() {
            Node base = primary();
            if (eat("^")) {
                return new Binary("^", base, unary());
            }
            return base;
        }

        Node primary() {
            skipSpace();
            if (pos >= text.length()) {
                throw new Invalid("The expression ends where a value was expected.");
            }
            char c = text.charAt(pos);
            if (eat("(")) {
                Node inner = or();
                expect(")");
                return inner;
            }
            if (eat("[")) {
                List<Node> items = new ArrayList<>();
                if (!eat("]")) {
                    do {
                        items.add(or());
                    } while (eat(","));
                    expect("]");
                }
                return new ArrayOf(items);
            }
            if (c == '"' || c == '\'') {
                int end = text.indexOf(c, pos + 1);
                if (end < 0) {
                    throw new Invalid("Unterminated string starting at position " + (pos + 1) + ".");
                }
                String s = text.substring(pos + 1, end);
                pos = end + 1;
                return new Str(s);
            }
            if (Character.isDigit(c) || c == '.') {
                int start = pos;
                while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                    pos++;
                }
                if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
                    pos++;
                    if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                        pos++;
                    }
                    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                        pos++;
                    }
                }
                try {
                    return new Num(Double.parseDouble(text.substring(start, pos)));
                } catch (NumberFormatException e) {
                    throw new Invalid("Invalid number '" + text.substring(start, pos) + "' at position " + (start + 1) + ".");
                }
            }
            if (Character.isLetter(c)) {
                int start = pos;
                while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                    pos++;
                }
                String name = text.substring(start, pos);
                if (eat("(")) {
                    List<Node> args = new ArrayList<>();
                    if (!eat(")")) {
                        do {
                            args.add(or());
                        } while (eat(","));
                        expect(")");
                    }
                    return new Call(name.toUpperCase(Locale.ROOT), args);
                }
                if (Character.isUpperCase(name.charAt(0))) {
                    // Bare upper-case words are the keywords some functions take (REPEAT, LINEAR, SUM, DESC …).
                    return new Str(name);
                }
                return new Ref(name);
            }
            throw new Invalid("Unexpected character '" + c + "' at position " + (pos + 1) + ".");
        }

        void expect(String token) {
            if (!eat(token)) {
                throw new Invalid("Expected '" + token + "' at position " + (pos + 1) + ".");
            }
        }
    }

    // ---- evaluation ----

    static Value evaluate(Node n, Context ctx) {
        return switch (n) {
            case Num num -> new Scalar(num.value());
            case Str s -> throw new Invalid("Unexpected string \"" + s.value() + "\".");
            case Ref r -> ctx.reference(r.id());
            case Negate ng -> unary(evaluate(ng.operand(), ctx), v -> -v);
            case Binary b -> binary(b.op(), evaluate(b.left(), ctx), evaluate(b.right(), ctx));
            case ArrayOf a -> {
                List<Line> lines = new ArrayList<>();
                for (Node item : a.items()) {
                    lines.addAll(lines(evaluate(item, ctx), "an array"));
                }
                yield new Lines(lines);
            }
            case Call c -> call(c, ctx);
        };
    }

    private static Value call(Call c, Context ctx) {
        List<Node> args = c.args();
        return switch (c.function()) {
            case "ABS" -> unary(one(c, ctx), Math::abs);
            case "CEIL" -> unary(one(c, ctx), Math::ceil);
            case "FLOOR" -> unary(one(c, ctx), Math::floor);
            case "LOG" -> unary(one(c, ctx), Math::log);
            case "LOG10" -> unary(one(c, ctx), Math::log10);
            case "SQRT" -> unary(one(c, ctx), Math::sqrt);
            case "SUM", "AVG", "MIN", "MAX", "STDDEV" -> aggregate(c.function(), one(c, ctx));
            case "DIFF", "RATE", "DIFF_TIME" -> perLine(one(c, ctx), c.function(), l -> consecutive(c.function(), l));
            case "PERIOD" -> {
                Value v = one(c, ctx);
                List<Line> ls = lines(v, "PERIOD");
                yield new Scalar(ls.isEmpty() ? ctx.defaultPeriodMillis() / 1000.0 : ls.getFirst().periodMillis() / 1000.0);
            }
            case "FILL" -> fill(c, ctx);
            case "IF" -> conditional(c, ctx);
            case "METRICS" -> {
                String filter = "";
                if (args.size() > 1) {
                    throw new Invalid("METRICS takes at most one argument.");
                }
                if (args.size() == 1) {
                    if (!(args.getFirst() instanceof Str s)) {
                        throw new Invalid("METRICS takes a string.");
                    }
                    filter = s.value();
                }
                yield new Lines(ctx.metrics(filter));
            }
            case "FIRST", "LAST" -> {
                List<Line> ls = lines(one(c, ctx), c.function());
                if (ls.isEmpty()) {
                    yield new Lines(List.of());
                }
                yield c.function().equals("FIRST") ? ls.getFirst() : ls.getLast();
            }
            case "SORT" -> sort(c, ctx);
            case "TIME_SERIES" -> {
                Value v = one(c, ctx);
                if (!(v instanceof Scalar s)) {
                    yield v;
                }
                TreeMap<Long, Double> points = new TreeMap<>();
                for (long t : grid(ctx, ctx.defaultPeriodMillis())) {
                    points.put(t, s.value());
                }
                yield new Line(null, ctx.defaultPeriodMillis(), points);
            }
            default -> throw new Invalid("Unrecognized function " + c.function() + ".");
        };
    }

    private static Value one(Call c, Context ctx) {
        if (c.args().size() != 1) {
            throw new Invalid(c.function() + " takes exactly one argument.");
        }
        return evaluate(c.args().getFirst(), ctx);
    }

    private static List<Line> lines(Value v, String where) {
        return switch (v) {
            case Line l -> List.of(l);
            case Lines ls -> ls.lines();
            case Scalar s -> throw new Invalid(where + " needs a time series, not a scalar.");
        };
    }

    private static Value perLine(Value v, String where, java.util.function.Function<Line, Line> f) {
        return switch (v) {
            case Line l -> f.apply(l);
            case Lines ls -> new Lines(ls.lines().stream().map(f).toList());
            case Scalar s -> throw new Invalid(where + " needs a time series, not a scalar.");
        };
    }

    private static Value unary(Value v, DoubleUnaryOperator f) {
        return switch (v) {
            case Scalar s -> new Scalar(f.applyAsDouble(s.value()));
            case Line l -> mapLine(l, f);
            case Lines ls -> new Lines(ls.lines().stream().map(l -> mapLine(l, f)).toList());
        };
    }

    private static Line mapLine(Line l, DoubleUnaryOperator f) {
        TreeMap<Long, Double> out = new TreeMap<>();
        l.points().forEach((t, x) -> put(out, t, f.applyAsDouble(x)));
        return new Line(l.label(), l.periodMillis(), out);
    }

    private static void put(Map<Long, Double> out, long t, double v) {
        if (Double.isFinite(v)) {
            out.put(t, v);
        }
    }

    static Value binary(String op, Value a, Value b) {
        DoubleBinaryOperator f = operator(op);
        if (a instanceof Lines la) {
            return new Lines(la.lines().stream().map(l -> (Line) binary(op, l, b)).toList());
        }
        if (b instanceof Lines lb) {
            return new Lines(lb.lines().stream().map(l -> (Line) binary(op, a, l)).toList());
        }
        if (a instanceof Scalar x && b instanceof Scalar y) {
            return new Scalar(f.applyAsDouble(x.value(), y.value()));
        }
        if (a instanceof Line l && b instanceof Scalar y) {
            return mapLine(l, v -> f.applyAsDouble(v, y.value()));
        }
        if (a instanceof Scalar x && b instanceof Line l) {
            return mapLine(l, v -> f.applyAsDouble(x.value(), v));
        }
        Line l = (Line) a;
        Line r = (Line) b;
        TreeMap<Long, Double> out = new TreeMap<>();
        l.points().forEach((t, x) -> {
            Double y = r.points().get(t);
            if (y != null) {
                put(out, t, f.applyAsDouble(x, y));
            }
        });
        return new Line(l.label(), l.periodMillis(), out);
    }

    private static DoubleBinaryOperator operator(String op) {
        return switch (op) {
            case "+" -> Double::sum;
            case "-" -> (x, y) -> x - y;
            case "*" -> (x, y) -> x * y;
            case "/" -> (x, y) -> x / y;
            case "^" -> Math::pow;
            case "==" -> (x, y) -> x == y ? 1 : 0;
            case "!=" -> (x, y) -> x != y ? 1 : 0;
            case "<" -> (x, y) -> x < y ? 1 : 0;
            case "<=" -> (x, y) -> x <= y ? 1 : 0;
            case ">" -> (x, y) -> x > y ? 1 : 0;
            case ">=" -> (x, y) -> x >= y ? 1 : 0;
            case "AND" -> (x, y) -> x != 0 && y != 0 ? 1 : 0;
            case "OR" -> (x, y) -> x != 0 || y != 0 ? 1 : 0;
            default -> throw new Invalid("Unknown operator " + op + ".");
        };
    }

    /** On one series: its values reduced to a scalar; on an array: one series, each timestamp's values reduced. */
    private static Value aggregate(String function, Value v) {
        return switch (v) {
            case Scalar s -> s;
            case Line l -> l.points().isEmpty() ? new Lines(List.of()) : new Scalar(reduce(function, l.points().values()));
            case Lines ls -> {
                TreeMap<Long, List<Double>> byTime = new TreeMap<>();
                for (Line l : ls.lines()) {
                    l.points().forEach((t, x) -> byTime.computeIfAbsent(t, k -> new ArrayList<>()).add(x));
                }
                TreeMap<Long, Double> out = new TreeMap<>();
                byTime.forEach((t, xs) -> put(out, t, reduce(function, xs)));
                long period = ls.lines().isEmpty() ? 0 : ls.lines().getFirst().periodMillis();
                yield new Line(null, period, out);
            }
        };
    }

    static double reduce(String function, java.util.Collection<Double> xs) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : xs) {
            sum += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double avg = sum / xs.size();
        return switch (function) {
            case "SUM" -> sum;
            case "AVG" -> avg;
            case "MIN" -> min;
            case "MAX" -> max;
            case "STDDEV" -> {
                double sq = 0;
                for (double x : xs) {
                    sq += (x - avg) * (x - avg);
                }
                yield Math.sqrt(sq / xs.size());
            }
            default -> throw new Invalid("Unknown function " + function + ".");
        };
    }

    private static Line consecutive(String function, Line l) {
        TreeMap<Long, Double> out = new TreeMap<>();
        Map.Entry<Long, Double> previous = null;
        for (Map.Entry<Long, Double> e : l.points().entrySet()) {
            if (previous != null) {
                double dt = (e.getKey() - previous.getKey()) / 1000.0;
                double dv = e.getValue() - previous.getValue();
                put(out, e.getKey(), switch (function) {
                    case "DIFF" -> dv;
                    case "RATE" -> dv / dt;
                    default -> dt;
                });
            }
            previous = e;
        }
        return new Line(l.label(), l.periodMillis(), out);
    }

    private static Value fill(Call c, Context ctx) {
        if (c.args().size() != 2) {
            throw new Invalid("FILL takes two arguments: a time series and a value, REPEAT or LINEAR.");
        }
        Value series = evaluate(c.args().getFirst(), ctx);
        Node how = c.args().get(1);
        String mode;
        double constant = 0;
        if (how instanceof Str s && (s.value().equalsIgnoreCase("REPEAT") || s.value().equalsIgnoreCase("LINEAR"))) {
            mode = s.value().toUpperCase(Locale.ROOT);
        } else if (evaluate(how, ctx) instanceof Scalar s) {
            mode = "VALUE";
            constant = s.value();
        } else {
            throw new Invalid("FILL's second argument must be a number, REPEAT or LINEAR.");
        }
        String m = mode;
        double k = constant;
        return perLine(series, "FILL", l -> filled(l, m, k, ctx));
    }

    private static Line filled(Line l, String mode, double constant, Context ctx) {
        NavigableMap<Long, Double> p = l.points();
        TreeMap<Long, Double> out = new TreeMap<>();
        for (long t : grid(ctx, l.periodMillis())) {
            Double here = p.get(t);
            if (here != null) {
                out.put(t, here);
                continue;
            }
            Map.Entry<Long, Double> before = p.lowerEntry(t);
            Map.Entry<Long, Double> after = p.higherEntry(t);
            switch (mode) {
                case "VALUE" -> out.put(t, constant);
                case "REPEAT" -> {
                    Map.Entry<Long, Double> from = before != null ? before : after;
                    if (from != null) {
                        out.put(t, from.getValue());
                    }
                }
                default -> {
                    if (before != null && after != null) {
                        double share = (double) (t - before.getKey()) / (after.getKey() - before.getKey());
                        out.put(t, before.getValue() + share * (after.getValue() - before.getValue()));
                    } else if (before != null || after != null) {
                        out.put(t, (before != null ? before : after).getValue());
                    }
                }
            }
        }
        return new Line(l.label(), l.periodMillis(), out);
    }

    private static Value conditional(Call c, Context ctx) {
        if (c.args().size() != 2 && c.args().size() != 3) {
            throw new Invalid("IF takes two or three arguments: a condition, a value when true and one when false.");
        }
        Value cond = evaluate(c.args().get(0), ctx);
        Value yes = evaluate(c.args().get(1), ctx);
        Value no = c.args().size() == 3 ? evaluate(c.args().get(2), ctx) : null;
        if (cond instanceof Scalar s) {
            return s.value() != 0 ? yes : no == null ? new Lines(List.of()) : no;
        }
        return perLine(cond, "IF", l -> {
            TreeMap<Long, Double> out = new TreeMap<>();
            l.points().forEach((t, x) -> {
                Double v = at(x != 0 ? yes : no, t);
                if (v != null) {
                    put(out, t, v);
                }
            });
            return new Line(l.label(), l.periodMillis(), out);
        });
    }

    private static Double at(Value v, long t) {
        return switch (v) {
            case null -> null;
            case Scalar s -> s.value();
            case Line l -> l.points().get(t);
            case Lines ls -> throw new Invalid("IF's values must be scalars or single time series.");
        };
    }

    private static Value sort(Call c, Context ctx) {
        List<Node> args = c.args();
        if (args.size() < 3 || args.size() > 4 || !(args.get(1) instanceof Str f) || !(args.get(2) instanceof Str order)) {
            throw new Invalid("SORT takes an array, a function (SUM, AVG, MIN, MAX or STDDEV), ASC or DESC, and optionally a limit.");
        }
        String function = f.value().toUpperCase(Locale.ROOT);
        reduce(function, List.of(0.0));
        boolean descending = order.value().equalsIgnoreCase("DESC");
        if (!descending && !order.value().equalsIgnoreCase("ASC")) {
            throw new Invalid("SORT's order must be ASC or DESC.");
        }
        List<Line> ls = new ArrayList<>(lines(evaluate(args.getFirst(), ctx), "SORT"));
        Comparator<Line> by = Comparator.comparingDouble(l -> l.points().isEmpty() ? Double.NaN : reduce(function, l.points().values()));
        ls.sort(descending ? by.reversed() : by);
        if (args.size() == 4) {
            if (!(evaluate(args.get(3), ctx) instanceof Scalar limit) || limit.value() < 0) {
                throw new Invalid("SORT's limit must be a number of series.");
            }
            ls = ls.subList(0, (int) Math.min(ls.size(), limit.value()));
        }
        return new Lines(ls);
    }

    /** Periods a filled series may span at most: a range of years at a one-second period would not fit in memory. */
    static final long MAX_GRID = 1_000_000;

    /** The period starts between the context's start and end; refused beyond {@link #MAX_GRID} of them. */
    static List<Long> grid(Context ctx, long periodMillis) {
        List<Long> out = new ArrayList<>();
        if (periodMillis <= 0) {
            return out;
        }
        if ((ctx.endMillis() - ctx.startMillis()) / periodMillis > MAX_GRID) {
            throw CloudWatchErrors.validation(String.format("The expression would make more than %,d datapoints in one time series at a "
                    + "period of %d seconds. Increase the period or narrow the time range.", MAX_GRID, periodMillis / 1000));
        }
        for (long t = ctx.startMillis(); t < ctx.endMillis(); t += periodMillis) {
            out.add(t);
        }
        return out;
    }
}
