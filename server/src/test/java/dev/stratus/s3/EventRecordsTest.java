package dev.stratus.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.stratus.protocol.Json;
import dev.stratus.protocol.Principal;
import dev.stratus.protocol.RequestContext;
import dev.stratus.s3.S3Repository.Bucket;
import dev.stratus.s3.S3Repository.ObjectVersion;
import org.junit.jupiter.api.Test;

class EventRecordsTest {
    static final Bucket BUCKET = new Bucket("photos", "000000000000", "eu-west-1", 0, JsonNodeFactory.instance.objectNode());
    static final RequestContext CTX = new RequestContext("REQ1", "s3", "PutObject", "eu-west-1", "000000000000", "AKIA", "localhost",
            new Principal(Principal.Type.USER, "arn:aws:iam::000000000000:user/ana", "000000000000"), "10.0.0.7", "cli");

    static ObjectVersion object(String key, String versionId, boolean marker) {
        return new ObjectVersion("photos", key, versionId, true, marker, 5, "\"5d41402abc4b2a76b9719d911017c592\"", 0, ObjectData.EMPTY,
                JsonNodeFactory.instance.objectNode());
    }

    @Test
    void aCreatedObjectsRecordIsAwsWithItsKeyEncodedAndEtagUnquoted() {
        EventRecords.Change c = new EventRecords.Change(BUCKET, object("a b/c=d.jpg", "null", false), "ObjectCreated:Put", CTX, 1_700_000_000_123L,
                "0000000000000000A1");
        JsonNode r = Json.parse(EventRecords.message(EventRecords.record(c, "cfg"))).path("Records").get(0);
        assertEquals("2023-11-14T22:13:20.123Z", r.path("eventTime").asText());
        assertEquals("eu-west-1", r.path("awsRegion").asText());
        assertEquals("AWS:ana", r.path("userIdentity").path("principalId").asText());
        assertEquals("10.0.0.7", r.path("requestParameters").path("sourceIPAddress").asText());
        assertEquals("REQ1", r.path("responseElements").path("x-amz-request-id").asText());
        assertEquals("cfg", r.path("s3").path("configurationId").asText());
        assertEquals("a+b/c%3Dd.jpg", r.path("s3").path("object").path("key").asText());
        assertEquals("5d41402abc4b2a76b9719d911017c592", r.path("s3").path("object").path("eTag").asText());
        assertFalse(r.path("s3").path("object").has("versionId"));
    }

    @Test
    void aDeleteMarkersEventsNameItsVersionAndHowItWasDeleted() {
        EventRecords.Change c = new EventRecords.Change(BUCKET, object("k", "v2", true), "ObjectRemoved:DeleteMarkerCreated", CTX, 0, "01");
        JsonNode o = EventRecords.record(c, "cfg").path("s3").path("object");
        assertEquals("v2", o.path("versionId").asText());
        assertFalse(o.has("size"));
        JsonNode d = EventRecords.detail(c);
        assertEquals("Delete Marker Created", d.path("deletion-type").asText());
        assertEquals("DeleteObject", d.path("reason").asText());
        assertEquals("v2", d.path("object").path("version-id").asText());
        assertEquals("000000000000", d.path("requester").asText());
    }

    @Test
    void whatS3DoesByItselfNamesS3AsRequester() {
        EventRecords.Change c = new EventRecords.Change(BUCKET, object("k", "null", false), "LifecycleExpiration:Delete", null, 0, "01");
        assertEquals("s3.amazonaws.com", EventRecords.detail(c).path("requester").asText());
        assertEquals("Lifecycle Expiration", EventRecords.detail(c).path("reason").asText());
        assertEquals("Object Deleted", EventRecords.detailType(c.eventName()));
        assertEquals("AmazonS3", EventRecords.record(c, "x").path("userIdentity").path("principalId").asText());
    }

    @Test
    void eachCreationNamesItsCall() {
        assertEquals("PutObject", EventRecords.reason("ObjectCreated:Put"));
        assertEquals("CopyObject", EventRecords.reason("ObjectCreated:Copy"));
        assertEquals("CompleteMultipartUpload", EventRecords.reason("ObjectCreated:CompleteMultipartUpload"));
        assertEquals("Object Created", EventRecords.detailType("ObjectCreated:CompleteMultipartUpload"));
    }

    @Test
    void theTestEventIsS3s() {
        JsonNode t = Json.parse(EventRecords.testEvent("photos", "REQ", 0));
        assertEquals("s3:TestEvent", t.path("Event").asText());
        assertEquals("Amazon S3", t.path("Service").asText());
        assertEquals("1970-01-01T00:00:00.000Z", t.path("Time").asText());
    }
}
