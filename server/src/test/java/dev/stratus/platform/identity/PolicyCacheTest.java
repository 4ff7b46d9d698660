package dev.stratus.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stratus.platform.PolicyDocument;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PolicyCacheTest {
    final Map<String, String> store = new HashMap<>();
    final AtomicInteger reads = new AtomicInteger();

    Optional<PolicyDocument> read(String arn) {
        reads.incrementAndGet();
        return Optional.ofNullable(store.get(arn)).map(PolicyDocument::stored);
    }

    @Test
    void aPolicyIsReadOnceUntilAWriteCommits() {
        PolicyCache cache = new PolicyCache(this::read);
        store.put("arn:a", "{\"Id\":\"one\"}");
        assertEquals("{\"Id\":\"one\"}", cache.get("arn:a").orElseThrow().toJson());
        assertEquals("{\"Id\":\"one\"}", cache.get("arn:a").orElseThrow().toJson());
        assertEquals(Optional.empty(), cache.get("arn:none"));
        assertEquals(Optional.empty(), cache.get("arn:none"));
        assertEquals(2, reads.get());

        store.put("arn:a", "{\"Id\":\"two\"}");
        cache.changed();
        assertEquals("{\"Id\":\"two\"}", cache.get("arn:a").orElseThrow().toJson());
        assertEquals(3, reads.get());
    }

    @Test
    void aReadThatRacedWithAWriteIsNotKept() {
        PolicyCache[] cache = new PolicyCache[1];
        store.put("arn:a", "{\"Id\":\"old\"}");
        cache[0] = new PolicyCache(arn -> {
            Optional<PolicyDocument> old = read(arn);
            // A write commits while this read is on its way back with what it saw before.
            store.put("arn:a", "{\"Id\":\"new\"}");
            cache[0].changed();
            return old;
        });
        assertEquals("{\"Id\":\"old\"}", cache[0].get("arn:a").orElseThrow().toJson());
        // The raced read was not kept: the next read goes to the store again.
        cache[0].get("arn:a");
        assertEquals(2, reads.get());
    }
}
