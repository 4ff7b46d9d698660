package dev.stratus.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class RequestBodyTest {
    static final byte[] BODY = "{\"QueueUrl\":\"q\",\"MessageBody\":\"hello\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aBodyIsReadWholeWhetherItsLengthIsKnownOrNot() {
        assertArrayEquals(BODY, RequestBody.stream(new ByteArrayInputStream(BODY), 1000, null, BODY.length).bytes());
        assertArrayEquals(BODY, RequestBody.stream(new ByteArrayInputStream(BODY), 1000, null, -1).bytes(), "chunked");
    }

    @Test
    void aBodyShorterThanItsContentLengthIsABadRequest() {
        AwsException e = assertThrows(AwsException.class,
                () -> RequestBody.stream(new ByteArrayInputStream(BODY), 1000, null, BODY.length + 10).bytes());
        assertEquals("SerializationException", e.code());
        assertEquals(400, e.status());
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        assertEquals(413, assertThrows(AwsException.class, () -> RequestBody.stream(new ByteArrayInputStream(BODY), 10, null, BODY.length).bytes()).status());
        assertEquals(413, assertThrows(AwsException.class, () -> RequestBody.stream(new ByteArrayInputStream(BODY), 10, null, -1).bytes()).status(),
                "chunked");
    }

    @Test
    void aGzipBodyIsReadDecoded() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(BODY);
        }
        byte[] z = zipped.toByteArray();
        assertArrayEquals(BODY, RequestBody.stream(new ByteArrayInputStream(z), 1000, "gzip", z.length).bytes());
    }
}
