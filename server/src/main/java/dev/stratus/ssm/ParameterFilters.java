package dev.stratus.ssm;

import dev.stratus.protocol.AwsException;
import dev.stratus.ssm.SsmRepository.Stored;
import dev.stratus.ssm.api.ParameterStringFilter;
import dev.stratus.ssm.api.ParametersFilter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * DescribeParameters' and GetParametersByPath's filters: which keys each accepts, the options of
 * each key ({@code Equals}, {@code BeginsWith}, {@code Contains} for names, {@code OneLevel} and
 * {@code Recursive} for paths), and whether a parameter passes them all. Tag filters
 * ({@code tag:Key}) see the parameter's tags.
 */
final class ParameterFilters {
    private static final List<String> DESCRIBE_KEYS = List.of("Name", "Type", "KeyId", "Path", "Tier", "DataType");
    private static final List<String> BY_PATH_KEYS = List.of("Type", "KeyId", "Label", "DataType");

    /** A parameter as the filters see it: its current version and its tags. */
    record Candidate(Stored parameter, Map<String, String> tags) {
    }

    private final List<Predicate<Candidate>> tests = new ArrayList<>();
    private boolean needsTags;

    private ParameterFilters() {
    }

    /** DescribeParameters' filters: the older {@code Filters} or {@code ParameterFilters}, never both. */
    static ParameterFilters describe(List<ParametersFilter> filters, List<ParameterStringFilter> parameterFilters) {
        if (filters != null && !filters.isEmpty() && parameterFilters != null && !parameterFilters.isEmpty()) {
            throw new AwsException("ValidationException", "You can use either Filters or ParameterFilters in a single request.");
        }
        ParameterFilters out = new ParameterFilters();
        if (filters != null) {
            Set<String> seen = new HashSet<>();
            for (ParametersFilter f : filters) {
                duplicate(seen, f.key());
                out.add(new ParameterStringFilter(f.key(), "Equals", f.values()), false);
            }
        }
        out.addAll(parameterFilters, false);
        return out;
    }

    /** GetParametersByPath's filters: no names, paths or tiers (the path says where), but labels. */
    static ParameterFilters byPath(List<ParameterStringFilter> parameterFilters) {
        ParameterFilters out = new ParameterFilters();
        out.addAll(parameterFilters, true);
        return out;
    }

    boolean needsTags() {
        return needsTags;
    }

    boolean test(Candidate c) {
        return tests.stream().allMatch(t -> t.test(c));
    }

    private void addAll(List<ParameterStringFilter> filters, boolean byPath) {
        if (filters == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (ParameterStringFilter f : filters) {
            duplicate(seen, f.key());
            add(f, byPath);
        }
    }

    private static void duplicate(Set<String> seen, String key) {
        if (!seen.add(key)) {
            throw new AwsException("InvalidFilterKey", "The following filter is duplicated in the request: " + key
                    + ". A request can contain only one occurrence of a specific filter.");
        }
    }

    private void add(ParameterStringFilter f, boolean byPath) {
        String key = f.key();
        List<String> values = f.values() == null ? List.of() : f.values();
        if (key.startsWith("tag:")) {
            String tagKey = key.substring(4);
            String option = option(f, "Equals", List.of("Equals", "BeginsWith"));
            needsTags = true;
            tests.add(c -> {
                String v = c.tags().get(tagKey);
                return v != null && (values.isEmpty() || values.stream().anyMatch(x -> matches(option, v, x)));
            });
            return;
        }
        List<String> valid = byPath ? BY_PATH_KEYS : DESCRIBE_KEYS;
        if (!valid.contains(key)) {
            throw new AwsException("InvalidFilterKey", "The following filter key is not valid: " + key + ". Valid filter keys include: "
                    + valid + ".");
        }
        if (values.isEmpty()) {
            throw new AwsException("InvalidFilterValue", "The following filter values are missing : null for filter key " + key + ".");
        }
        switch (key) {
            case "Path" -> {
                String option = option(f, "OneLevel", List.of("Recursive", "OneLevel"));
                values.forEach(ParameterNames::checkPath);
                tests.add(c -> values.stream().anyMatch(p -> under(c.parameter().name(), p, option.equals("Recursive"))));
            }
            case "Name" -> {
                String option = option(f, "Equals", List.of("Equals", "BeginsWith", "Contains"));
                tests.add(c -> values.stream().anyMatch(v -> matches(option, c.parameter().name(), v)
                        || matches(option, ParameterNames.key(c.parameter().name()), ParameterNames.key(v))));
            }
            case "Type" -> {
                enumerated(key, values, List.of("String", "StringList", "SecureString"));
                String option = option(f, "Equals", List.of("Equals", "BeginsWith"));
                tests.add(c -> values.stream().anyMatch(v -> matches(option, c.parameter().type(), v)));
            }
            case "Tier" -> {
                enumerated(key, values, List.of("Standard", "Advanced", "Intelligent-Tiering"));
                String option = option(f, "Equals", List.of("Equals", "BeginsWith"));
                tests.add(c -> values.stream().anyMatch(v -> matches(option, c.parameter().tier(), v)));
            }
            case "KeyId" -> {
                String option = option(f, "Equals", List.of("Equals", "BeginsWith"));
                tests.add(c -> c.parameter().keyId() != null && values.stream().anyMatch(v -> matches(option, c.parameter().keyId(), v)));
            }
            case "Label" -> {
                String option = option(f, "Equals", List.of("Equals", "BeginsWith"));
                tests.add(c -> c.parameter().labels().stream().anyMatch(l -> values.stream().anyMatch(v -> matches(option, l, v))));
            }
            default -> {
                String option = option(f, "Equals", List.of("Equals", "BeginsWith"));
                tests.add(c -> values.stream().anyMatch(v -> matches(option, c.parameter().dataType(), v)));
            }
        }
    }

    private static void enumerated(String key, List<String> values, List<String> allowed) {
        for (String v : values) {
            if (!allowed.contains(v)) {
                throw new AwsException("InvalidFilterValue", "The following filter value is not valid: " + v + ". Valid values include: "
                        + allowed + ".");
            }
        }
    }

    private static String option(ParameterStringFilter f, String fallback, List<String> allowed) {
        String option = f.option() == null ? fallback : f.option();
        if (!allowed.contains(option)) {
            throw new AwsException("InvalidFilterOption", "The following filter option is not valid: " + option + ". Valid options include: "
                    + allowed + ".");
        }
        return option;
    }

    private static boolean matches(String option, String actual, String wanted) {
        return switch (option) {
            case "BeginsWith" -> actual.startsWith(wanted);
            case "Contains" -> actual.contains(wanted);
            default -> actual.equals(wanted);
        };
    }

    /**
     * Whether {@code name} lies under {@code path}: directly (one more level), or at any depth when
     * recursive. Names without a slash of their own lie directly under {@code /}.
     */
    static boolean under(String name, String path, boolean recursive) {
        String prefix = path.endsWith("/") ? path : path + "/";
        String full = ParameterNames.key(name).startsWith("/") ? name : "/" + ParameterNames.key(name);
        if (!full.startsWith(prefix) || full.length() == prefix.length()) {
            return false;
        }
        return recursive || full.indexOf('/', prefix.length()) < 0;
    }
}
