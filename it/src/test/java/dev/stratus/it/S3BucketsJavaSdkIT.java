package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CORSRule;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * A bucket's settings through the AWS SDK for Java v2: tags, default encryption (SSE-S3, SSE-KMS
 * with a KMS key), public access block, ownership and ACLs, CORS (and a browser's preflight),
 * lifecycle expiration at midnight UTC on the manual clock, and bucket policies enforced for an
 * IAM user's keys.
 */
class S3BucketsJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().manualClock();
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

    static S3Exception refused(Runnable call) {
        return assertThrows(S3Exception.class, call::run);
    }

    @Test
    void tagsAreReplacedReadAndDeletedWithinS3sLimits() {
        String bucket = bucket();
        assertEquals("NoSuchTagSet", refused(() -> s3.getBucketTagging(b -> b.bucket(bucket))).awsErrorDetails().errorCode());
        s3.putBucketTagging(b -> b.bucket(bucket).tagging(t -> t.tagSet(Tag.builder().key("team").value("data").build())));
        assertEquals("data", s3.getBucketTagging(b -> b.bucket(bucket)).tagSet().getFirst().value());
        S3Exception otherOwner = refused(() -> s3.getBucketTagging(b -> b.bucket(bucket).expectedBucketOwner("111111111111")));
        assertEquals("AccessDenied", otherOwner.awsErrorDetails().errorCode());
        assertEquals("data", s3.getBucketTagging(b -> b.bucket(bucket).expectedBucketOwner("000000000000")).tagSet().getFirst().value());
        S3Exception dup = refused(() -> s3.putBucketTagging(b -> b.bucket(bucket).tagging(t -> t.tagSet(Tag.builder().key("k").value("1").build(),
                Tag.builder().key("k").value("2").build()))));
        assertEquals("InvalidTag", dup.awsErrorDetails().errorCode());
        assertEquals("InvalidTag", refused(() -> s3.putBucketTagging(b -> b.bucket(bucket).tagging(t -> t.tagSet(Tag.builder().key("aws:x")
                .value("1").build()))))
                .awsErrorDetails().errorCode());
        s3.deleteBucketTagging(b -> b.bucket(bucket));
        assertEquals(404, refused(() -> s3.getBucketTagging(b -> b.bucket(bucket))).statusCode());
        assertEquals("NoSuchBucket", refused(() -> s3.getBucketTagging(b -> b.bucket("no-such-bucket-here"))).awsErrorDetails().errorCode());
    }

    @Test
    void everyObjectIsEncryptedAsItsBucketSaysAndKmsKeysMustExist() {
        String bucket = bucket();
        assertEquals(ServerSideEncryption.AES256, s3.getBucketEncryption(b -> b.bucket(bucket)).serverSideEncryptionConfiguration().rules()
                .getFirst().applyServerSideEncryptionByDefault().sseAlgorithm());
        assertEquals(ServerSideEncryption.AES256, s3.putObject(b -> b.bucket(bucket).key("plain"), RequestBody.fromString("x")).serverSideEncryption());
        assertEquals(ServerSideEncryption.AES256, s3.headObject(b -> b.bucket(bucket).key("plain")).serverSideEncryption());
        try (KmsClient kms = Clients.kms(STRATUS.endpoint())) {
            String keyArn = kms.createKey(b -> b.description("s3")).keyMetadata().arn();
            s3.putBucketEncryption(b -> b.bucket(bucket).serverSideEncryptionConfiguration(c -> c.rules(r -> r.bucketKeyEnabled(true)
                    .applyServerSideEncryptionByDefault(d -> d.sseAlgorithm(ServerSideEncryption.AWS_KMS).kmsMasterKeyID(keyArn)))));
            s3.putObject(b -> b.bucket(bucket).key("secret"), RequestBody.fromString("y"));
            HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key("secret"));
            assertEquals(ServerSideEncryption.AWS_KMS, head.serverSideEncryption());
            assertEquals(keyArn, head.ssekmsKeyId());
            assertTrue(head.bucketKeyEnabled());
            assertEquals(ServerSideEncryption.AWS_KMS, s3.getObject(b -> b.bucket(bucket).key("secret")).response().serverSideEncryption());
            String missing = "arn:aws:kms:us-east-1:000000000000:key/" + UUID.randomUUID();
            assertTrue(refused(() -> s3.putObject(b -> b.bucket(bucket).key("nokey").serverSideEncryption(ServerSideEncryption.AWS_KMS)
                    .ssekmsKeyId(missing), RequestBody.fromString("z"))).awsErrorDetails().errorCode().startsWith("KMS."));
        }
        assertEquals("InvalidArgument", refused(() -> s3.putObject(b -> b.bucket(bucket).key("k").ssekmsKeyId("abc"), RequestBody.fromString("z")))
                .awsErrorDetails().errorCode());
        assertEquals("MalformedXML", refused(() -> s3.putBucketEncryption(b -> b.bucket(bucket).serverSideEncryptionConfiguration(c -> c.rules(r ->
                r.bucketKeyEnabled(true))))).awsErrorDetails().errorCode());
        s3.deleteBucketEncryption(b -> b.bucket(bucket));
        assertEquals(ServerSideEncryption.AES256, s3.getBucketEncryption(b -> b.bucket(bucket)).serverSideEncryptionConfiguration().rules()
                .getFirst().applyServerSideEncryptionByDefault().sseAlgorithm());
    }

    @Test
    void aclsAreDisabledUnderBucketOwnerEnforcedAndThePublicAccessBlockIsKept() {
        String bucket = bucket();
        assertEquals("BucketOwnerEnforced", s3.getBucketOwnershipControls(b -> b.bucket(bucket)).ownershipControls().rules().getFirst()
                .objectOwnershipAsString());
        var acl = s3.getBucketAcl(b -> b.bucket(bucket));
        assertEquals(acl.owner().id(), acl.grants().getFirst().grantee().id());
        assertEquals("FULL_CONTROL", acl.grants().getFirst().permissionAsString());
        assertEquals("AccessControlListNotSupported", refused(() -> s3.putBucketAcl(b -> b.bucket(bucket).acl("public-read"))).awsErrorDetails()
                .errorCode());
        assertEquals("AccessControlListNotSupported", refused(() -> s3.putObject(b -> b.bucket(bucket).key("o").acl(ObjectCannedACL.PUBLIC_READ),
                RequestBody.fromString("o"))).awsErrorDetails().errorCode());
        s3.putObject(b -> b.bucket(bucket).key("o").acl(ObjectCannedACL.BUCKET_OWNER_FULL_CONTROL), RequestBody.fromString("o"));
        assertEquals("FULL_CONTROL", s3.getObjectAcl(b -> b.bucket(bucket).key("o")).grants().getFirst().permissionAsString());

        s3.putBucketOwnershipControls(b -> b.bucket(bucket).ownershipControls(o -> o.rules(r -> r.objectOwnership("ObjectWriter"))));
        s3.putBucketAcl(b -> b.bucket(bucket).acl("public-read"));
        assertEquals(2, s3.getBucketAcl(b -> b.bucket(bucket)).grants().size());
        s3.deleteBucketOwnershipControls(b -> b.bucket(bucket));
        assertEquals("OwnershipControlsNotFoundError", refused(() -> s3.getBucketOwnershipControls(b -> b.bucket(bucket))).awsErrorDetails()
                .errorCode());

        assertEquals("NoSuchPublicAccessBlockConfiguration", refused(() -> s3.getPublicAccessBlock(b -> b.bucket(bucket))).awsErrorDetails()
                .errorCode());
        s3.putPublicAccessBlock(b -> b.bucket(bucket).publicAccessBlockConfiguration(c -> c.blockPublicAcls(true).blockPublicPolicy(true)));
        var pab = s3.getPublicAccessBlock(b -> b.bucket(bucket)).publicAccessBlockConfiguration();
        assertTrue(pab.blockPublicAcls());
        assertFalse(pab.ignorePublicAcls());
        assertEquals(403, refused(() -> s3.putBucketAcl(b -> b.bucket(bucket).acl("public-read"))).statusCode());
        String publicPolicy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::" + bucket + "/*\"}]}";
        assertEquals("AccessDenied", refused(() -> s3.putBucketPolicy(b -> b.bucket(bucket).policy(publicPolicy))).awsErrorDetails().errorCode());
        s3.deletePublicAccessBlock(b -> b.bucket(bucket));
        s3.putBucketPolicy(b -> b.bucket(bucket).policy(publicPolicy));
        assertTrue(s3.getBucketPolicyStatus(b -> b.bucket(bucket)).policyStatus().isPublic());
    }

    @Test
    void corsRulesAnswerABrowsersPreflightAndOpenTheBucketToThatOriginOnly() throws Exception {
        String bucket = bucket();
        assertEquals("NoSuchCORSConfiguration", refused(() -> s3.getBucketCors(b -> b.bucket(bucket))).awsErrorDetails().errorCode());
        assertEquals("InvalidRequest", refused(() -> s3.putBucketCors(b -> b.bucket(bucket).corsConfiguration(c -> c.corsRules(
                CORSRule.builder().allowedMethods("PATCH").allowedOrigins("*").build())))).awsErrorDetails().errorCode());
        assertEquals("InvalidRequest", refused(() -> s3.putBucketCors(b -> b.bucket(bucket).corsConfiguration(c -> c.corsRules(
                CORSRule.builder().allowedMethods("GET").allowedOrigins("http://*.*.example").build())))).awsErrorDetails().errorCode());
        s3.putBucketCors(b -> b.bucket(bucket).corsConfiguration(c -> c.corsRules(CORSRule.builder().allowedMethods("GET", "PUT")
                .allowedOrigins("http://*.app.example").allowedHeaders("x-amz-*", "content-type").exposeHeaders("ETag").maxAgeSeconds(300).build())));
        assertEquals(List.of("ETag"), s3.getBucketCors(b -> b.bucket(bucket)).corsRules().getFirst().exposeHeaders());
        s3.putObject(b -> b.bucket(bucket).key("page.txt"), RequestBody.fromString("hello"));

        HttpClient http = HttpClient.newHttpClient();
        URI object = STRATUS.endpoint().resolve("/" + bucket + "/page.txt");
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(object).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://www.app.example").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "content-type, x-amz-date").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, preflight.statusCode());
        assertEquals("http://www.app.example", preflight.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertEquals("GET, PUT", preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow());
        assertEquals("300", preflight.headers().firstValue("Access-Control-Max-Age").orElseThrow());
        HttpResponse<String> denied = http.send(HttpRequest.newBuilder(object).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "GET").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, denied.statusCode());
        assertTrue(denied.body().contains("CORSResponse: This CORS request is not allowed."), denied.body());

        HttpResponse<String> get = http.send(HttpRequest.newBuilder(object).header("Origin", "http://www.app.example").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, get.statusCode());
        assertEquals("hello", get.body());
        assertEquals("http://www.app.example", get.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertEquals("ETag", get.headers().firstValue("Access-Control-Expose-Headers").orElseThrow());
        // The same page reaches nothing else: not another method, not another service.
        assertEquals(403, http.send(HttpRequest.newBuilder(object).header("Origin", "http://www.app.example").DELETE().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(403, http.send(HttpRequest.newBuilder(STRATUS.endpoint().resolve("/2015-03-31/functions/")).header("Origin",
                "http://www.app.example").build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        s3.deleteBucketCors(b -> b.bucket(bucket));
        assertEquals(403, http.send(HttpRequest.newBuilder(object).header("Origin", "http://www.app.example").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void aLifecycleRuleExpiresObjectsAtTheMidnightAfterTheirDaysRunOut() throws Exception {
        String bucket = bucket();
        assertEquals("NoSuchLifecycleConfiguration", refused(() -> s3.getBucketLifecycleConfiguration(b -> b.bucket(bucket))).awsErrorDetails()
                .errorCode());
        assertEquals("InvalidArgument", refused(() -> s3.putBucketLifecycleConfiguration(b -> b.bucket(bucket).lifecycleConfiguration(c -> c.rules(
                r -> r.id("bad").status(ExpirationStatus.ENABLED).filter(f -> f.prefix("")).expiration(e -> e.days(0)))))).awsErrorDetails()
                .errorCode());
        assertEquals("InvalidArgument", refused(() -> s3.putBucketLifecycleConfiguration(b -> b.bucket(bucket).lifecycleConfiguration(c -> c.rules(
                r -> r.id("noon").status(ExpirationStatus.ENABLED).filter(f -> f.prefix("")).expiration(e -> e.date(Instant.parse(
                        "2030-01-01T12:00:00Z"))))))).awsErrorDetails().errorCode());
        assertEquals("InvalidRequest", refused(() -> s3.putBucketLifecycleConfiguration(b -> b.bucket(bucket).lifecycleConfiguration(c -> c.rules(
                r -> r.id("none").status(ExpirationStatus.ENABLED).filter(f -> f.prefix("")))))).awsErrorDetails().errorCode());
        s3.putBucketLifecycleConfiguration(b -> b.bucket(bucket).lifecycleConfiguration(c -> c.rules(r -> r.id("tmp").status(ExpirationStatus.ENABLED)
                .filter(f -> f.prefix("tmp/")).expiration(e -> e.days(1)))));
        assertEquals("tmp/", s3.getBucketLifecycleConfiguration(b -> b.bucket(bucket)).rules().getFirst().filter().prefix());
        s3.putObject(b -> b.bucket(bucket).key("tmp/a"), RequestBody.fromString("a"));
        s3.putObject(b -> b.bucket(bucket).key("keep/b"), RequestBody.fromString("b"));

        STRATUS.advance(Duration.ofHours(24));
        s3.headObject(b -> b.bucket(bucket).key("tmp/a"));
        STRATUS.advance(Duration.ofHours(24));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (exists(bucket, "tmp/a") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(exists(bucket, "tmp/a"));
        assertTrue(exists(bucket, "keep/b"));
        s3.deleteBucketLifecycle(b -> b.bucket(bucket));
        assertEquals(404, refused(() -> s3.getBucketLifecycleConfiguration(b -> b.bucket(bucket))).statusCode());
    }

    private static boolean exists(String bucket, String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    @Test
    void aBucketPolicyGrantsAnotherUserAndItsDenyOverrides() {
        String bucket = bucket();
        s3.putObject(b -> b.bucket(bucket).key("shared/a"), RequestBody.fromString("a"));
        s3.putObject(b -> b.bucket(bucket).key("private/b"), RequestBody.fromString("b"));
        try (IamClient iam = Clients.iam(STRATUS.endpoint())) {
            String user = "reader-" + UUID.randomUUID().toString().substring(0, 8);
            String userArn = iam.createUser(b -> b.userName(user)).user().arn();
            AccessKey key = iam.createAccessKey(b -> b.userName(user)).accessKey();
            try (S3Client asUser = Clients.s3(STRATUS.endpoint(), StaticCredentialsProvider.create(AwsBasicCredentials.create(key.accessKeyId(),
                    key.secretAccessKey())))) {
                S3Exception before = refused(() -> asUser.getObjectAsBytes(b -> b.bucket(bucket).key("shared/a")));
                assertEquals("AccessDenied", before.awsErrorDetails().errorCode());
                assertEquals(403, before.statusCode());

                assertEquals("MalformedPolicy", refused(() -> s3.putBucketPolicy(b -> b.bucket(bucket).policy("not json"))).awsErrorDetails()
                        .errorCode());
                assertEquals("MalformedPolicy", refused(() -> s3.putBucketPolicy(b -> b.bucket(bucket).policy("{\"Version\":\"2012-10-17\","
                        + "\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::other/*\"}]}")))
                        .awsErrorDetails().errorCode());
                assertEquals("NoSuchBucketPolicy", refused(() -> s3.getBucketPolicy(b -> b.bucket(bucket))).awsErrorDetails().errorCode());
                String policy = "{\"Version\":\"2012-10-17\",\"Statement\":["
                        + "{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + userArn + "\"},\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],"
                        + "\"Resource\":[\"arn:aws:s3:::" + bucket + "\",\"arn:aws:s3:::" + bucket + "/*\"]},"
                        + "{\"Sid\":\"NotPrivate\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                        + "\"Resource\":\"arn:aws:s3:::" + bucket + "/private/*\"}]}";
                s3.putBucketPolicy(b -> b.bucket(bucket).policy(policy));
                assertEquals(policy, s3.getBucketPolicy(b -> b.bucket(bucket)).policy());
                assertFalse(s3.getBucketPolicyStatus(b -> b.bucket(bucket)).policyStatus().isPublic());

                assertEquals("a", asUser.getObjectAsBytes(b -> b.bucket(bucket).key("shared/a")).asUtf8String());
                assertEquals(2, asUser.listObjectsV2(b -> b.bucket(bucket)).keyCount());
                assertEquals(403, refused(() -> asUser.getObjectAsBytes(b -> b.bucket(bucket).key("private/b"))).statusCode());
                assertEquals(403, refused(() -> s3.getObjectAsBytes(b -> b.bucket(bucket).key("private/b"))).statusCode());
                assertEquals(403, refused(() -> asUser.deleteObject(b -> b.bucket(bucket).key("shared/a"))).statusCode());

                s3.deleteBucketPolicy(b -> b.bucket(bucket));
                assertEquals(403, refused(() -> asUser.getObjectAsBytes(b -> b.bucket(bucket).key("shared/a"))).statusCode());
                assertEquals("b", s3.getObjectAsBytes(b -> b.bucket(bucket).key("private/b")).asUtf8String());
            }
        }
    }

    @Test
    void settingsS3DoesNotServeAnswerAsForABucketWithoutThem() {
        String bucket = bucket();
        assertEquals("NoSuchWebsiteConfiguration", refused(() -> s3.getBucketWebsite(b -> b.bucket(bucket))).awsErrorDetails().errorCode());
        assertEquals(null, s3.getBucketLogging(b -> b.bucket(bucket)).loggingEnabled());
        assertEquals(null, s3.getBucketAccelerateConfiguration(b -> b.bucket(bucket)).status());
        assertEquals("BucketOwner", s3.getBucketRequestPayment(b -> b.bucket(bucket)).payerAsString());
    }
}
