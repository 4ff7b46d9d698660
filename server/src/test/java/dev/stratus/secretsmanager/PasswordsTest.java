package dev.stratus.secretsmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.protocol.AwsException;
import dev.stratus.secretsmanager.api.GetRandomPasswordRequest;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    static GetRandomPasswordRequest request(Long length, String exclude, Boolean numbers, Boolean punctuation, Boolean upper, Boolean lower,
                                            Boolean space, Boolean each) {
        return new GetRandomPasswordRequest(length, exclude, numbers, punctuation, upper, lower, space, each);
    }

    @Test
    void byDefaultThirtyTwoCharactersWithOneOfEachKind() {
        for (int i = 0; i < 50; i++) {
            String p = Passwords.generate(request(null, null, null, null, null, null, null, null));
            assertEquals(32, p.length());
            assertTrue(p.chars().anyMatch(Character::isLowerCase) && p.chars().anyMatch(Character::isUpperCase)
                    && p.chars().anyMatch(Character::isDigit) && p.chars().anyMatch(c -> Passwords.PUNCTUATION.indexOf(c) >= 0), p);
            assertTrue(p.chars().noneMatch(c -> c == ' '));
        }
    }

    @Test
    void excludedCharactersAndKindsNeverAppear() {
        String p = Passwords.generate(request(200L, "abcXYZ012", null, true, null, null, true, false));
        assertTrue(p.matches("[d-zA-W3-9 ]{200}"), p);
        assertEquals(4, Passwords.generate(request(4L, null, null, null, null, null, null, true)).length());
    }

    @Test
    void impossibleRequestsAreRefused() {
        assertEquals("InvalidParameterException", assertThrows(AwsException.class,
                () -> Passwords.generate(request(10L, null, true, true, true, true, false, null))).code());
        assertEquals("InvalidParameterException", assertThrows(AwsException.class,
                () -> Passwords.generate(request(3L, null, null, null, null, null, null, true))).code(), "four kinds need four characters");
        assertEquals("InvalidParameterException", assertThrows(AwsException.class,
                () -> Passwords.generate(request(10L, "0123456789", false, true, true, true, null, null))).code());
    }
}
