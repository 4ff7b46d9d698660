package dev.stratus.logs;

import dev.stratus.logs.InsightsQuery.Expr;
import dev.stratus.protocol.AwsException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The values Logs Insights computes with — text, numbers (doubles), timestamps ({@link Instant}),
 * booleans and null for a field an event lacks — and its functions: the common string, number and
 * time functions, and the aggregates stats takes. A comparison is numeric when both sides are
 * numbers (or text that reads as one), else textual; a function given a missing field gives null.
 */
final class InsightsFunctions {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final Set<String> AGGREGATES = Set.of("count", "count_distinct", "sum", "avg", "min", "max", "pct", "percentile", "stddev",
            "earliest", "latest");
    private static final Set<String> FUNCTIONS = Set.of("strlen", "concat", "tolower", "toupper", "trim", "ltrim", "rtrim", "substr", "replace",
            "strcontains", "isempty", "isblank", "ispresent", "coalesce", "abs", "ceil", "floor", "round", "sqrt", "log", "greatest", "least",
            "bin", "datefloor", "dateceil", "frommillis", "tomillis", "tonumber", "tostring");

    private InsightsFunctions() {
    }

    // Values

    static boolean truthy(Object v) {
        return switch (v) {
            case null -> false;
            case Boolean b -> b;
            case Double d -> d != 0;
            case String s -> !s.isEmpty();
            default -> true;
        };
    }

    static String text(Object v) {
        return switch (v) {
            case null -> null;
            case Instant t -> TIMESTAMP.format(t);
            case Double d -> number(d);
            default -> v.toString();
        };
    }

    private static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** A parsed field's text as a number when it reads as one, as AWS types discovered fields. */
    static Object typed(String s) {
        if (s == null) {
            return null;
        }
        Double d = asNumber(s);
        return d != null ? d : s;
    }

    static Double asNumber(Object v) {
        return switch (v) {
            case null -> null;
            case Double d -> d;
            case Instant t -> (double) t.toEpochMilli();
            case Boolean b -> null;
            case String s -> {
                String t = s.trim();
                if (t.isEmpty() || !(Character.isDigit(t.charAt(t.length() - 1)) || t.endsWith("."))) {
                    yield null;
                }
                try {
                    yield Double.valueOf(t);
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
            default -> null;
        };
    }

    /** What groups by a value: numbers and text that reads alike group together. */
    static Object groupKey(Object v) {
        return v instanceof Instant t ? t.toEpochMilli() : v instanceof Double d ? d : v == null ? null : text(v);
    }

    static Boolean compare(String op, Object a, Object b) {
        if (a == null || b == null) {
            return op.equals("!=") && !(a == null && b == null);
        }
        int c;
        Double x = asNumber(a);
        Double y = asNumber(b);
        if (x != null && y != null) {
            c = Double.compare(x, y);
        } else {
            c = text(a).compareTo(text(b));
        }
        return switch (op) {
            case "=", "==" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case ">" -> c > 0;
            case "<=" -> c <= 0;
            default -> c >= 0;
        };
    }

    /**
     * AWS's sort order (a natural sort): values that are numbers after all others, by value; other
     * values chunk by chunk, a run of digits against a run of digits by length and then value,
     * anything else by Unicode. Descending is the reverse; absent values come last either way.
     */
    static int compareForSort(Object a, Object b, boolean descending) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        Double x = a instanceof Instant || a instanceof Double || isDigits(text(a)) ? asNumber(a) : null;
        Double y = b instanceof Instant || b instanceof Double || isDigits(text(b)) ? asNumber(b) : null;
        int c;
        if (x != null && y != null) {
            c = Double.compare(x, y);
            c = c != 0 ? c : text(a).compareTo(text(b));
        } else if (x != null || y != null) {
            c = x != null ? 1 : -1;
        } else {
            c = natural(text(a), text(b));
        }
        return descending ? -c : c;
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = chunkEnd(a, i);
            int endB = chunkEnd(b, j);
            boolean digitsA = Character.isDigit(a.charAt(i));
            boolean digitsB = Character.isDigit(b.charAt(j));
            int c;
            if (digitsA && digitsB) {
                c = endA - i != endB - j ? Integer.compare(endA - i, endB - j) : a.substring(i, endA).compareTo(b.substring(j, endB));
            } else if (digitsA != digitsB) {
                c = Character.compare(a.charAt(i), b.charAt(j));
            } else {
                c = a.substring(i, endA).compareTo(b.substring(j, endB));
            }
            if (c != 0) {
                return c;
            }
            i = endA;
            j = endB;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Where the run of digits, or of anything else, that starts at {@code from} ends. */
    private static int chunkEnd(String s, int from) {
        boolean digits = Character.isDigit(s.charAt(from));
        int end = from + 1;
        while (end < s.length() && Character.isDigit(s.charAt(end)) == digits) {
            end++;
        }
        return end;
    }

    static Boolean in(Object value, Object list) {
        if (value == null || !(list instanceof List<?> items)) {
            return false;
        }
        return items.stream().anyMatch(i -> compare("=", value, i));
    }

    static Object arithmetic(String op, Object a, Object b) {
        Double x = asNumber(a);
        Double y = asNumber(b);
        if (x == null || y == null) {
            return null;
        }
        double r = switch (op) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            case "/" -> x / y;
            default -> x % y;
        };
        return Double.isFinite(r) ? r : null;
    }

    /** A duration such as 5m, 1h, 30s, 100ms, 1d, 1w, in milliseconds. */
    static long duration(String text, int position) {
        int unit = 0;
        while (unit < text.length() && (Character.isDigit(text.charAt(unit)) || text.charAt(unit) == '.')) {
            unit++;
        }
        double n = Double.parseDouble(text.substring(0, unit));
        long ms = switch (text.substring(unit).toLowerCase()) {
            case "ms" -> 1;
            case "s", "sec", "second", "seconds" -> 1000;
            case "m", "min", "minute", "minutes" -> 60_000;
            case "h", "hr", "hour", "hours" -> 3_600_000;
            case "d", "day", "days" -> 86_400_000;
            case "w", "week", "weeks" -> 7 * 86_400_000L;
            default -> throw InsightsQuery.malformed("unknown time unit in " + text, position);
        };
        long total = (long) (n * ms);
        if (total <= 0) {
            throw InsightsQuery.malformed("a time period must be positive: " + text, position);
        }
        return total;
    }

    // Functions

    static boolean isAggregate(String name) {
        return AGGREGATES.contains(name.toLowerCase());
    }

    static boolean isFunction(String name) {
        return FUNCTIONS.contains(name.toLowerCase());
    }

    static Expr function(String name, List<Expr> args, int position) {
        switch (name) {
            case "ispresent" -> {
                arity(name, args, 1, 1, position);
                return row -> args.getFirst().eval(row) != null;
            }
            case "isempty" -> {
                arity(name, args, 1, 1, position);
                return row -> {
                    Object v = args.getFirst().eval(row);
                    return v == null || text(v).isEmpty();
                };
            }
            case "isblank" -> {
                arity(name, args, 1, 1, position);
                return row -> {
                    Object v = args.getFirst().eval(row);
                    return v == null || text(v).isBlank();
                };
            }
            case "coalesce" -> {
                arity(name, args, 1, Integer.MAX_VALUE, position);
                return row -> args.stream().map(a -> a.eval(row)).filter(Objects::nonNull).findFirst().orElse(null);
            }
            case "concat" -> {
                arity(name, args, 1, Integer.MAX_VALUE, position);
                return row -> {
                    StringBuilder s = new StringBuilder();
                    for (Expr a : args) {
                        Object v = a.eval(row);
                        s.append(v == null ? "" : text(v));
                    }
                    return s.toString();
                };
            }
            case "substr" -> {
                arity(name, args, 2, 3, position);
                return row -> {
                    String s = textOf(args.getFirst().eval(row));
                    Double start = asNumber(args.get(1).eval(row));
                    if (s == null || start == null) {
                        return null;
                    }
                    int from = (int) Math.max(0, Math.min(s.length(), start));
                    int to = s.length();
                    if (args.size() == 3) {
                        Double len = asNumber(args.get(2).eval(row));
                        to = len == null ? to : (int) Math.max(from, Math.min(s.length(), from + len));
                    }
                    return s.substring(from, to);
                };
            }
            case "replace" -> {
                arity(name, args, 3, 3, position);
                return row -> {
                    String s = textOf(args.get(0).eval(row));
                    String a = textOf(args.get(1).eval(row));
                    String b = textOf(args.get(2).eval(row));
                    return s == null || a == null || b == null ? null : s.replace(a, b);
                };
            }
            case "strcontains" -> {
                arity(name, args, 2, 2, position);
                return row -> {
                    String s = textOf(args.get(0).eval(row));
                    String sub = textOf(args.get(1).eval(row));
                    return s == null || sub == null ? null : (double) (s.contains(sub) ? 1 : 0);
                };
            }
            case "greatest", "least" -> {
                arity(name, args, 1, Integer.MAX_VALUE, position);
                boolean greatest = name.equals("greatest");
                return row -> args.stream().map(a -> a.eval(row)).filter(Objects::nonNull)
                        .reduce((x, y) -> compareForSort(x, y, false) >= 0 == greatest ? x : y).orElse(null);
            }
            case "bin" -> {
                arity(name, args, 1, 1, position);
                long period = constantPeriod(args.getFirst(), position);
                return row -> floor(row.get("@timestamp"), period);
            }
            case "datefloor", "dateceil" -> {
                arity(name, args, 2, 2, position);
                long period = constantPeriod(args.get(1), position);
                boolean ceil = name.equals("dateceil");
                return row -> {
                    Instant floored = floor(args.getFirst().eval(row), period);
                    return floored == null || !ceil ? floored
                            : floored.toEpochMilli() == asNumber(args.getFirst().eval(row)) ? floored : floored.plusMillis(period);
                };
            }
            case "frommillis" -> {
                arity(name, args, 1, 1, position);
                return row -> {
                    Double ms = asNumber(args.getFirst().eval(row));
                    return ms == null ? null : Instant.ofEpochMilli(ms.longValue());
                };
            }
            case "tomillis", "tonumber" -> {
                arity(name, args, 1, 1, position);
                return row -> asNumber(args.getFirst().eval(row));
            }
            case "tostring" -> {
                arity(name, args, 1, 1, position);
                return row -> textOf(args.getFirst().eval(row));
            }
            default -> {
                Function<Object, Object> one = oneArgument(name);
                if (one == null) {
                    throw InsightsQuery.malformed("unknown function " + name, position);
                }
                arity(name, args, 1, 1, position);
                return row -> {
                    Object v = args.getFirst().eval(row);
                    return v == null ? null : one.apply(v);
                };
            }
        }
    }

    private static Function<Object, Object> oneArgument(String name) {
        return switch (name) {
            case "strlen" -> v -> (double) text(v).length();
            case "tolower" -> v -> text(v).toLowerCase();
            case "toupper" -> v -> text(v).toUpperCase();
            case "trim" -> v -> text(v).strip();
            case "ltrim" -> v -> text(v).stripLeading();
            case "rtrim" -> v -> text(v).stripTrailing();
            case "abs" -> numeric(Math::abs);
            case "ceil" -> numeric(Math::ceil);
            case "floor" -> numeric(Math::floor);
            case "round" -> numeric(d -> (double) Math.round(d));
            case "sqrt" -> numeric(Math::sqrt);
            case "log" -> numeric(Math::log);
            default -> null;
        };
    }

    private static Function<Object, Object> numeric(java.util.function.DoubleUnaryOperator f) {
        return v -> {
            Double d = asNumber(v);
            if (d == null) {
                return null;
            }
            double r = f.applyAsDouble(d);
            return Double.isFinite(r) ? r : null;
        };
    }

    private static String textOf(Object v) {
        return v == null ? null : text(v);
    }

    private static long constantPeriod(Expr e, int position) {
        Object v = e.eval(Map.of());
        Double ms = asNumber(v);
        if (ms == null || ms <= 0) {
            throw InsightsQuery.malformed("expected a time period such as 5m", position);
        }
        return ms.longValue();
    }

    private static Instant floor(Object time, long period) {
        Double ms = asNumber(time);
        if (ms == null) {
            return null;
        }
        long t = ms.longValue();
        return Instant.ofEpochMilli(Math.floorDiv(t, period) * period);
    }

    private static void arity(String name, List<Expr> args, int min, int max, int position) {
        if (args.size() < min || args.size() > max) {
            throw InsightsQuery.malformed(name + " takes " + (min == max ? min : min + " or more") + " argument" + (max == 1 ? "" : "s")
                    + ", given " + args.size(), position);
        }
    }

    // Aggregates

    /** An aggregate of stats, which starts an accumulator per group. */
    interface Aggregate {
        Accumulator start();
    }

    interface Accumulator {
        void add(Map<String, Object> row);

        Object result();
    }

    static Aggregate aggregate(String name, List<Expr> args, int position) {
        switch (name) {
            case "count" -> {
                arity(name, args, 0, 1, position);
                Expr e = args.isEmpty() ? row -> Boolean.TRUE : args.getFirst();
                return () -> new Accumulator() {
                    long n;

                    public void add(Map<String, Object> row) {
                        n += e.eval(row) == null ? 0 : 1;
                    }

                    public Object result() {
                        return (double) n;
                    }
                };
            }
            case "count_distinct" -> {
                arity(name, args, 1, 1, position);
                Expr e = args.getFirst();
                return () -> new Accumulator() {
                    final Set<Object> seen = new HashSet<>();

                    public void add(Map<String, Object> row) {
                        Object v = e.eval(row);
                        if (v != null) {
                            seen.add(groupKey(v));
                        }
                    }

                    public Object result() {
                        return (double) seen.size();
                    }
                };
            }
            case "sum", "avg", "stddev" -> {
                arity(name, args, 1, 1, position);
                Expr e = args.getFirst();
                return () -> new Accumulator() {
                    double sum;
                    double squares;
                    long n;

                    public void add(Map<String, Object> row) {
                        Double d = asNumber(e.eval(row));
                        if (d != null) {
                            sum += d;
                            squares += d * d;
                            n++;
                        }
                    }

                    public Object result() {
                        if (n == 0) {
                            return null;
                        }
                        return switch (name) {
                            case "sum" -> sum;
                            case "avg" -> sum / n;
                            default -> n < 2 ? 0.0 : Math.sqrt(Math.max(0, (squares - sum * sum / n) / (n - 1)));
                        };
                    }
                };
            }
            case "min", "max" -> {
                arity(name, args, 1, 1, position);
                Expr e = args.getFirst();
                boolean max = name.equals("max");
                return () -> new Accumulator() {
                    Object best;

                    public void add(Map<String, Object> row) {
                        Object v = e.eval(row);
                        if (v != null && (best == null || (compareForSort(v, best, false) > 0) == max && compareForSort(v, best, false) != 0)) {
                            best = v;
                        }
                    }

                    public Object result() {
                        return best;
                    }
                };
            }
            case "earliest", "latest" -> {
                arity(name, args, 1, 1, position);
                Expr e = args.getFirst();
                boolean latest = name.equals("latest");
                return () -> new Accumulator() {
                    Object value;
                    double at;
                    boolean any;

                    public void add(Map<String, Object> row) {
                        Object v = e.eval(row);
                        Double t = asNumber(row.get("@timestamp"));
                        if (v != null && t != null && (!any || (latest ? t >= at : t < at))) {
                            value = v;
                            at = t;
                            any = true;
                        }
                    }

                    public Object result() {
                        return value;
                    }
                };
            }
            case "pct", "percentile" -> {
                arity(name, args, 2, 2, position);
                Expr e = args.getFirst();
                Double p = asNumber(args.get(1).eval(Map.of()));
                if (p == null || p < 0 || p > 100) {
                    throw InsightsQuery.malformed(name + " takes a percentile from 0 to 100", position);
                }
                return () -> new Accumulator() {
                    final List<Double> values = new ArrayList<>();

                    public void add(Map<String, Object> row) {
                        Double d = asNumber(e.eval(row));
                        if (d != null) {
                            values.add(d);
                        }
                    }

                    public Object result() {
                        if (values.isEmpty()) {
                            return null;
                        }
                        values.sort(null);
                        int rank = (int) Math.ceil(p / 100.0 * values.size());
                        return values.get(Math.max(0, Math.min(values.size() - 1, rank - 1)));
                    }
                };
            }
            default -> throw new AwsException("MalformedQueryException", "unknown aggregate " + name);
        }
    }
}
