package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.GetObjectAttributesResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectAttributes;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;
import software.amazon.awssdk.services.s3.model.TaggingDirective;

/**
 * S3's objects beyond PUT and GET through the AWS SDK for Java v2: versions and delete markers,
 * conditional requests, copies, multi-object deletes, ListObjects (v1), tags and attributes, with
 * the error codes and statuses S3 answers to bad input.
 */
class S3ObjectsJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension();
    static S3Client s3;

    @BeforeAll
    static void clients() {
        s3 = Clients.s3(STRATUS.endpoint());
    }

    @AfterAll
    static void close() {
        s3.close();
    }

    static String bucket() {
        String name = "o-" + UUID.randomUUID().toString().substring(0, 12);
        s3.createBucket(b -> b.bucket(name));
        return name;
    }

    static String versionedBucket() {
        String name = bucket();
        s3.putBucketVersioning(b -> b.bucket(name).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        return name;
    }

    static S3Exception error(Runnable call) {
        return assertThrows(S3Exception.class, call::run);
    }

    @Test
    void versionsAreKeptReadByIdAndListedWithDeleteMarkers() {
        String bucket = bucket();
        assertNull(s3.getBucketVersioning(b -> b.bucket(bucket)).status());
        s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        assertEquals(BucketVersioningStatus.ENABLED, s3.getBucketVersioning(b -> b.bucket(bucket)).status());
        String v1 = s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("one")).versionId();
        String v2 = s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("two")).versionId();
        assertNotEquals(v1, v2);
        assertEquals("one", s3.getObjectAsBytes(b -> b.bucket(bucket).key("k").versionId(v1)).asUtf8String());
        assertEquals(v1, s3.headObject(b -> b.bucket(bucket).key("k").versionId(v1)).versionId());
        String marker = s3.deleteObject(b -> b.bucket(bucket).key("k")).versionId();

        S3Exception missing = assertThrows(NoSuchKeyException.class, () -> s3.getObject(b -> b.bucket(bucket).key("k")));
        assertEquals(List.of("true"), missing.awsErrorDetails().sdkHttpResponse().headers().get("x-amz-delete-marker"));
        S3Exception onMarker = error(() -> s3.headObject(b -> b.bucket(bucket).key("k").versionId(marker)));
        assertEquals(405, onMarker.statusCode());
        assertEquals(List.of(marker), onMarker.awsErrorDetails().sdkHttpResponse().headers().get("x-amz-version-id"));
        S3Exception noVersion = error(() -> s3.getObject(b -> b.bucket(bucket).key("k").versionId("0".repeat(32))));
        assertEquals("NoSuchVersion", noVersion.awsErrorDetails().errorCode());
        assertEquals(400, error(() -> s3.getObject(b -> b.bucket(bucket).key("k").versionId("bogus"))).statusCode());

        ListObjectVersionsResponse listed = s3.listObjectVersions(b -> b.bucket(bucket));
        assertEquals(List.of(v2, v1), listed.versions().stream().map(ObjectVersion::versionId).toList());
        assertFalse(listed.versions().getFirst().isLatest());
        assertEquals(marker, listed.deleteMarkers().getFirst().versionId());
        assertTrue(listed.deleteMarkers().getFirst().isLatest());
        ListObjectVersionsResponse page = s3.listObjectVersions(b -> b.bucket(bucket).maxKeys(1));
        assertTrue(page.isTruncated());
        ListObjectVersionsResponse rest = s3.listObjectVersions(b -> b.bucket(bucket).keyMarker(page.nextKeyMarker())
                .versionIdMarker(page.nextVersionIdMarker()));
        assertEquals(List.of(v2, v1), rest.versions().stream().map(ObjectVersion::versionId).toList());

        assertTrue(s3.deleteObject(b -> b.bucket(bucket).key("k").versionId(marker)).deleteMarker());
        assertEquals("two", s3.getObjectAsBytes(b -> b.bucket(bucket).key("k")).asUtf8String());
    }

    @Test
    void conditionalReadsAnswer304Or412AndConditionalWritesRefuseWhatChanged() {
        String bucket = bucket();
        String etag = s3.putObject(b -> b.bucket(bucket).key("c"), RequestBody.fromString("data")).eTag();
        Instant past = Instant.parse("2000-01-01T00:00:00Z");
        assertEquals(304, error(() -> s3.getObject(b -> b.bucket(bucket).key("c").ifNoneMatch(etag))).statusCode());
        assertEquals(304, error(() -> s3.headObject(b -> b.bucket(bucket).key("c").ifModifiedSince(Instant.now().plusSeconds(3600)))).statusCode());
        S3Exception failed = error(() -> s3.getObject(b -> b.bucket(bucket).key("c").ifMatch("\"nope\"")));
        assertEquals(412, failed.statusCode());
        assertEquals("PreconditionFailed", failed.awsErrorDetails().errorCode());
        assertEquals(etag, s3.headObject(b -> b.bucket(bucket).key("c").ifMatch(etag).ifUnmodifiedSince(past)).eTag());
        assertEquals(412, error(() -> s3.putObject(b -> b.bucket(bucket).key("c").ifNoneMatch("*"), RequestBody.fromString("x"))).statusCode());
        assertEquals(412, error(() -> s3.putObject(b -> b.bucket(bucket).key("c").ifMatch("\"0\""), RequestBody.fromString("x"))).statusCode());
        s3.putObject(b -> b.bucket(bucket).key("c").ifMatch(etag), RequestBody.fromString("x"));
        assertEquals("x", s3.getObjectAsBytes(b -> b.bucket(bucket).key("c")).asUtf8String());
    }

    @Test
    void copiesKeepOrReplaceMetadataAndTagsAndOwnTheirBytes() {
        String bucket = versionedBucket();
        String v1 = s3.putObject(b -> b.bucket(bucket).key("src").contentType("text/plain").metadata(Map.of("a", "1")).tagging("t=1"),
                RequestBody.fromString("first")).versionId();
        s3.putObject(b -> b.bucket(bucket).key("src"), RequestBody.fromString("second"));
        CopyObjectResponse copied = s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("src").sourceVersionId(v1).destinationBucket(bucket)
                .destinationKey("dst"));
        assertEquals(v1, copied.copySourceVersionId());
        assertEquals("first", s3.getObjectAsBytes(b -> b.bucket(bucket).key("dst")).asUtf8String());
        assertEquals("text/plain", s3.headObject(b -> b.bucket(bucket).key("dst")).contentType());
        assertEquals(1, s3.headObject(b -> b.bucket(bucket).key("dst")).tagCount());
        s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("dst").destinationBucket(bucket).destinationKey("dst")
                .metadataDirective(MetadataDirective.REPLACE).contentType("a/b").taggingDirective(TaggingDirective.REPLACE).tagging("x=y&z=w"));
        assertEquals("a/b", s3.headObject(b -> b.bucket(bucket).key("dst")).contentType());
        assertEquals(List.of(Tag.builder().key("x").value("y").build(), Tag.builder().key("z").value("w").build()),
                s3.getObjectTagging(b -> b.bucket(bucket).key("dst")).tagSet());
        S3Exception itself = error(() -> s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("dst").destinationBucket(bucket).destinationKey("dst")));
        assertEquals("InvalidRequest", itself.awsErrorDetails().errorCode());
        S3Exception condition = error(() -> s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("dst").destinationBucket(bucket).destinationKey("e")
                .copySourceIfNoneMatch("*")));
        assertEquals(412, condition.statusCode());
        assertThrows(NoSuchKeyException.class, () -> s3.copyObject(b -> b.sourceBucket(bucket).sourceKey("none").destinationBucket(bucket)
                .destinationKey("e")));
    }

    @Test
    void deleteObjectsAnswersPerKeyAndLeavesMarkersInAVersionedBucket() {
        String bucket = bucket();
        s3.putObject(b -> b.bucket(bucket).key("a"), RequestBody.fromString("x"));
        DeleteObjectsResponse out = s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(ObjectIdentifier.builder().key("a").build(),
                ObjectIdentifier.builder().key("b").versionId("bad").build())));
        assertEquals(List.of("a"), out.deleted().stream().map(x -> x.key()).toList());
        assertEquals("InvalidArgument", out.errors().getFirst().code());
        assertTrue(s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.quiet(true).objects(ObjectIdentifier.builder().key("z").build())))
                .deleted().isEmpty());
        List<ObjectIdentifier> tooMany = IntStream.range(0, 1001).mapToObj(i -> ObjectIdentifier.builder().key("k" + i).build()).toList();
        assertEquals("MalformedXML", error(() -> s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(tooMany)))).awsErrorDetails()
                .errorCode());
        String versioned = versionedBucket();
        s3.putObject(b -> b.bucket(versioned).key("v"), RequestBody.fromString("x"));
        var marked = s3.deleteObjects(b -> b.bucket(versioned).delete(d -> d.objects(ObjectIdentifier.builder().key("v").build()))).deleted();
        assertTrue(marked.getFirst().deleteMarker());
        assertEquals(marked.getFirst().deleteMarkerVersionId(), s3.listObjectVersions(b -> b.bucket(versioned)).deleteMarkers().getFirst().versionId());
    }

    @Test
    void listObjectsV1GivesNextMarkerOnlyWithADelimiter() {
        String bucket = bucket();
        for (String key : List.of("a", "d/1", "d/2", "z")) {
            s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString("x"));
        }
        ListObjectsResponse first = s3.listObjects(b -> b.bucket(bucket).maxKeys(2));
        assertTrue(first.isTruncated());
        assertNull(first.nextMarker());
        assertEquals(List.of("d/2", "z"), s3.listObjects(b -> b.bucket(bucket).marker("d/1")).contents().stream().map(o -> o.key()).toList());
        ListObjectsResponse rolled = s3.listObjects(b -> b.bucket(bucket).delimiter("/").maxKeys(2));
        assertEquals("d/", rolled.nextMarker());
        assertEquals(List.of("z"), s3.listObjects(b -> b.bucket(bucket).delimiter("/").marker("d/")).contents().stream().map(o -> o.key()).toList());
    }

    @Test
    void tagsAttributesAndResponseOverrides() {
        String bucket = bucket();
        s3.putObject(b -> b.bucket(bucket).key("t").tagging("a=1&b=2"), RequestBody.fromString("12345"));
        assertEquals(2, s3.getObject(b -> b.bucket(bucket).key("t")).response().tagCount());
        List<Tag> eleven = IntStream.range(0, 11).mapToObj(i -> Tag.builder().key("k" + i).value("v").build()).toList();
        assertEquals("BadRequest", error(() -> s3.putObjectTagging(b -> b.bucket(bucket).key("t").tagging(t -> t.tagSet(eleven))))
                .awsErrorDetails().errorCode());
        assertEquals("InvalidTag", error(() -> s3.putObjectTagging(b -> b.bucket(bucket).key("t")
                .tagging(t -> t.tagSet(Tag.builder().key("k".repeat(129)).value("v").build())))).awsErrorDetails().errorCode());
        assertThrows(NoSuchKeyException.class, () -> s3.getObjectTagging(b -> b.bucket(bucket).key("none")));
        s3.deleteObjectTagging(b -> b.bucket(bucket).key("t"));
        assertTrue(s3.getObjectTagging(b -> b.bucket(bucket).key("t")).tagSet().isEmpty());
        GetObjectAttributesResponse attrs = s3.getObjectAttributes(b -> b.bucket(bucket).key("t")
                .objectAttributes(ObjectAttributes.E_TAG, ObjectAttributes.OBJECT_SIZE, ObjectAttributes.STORAGE_CLASS));
        assertEquals(5L, attrs.objectSize());
        assertEquals("STANDARD", attrs.storageClassAsString());
        assertFalse(attrs.eTag().contains("\""));
        assertEquals("text/csv", s3.getObject(b -> b.bucket(bucket).key("t").responseContentType("text/csv")).response().contentType());
    }
}
