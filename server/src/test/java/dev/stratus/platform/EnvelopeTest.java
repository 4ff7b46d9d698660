package dev.stratus.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.platform.port.Keys;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EnvelopeTest {
    static final byte[] KEY = new byte[32];
    static final byte[] ENCRYPTED_KEY = "encrypted-data-key".getBytes(StandardCharsets.UTF_8);

    static {
        Arrays.fill(KEY, (byte) 7);
    }

    static Keys.DataKey dataKey() {
        return new Keys.DataKey(KEY.clone(), ENCRYPTED_KEY.clone(), "arn:aws:kms:us-east-1:1:key/k");
    }

    static byte[] kms(byte[] encrypted) {
        if (!Arrays.equals(encrypted, ENCRYPTED_KEY)) {
            throw new IllegalArgumentException("not our key");
        }
        return KEY.clone();
    }

    @Test
    void aSealedValueOpensWithItsKeyOnly() {
        byte[] value = "x".repeat(65_536).getBytes(StandardCharsets.UTF_8);
        byte[] sealed = Envelope.seal(dataKey(), value);
        assertArrayEquals(value, Envelope.open(sealed, EnvelopeTest::kms));
        byte[] changed = sealed.clone();
        changed[changed.length - 1] ^= 1;
        assertThrows(Envelope.Broken.class, () -> Envelope.open(changed, EnvelopeTest::kms));
        assertThrows(Envelope.Broken.class, () -> Envelope.open(Arrays.copyOf(sealed, 10), EnvelopeTest::kms));
        assertThrows(Envelope.Broken.class, () -> Envelope.open(new byte[] {9, 0, 0}, EnvelopeTest::kms));
    }

    @Test
    void theDataKeyIsWipedOnceUsed() {
        Keys.DataKey key = dataKey();
        Envelope.seal(key, new byte[] {1});
        assertArrayEquals(new byte[32], key.plaintext());
    }
}
