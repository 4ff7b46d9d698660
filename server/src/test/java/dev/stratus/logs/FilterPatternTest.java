package dev.stratus.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.protocol.AwsException;
import org.junit.jupiter.api.Test;

class FilterPatternTest {
    static boolean matches(String pattern, String message) {
        return FilterPattern.parse(pattern).test(message);
    }

    @Test
    void termsPhrasesAlternativesAndExclusions() {
        assertTrue(matches("", "anything"));
        assertTrue(matches("ERROR", "[ERROR] disk full"));
        assertFalse(matches("ERROR", "error in lower case"));
        assertTrue(matches("ERROR disk", "[ERROR] disk full"));
        assertFalse(matches("ERROR memory", "[ERROR] disk full"));
        assertTrue(matches("\"disk full\"", "[ERROR] disk full"));
        assertFalse(matches("\"full disk\"", "[ERROR] disk full"));
        assertTrue(matches("ERROR -DEBUG", "ERROR x"));
        assertFalse(matches("ERROR -DEBUG", "ERROR DEBUG x"));
        assertTrue(matches("?ERROR ?WARN", "WARN low disk"));
        assertFalse(matches("?ERROR ?WARN", "INFO all good"));
    }

    @Test
    void jsonConditions() {
        String event = "{\"level\":\"ERROR\",\"latency\":700,\"user\":{\"id\":\"u-1\",\"admin\":true},\"tags\":[\"a\",\"b\"],\"gone\":null}";
        assertTrue(matches("{ $.level = \"ERROR\" }", event));
        assertTrue(matches("{ $.level = ERR* }", event));
        assertFalse(matches("{ $.level = \"INFO\" }", event));
        assertTrue(matches("{ $.level != \"INFO\" }", event));
        assertTrue(matches("{ $.latency > 500 && $.user.id = \"u-1\" }", event));
        assertFalse(matches("{ $.latency > 700 }", event));
        assertTrue(matches("{ $.latency >= 700 }", event));
        assertTrue(matches("{ ($.latency < 10 || $.level = \"ERROR\") && $.user.admin IS TRUE }", event));
        assertTrue(matches("{ $.gone IS NULL }", event));
        assertTrue(matches("{ $.missing NOT EXISTS }", event));
        assertFalse(matches("{ $.level NOT EXISTS }", event));
        assertTrue(matches("{ $.tags[1] = \"b\" }", event));
        assertTrue(matches("{ $.tags[*] = \"a\" }", event));
        assertFalse(matches("{ $.level = \"ERROR\" }", "not json at all"));
    }

    @Test
    void spaceDelimitedFields() {
        String access = "127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 404 2326";
        assertTrue(matches("[ip, id, user, timestamp, request, status_code, size]", access));
        assertTrue(matches("[ip, id, user, timestamp, request, status_code=404, size>1000]", access));
        assertTrue(matches("[ip, id, user, timestamp, request, status_code=4*, size]", access));
        assertFalse(matches("[ip, id, user, timestamp, request, status_code=200, size]", access));
        assertTrue(matches("[ip=127.0.0.1, ..., size<3000]", access));
        assertFalse(matches("[ip, id, user]", access));
    }

    @Test
    void wildcardsMatchInLinearTime() {
        String longRun = "{\"x\":\"" + "a".repeat(20_000) + "\"}";
        long start = System.nanoTime();
        assertFalse(matches("{ $.x = \"*a*a*a*a*a*a*a*a*b\" }", longRun));
        assertTrue(matches("{ $.x = \"a*a*a\" }", longRun));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 1_000, "a crafted wildcard must not backtrack");
        assertTrue(matches("[a=*x*y*]", "--x--y--"));
        assertFalse(matches("[a=*x*y*]", "--y--x--"));
    }

    @Test
    void regularExpressionPatternsAreNotServedYet() {
        assertEquals(501, assertThrows(AwsException.class, () -> FilterPattern.parse("%ERROR [0-9]+%")).status());
    }

    @Test
    void malformedPatternsAreInvalidParameters() {
        for (String bad : new String[] {"{ $.a = }", "{ $.a = 1", "{ level = 1 }", "[a, b=]", "\"unclosed", "{ $.a = 1 } extra }",
                "[a, ..., b, ..., c]"}) {
            AwsException e = assertThrows(AwsException.class, () -> FilterPattern.parse(bad), bad);
            assertEquals("InvalidParameterException", e.code());
        }
    }
}
