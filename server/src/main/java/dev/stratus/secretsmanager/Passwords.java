package dev.stratus.secretsmanager;

import dev.stratus.protocol.AwsException;
import dev.stratus.secretsmanager.api.GetRandomPasswordRequest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * GetRandomPassword: characters drawn with {@link SecureRandom} from the classes the request keeps
 * (lower case, upper case, digits, AWS's 32 punctuation characters, and a space when asked), less
 * the excluded characters; by default 32 long with at least one of each class kept.
 */
final class Passwords {
    static final int DEFAULT_LENGTH = 32;
    static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    static String generate(GetRandomPasswordRequest in) {
        int length = in.passwordLength() == null ? DEFAULT_LENGTH : in.passwordLength().intValue();
        String excluded = in.excludeCharacters() == null ? "" : in.excludeCharacters();
        List<String> classes = new ArrayList<>();
        add(classes, !Boolean.TRUE.equals(in.excludeLowercase()), "abcdefghijklmnopqrstuvwxyz", excluded);
        add(classes, !Boolean.TRUE.equals(in.excludeUppercase()), "ABCDEFGHIJKLMNOPQRSTUVWXYZ", excluded);
        add(classes, !Boolean.TRUE.equals(in.excludeNumbers()), "0123456789", excluded);
        add(classes, !Boolean.TRUE.equals(in.excludePunctuation()), PUNCTUATION, excluded);
        add(classes, Boolean.TRUE.equals(in.includeSpace()), " ", excluded);
        if (classes.isEmpty()) {
            throw new AwsException("InvalidParameterException", "The password can't be generated: every kind of character is excluded.");
        }
        boolean eachType = in.requireEachIncludedType() == null || in.requireEachIncludedType();
        if (eachType && length < classes.size()) {
            throw new AwsException("InvalidParameterException", "The password length is too short to include a character of each type.");
        }
        String all = String.join("", classes);
        char[] password = new char[length];
        int at = 0;
        if (eachType) {
            for (String c : classes) {
                password[at++] = c.charAt(RANDOM.nextInt(c.length()));
            }
        }
        while (at < length) {
            password[at++] = all.charAt(RANDOM.nextInt(all.length()));
        }
        // The one of each class went first: shuffled so that no position tells its class.
        for (int i = length - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char t = password[i];
            password[i] = password[j];
            password[j] = t;
        }
        return new String(password);
    }

    private static void add(List<String> classes, boolean included, String characters, String excluded) {
        if (!included) {
            return;
        }
        StringBuilder kept = new StringBuilder();
        characters.chars().filter(c -> excluded.indexOf(c) < 0).forEach(c -> kept.append((char) c));
        if (!kept.isEmpty()) {
            classes.add(kept.toString());
        }
    }
}
