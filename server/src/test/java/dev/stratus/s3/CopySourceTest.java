package dev.stratus.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stratus.protocol.AwsException;
import org.junit.jupiter.api.Test;

class CopySourceTest {
    @Test
    void aSourceIsBucketThenKeyUrlDecodedWithAnOptionalVersion() {
        assertEquals(new CopySource("b", "dir/a b+c", null), CopySource.parse("/b/dir/a%20b+c"));
        assertEquals(new CopySource("b", "k", "v1"), CopySource.parse("b/k?versionId=v1"));
        assertEquals(new CopySource("b", "é", null), CopySource.parse("b/%C3%A9"));
    }

    @Test
    void aSourceWithoutBucketOrKeyIsInvalidArgument() {
        for (String bad : new String[] {"", "b", "b/", "/k", "%zz/k"}) {
            assertEquals("InvalidArgument", assertThrows(AwsException.class, () -> CopySource.parse(bad)).code(), bad);
        }
    }
}
