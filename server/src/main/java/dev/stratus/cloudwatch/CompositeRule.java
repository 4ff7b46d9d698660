package dev.stratus.cloudwatch;

import dev.stratus.protocol.AwsException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A composite alarm's AlarmRule: {@code ALARM(x)}, {@code OK(x)} and {@code INSUFFICIENT_DATA(x)}
 * (x an alarm's name or ARN, in double quotes when it has spaces or parentheses), {@code TRUE} and
 * {@code FALSE}, joined by {@code AND}, {@code OR} and {@code NOT} with parentheses; NOT binds
 * tightest, then AND, then OR.
 */
final class CompositeRule {
    static final int MAX_LENGTH = 10240;

    /** A node of the parsed rule. */
    sealed interface Node {
        boolean holds(Function<String, String> stateOf);
    }

    /** {@code ALARM(x)} and the like: holds when the alarm named {@code alarm} (name or ARN) is in {@code state}. */
    record StateOf(String state, String alarm) implements Node {
        public boolean holds(Function<String, String> stateOf) {
            return state.equals(stateOf.apply(alarm));
        }
    }

    record Constant(boolean value) implements Node {
        public boolean holds(Function<String, String> stateOf) {
            return value;
        }
    }

    record Not(Node inner) implements Node {
        public boolean holds(Function<String, String> stateOf) {
            return !inner.holds(stateOf);
        }
    }

    record And(Node left, Node right) implements Node {
        public boolean holds(Function<String, String> stateOf) {
            return left.holds(stateOf) && right.holds(stateOf);
        }
    }

    record Or(Node left, Node right) implements Node {
        public boolean holds(Function<String, String> stateOf) {
            return left.holds(stateOf) || right.holds(stateOf);
        }
    }

    private final String text;
    private int at;

    private CompositeRule(String text) {
        this.text = text;
    }

    /** Parses {@code rule}, or refuses it with AWS's ValidationError saying where it is wrong. */
    static Node parse(String rule) {
        if (rule == null || rule.isBlank()) {
            throw invalid("AlarmRule must not be empty.");
        }
        if (rule.length() > MAX_LENGTH) {
            throw invalid("AlarmRule must be at most " + MAX_LENGTH + " characters long.");
        }
        CompositeRule p = new CompositeRule(rule);
        Node n = p.or();
        p.skipSpace();
        if (p.at < rule.length()) {
            throw p.unexpected();
        }
        return n;
    }

    /** The alarms a rule names (names or ARNs, as written), in order. */
    static Set<String> alarms(Node n) {
        Set<String> out = new LinkedHashSet<>();
        collect(n, out);
        return out;
    }

    private static void collect(Node n, Set<String> out) {
        switch (n) {
            case StateOf s -> out.add(s.alarm());
            case Not x -> collect(x.inner(), out);
            case And x -> {
                collect(x.left(), out);
                collect(x.right(), out);
            }
            case Or x -> {
                collect(x.left(), out);
                collect(x.right(), out);
            }
            case Constant c -> {
            }
        }
    }

    private Node or() {
        Node left = and();
        while (keyword("OR")) {
            left = new Or(left, and());
        }
        return left;
    }

    private Node and() {
        Node left = not();
        while (keyword("AND")) {
            left = new And(left, not());
        }
        return left;
    }

    private Node not() {
        if (keyword("NOT")) {
            return new Not(not());
        }
        return primary();
    }

    private Node primary() {
        skipSpace();
        if (at >= text.length()) {
            throw invalid("AlarmRule ends where an expression was expected.");
        }
        if (text.charAt(at) == '(') {
            at++;
            Node inner = or();
            expect(')');
            return inner;
        }
        if (keyword("TRUE")) {
            return new Constant(true);
        }
        if (keyword("FALSE")) {
            return new Constant(false);
        }
        for (String state : List.of(Alarm.INSUFFICIENT_DATA, Alarm.ALARM, Alarm.OK)) {
            if (word(state)) {
                expect('(');
                String alarm = alarmName();
                expect(')');
                return new StateOf(state, alarm);
            }
        }
        throw unexpected();
    }

    private String alarmName() {
        skipSpace();
        if (at < text.length() && text.charAt(at) == '"') {
            int end = text.indexOf('"', at + 1);
            if (end < 0) {
                throw invalid("AlarmRule has an unclosed quote at position " + at + ".");
            }
            String name = text.substring(at + 1, end);
            at = end + 1;
            if (name.isEmpty()) {
                throw invalid("AlarmRule names an empty alarm at position " + at + ".");
            }
            return name;
        }
        int start = at;
        while (at < text.length() && text.charAt(at) != ')' && text.charAt(at) != '(' && !Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (start == at) {
            throw unexpected();
        }
        return text.substring(start, at);
    }

    /** Consumes {@code word} when it stands next, as a whole word. */
    private boolean keyword(String word) {
        skipSpace();
        int end = at + word.length();
        if (text.regionMatches(true, at, word, 0, word.length()) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                && text.charAt(end) != '_')) {
            at = end;
            return true;
        }
        return false;
    }

    /** Consumes a state's name when an opening parenthesis follows it. */
    private boolean word(String name) {
        skipSpace();
        if (!text.startsWith(name, at)) {
            return false;
        }
        int after = at + name.length();
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        if (after < text.length() && text.charAt(after) == '(') {
            at += name.length();
            return true;
        }
        return false;
    }

    private void expect(char c) {
        skipSpace();
        if (at >= text.length() || text.charAt(at) != c) {
            throw invalid("AlarmRule expects '" + c + "' at position " + at + ".");
        }
        at++;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private AwsException unexpected() {
        String rest = text.substring(at, Math.min(text.length(), at + 20));
        return invalid("AlarmRule is not valid at position " + at + " (\"" + rest + "\"): expected ALARM(...), OK(...), INSUFFICIENT_DATA(...), "
                + "TRUE, FALSE, NOT or a parenthesis.");
    }

    static AwsException invalid(String message) {
        return new AwsException("ValidationError", message);
    }

}
