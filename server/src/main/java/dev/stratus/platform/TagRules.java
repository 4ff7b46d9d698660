package dev.stratus.platform;

import dev.stratus.protocol.AwsException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * How one service answers tags that break AWS's common rules: the rules are the same everywhere
 * ({@link Tags}), the error codes and texts are each service's own.
 *
 * @param invalid    the error for one tag that breaks a rule
 * @param tooMany    the error for more than {@link Tags#MAX_PER_RESOURCE} tags on a resource
 * @param characters what keys and values may hold, where the service checks it; null where it does not
 */
public record TagRules(Function<Refusal, AwsException> invalid, Supplier<AwsException> tooMany, Pattern characters) {

    /** The characters that services which check them allow: letters, numbers, spaces and {@code _ . : / = + - @}. */
    public static final Pattern COMMON_CHARACTERS = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

    /** Which rule a tag breaks. */
    public enum Rule {
        KEY_LENGTH("Tag keys must be 1 to 128 characters long."),
        VALUE_LENGTH("Tag values must be at most 256 characters long."),
        RESERVED_KEY("Tag keys starting with 'aws:' are reserved for AWS."),
        CHARACTERS("Tag keys and values may contain only letters, numbers, spaces and _ . : / = + - @.");

        private final String reason;

        Rule(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** One tag refused, and why; {@link #reason()} says it in words a service may answer as they are. */
    public record Refusal(Rule rule, String key, String value) {
        public String reason() {
            return rule.reason();
        }
    }
}
