package dev.stratus.kms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ciphertext blob's layout and the canonical encryption context. */
class CiphertextTest {

    @Test
    void aBlobNamesItsKeyAndMaterialAndReadsBack() {
        UUID key = UUID.randomUUID();
        Ciphertext c = new Ciphertext(key, 7, new byte[12], new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17});
        byte[] blob = c.bytes();
        assertEquals(Ciphertext.VERSION, blob[0]);
        assertEquals(1 + 16 + 4 + 12 + 17, blob.length);
        Ciphertext back = Ciphertext.parse(blob).orElseThrow();
        assertEquals(key, back.keyId());
        assertEquals(7, back.material());
        assertArrayEquals(c.sealed(), back.sealed());
    }

    @Test
    void whatIsNotABlobIsNotRead() {
        assertTrue(Ciphertext.parse(new byte[Ciphertext.MIN_BYTES - 1]).isEmpty());
        byte[] otherVersion = new byte[Ciphertext.MIN_BYTES];
        otherVersion[0] = 2;
        assertTrue(Ciphertext.parse(otherVersion).isEmpty());
        assertTrue(Ciphertext.parse(null).isEmpty());
    }

    @Test
    void theContextIsCanonicalWhateverItsOrder() {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");
        assertArrayEquals(Ciphertext.canonicalContext(ab), Ciphertext.canonicalContext(ba));
        assertArrayEquals(new byte[0], Ciphertext.canonicalContext(Map.of()));
        assertArrayEquals(Ciphertext.canonicalContext(null), Ciphertext.canonicalContext(Map.of()));
        // Lengths come first, so moving characters between key and value changes the bytes.
        assertFalse(java.util.Arrays.equals(Ciphertext.canonicalContext(Map.of("ab", "c")), Ciphertext.canonicalContext(Map.of("a", "bc"))));
    }

    @Test
    void theHeaderIsBoundIntoTheAdditionalData() {
        UUID key = UUID.randomUUID();
        byte[] one = new Ciphertext(key, 1, new byte[12], null).additionalData(Map.of("k", "v"));
        byte[] two = new Ciphertext(key, 2, new byte[12], null).additionalData(Map.of("k", "v"));
        assertFalse(java.util.Arrays.equals(one, two));
    }
}
