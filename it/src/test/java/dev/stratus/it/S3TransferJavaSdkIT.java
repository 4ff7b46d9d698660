package dev.stratus.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stratus.testkit.StratusExtension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.transfer.s3.S3TransferManager;

/**
 * S3 uploads as the AWS SDK for Java v2 makes them, with every signature verified (so the
 * aws-chunked uploads' chunk and trailer signatures are checked too): the S3Client's multipart
 * calls, the Java-based multipart S3AsyncClient, S3TransferManager, S3Presigner, and the errors S3
 * answers for bad multipart input.
 */
class S3TransferJavaSdkIT {
    @RegisterExtension
    static final StratusExtension STRATUS = new StratusExtension().strictAuth().manualClock();
    static final int MIB = 1024 * 1024;
    static S3Client s3;
    static S3AsyncClient async;

    @BeforeAll
    static void clients() {
        s3 = Clients.s3(STRATUS.endpoint());
        async = S3AsyncClient.builder().endpointOverride(STRATUS.endpoint()).region(Region.US_EAST_1).credentialsProvider(Clients.TEST_KEYS)
                .forcePathStyle(true).multipartEnabled(true)
                .multipartConfiguration(c -> c.thresholdInBytes((long) 5 * MIB).minimumPartSizeInBytes((long) 5 * MIB)).build();
    }

    @AfterAll
    static void close() {
        s3.close();
        async.close();
    }

    static String bucket() {
        String name = "x-" + UUID.randomUUID().toString().substring(0, 12);
        s3.createBucket(b -> b.bucket(name));
        return name;
    }

    static byte[] random(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }

    @Test
    void multipartCallsOfTheS3ClientMakeOneObjectWithS3sETagAndCompositeChecksum() throws Exception {
        String bucket = bucket();
        byte[] first = random(5 * MIB);
        byte[] last = random(1000);
        String id = s3.createMultipartUpload(b -> b.bucket(bucket).key("k").checksumAlgorithm(ChecksumAlgorithm.CRC32).contentType("text/csv"))
                .uploadId();
        List<CompletedPart> parts = new ArrayList<>();
        int n = 1;
        for (byte[] part : List.of(first, last)) {
            int number = n++;
            var r = s3.uploadPart(b -> b.bucket(bucket).key("k").uploadId(id).partNumber(number).checksumAlgorithm(ChecksumAlgorithm.CRC32),
                    RequestBody.fromBytes(part));
            assertEquals(crc32(part), r.checksumCRC32());
            parts.add(CompletedPart.builder().partNumber(number).eTag(r.eTag()).checksumCRC32(r.checksumCRC32()).build());
        }
        assertEquals(2, s3.listParts(b -> b.bucket(bucket).key("k").uploadId(id)).parts().size());
        var done = s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(id).multipartUpload(m -> m.parts(parts)));
        assertEquals(multipartEtag(first, last), done.eTag());
        var got = s3.getObjectAsBytes(b -> b.bucket(bucket).key("k"));
        assertArrayEquals(concat(first, last), got.asByteArray());
        assertEquals("text/csv", got.response().contentType());
        HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key("k").checksumMode(ChecksumMode.ENABLED));
        byte[] partCrcs = concat(Base64.getDecoder().decode(crc32(first)), Base64.getDecoder().decode(crc32(last)));
        assertEquals(crc32(partCrcs) + "-2", head.checksumCRC32());
        assertEquals("COMPOSITE", head.checksumTypeAsString());
    }

    @Test
    void theJavaMultipartAsyncClientUploadsInPartsAndReadsBack() {
        String bucket = bucket();
        byte[] data = random(12 * MIB);
        String etag = async.putObject(b -> b.bucket(bucket).key("big"), AsyncRequestBody.fromBytes(data)).join().eTag();
        assertTrue(etag.endsWith("-3\""), etag);
        byte[] back = async.getObject(b -> b.bucket(bucket).key("big"), AsyncResponseTransformer.toBytes()).join().asByteArray();
        assertArrayEquals(data, back);
    }

    @Test
    void theTransferManagerUploadsAndDownloadsAFile(@TempDir Path dir) throws IOException {
        String bucket = bucket();
        byte[] data = random(11 * MIB + 17);
        Path source = Files.write(dir.resolve("source.bin"), data);
        Path target = dir.resolve("target.bin");
        try (S3TransferManager tm = S3TransferManager.builder().s3Client(async).build()) {
            tm.uploadFile(u -> u.source(source).putObjectRequest(p -> p.bucket(bucket).key("file.bin"))).completionFuture().join();
            tm.downloadFile(d -> d.destination(target).getObjectRequest(g -> g.bucket(bucket).key("file.bin"))).completionFuture().join();
        }
        assertArrayEquals(data, Files.readAllBytes(target));
        assertTrue(s3.headObject(b -> b.bucket(bucket).key("file.bin")).eTag().endsWith("-3\""));
    }

    @Test
    void presignedPutAndGetWorkUntilTheyExpire() throws IOException {
        String bucket = bucket();
        try (S3Presigner presigner = S3Presigner.builder().endpointOverride(STRATUS.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(Clients.TEST_KEYS).serviceConfiguration(software.amazon.awssdk.services.s3.S3Configuration.builder().pathStyleAccessEnabled(true).build()).build()) {
            URL put = presigner.presignPutObject(p -> p.signatureDuration(Duration.ofMinutes(10)).putObjectRequest(o -> o.bucket(bucket).key("k")))
                    .url();
            assertEquals(200, send("PUT", put, "presigned".getBytes(StandardCharsets.UTF_8)).status());
            URL get = presigner.presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(10)).getObjectRequest(o -> o.bucket(bucket).key("k")))
                    .url();
            Answer ok = send("GET", get, null);
            assertEquals("presigned", new String(ok.body(), StandardCharsets.UTF_8));
            URL tampered = URI.create(get.toString().replace("/k?", "/other?")).toURL();
            assertTrue(new String(send("GET", tampered, null).body(), StandardCharsets.UTF_8).contains("<Code>SignatureDoesNotMatch</Code>"));
            STRATUS.advance(Duration.ofMinutes(11));
            Answer expired = send("GET", get, null);
            assertEquals(403, expired.status());
            String error = new String(expired.body(), StandardCharsets.UTF_8);
            assertTrue(error.contains("<Code>AccessDenied</Code>") && error.contains("<Message>Request has expired</Message>"), error);
        }
    }

    @Test
    void aChunkWhoseSignatureDoesNotMatchIsRefused() throws IOException {
        String bucket = bucket();
        byte[] data = "signed chunk by chunk".getBytes(StandardCharsets.UTF_8);
        URI uri = URI.create(STRATUS.endpoint() + "/" + bucket + "/chunked");
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.PUT).uri(uri).putHeader("Content-Length", String.valueOf(data.length))
                .build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r.identity(AwsCredentialsIdentity.create("test", "test")).request(request)
                .payload(ContentStreamProvider.fromByteArray(data)).putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1").putProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, true)
                .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, true));
        byte[] body;
        try (InputStream in = signed.payload().orElseThrow().newStream()) {
            body = in.readAllBytes();
        }
        assertEquals(200, send(signed.request(), body).status());
        assertArrayEquals(data, s3.getObjectAsBytes(b -> b.bucket(bucket).key("chunked")).asByteArray());
        // The same framing and signatures with one byte of data changed.
        byte[] changed = body.clone();
        int at = indexOf(changed, data);
        changed[at] ^= 1;
        Answer refused = send(signed.request(), changed);
        assertEquals(403, refused.status());
        assertTrue(new String(refused.body(), StandardCharsets.UTF_8).contains("<Code>SignatureDoesNotMatch</Code>"));
        assertArrayEquals(data, s3.getObjectAsBytes(b -> b.bucket(bucket).key("chunked")).asByteArray());
    }

    @Test
    void badMultipartInputIsRefusedAsS3RefusesIt() {
        String bucket = bucket();
        String id = s3.createMultipartUpload(b -> b.bucket(bucket).key("k")).uploadId();
        String e1 = s3.uploadPart(b -> b.bucket(bucket).key("k").uploadId(id).partNumber(1), RequestBody.fromString("small")).eTag();
        String e2 = s3.uploadPart(b -> b.bucket(bucket).key("k").uploadId(id).partNumber(2), RequestBody.fromString("last")).eTag();
        assertEquals("InvalidPartOrder", error(() -> s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(id)
                .multipartUpload(m -> m.parts(part(2, e2), part(1, e1))))));
        assertEquals("EntityTooSmall", error(() -> s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(id)
                .multipartUpload(m -> m.parts(part(1, e1), part(2, e2))))));
        assertEquals("InvalidPart", error(() -> s3.completeMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(id)
                .multipartUpload(m -> m.parts(part(1, e2))))));
        assertEquals("NoSuchUpload", error(() -> s3.uploadPart(b -> b.bucket(bucket).key("k").uploadId("nope").partNumber(1),
                RequestBody.fromString("x"))));
        assertEquals("InvalidArgument", error(() -> s3.uploadPart(b -> b.bucket(bucket).key("k").uploadId(id).partNumber(0),
                RequestBody.fromString("x"))));
        assertEquals("BadDigest", error(() -> s3.uploadPart(b -> b.bucket(bucket).key("k").uploadId(id).partNumber(3).checksumCRC32("AAAAAA=="),
                RequestBody.fromString("x"))));
        assertEquals("BadDigest", error(() -> s3.putObject(b -> b.bucket(bucket).key("p").checksumSHA256(
                Base64.getEncoder().encodeToString(new byte[32])), RequestBody.fromString("x"))));
        s3.abortMultipartUpload(b -> b.bucket(bucket).key("k").uploadId(id));
        assertEquals("NoSuchUpload", error(() -> s3.listParts(b -> b.bucket(bucket).key("k").uploadId(id))));
        assertEquals(0, s3.listMultipartUploads(b -> b.bucket(bucket)).uploads().size());
    }

    static CompletedPart part(int n, String etag) {
        return CompletedPart.builder().partNumber(n).eTag(etag).build();
    }

    static String error(Runnable call) {
        return assertThrows(S3Exception.class, call::run).awsErrorDetails().errorCode();
    }

    record Answer(int status, byte[] body) {
    }

    static Answer send(String method, URL url, byte[] body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        c.setRequestMethod(method);
        if (body != null) {
            c.setDoOutput(true);
            c.getOutputStream().write(body);
        }
        int status = c.getResponseCode();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            return new Answer(status, in == null ? new byte[0] : in.readAllBytes());
        }
    }

    static Answer send(SdkHttpRequest request, byte[] body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) request.getUri().toURL().openConnection();
        c.setRequestMethod(request.method().name());
        request.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Host")) {
                c.setRequestProperty(name, values.getFirst());
            }
        });
        c.setFixedLengthStreamingMode(body.length);
        c.setDoOutput(true);
        new ByteArrayInputStream(body).transferTo(c.getOutputStream());
        int status = c.getResponseCode();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            return new Answer(status, in == null ? new byte[0] : in.readAllBytes());
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    static String crc32(byte[] data) {
        CRC32 c = new CRC32();
        c.update(data);
        long v = c.getValue();
        return Base64.getEncoder().encodeToString(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
    }

    static String multipartEtag(byte[]... parts) throws Exception {
        MessageDigest all = MessageDigest.getInstance("MD5");
        for (byte[] p : parts) {
            all.update(MessageDigest.getInstance("MD5").digest(p));
        }
        return "\"" + HexFormat.of().formatHex(all.digest()) + "-" + parts.length + "\"";
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
