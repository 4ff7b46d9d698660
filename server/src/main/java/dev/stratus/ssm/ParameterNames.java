package dev.stratus.ssm;

import dev.stratus.platform.Arn;
import dev.stratus.protocol.AwsException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parameter Store's names: what PutParameter accepts, the key a name is found by (a single-level
 * name is the same parameter with or without its leading slash, {@code /db} and {@code db}), its
 * ARN ({@code parameter/} and the name without its leading slash), and the forms reads take: a
 * name or an ARN, followed by {@code :version} or {@code :label}.
 */
final class ParameterNames {
    static final int MAX_LEVELS = 15;
    private static final Pattern CHARACTERS = Pattern.compile("[a-zA-Z0-9_.\\-/]+");
    private static final Pattern PATH = Pattern.compile("/[a-zA-Z0-9_.\\-]+(/[a-zA-Z0-9_.\\-]+)*/?|/");
    private static final String BAD_PATH = "Parameter name: can't be prefixed with \"ssm\" (case-insensitive). If formed as a path, it can consist "
            + "of sub-paths divided by slash symbol; each sub-path can be formed as a mix of letters, numbers and the following 3 symbols .-_";

    private ParameterNames() {
    }

    /** A name and what it selects: a version, a label, or (both null) the current version. */
    record Selected(String name, Long version, String label) {
        /** The selector as GetParameter answers it ({@code :3}, {@code :prod}), or null. */
        String selector() {
            return version != null ? ":" + version : label != null ? ":" + label : null;
        }
    }

    /** Refuses a name PutParameter may not create, with AWS's error for each rule. */
    static void checkNew(String name) {
        String bare = name.startsWith("/") ? name.substring(1) : name;
        String lower = bare.toLowerCase(Locale.ROOT);
        boolean path = bare.contains("/");
        if (lower.startsWith("aws") || lower.startsWith("ssm")) {
            if (path && lower.startsWith("aws")) {
                throw new AwsException("AccessDeniedException", "No access to reserved parameter name: " + name + ".", 400);
            }
            throw new AwsException("ValidationException", path ? BAD_PATH
                    : "Parameter name: can't be prefixed with \"aws\" or \"ssm\" (case-insensitive).");
        }
        if (!CHARACTERS.matcher(name).matches()) {
            throw new AwsException("ValidationException", BAD_PATH);
        }
        if (path && !name.startsWith("/")) {
            throw new AwsException("ValidationException", "Parameter name must be a fully qualified name.");
        }
        if (name.contains("//") || name.endsWith("/")) {
            throw new AwsException("ValidationException", BAD_PATH);
        }
        if (levels(name) > MAX_LEVELS) {
            throw new AwsException("HierarchyLevelLimitExceededException", "A hierarchy can have a maximum of 15 levels. For more information, see "
                    + "https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-working.html");
        }
    }

    /** Refuses a path GetParametersByPath or a Path filter may not name. */
    static void checkPath(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("/aws") || lower.startsWith("/ssm")) {
            throw new AwsException("ValidationException", "Filters for common parameters can't be prefixed with \"aws\" or \"ssm\" "
                    + "(case-insensitive). When using global parameters, please specify within a global namespace.");
        }
        if (!PATH.matcher(path).matches()) {
            throw new AwsException("ValidationException", "The parameter doesn't meet the parameter name requirements. The parameter name must "
                    + "begin with a forward slash \"/\". It can't be prefixed with \"aws\" or \"ssm\" (case-insensitive). It must use only "
                    + "letters, numbers, or the following symbols: . (period), - (hyphen), _ (underscore). Special characters are not allowed. "
                    + "All sub-paths, if specified, must use the forward slash symbol \"/\". Valid example: /get/parameters2-/by1./path0_.");
        }
    }

    static int levels(String name) {
        int levels = 0;
        for (String part : name.split("/")) {
            if (!part.isEmpty()) {
                levels++;
            }
        }
        return levels;
    }

    /** The key a name is kept under: a single-level name without its leading slash. */
    static String key(String name) {
        String bare = name.startsWith("/") ? name.substring(1) : name;
        return bare.contains("/") ? name : bare;
    }

    static String arn(String region, String account, String name) {
        return Arn.of("ssm", region, account, "parameter/" + (name.startsWith("/") ? name.substring(1) : name)).toString();
    }

    /**
     * Reads a name as GetParameter takes it: a name or a parameter's ARN, with an optional
     * {@code :version} or {@code :label}; null when it cannot name a parameter.
     */
    static Selected select(String given) {
        String name = given;
        String selector = null;
        if (given.startsWith("arn:")) {
            int at = given.indexOf(":parameter/");
            if (at < 0) {
                return null;
            }
            name = given.substring(at + ":parameter/".length());
            int colon = name.lastIndexOf(':');
            if (colon >= 0) {
                selector = name.substring(colon + 1);
                name = name.substring(0, colon);
            }
            name = name.contains("/") ? "/" + name : name;
        } else {
            int colon = given.indexOf(':');
            if (colon >= 0) {
                selector = given.substring(colon + 1);
                name = given.substring(0, colon);
            }
        }
        if (name.isEmpty() || selector != null && (selector.isEmpty() || selector.contains(":"))) {
            return null;
        }
        if (selector == null) {
            return new Selected(name, null, null);
        }
        if (selector.chars().allMatch(Character::isDigit)) {
            try {
                return new Selected(name, Long.parseLong(selector), null);
            } catch (NumberFormatException tooLong) {
                return null;
            }
        }
        return new Selected(name, null, selector);
    }
}
