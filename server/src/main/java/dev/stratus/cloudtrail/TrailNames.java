package dev.stratus.cloudtrail;

import dev.stratus.platform.Arn;
import dev.stratus.protocol.AwsException;
import java.util.regex.Pattern;

/**
 * Trail names and ARNs as CloudTrail checks them: a name is 3–128 letters, digits, periods,
 * underscores and hyphens, starting and ending with a letter or digit, with no two special
 * characters together and not shaped like an IP address; a trail ARN is
 * {@code arn:aws:cloudtrail:REGION:ACCOUNT:trail/NAME}.
 */
final class TrailNames {
    private static final Pattern CHARACTERS = Pattern.compile("[A-Za-z0-9._-]*");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern ADJACENT_SPECIALS = Pattern.compile("[._-]{2}");

    private TrailNames() {
    }

    /** A trail named by a name or an ARN: its home region (null for a name: the caller's) and its name. */
    record Ref(String region, String account, String name) {
    }

    static Ref parse(String nameOrArn) {
        if (nameOrArn.startsWith("arn:")) {
            Arn arn = Arn.parse(nameOrArn).filter(a -> a.service().equals("cloudtrail") && a.resource().startsWith("trail/"))
                    .orElseThrow(() -> new AwsException("CloudTrailARNInvalidException", "Invalid trail ARN: " + nameOrArn));
            String name = arn.resource().substring("trail/".length());
            check(name);
            return new Ref(arn.region(), arn.account(), name);
        }
        check(nameOrArn);
        return new Ref(null, null, nameOrArn);
    }

    static void check(String name) {
        if (name.length() < 3) {
            throw invalid("Trail name too short. Minimum allowed length: 3 characters. Specified name length: " + name.length() + " characters.");
        }
        if (name.length() > 128) {
            throw invalid("Trail name too long. Maximum allowed length: 128 characters. Specified name length: " + name.length() + " characters.");
        }
        if (!CHARACTERS.matcher(name).matches()) {
            throw invalid("Trail name or ARN can only contain uppercase letters, lowercase letters, numbers, periods (.), hyphens (-), and underscores (_).");
        }
        if (!Character.isLetterOrDigit(name.charAt(0))) {
            throw invalid("Trail name must starts with a letter or number.");
        }
        if (!Character.isLetterOrDigit(name.charAt(name.length() - 1))) {
            throw invalid("Trail name must ends with a letter or number.");
        }
        if (ADJACENT_SPECIALS.matcher(name).find()) {
            throw invalid("Trail name cannot contain consecutive special characters.");
        }
        if (IP_ADDRESS.matcher(name).matches()) {
            throw invalid("Trail name cannot be formatted as an IP address.");
        }
    }

    static String arn(String region, String account, String name) {
        return Arn.of("cloudtrail", region, account, "trail/" + name).toString();
    }

    private static AwsException invalid(String message) {
        return new AwsException("InvalidTrailNameException", message);
    }
}
