package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * S3's buckets and objects through the AWS SDK for Java v2 as it is configured by default (its
 * CRC32 checksums sent in aws-chunked uploads with a signed trailer), path-style: what every
 * other S3 test stands on.
 */
class S3JavaSdkIT {
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
        String name = "b-" + UUID.randomUUID().toString().substring(0, 12);
        s3.createBucket(b -> b.bucket(name));
        return name;
    }

    @Test
    void anObjectPutIsReadBackWithItsMetadataListedAndDeleted() {
        String bucket = bucket();
        byte[] data = "hello, bucket".getBytes(StandardCharsets.UTF_8);
        String etag = s3.putObject(b -> b.bucket(bucket).key("docs/hello.txt").contentType("text/plain").metadata(java.util.Map.of("owner", "ana")),
                RequestBody.fromBytes(data)).eTag();
        assertEquals("\"" + java.util.HexFormat.of().formatHex(md5(data)) + "\"", etag);
        ResponseBytes<GetObjectResponse> got = s3.getObjectAsBytes(b -> b.bucket(bucket).key("docs/hello.txt"));
        assertArrayEquals(data, got.asByteArray());
        assertEquals("text/plain", got.response().contentType());
        assertEquals("ana", got.response().metadata().get("owner"));
        assertEquals(etag, got.response().eTag());
        List<S3Object> listed = s3.listObjectsV2(b -> b.bucket(bucket)).contents();
        assertEquals(List.of("docs/hello.txt"), listed.stream().map(S3Object::key).toList());
        assertEquals(data.length, listed.getFirst().size());
        assertEquals(List.of("docs/"), s3.listObjectsV2(b -> b.bucket(bucket).delimiter("/")).commonPrefixes().stream().map(p -> p.prefix()).toList());
        s3.deleteObject(b -> b.bucket(bucket).key("docs/hello.txt"));
        assertThrows(NoSuchKeyException.class, () -> s3.getObject(b -> b.bucket(bucket).key("docs/hello.txt")));
        s3.deleteBucket(b -> b.bucket(bucket));
        assertThrows(NoSuchBucketException.class, () -> s3.headBucket(b -> b.bucket(bucket)));
    }

    @Test
    void aRangeIsServedAsPartialContent() {
        String bucket = bucket();
        s3.putObject(b -> b.bucket(bucket).key("digits"), RequestBody.fromString("0123456789"));
        ResponseBytes<GetObjectResponse> got = s3.getObjectAsBytes(b -> b.bucket(bucket).key("digits").range("bytes=2-5"));
        assertEquals("2345", got.asUtf8String());
        assertEquals("bytes 2-5/10", got.response().contentRange());
        assertEquals(206, got.response().sdkHttpResponse().statusCode());
        S3Exception beyond = assertThrows(S3Exception.class, () -> s3.getObject(b -> b.bucket(bucket).key("digits").range("bytes=20-")));
        assertEquals(416, beyond.statusCode());
        assertEquals("InvalidRange", beyond.awsErrorDetails().errorCode());
    }

    @Test
    void aBucketWithObjectsIsNotDeletedAndBadNamesAreRefused() {
        String bucket = bucket();
        s3.putObject(b -> b.bucket(bucket).key("k"), RequestBody.fromString("v"));
        S3Exception notEmpty = assertThrows(S3Exception.class, () -> s3.deleteBucket(b -> b.bucket(bucket)));
        assertEquals(409, notEmpty.statusCode());
        assertEquals("BucketNotEmpty", notEmpty.awsErrorDetails().errorCode());
        S3Exception badName = assertThrows(S3Exception.class, () -> s3.createBucket(b -> b.bucket("xn--reserved-prefix")));
        assertEquals("InvalidBucketName", badName.awsErrorDetails().errorCode());
        S3Exception owned = assertThrows(S3Exception.class, () -> s3.createBucket(b -> b.bucket(bucket)
                .createBucketConfiguration(c -> c.locationConstraint("eu-west-1"))));
        assertTrue(List.of("BucketAlreadyOwnedByYou", "IllegalLocationConstraintException").contains(owned.awsErrorDetails().errorCode()));
    }

    /** curl -X PUT --data-binary sends a form's content type: the body is still the object's data, never a query form. */
    @Test
    void aBodySentAsAFormIsStoredAsTheObject() throws Exception {
        String bucket = bucket();
        var http = java.net.http.HttpClient.newHttpClient();
        var put = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(STRATUS.endpoint() + "/" + bucket + "/form.txt"))
                .header("Content-Type", "application/x-www-form-urlencoded").PUT(java.net.http.HttpRequest.BodyPublishers.ofString("Action=DeleteQueue&a=1"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, put.statusCode(), put.body());
        assertEquals("Action=DeleteQueue&a=1", s3.getObjectAsBytes(b -> b.bucket(bucket).key("form.txt")).asUtf8String());
    }

    private static byte[] md5(byte[] data) {
        try {
            return java.security.MessageDigest.getInstance("MD5").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
