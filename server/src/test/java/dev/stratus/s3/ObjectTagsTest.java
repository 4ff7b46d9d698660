package dev.stratus.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stratus.protocol.AwsException;
import dev.stratus.s3.S3Repository.ObjectVersion;
import dev.stratus.s3.api.Tag;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ObjectTagsTest {
    @Test
    void theTaggingHeaderIsAUrlEncodedQuery() {
        ObjectNode meta = JsonNodeFactory.instance.objectNode();
        ObjectTags.set(meta, ObjectTags.fromHeader("a=1&two+words=x%26y&empty"));
        ObjectVersion o = new ObjectVersion("b", "k", "null", true, false, 0, "", 0, ObjectData.EMPTY, meta);
        assertEquals(List.of(new Tag("a", "1"), new Tag("two words", "x&y"), new Tag("empty", "")), ObjectTags.of(o));
        assertEquals(3, ObjectTags.count(o));
        assertNull(ObjectTags.fromHeader(null));
        assertEquals("InvalidArgument", assertThrows(AwsException.class, () -> ObjectTags.fromHeader("a=1&a=2")).code());
    }

    @Test
    void awsLimitsAreKept() {
        List<Tag> eleven = IntStream.range(0, 11).mapToObj(i -> new Tag("k" + i, "v")).toList();
        assertEquals("BadRequest", assertThrows(AwsException.class, () -> ObjectTags.of(eleven)).code());
        assertEquals(10, ObjectTags.of(eleven.subList(0, 10)).size());
        assertEquals("InvalidTag", assertThrows(AwsException.class, () -> ObjectTags.of(List.of(new Tag("k".repeat(129), "v")))).code());
        assertEquals(1, ObjectTags.of(List.of(new Tag("k".repeat(128), "v".repeat(256)))).size());
        assertEquals("InvalidTag", assertThrows(AwsException.class, () -> ObjectTags.of(List.of(new Tag("k", "v".repeat(257))))).code());
        assertEquals("InvalidTag", assertThrows(AwsException.class, () -> ObjectTags.of(List.of(new Tag("k", "1"), new Tag("k", "2")))).code());
        assertEquals("InvalidTag", assertThrows(AwsException.class, () -> ObjectTags.of(List.of(new Tag("", "1")))).code());
    }

    @Test
    void noTagsLeaveNoMember() {
        ObjectNode meta = JsonNodeFactory.instance.objectNode();
        ObjectTags.set(meta, ObjectTags.fromHeader("a=1"));
        ObjectTags.set(meta, null);
        assertEquals(0, meta.size());
        assertNull(ObjectTags.count(new ObjectVersion("b", "k", "null", true, false, 0, "", 0, ObjectData.EMPTY, meta)));
    }
}
