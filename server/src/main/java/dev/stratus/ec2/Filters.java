package dev.stratus.ec2;

import dev.stratus.ec2.api.Filter;
import dev.stratus.protocol.AwsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The filters EC2's Describe operations take, for one kind of resource: each filter name it knows
 * reads values from a resource, and {@code tag:<key>}, {@code tag-key} and {@code tag-value} read
 * its tags. A resource passes when every filter given matches (AND) and, within a filter, any of
 * its values does (OR); a value may hold {@code *} (any run) and {@code ?} (one character), as
 * EC2 allows, with {@code \} before one of them taking it as itself. An unknown filter name is
 * EC2's {@code InvalidParameterValue}.
 *
 * @param <T> the resource
 */
final class Filters<T> {
    private final Map<String, Function<T, List<String>>> fields;
    private final Function<T, Map<String, String>> tags;

    private Filters(Map<String, Function<T, List<String>>> fields, Function<T, Map<String, String>> tags) {
        this.fields = fields;
        this.tags = tags;
    }

    /** Filters over resources whose tags {@code tags} reads (null for resources without tags). */
    static <T> Builder<T> of(Function<T, Map<String, String>> tags) {
        return new Builder<>(tags);
    }

    /** The filter names of one kind of resource. */
    static final class Builder<T> {
        private final Map<String, Function<T, List<String>>> fields = new LinkedHashMap<>();
        private final Function<T, Map<String, String>> tags;

        private Builder(Function<T, Map<String, String>> tags) {
            this.tags = tags;
        }

        /** A filter with one value per resource (none when {@code value} gives null); numbers and booleans as EC2 writes them. */
        Builder<T> one(String name, Function<T, Object> value) {
            fields.put(name, t -> {
                Object v = value.apply(t);
                return v == null ? List.of() : List.of(String.valueOf(v));
            });
            return this;
        }

        /** A filter with any number of values per resource (security group ids, attached volumes). */
        Builder<T> many(String name, Function<T, List<String>> values) {
            fields.put(name, values);
            return this;
        }

        Filters<T> build() {
            return new Filters<>(Map.copyOf(fields), tags);
        }
    }

    /** What the given filters let through; everything when there are none. */
    Predicate<T> parse(List<Filter> given) {
        if (given == null || given.isEmpty()) {
            return t -> true;
        }
        List<Predicate<T>> all = new ArrayList<>();
        for (Filter f : given) {
            all.add(one(f));
        }
        return t -> all.stream().allMatch(p -> p.test(t));
    }

    private Predicate<T> one(Filter filter) {
        String name = filter.name() == null ? "" : filter.name();
        List<Pattern> values = (filter.values() == null ? List.<String>of() : filter.values()).stream().map(Filters::pattern).toList();
        if (tags != null && name.startsWith("tag:") && name.length() > 4) {
            String key = name.substring(4);
            return t -> {
                String v = tags.apply(t).get(key);
                return v != null && anyMatches(values, List.of(v));
            };
        }
        if (tags != null && name.equals("tag-key")) {
            return t -> anyMatches(values, List.copyOf(tags.apply(t).keySet()));
        }
        if (tags != null && name.equals("tag-value")) {
            return t -> anyMatches(values, List.copyOf(tags.apply(t).values()));
        }
        Function<T, List<String>> field = fields.get(name);
        if (field == null) {
            throw new AwsException("InvalidParameterValue", "The filter '" + name + "' is invalid");
        }
        return t -> anyMatches(values, field.apply(t));
    }

    private static boolean anyMatches(List<Pattern> patterns, List<String> values) {
        for (Pattern p : patterns) {
            for (String v : values) {
                if (p.matcher(v).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A filter value as a pattern: {@code *} and {@code ?} are wildcards unless escaped with {@code \}. */
    static Pattern pattern(String value) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                literal.append(value.charAt(++i));
            } else if (c == '*' || c == '?') {
                regex.append(Pattern.quote(literal.toString())).append(c == '*' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
