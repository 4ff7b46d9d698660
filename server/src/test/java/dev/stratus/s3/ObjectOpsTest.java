package dev.stratus.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stratus.protocol.AwsException;
import dev.stratus.s3.S3Repository.ObjectVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectOpsTest {
    private static ObjectVersion object(String etag, ObjectData data) {
        return new ObjectVersion("b", "k", "null", true, false, data.size(), etag, 0, data, JsonNodeFactory.instance.objectNode());
    }

    private static final ObjectVersion SINGLE = object("\"abc\"", ObjectData.of("blob", 10));
    private static final ObjectVersion MULTIPART = object("\"abc-3\"", new ObjectData(List.of(new ObjectData.Segment("p1", 5),
            new ObjectData.Segment("p2", 5), new ObjectData.Segment("p3", 2))));

    @Test
    void aPartOfAMultipartObjectIsItsSegment() {
        assertEquals(3, ObjectOps.partsCount(MULTIPART));
        assertEquals(new ByteRange(0, 4), ObjectOps.partRange(MULTIPART, 1, null));
        assertEquals(new ByteRange(10, 11), ObjectOps.partRange(MULTIPART, 3, null));
        assertEquals(416, assertThrows(AwsException.class, () -> ObjectOps.partRange(MULTIPART, 4, null)).status());
    }

    @Test
    void anyOtherObjectIsOnePart() {
        assertNull(ObjectOps.partsCount(SINGLE));
        assertNull(ObjectOps.partRange(SINGLE, null, "bytes=0-1"));
        assertEquals(new ByteRange(0, 9), ObjectOps.partRange(SINGLE, 1, null));
        assertEquals("InvalidPartNumber", assertThrows(AwsException.class, () -> ObjectOps.partRange(SINGLE, 2, null)).code());
    }

    @Test
    void aPartNumberIsBetween1And10000AndNotWithARange() {
        assertEquals("InvalidArgument", assertThrows(AwsException.class, () -> ObjectOps.partRange(SINGLE, 0, null)).code());
        assertEquals("InvalidRequest", assertThrows(AwsException.class, () -> ObjectOps.partRange(SINGLE, 1, "bytes=0-1")).code());
    }
}
