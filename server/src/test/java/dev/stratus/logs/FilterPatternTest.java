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
    void regularExpressionsAloneAndInsideFields() {
        assertTrue(matches("%AUTHORIZED%", "[SUCCESS 200] AUTHORIZED REQUEST"));
        assertTrue(matches("%AUTHORIZED%", "[ERROR 401] UNAUTHORIZED REQUEST"));
        assertTrue(matches("%\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}%", "from 10.0.12.7 ok"));
        assertTrue(matches("%[Ee]rror|[Ff]ail%", "the job failed"));
        assertFalse(matches("%^[hc]at%", "that cat"));
        assertTrue(matches("%[hc]at$%", "that cat"));
        assertTrue(matches("{ $.path = %^/api/v[0-9]+/% }", "{\"path\":\"/api/v2/users\"}"));
        assertFalse(matches("{ $.path != %^/api% }", "{\"path\":\"/api/v2/users\"}"));
        assertTrue(matches("[ip, user, status = %^5[0-9]{2}$%, bytes]", "1.2.3.4 - 503 10"));
        assertFalse(matches("[ip, user, status = %^5[0-9]{2}$%, bytes]", "1.2.3.4 - 404 10"));
        for (String bad : new String[] {"%something!%", "%(a|b)%", "%[abc%", "{ $.a > %1% }", "[a = %x%, b = %y%, c = %z%]"}) {
            assertEquals("InvalidParameterException", assertThrows(AwsException.class, () -> FilterPattern.parse(bad), bad).code(), bad);
        }
        assertEquals(2, FilterPattern.parse("[a = %x%, b = %y%, c]").regexes());
        assertTrue(matches("{ $.x = \"%abc%\" }", "{\"x\":\"%abc%\"}"), "a quoted %…% is text");
        assertFalse(matches("{ $.x = \"%abc%\" }", "{\"x\":\"xabcx\"}"));
        assertTrue(matches("[a = \"%x%\"]", "%x%"));
        assertEquals(0, FilterPattern.parse("[a = \"%x%\", b = \"%y%\", c = \"%z%\"]").regexes());
    }

    @Test
    void spaceDelimitedAlternativesAndConjunctions() {
        assertTrue(matches("[ip, status = 4* || status = 5*, size]", "1.2.3.4 503 10"));
        assertFalse(matches("[ip, status = 4* || status = 5*, size]", "1.2.3.4 200 10"));
        assertTrue(matches("[ip, status >= 400 && status < 500, size]", "1.2.3.4 404 10"));
        assertFalse(matches("[ip, status >= 400 && status < 500, size]", "1.2.3.4 503 10"));
        assertThrows(AwsException.class, () -> FilterPattern.parse("[ip, status = 4* || other = 5*]"));
    }

    @Test
    void matchesCarryTheValuesMetricFiltersTake() {
        FilterPattern.Match json = FilterPattern.parse("{ $.level = \"ERROR\" && $.latency > 100 }")
                .match("{\"level\":\"ERROR\",\"latency\":250,\"req\":{\"bytes\":12}}");
        assertEquals("250", json.value("$.latency"));
        assertEquals("12", json.value("$.req.bytes"));
        assertEquals(null, json.value("$.absent"));
        assertEquals(java.util.Map.of("$.level", "ERROR", "$.latency", "250"), json.extracted());
        FilterPattern.Match spaced = FilterPattern.parse("[ip, ..., status, bytes > 1000]").match("1.2.3.4 - x 200 2048");
        assertEquals("2048", spaced.value("$bytes"));
        assertEquals("1.2.3.4", spaced.value("$ip"));
        assertEquals(java.util.Map.of("$ip", "1.2.3.4", "$status", "200", "$bytes", "2048"), spaced.extracted());
        assertEquals(null, FilterPattern.parse("[ip, ..., status, bytes > 1000]").match("1.2.3.4 200 99"));
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
