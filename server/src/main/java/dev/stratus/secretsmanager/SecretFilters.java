package dev.stratus.secretsmanager;

import dev.stratus.protocol.AwsException;
import dev.stratus.secretsmanager.SecretsRepository.Secret;
import dev.stratus.secretsmanager.api.Filter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * ListSecrets' and BatchGetSecretValue's filters: each value matches the start of what its key
 * names, whatever the case, and a value starting with {@code !} matches what does not; a filter
 * passes when one of its values does, and a secret when every filter passes.
 */
final class SecretFilters {
    private SecretFilters() {
    }

    /** Refuses a filter without a key or values, before anything is listed. */
    static void check(List<Filter> filters) {
        if (filters == null) {
            return;
        }
        for (Filter f : filters) {
            if (f.key() == null || f.values() == null || f.values().isEmpty()) {
                throw new AwsException("InvalidParameterException", "Invalid filter: each filter needs a Key and at least one value in Values.");
            }
        }
    }

    static boolean matches(List<Filter> filters, Secret s, Map<String, String> tags) {
        return filters == null || filters.stream().allMatch(f -> f.values().stream().anyMatch(v -> matches(f.key(), v, s, tags)));
    }

    private static boolean matches(String key, String value, Secret s, Map<String, String> tags) {
        boolean negated = value.startsWith("!");
        String prefix = lower(negated ? value.substring(1) : value);
        Stream<String> candidates = switch (key) {
            case "name" -> Stream.of(s.name());
            case "description" -> Stream.ofNullable(s.description());
            case "tag-key" -> tags.keySet().stream();
            case "tag-value" -> tags.values().stream();
            case "primary-region" -> Stream.of(s.region());
            case "owning-service" -> Stream.empty();
            default -> Stream.concat(Stream.concat(Stream.of(s.name()), Stream.ofNullable(s.description())),
                    Stream.concat(tags.keySet().stream(), tags.values().stream()));
        };
        boolean hit = candidates.anyMatch(c -> lower(c).startsWith(prefix));
        return negated != hit;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
