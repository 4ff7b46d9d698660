package dev.stratus.s3;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stratus.protocol.AwsException;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.s3.api.VersioningConfiguration;
import org.junit.jupiter.api.Test;

class VersionsTest {
    @Test
    void idsSortAsTheyWereGiven() {
        String previous = Versions.newId();
        for (int i = 0; i < 1000; i++) {
            String next = Versions.newId();
            assertTrue(next.compareTo(previous) > 0);
            assertDoesNotThrow(() -> Versions.checkId(next));
            previous = next;
        }
    }

    @Test
    void anIdS3CouldNotHaveGivenIsInvalidArgument() {
        assertDoesNotThrow(() -> Versions.checkId("null"));
        assertDoesNotThrow(() -> Versions.checkId(null));
        assertEquals("InvalidArgument", assertThrows(AwsException.class, () -> Versions.checkId("bogus")).code());
    }

    @Test
    void aBucketNeverVersionedAnswersNeitherMember() {
        Bucket b = new Bucket("b", "1", "us-east-1", 0, JsonNodeFactory.instance.objectNode());
        assertNull(Versions.get(b).status());
        assertNull(Versions.get(b).mfaDelete());
        b.settings().set("Versioning", JsonNodeFactory.instance.objectNode().put("Status", "Suspended").put("MFADelete", "Disabled"));
        assertEquals("Suspended", Versions.get(b).status());
        assertEquals("Disabled", Versions.get(b).mfaDelete());
    }

    @Test
    void onlyEnabledOrSuspendedIsAStatus() {
        Bucket b = new Bucket("b", "1", "us-east-1", 0, JsonNodeFactory.instance.objectNode());
        assertEquals("MalformedXML", assertThrows(AwsException.class, () -> Versions.put(null, null, b, new VersioningConfiguration(null, "Off"))).code());
        assertEquals(501, assertThrows(AwsException.class, () -> Versions.put(null, null, b, new VersioningConfiguration("Enabled", "Enabled"))).status());
    }
}
