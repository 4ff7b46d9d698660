package dev.stratus.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stratus.sqs.api.MessageAttributeValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageDigestsTest {
    @Test
    void bodyDigestIsMd5OfUtf8() {
        assertEquals("5d41402abc4b2a76b9719d911017c592", MessageDigests.ofBody("hello"));
    }

    @Test
    void attributeDigestFollowsAwsEncoding() {
        // The AWS CLI and boto3 showed this digest for {"a": String "x", "b": Binary "AQID"}.
        Map<String, MessageAttributeValue> attributes = Map.of(
                "b", new MessageAttributeValue(null, "AQID".getBytes(), null, null, "Binary"),
                "a", new MessageAttributeValue("x", null, null, null, "String"));
        assertEquals("15f4ac2c4c403a7ce2af44dd3ea7c601", MessageDigests.ofAttributes(attributes));
        assertNull(MessageDigests.ofAttributes(Map.of()));
    }
}
