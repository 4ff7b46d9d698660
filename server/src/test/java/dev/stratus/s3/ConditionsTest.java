package dev.stratus.s3;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stratus.protocol.AwsException;
import dev.stratus.s3.S3Repository.ObjectVersion;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConditionsTest {
    private static final Instant MODIFIED = Instant.parse("2026-01-02T03:04:05.678Z");
    private static final ObjectVersion OBJECT = new ObjectVersion("b", "k", "null", true, false, 1, "\"abc\"", MODIFIED.toEpochMilli(),
            ObjectData.EMPTY, JsonNodeFactory.instance.objectNode());
    private static final Instant BEFORE = MODIFIED.minusSeconds(60);
    private static final Instant AFTER = MODIFIED.plusSeconds(60);

    @Test
    void etagListsMatchQuotedUnquotedWeakOrStar() {
        assertTrue(Conditions.matches("\"x\", \"abc\"", "\"abc\""));
        assertTrue(Conditions.matches("abc", "\"abc\""));
        assertTrue(Conditions.matches("W/\"abc\"", "\"abc\""));
        assertTrue(Conditions.matches("*", "\"abc\""));
        assertFalse(Conditions.matches("\"abcd\"", "\"abc\""));
    }

    @Test
    void aTrueIfMatchOverridesAFalseIfUnmodifiedSince() {
        assertNull(Conditions.failing(OBJECT, "\"abc\"", null, null, BEFORE));
        assertEquals("If-Unmodified-Since", Conditions.failing(OBJECT, null, null, null, BEFORE));
        assertEquals("If-Match", Conditions.failing(OBJECT, "\"other\"", null, null, AFTER));
    }

    @Test
    void aFalseIfNoneMatchOverridesATrueIfModifiedSince() {
        assertNull(Conditions.failing(OBJECT, null, "\"other\"", AFTER, null));
        assertEquals("If-None-Match", Conditions.failing(OBJECT, null, "\"abc\"", BEFORE, null));
        assertEquals("If-Modified-Since", Conditions.failing(OBJECT, null, null, AFTER, null));
    }

    @Test
    void timesCompareByWholeSecondsAsLastModifiedStatesThem() {
        Instant sameSecond = Instant.parse("2026-01-02T03:04:05Z");
        assertEquals("If-Modified-Since", Conditions.failing(OBJECT, null, null, sameSecond, null));
        assertNull(Conditions.failing(OBJECT, null, null, null, sameSecond));
    }

    @Test
    void readsAnswer304ForNoneMatchAnd412ForMatch() {
        AwsException notModified = assertThrows(AwsException.class, () -> Conditions.checkRead(OBJECT, null, "*", null, null));
        assertEquals(304, notModified.status());
        assertEquals("\"abc\"", notModified.headers().get("ETag"));
        assertEquals("Fri, 02 Jan 2026 03:04:05 GMT", notModified.headers().get("Last-Modified"));
        AwsException failed = assertThrows(AwsException.class, () -> Conditions.checkRead(OBJECT, "x", null, null, null));
        assertEquals(412, failed.status());
        assertEquals("If-Match", failed.members().get("Condition"));
    }

    @Test
    void copySourcesAnswer412ForEveryCondition() {
        AwsException e = assertThrows(AwsException.class, () -> Conditions.checkCopySource(OBJECT, null, "\"abc\"", null, null));
        assertEquals(412, e.status());
        assertEquals("x-amz-copy-source-If-None-Match", e.members().get("Condition"));
    }

    @Test
    void writesNeedTheKeyAbsentForStarAndPresentForIfMatch() {
        assertEquals(412, assertThrows(AwsException.class, () -> Conditions.checkWrite(OBJECT, null, "*", "k")).status());
        assertDoesNotThrow(() -> Conditions.checkWrite(null, null, "*", "k"));
        ObjectVersion marker = new ObjectVersion("b", "k", "v", true, true, 0, "", 0, ObjectData.EMPTY, JsonNodeFactory.instance.objectNode());
        assertDoesNotThrow(() -> Conditions.checkWrite(marker, null, "*", "k"));
        assertEquals("NoSuchKey", assertThrows(AwsException.class, () -> Conditions.checkWrite(null, "\"abc\"", null, "k")).code());
        assertEquals(412, assertThrows(AwsException.class, () -> Conditions.checkWrite(OBJECT, "\"x\"", null, "k")).status());
        assertDoesNotThrow(() -> Conditions.checkWrite(OBJECT, "\"abc\"", null, "k"));
        assertEquals(501, assertThrows(AwsException.class, () -> Conditions.checkWriteHeaders("\"abc\"")).status());
    }
}
