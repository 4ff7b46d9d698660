package dev.stratus.s3;

import dev.stratus.protocol.AwsException;
import java.nio.charset.StandardCharsets;

/** S3's limit on object keys: at most 1,024 bytes of UTF-8. */
final class ObjectKeys {
    static final int MAX_BYTES = 1024;

    private ObjectKeys() {
    }

    static void check(String key) {
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AwsException("KeyTooLongError", "Your key is too long").with("Size", String.valueOf(key.getBytes(StandardCharsets.UTF_8).length))
                    .with("MaxSizeAllowed", String.valueOf(MAX_BYTES));
        }
    }
}
