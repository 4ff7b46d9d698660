package dev.stratus.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.time.ManualClock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodeLinksTest {
    static final String SHA = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
    final ManualClock clock = new ManualClock(1_796_550_000_000L);
    final CodeLinks links = new CodeLinks(clock, () -> "http://localhost:4566", new byte[32]);

    static Map<String, List<String>> query(String link) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
            q.put(pair.substring(0, pair.indexOf('=')), List.of(pair.substring(pair.indexOf('=') + 1)));
        }
        return q;
    }

    static Map<String, List<String>> with(Map<String, List<String>> q, String name, String value) {
        Map<String, List<String>> changed = new LinkedHashMap<>(q);
        changed.put(name, List.of(value));
        return changed;
    }

    @Test
    void aLinkOnStratusNamesThePackageUntilTenMinutesHavePassed() {
        String link = links.link(null, SHA);
        assertTrue(link.startsWith("http://localhost:4566/_stratus/lambda/code?Package="), link);
        assertTrue(links.link("127.0.0.1:4566", SHA).startsWith("http://127.0.0.1:4566/_stratus/lambda/code?Package="), "on the Host the client addressed");
        assertTrue(link.contains("&X-Amz-Expires=600&"), link);
        assertEquals(new CodeLinks.Checked(SHA, null), links.check(query(link)));
        clock.advance(600_000);
        assertEquals(SHA, links.check(query(link)).codeSha(), "good through its tenth minute");
        clock.advance(1);
        assertEquals(CodeLinks.Refusal.EXPIRED, links.check(query(link)).refusal());
    }

    @Test
    void aLinkChangedInAnyPartOrSignedByAnotherStratusIsForged() {
        Map<String, List<String>> q = query(links.link(null, SHA));
        String other = query(links.link(null, "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=")).get("Package").getFirst();
        assertEquals(CodeLinks.Refusal.FORGED, links.check(with(q, "Package", other)).refusal());
        assertEquals(CodeLinks.Refusal.FORGED, links.check(with(q, "X-Amz-Date", "20991231T000000Z")).refusal());
        assertEquals(CodeLinks.Refusal.FORGED, links.check(with(q, "X-Amz-Expires", "604800")).refusal());
        assertEquals(CodeLinks.Refusal.FORGED, links.check(with(q, "X-Amz-Signature", "00")).refusal());
        Map<String, List<String>> unsigned = new LinkedHashMap<>(q);
        unsigned.remove("X-Amz-Signature");
        assertEquals(CodeLinks.Refusal.FORGED, links.check(unsigned).refusal());
        CodeLinks elsewhere = new CodeLinks(clock, () -> "http://localhost:4566", new byte[] {1});
        assertEquals(CodeLinks.Refusal.FORGED, elsewhere.check(q).refusal());
        assertNull(links.check(Map.of()).codeSha());
    }
}
