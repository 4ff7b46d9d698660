package dev.stratus.platform.identity;

import dev.stratus.platform.PolicyDates;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One condition of a statement: an operator, one key and the values the policy gives it, compiled once. As
 * IAM evaluates it: several values are alternatives (any may match); a negated operator is true where its
 * positive form is false, and so true for a key the request lacks; {@code ...IfExists} is true for a missing key;
 * {@code ForAnyValue:} needs one request value to match and is false for a missing or empty key;
 * {@code ForAllValues:} needs every request value to match and is true for a missing or empty key. A binary key's
 * request value is base64, as the APIs carry binary values and as BinaryEquals writes its own.
 */
final class Condition {
    private final Operator operator;
    private final SetQualifier qualifier;
    private final boolean ifExists;
    private final String key;
    private final String keyLower;
    private final Template[] templates;
    private final Object[] compiled;

    /** The operators of IAM's condition language, by the names policies use. */
    enum Operator {
        StringEquals(Family.STRING_EQUALS, null, false), StringNotEquals(Family.STRING_EQUALS, null, true),
        StringEqualsIgnoreCase(Family.STRING_EQUALS_IGNORE_CASE, null, false),
        StringNotEqualsIgnoreCase(Family.STRING_EQUALS_IGNORE_CASE, null, true),
        StringLike(Family.STRING_LIKE, null, false), StringNotLike(Family.STRING_LIKE, null, true),
        NumericEquals(Family.NUMERIC, Relation.EQ, false), NumericNotEquals(Family.NUMERIC, Relation.EQ, true),
        NumericLessThan(Family.NUMERIC, Relation.LT, false), NumericLessThanEquals(Family.NUMERIC, Relation.LE, false),
        NumericGreaterThan(Family.NUMERIC, Relation.GT, false), NumericGreaterThanEquals(Family.NUMERIC, Relation.GE, false),
        DateEquals(Family.DATE, Relation.EQ, false), DateNotEquals(Family.DATE, Relation.EQ, true),
        DateLessThan(Family.DATE, Relation.LT, false), DateLessThanEquals(Family.DATE, Relation.LE, false),
        DateGreaterThan(Family.DATE, Relation.GT, false), DateGreaterThanEquals(Family.DATE, Relation.GE, false),
        Bool(Family.BOOL, null, false), BinaryEquals(Family.BINARY, null, false),
        IpAddress(Family.IP, null, false), NotIpAddress(Family.IP, null, true),
        ArnEquals(Family.ARN, null, false), ArnLike(Family.ARN, null, false),
        ArnNotEquals(Family.ARN, null, true), ArnNotLike(Family.ARN, null, true),
        Null(Family.NULL, null, false);

        private static final Map<String, Operator> BY_NAME = new HashMap<>();

        static {
            for (Operator o : values()) {
                BY_NAME.put(o.name().toLowerCase(Locale.ROOT), o);
            }
        }

        final Family family;
        final Relation relation;
        final boolean negated;

        Operator(Family family, Relation relation, boolean negated) {
            this.family = family;
            this.relation = relation;
            this.negated = negated;
        }

        /** Families whose values may hold policy variables. */
        boolean takesVariables() {
            return family == Family.STRING_EQUALS || family == Family.STRING_EQUALS_IGNORE_CASE || family == Family.STRING_LIKE
                    || family == Family.ARN || family == Family.BOOL;
        }
    }

    enum Family { STRING_EQUALS, STRING_EQUALS_IGNORE_CASE, STRING_LIKE, NUMERIC, DATE, BOOL, BINARY, IP, ARN, NULL }

    enum Relation { EQ, LT, LE, GT, GE }

    enum SetQualifier { NONE, FOR_ANY_VALUE, FOR_ALL_VALUES }

    /** An operator as a policy names it: {@code ForAllValues:StringLikeIfExists} and the like. */
    record Name(Operator operator, SetQualifier qualifier, boolean ifExists) {

        /** The operator a condition block names, or null when IAM knows no such operator. */
        static Name parse(String text) {
            String rest = text;
            SetQualifier q = SetQualifier.NONE;
            int colon = rest.indexOf(':');
            if (colon >= 0) {
                String prefix = rest.substring(0, colon);
                if (prefix.equalsIgnoreCase("ForAnyValue")) {
                    q = SetQualifier.FOR_ANY_VALUE;
                } else if (prefix.equalsIgnoreCase("ForAllValues")) {
                    q = SetQualifier.FOR_ALL_VALUES;
                } else {
                    return null;
                }
                rest = rest.substring(colon + 1);
            }
            boolean ifExists = rest.length() > 8 && rest.regionMatches(true, rest.length() - 8, "IfExists", 0, 8);
            if (ifExists) {
                rest = rest.substring(0, rest.length() - 8);
            }
            Operator op = Operator.BY_NAME.get(rest.toLowerCase(Locale.ROOT));
            if (op == null || op == Operator.Null && (ifExists || q != SetQualifier.NONE)) {
                return null;
            }
            return new Name(op, q, ifExists);
        }
    }

    Condition(Name name, String key, List<String> values, boolean variables) {
        this.operator = name.operator;
        this.qualifier = name.qualifier;
        this.ifExists = name.ifExists;
        this.key = key;
        this.keyLower = key.toLowerCase(Locale.ROOT);
        this.templates = new Template[values.size()];
        this.compiled = new Object[values.size()];
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (operator.takesVariables()) {
                templates[i] = Template.parse(v, variables);
            }
            compiled[i] = compile(v, templates[i]);
        }
    }

    String key() {
        return key;
    }

    String keyLower() {
        return keyLower;
    }

    /** The policy variables this condition's values name, as the policy spells them. */
    List<String> variableKeys() {
        List<String> keys = new ArrayList<>();
        for (Template t : templates) {
            if (t != null) {
                keys.addAll(t.variableKeys());
            }
        }
        return keys;
    }

    boolean holds(EvaluationRequest request) {
        List<String> actual = request.values(keyLower);
        if (operator == Operator.Null) {
            boolean absent = actual == null;
            for (Object v : compiled) {
                if (v instanceof Boolean expected && expected == absent) {
                    return true;
                }
            }
            return false;
        }
        if (actual == null) {
            if (ifExists) {
                return true;
            }
            return switch (qualifier) {
                case FOR_ALL_VALUES -> true;
                case FOR_ANY_VALUE -> false;
                case NONE -> operator.negated;
            };
        }
        return switch (qualifier) {
            case NONE -> {
                for (String a : actual) {
                    if (matchesAny(a, request)) {
                        yield !operator.negated;
                    }
                }
                yield operator.negated;
            }
            case FOR_ANY_VALUE -> {
                for (String a : actual) {
                    if (matchesAny(a, request) != operator.negated) {
                        yield true;
                    }
                }
                yield false;
            }
            case FOR_ALL_VALUES -> {
                for (String a : actual) {
                    if (matchesAny(a, request) == operator.negated) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }

    /** Whether one request value matches one of the policy's values, in the operator's positive sense. */
    private boolean matchesAny(String actual, EvaluationRequest request) {
        for (int i = 0; i < compiled.length; i++) {
            if (matches(actual, i, request)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(String actual, int i, EvaluationRequest request) {
        Object value = compiled[i];
        return switch (operator.family) {
            case STRING_EQUALS -> actual.equals(text(i, request));
            case STRING_EQUALS_IGNORE_CASE, BOOL -> actual.equalsIgnoreCase(text(i, request));
            case STRING_LIKE -> {
                Wildcard p = value instanceof Wildcard w ? w : templates[i].pattern(request);
                yield p != null && p.matches(actual);
            }
            case NUMERIC -> value != null && related(number(actual), (BigDecimal) value);
            case DATE -> value != null && related(PolicyDates.parse(actual), (Instant) value);
            case BINARY -> value != null && Arrays.equals(base64(actual), (byte[]) value);
            case IP -> value != null && ((IpRange) value).contains(actual);
            case ARN -> {
                Wildcard[] parts = value instanceof Wildcard[] w ? w : arnParts(templates[i].pattern(request));
                yield parts != null && arnMatches(parts, actual);
            }
            case NULL -> false;
        };
    }

    private String text(int i, EvaluationRequest request) {
        return compiled[i] instanceof String s ? s : templates[i].text(request);
    }

    private <T extends Comparable<T>> boolean related(T actual, T expected) {
        if (actual == null) {
            return false;
        }
        int c = actual.compareTo(expected);
        return switch (operator.relation) {
            case EQ -> c == 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }

    /** A value in the form the operator compares, or null when it has none (and so never matches). */
    private Object compile(String v, Template t) {
        return switch (operator.family) {
            case STRING_EQUALS, STRING_EQUALS_IGNORE_CASE, BOOL -> t.constant() ? t.text(null) : null;
            case STRING_LIKE -> t.constant() ? t.pattern(null) : null;
            case ARN -> t.constant() ? arnParts(t.pattern(null)) : null;
            case NUMERIC -> number(v);
            case DATE -> PolicyDates.parse(v);
            case BINARY -> base64(v);
            case IP -> IpRange.parse(v);
            case NULL -> v.equalsIgnoreCase("true") ? Boolean.TRUE : v.equalsIgnoreCase("false") ? Boolean.FALSE : null;
        };
    }

    private static Wildcard[] arnParts(Wildcard pattern) {
        return pattern == null ? null : pattern.arnParts();
    }

    private static boolean arnMatches(Wildcard[] parts, String arn) {
        int from = 0;
        for (int i = 0; i < 5; i++) {
            int colon = arn.indexOf(':', from);
            if (colon < 0 || !parts[i].matches(arn.substring(from, colon))) {
                return false;
            }
            from = colon + 1;
        }
        return parts[5].matches(arn.substring(from));
    }

    private static BigDecimal number(String v) {
        try {
            return new BigDecimal(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static byte[] base64(String v) {
        try {
            return Base64.getDecoder().decode(v.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
