package dev.stratus.platform.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A policy string that may hold policy variables: {@code ${aws:username}}, {@code ${aws:PrincipalTag/team, 'none'}}
 * (a default for a key the request lacks), and {@code ${*}}, {@code ${?}}, {@code ${$}} for those characters taken
 * literally. Variables exist only in documents of Version 2012-10-17; in older ones the text is literal. A
 * variable whose key the request lacks (and that has no default) leaves the string unresolved, and IAM then
 * treats the statement as not applying.
 */
final class Template {
    private final List<Part> parts;
    private final String constantText;
    private final Wildcard constantPattern;

    private sealed interface Part permits Literal, Variable {}

    /** Text from the policy; {@code wildcards} false for characters that must match themselves. */
    private record Literal(String text, boolean wildcards) implements Part {}

    private record Variable(String key, String keyLower, String fallback) implements Part {}

    private Template(List<Part> parts) {
        this.parts = parts;
        boolean constant = parts.stream().allMatch(p -> p instanceof Literal);
        this.constantText = constant ? join(parts) : null;
        this.constantPattern = constant ? patternOf(parts) : null;
    }

    static Template parse(String raw, boolean variables) {
        List<Part> parts = new ArrayList<>();
        if (!variables) {
            parts.add(new Literal(raw, true));
            return new Template(parts);
        }
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            int end = raw.startsWith("${", i) ? raw.indexOf('}', i + 2) : -1;
            if (end < 0) {
                literal.append(raw.charAt(i++));
                continue;
            }
            String inside = raw.substring(i + 2, end);
            i = end + 1;
            if (inside.equals("*") || inside.equals("?") || inside.equals("$")) {
                flush(literal, parts);
                parts.add(new Literal(inside, false));
            } else {
                flush(literal, parts);
                parts.add(variable(inside));
            }
        }
        flush(literal, parts);
        return new Template(parts);
    }

    /** {@code name} or {@code name, 'default'}. */
    private static Variable variable(String inside) {
        String key = inside.trim();
        String fallback = null;
        int comma = inside.indexOf(',');
        if (comma >= 0) {
            String rest = inside.substring(comma + 1).trim();
            if (rest.length() >= 2 && rest.startsWith("'") && rest.endsWith("'")) {
                key = inside.substring(0, comma).trim();
                fallback = rest.substring(1, rest.length() - 1);
            }
        }
        return new Variable(key, key.toLowerCase(Locale.ROOT), fallback);
    }

    private static void flush(StringBuilder literal, List<Part> parts) {
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString(), true));
            literal.setLength(0);
        }
    }

    boolean constant() {
        return constantText != null;
    }

    /** The keys of the variables this string names, as the policy spells them. */
    List<String> variableKeys() {
        List<String> keys = new ArrayList<>();
        for (Part p : parts) {
            if (p instanceof Variable v && v.fallback == null) {
                keys.add(v.key);
            }
        }
        return keys;
    }

    /** The text with variables replaced, or null when one cannot be. */
    String text(EvaluationRequest request) {
        if (constantText != null) {
            return constantText;
        }
        List<Part> resolved = resolve(request);
        return resolved == null ? null : join(resolved);
    }

    /** The string as a wildcard pattern, variables' values matching literally; null when one cannot be resolved. */
    Wildcard pattern(EvaluationRequest request) {
        if (constantPattern != null) {
            return constantPattern;
        }
        List<Part> resolved = resolve(request);
        return resolved == null ? null : patternOf(resolved);
    }

    private List<Part> resolve(EvaluationRequest request) {
        List<Part> out = new ArrayList<>(parts.size());
        for (Part p : parts) {
            if (p instanceof Variable v) {
                List<String> values = request.values(v.keyLower);
                String value = values != null && values.size() == 1 ? values.get(0) : v.fallback;
                if (value == null) {
                    return null;
                }
                out.add(new Literal(value, false));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static String join(List<Part> parts) {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            b.append(((Literal) p).text);
        }
        return b.toString();
    }

    private static Wildcard patternOf(List<Part> parts) {
        if (parts.size() == 1 && ((Literal) parts.get(0)).wildcards) {
            return Wildcard.of(((Literal) parts.get(0)).text);
        }
        String text = join(parts);
        boolean[] literal = new boolean[text.length()];
        int at = 0;
        for (Part p : parts) {
            Literal l = (Literal) p;
            for (int i = 0; i < l.text.length(); i++) {
                literal[at++] = !l.wildcards;
            }
        }
        return Wildcard.of(text, literal);
    }
}
