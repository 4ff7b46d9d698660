package dev.stratus.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An IPv4 literal in a Host header is recognised as the pattern \d{1,3}(\.\d{1,3}){3} would. */
class WebGuardHostTest {

    @Test
    void dottedQuads() {
        for (String address : new String[] {"127.0.0.1", "0.0.0.0", "192.168.100.254", "999.1.22.333"}) {
            assertTrue(WebGuard.isDottedQuad(address), address);
        }
    }

    @Test
    void notDottedQuads() {
        for (String name : new String[] {"", "localhost", "1.2.3", "1.2.3.4.5", "1.2.3.", ".1.2.3", "1..2.3", "1234.1.1.1", "1.2.3.4a",
                "a1.2.3.4", "1.2.3.٣", "example.com", "1.2.3.4:80"}) {
            assertFalse(WebGuard.isDottedQuad(name), name);
        }
    }
}
